//! What the publishing pages read: the organisation behind a form, a listing's values for its
//! edit form, an organisation's listings in every state, and the moderation queue.

use super::{by_table, stage_of};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::domain::OrgKind;
use crate::domain::dto::Text;
use crate::domain::listing::{EditState, ListingEdit, ListingKind, ListingRow, Stage};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct OrgRef {
    pub id: i64,
    pub slug: String,
    pub kind: OrgKind,
    pub name: Text,
}

#[derive(sqlx::FromRow)]
struct OrgRow {
    id: i64,
    slug: String,
    kind: String,
    name_vi: String,
    name_en: Option<String>,
}

pub async fn org(pool: &Db, slug: &str) -> sqlx::Result<Option<OrgRef>> {
    let row: Option<OrgRow> =
        sql::query_as("SELECT id, slug, kind, name_vi, name_en FROM organizations WHERE slug = $1")
            .bind(slug)
            .fetch_optional(pool)
            .await?;
    Ok(row.and_then(|o| {
        Some(OrgRef { id: o.id, slug: o.slug, kind: OrgKind::parse(&o.kind)?, name: Text::new(o.name_vi, o.name_en) })
    }))
}

/// A listing's id, owner and stage, and where an edit of its public text stands.
#[derive(Clone, Debug, PartialEq)]
pub struct ListingRef {
    pub id: i64,
    pub org: OrgRef,
    pub stage: Stage,
    pub review_note: Option<String>,
    pub edit: Option<EditState>,
}

/// A listing with its owner's slug and what its stage is made of.
#[derive(sqlx::FromRow)]
struct ListingSqlRow {
    id: i64,
    org_slug: String,
    status: String,
    submitted: bool,
    review_outcome: Option<String>,
    review_note: Option<String>,
    edit_held: bool,
    edit_waiting: bool,
    pending_note: Option<String>,
}

pub async fn listing(pool: &Db, kind: ListingKind, slug: &str) -> sqlx::Result<Option<ListingRef>> {
    let row: Option<ListingSqlRow> = sql::query_as(by_table!(
        kind,
        "SELECT t.id, o.slug AS org_slug, t.status, t.submitted_at IS NOT NULL AS submitted, t.review_outcome,
                t.review_note, t.pending_edit IS NOT NULL AS edit_held, t.pending_at IS NOT NULL AS edit_waiting,
                t.pending_note FROM ",
        " t JOIN organizations o ON o.id = t.org_id WHERE t.slug = $1"
    ))
    .bind(slug)
    .fetch_optional(pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let Some(org) = org(pool, &r.org_slug).await? else { return Ok(None) };
    let stage = stage_of(&r.status, r.submitted, r.review_outcome.as_deref());
    let edit = edit_state(r.edit_held, r.edit_waiting, r.pending_note);
    Ok(Some(ListingRef { id: r.id, org, stage, review_note: r.review_note, edit }))
}

/// Where an edit of a live listing stands, from `pending_edit IS NOT NULL`, `pending_at IS NOT
/// NULL` and `pending_note` (migration 0017).
fn edit_state(held: bool, waiting: bool, note: Option<String>) -> Option<EditState> {
    match (held, waiting, note) {
        (true, true, _) => Some(EditState::Waiting),
        (true, false, note) => Some(EditState::ChangesRequested(note.unwrap_or_default())),
        (false, _, Some(note)) => Some(EditState::Rejected(note)),
        _ => None,
    }
}

/// The form's values of a listing: every column aliased as its field, as text; the fields a
/// draft left empty (`unset_fields`) come back empty.
pub async fn values(pool: &Db, kind: ListingKind, id: i64) -> sqlx::Result<BTreeMap<String, String>> {
    let sql = match kind {
        ListingKind::Offer => {
            "SELECT title_vi, title_en, summary_vi, summary_en, problem_vi, advantages_vi, applications_vi,
                    CAST(trl AS TEXT) AS trl, ip_status, ip_number, CAST(price_vnd AS TEXT) AS price_vnd,
                    CASE WHEN price_negotiable = TRUE THEN '1' END AS price_negotiable,
                    confidential_details AS confidential,
                    (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM offer_sectors WHERE offer_id = t.id) AS sector,
                    (SELECT group_concat(coop_type, ',' ORDER BY coop_type) FROM offer_cooperation WHERE offer_id = t.id) AS coop,
                    unset_fields, pending_edit
               FROM technology_offers t WHERE id = $1"
        }
        ListingKind::Challenge => {
            "SELECT title_vi, title_en, problem_vi, problem_en, desired_result_vi, constraints_vi,
                    CAST(budget_min_vnd AS TEXT) AS budget_min, CAST(budget_max_vnd AS TEXT) AS budget_max,
                    CAST(trl_min AS TEXT) AS trl_min, deadline,
                    (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM challenge_sectors WHERE challenge_id = t.id) AS sector,
                    CASE WHEN is_task_order = TRUE THEN '1' END AS task_order, CAST(funding_vnd AS TEXT) AS funding_vnd,
                    evaluation_criteria_vi, unset_fields, pending_edit
               FROM challenges t WHERE id = $1"
        }
        ListingKind::Research => {
            "SELECT title_vi, title_en, output_type, authors, CAST(year AS TEXT) AS year, doi, patent_number,
                    abstract_vi, abstract_en, CASE WHEN international = TRUE THEN '1' END AS international,
                    (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM research_sectors WHERE research_id = t.id) AS sector,
                    (SELECT group_concat(o.slug, ',' ORDER BY o.id) FROM offer_research x JOIN technology_offers o ON o.id = x.offer_id
                      WHERE x.research_id = t.id) AS offer,
                    unset_fields, pending_edit
               FROM research_outputs t WHERE id = $1"
        }
    };
    let Some(row) = sql::query(sql).bind(id).fetch_optional_texts(pool).await? else { return Ok(BTreeMap::new()) };
    let mut out = BTreeMap::new();
    for (name, v) in row {
        out.insert(name, v.unwrap_or_default());
    }
    let unset = out.remove("unset_fields").unwrap_or_default();
    for f in unset.split(',').filter(|f| !f.is_empty()) {
        out.insert(f.to_string(), String::new());
    }
    // an edit waiting for review is what the owner sees and goes on editing
    let held = out.remove("pending_edit").unwrap_or_default();
    if let Ok(serde_json::Value::Object(edit)) = serde_json::from_str(&held) {
        for (field, v) in edit {
            if let Some(slot) = out.get_mut(&field) {
                *slot = super::held_text(&v, "");
            }
        }
    }
    Ok(out)
}

/// The organisation's offers a research output may be linked to.
pub async fn org_offers(pool: &Db, org_id: i64) -> sqlx::Result<Vec<(String, Text)>> {
    let rows: Vec<(String, String, Option<String>)> = sql::query_as(
        "SELECT slug, title_vi, title_en FROM technology_offers WHERE org_id = $1 ORDER BY title_folded LIMIT 500",
    )
    .bind(org_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(s, vi, en)| (s, Text::new(vi, en))).collect())
}

