//! A drafted organisation: what the generator decided before anything is written
//! (`org_rows` turns it into rows).

use super::catalogue::Tech;
use crate::domain::OrgKind;

pub struct Draft {
    pub kind: OrgKind,
    pub name_vi: String,
    pub name_en: String,
    pub sectors: Vec<&'static str>,
    pub place: Option<usize>,
    pub year: i64,
    /// a fixed, named organisation (the Department, the funds …): always has English
    pub featured: bool,
    pub extra: Extra,
}

pub enum Extra {
    Hub {
        services: Vec<&'static str>,
        capacity: i64,
    },
    Startup {
        stage: &'static str,
        team: i64,
        needs: Vec<&'static str>,
        incubator: Option<usize>,
        topic: &'static Tech,
        customer: (&'static str, &'static str),
    },
    Investor {
        typ: &'static str,
        min: i64,
        max: i64,
        stages: Vec<&'static str>,
    },
    Knowledge {
        field: usize,
        researchers: i64,
        labs: Vec<(&'static str, &'static str)>,
        areas: Vec<(&'static str, &'static str)>,
    },
    Enterprise {
        industry: usize,
        size: &'static str,
        employees: i64,
    },
    Agency {
        dept: bool,
    },
    Broker {
        services: Vec<&'static str>,
    },
}
