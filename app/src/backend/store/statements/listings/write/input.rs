//! What a listing's writers accept: the three forms' values after validation
//! (`backend::listings::input` parses and checks them; the import reuses those checks). An edit
//! of a live listing waits for review as one of these, in JSON (`pending_edit`).

use crate::domain::{CoopType, IpStatus, ResearchType};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferInput {
    pub title_vi: String,
    pub title_en: Option<String>,
    pub summary_vi: String,
    pub summary_en: Option<String>,
    pub problem_vi: String,
    pub advantages_vi: String,
    pub applications_vi: String,
    pub trl: Option<i64>,
    pub ip_status: Option<IpStatus>,
    pub ip_number: Option<String>,
    pub price_vnd: Option<i64>,
    pub price_negotiable: bool,
    pub confidential: String,
    pub sectors: Vec<String>,
    pub coop: Vec<CoopType>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChallengeInput {
    pub title_vi: String,
    pub title_en: Option<String>,
    pub problem_vi: String,
    pub problem_en: Option<String>,
    pub desired_result_vi: String,
    pub constraints_vi: String,
    pub budget_min: Option<i64>,
    pub budget_max: Option<i64>,
    pub trl_min: Option<i64>,
    pub deadline: Option<String>,
    pub sectors: Vec<String>,
    pub task_order: bool,
    pub funding_vnd: Option<i64>,
    pub evaluation_criteria_vi: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResearchInput {
    pub title_vi: String,
    pub title_en: Option<String>,
    pub output_type: Option<ResearchType>,
    pub authors: String,
    pub year: Option<i64>,
    pub doi: Option<String>,
    pub patent_number: Option<String>,
    pub abstract_vi: String,
    pub abstract_en: Option<String>,
    pub international: bool,
    pub sectors: Vec<String>,
    /// Slugs of offers to link (the store keeps only the organisation's own).
    pub offers: Vec<String>,
}