/// The edit form of `kind`/`slug` (or a new one for `org` when `slug` is `None`).
pub fn edit(org: &OrgRef, listing: Option<(&str, &ListingRef)>, values: BTreeMap<String, String>) -> ListingEdit {
    ListingEdit {
        slug: listing.map(|(s, _)| s.to_string()),
        org_slug: org.slug.clone(),
        org_name: org.name.clone(),
        org_kind: Some(org.kind),
        stage: listing.map(|(_, l)| l.stage),
        review_note: listing.and_then(|(_, l)| l.review_note.clone()),
        edit: listing.and_then(|(_, l)| l.edit.clone()),
        values,
        offers: Vec::new(),
    }
}

/// A listing of any kind as the organisation's list shows it (`kind` is its path).
#[derive(sqlx::FromRow)]
struct OrgListingRow {
    kind: String,
    slug: String,
    title_vi: String,
    title_en: Option<String>,
    status: String,
    submitted: bool,
    review_outcome: Option<String>,
    task_order: bool,
    expires_at: Option<String>,
    review_note: Option<String>,
    updated_at: String,
    edit_held: bool,
    edit_waiting: bool,
    pending_note: Option<String>,
}

/// Every listing of the organisation, in every state, most recently changed first.
pub async fn org_listings(pool: &Db, org_id: i64, today: &str) -> sqlx::Result<Vec<ListingRow>> {
    // the first SELECT names the columns of the union
    let rows: Vec<OrgListingRow> = sql::query_as(
        "SELECT 'offers' AS kind, slug, title_vi, title_en, status, submitted_at IS NOT NULL AS submitted, review_outcome,
                FALSE AS task_order, expires_at, review_note, updated_at, pending_edit IS NOT NULL AS edit_held,
                pending_at IS NOT NULL AS edit_waiting, pending_note FROM technology_offers WHERE org_id = $1
         UNION ALL
         SELECT 'challenges', slug, title_vi, title_en, status, submitted_at IS NOT NULL, review_outcome, is_task_order,
                NULL, review_note, updated_at, pending_edit IS NOT NULL, pending_at IS NOT NULL, pending_note
           FROM challenges WHERE org_id = $1
         UNION ALL
         SELECT 'research', slug, title_vi, title_en, status, submitted_at IS NOT NULL, review_outcome, FALSE,
                NULL, review_note, updated_at, pending_edit IS NOT NULL, pending_at IS NOT NULL, pending_note
           FROM research_outputs WHERE org_id = $1
         ORDER BY 11 DESC LIMIT 1000",
    )
    .bind(org_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let stage = stage_of(&r.status, r.submitted, r.review_outcome.as_deref());
            let expires =
                r.expires_at.filter(|_| matches!(stage, Stage::Published | Stage::Paused)).map(|e| e[..10].to_string());
            Some(ListingRow {
                kind: ListingKind::parse(&r.kind)?,
                slug: r.slug,
                title: Text::new(r.title_vi, r.title_en),
                stage,
                task_order: r.task_order,
                expired: expires.as_deref().is_some_and(|e| e < today),
                expires,
                review_note: r.review_note,
                updated_at: r.updated_at,
                edit: edit_state(r.edit_held, r.edit_waiting, r.pending_note),
            })
        })
        .collect())
}
