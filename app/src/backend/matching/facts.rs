//! What the structured fit looks at, for the subject and every candidate: one row per item
//! from the database, with the same visibility rules as the public lists (narrowed to what is
//! still available: a published, unexpired offer; an open challenge before its deadline; a
//! programme not yet closed).

use crate::backend::db::Db;
use crate::backend::store::statements::matching::{self, FactsRow};
use crate::domain::search::DocGroup;

/// One side of a pair.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub group: Option<DocGroup>,
    pub id: i64,
    /// The organisation itself, or the one behind a listing.
    pub org_id: i64,
    /// An organisation's kind code, or `offer`, `challenge`, `programme`.
    pub kind: String,
    pub slug: String,
    pub title_vi: String,
    pub title_en: Option<String>,
    pub owner_vi: Option<String>,
    pub owner_en: Option<String>,
    pub sectors: Vec<String>,
    /// A ward or commune (`None` when the place is a province or unknown).
    pub ward: Option<(String, String)>,
    pub province: Option<(String, String)>,
    pub stage: Option<String>,
    pub stages: Vec<String>,
    pub ticket: (Option<i64>, Option<i64>),
    pub needs: Vec<String>,
    pub services: Vec<String>,
    pub trl: Option<i64>,
    pub trl_min: Option<i64>,
    pub coop: Vec<String>,
    pub programme_type: Option<String>,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    pub task_order: bool,
    /// Title and body as the text similarity reads them (a subject's; a candidate's is its
    /// title alone, see `load`).
    pub text: String,
    pub visible: bool,
}

fn list(csv: Option<String>) -> Vec<String> {
    let mut v: Vec<String> = csv.unwrap_or_default().split(',').filter(|c| !c.is_empty()).map(str::to_string).collect();
    v.sort();
    v
}

impl Facts {
    fn from_row(group: DocGroup, r: FactsRow) -> Facts {
        let level_ward = r.ward.is_some() && r.province.as_deref() != r.ward.as_deref();
        Facts {
            group: Some(group),
            id: r.id,
            org_id: r.org_id,
            kind: r.kind,
            slug: r.slug,
            text: format!("{}\n{}", r.title_vi, r.text),
            title_vi: r.title_vi,
            title_en: r.title_en,
            owner_vi: r.owner_vi,
            owner_en: r.owner_en,
            sectors: list(r.sectors),
            ward: if level_ward { r.ward.zip(r.ward_name) } else { None },
            province: r.province.zip(r.province_name),
            stage: r.stage,
            stages: list(r.stages),
            ticket: (r.ticket_min, r.ticket_max),
            needs: list(r.needs),
            services: list(r.services),
            trl: r.trl,
            trl_min: r.trl_min,
            coop: list(r.coop),
            programme_type: r.programme_type,
            opens_on: r.opens_on,
            closes_on: r.closes_on,
            task_order: r.task_order,
            visible: r.visible,
        }
    }

    pub fn is_org(&self) -> bool {
        self.group == Some(DocGroup::Org)
    }
}

/// The facts of the given items of one group, visible or not (see `Facts::visible`). Only a
/// subject's text is read (`with_text`): a candidate's similarity comes from the index.
pub async fn load(
    db: &Db,
    group: DocGroup,
    ids: &[i64],
    today: &str,
    with_text: bool,
) -> Result<Vec<Facts>, sqlx::Error> {
    let rows = matching::facts(db, group, ids, today, with_text).await?;
    Ok(rows.into_iter().map(|r| Facts::from_row(group, r)).collect())
}
