//! Saving an offer, a challenge or a research output from its form: a new draft, a draft saved
//! again, a draft submitted for review, or an edit of a live listing. Edits to what the public
//! reads (titles, texts, TRL, IP, funding…) send a live listing back to review; the commercial
//! details (price, cooperation types, confidential details, deadline, budget, sectors, linked
//! offers) go live at once — a moderator checks claims, not prices.

use super::{by_table, entity, stage_of, status_of};
use crate::backend::db::{begin_write, now_iso};
use crate::backend::listings::input::{ChallengeInput, OfferInput, ResearchInput};
use crate::backend::store::sqlite::audit;
use crate::backend::text::{fold, nfc, slugify};
use crate::domain::IpStatus;
use crate::domain::account::FormError;
use crate::domain::listing::{Action, Actor, ListingKind, Stage, next};
use serde_json::{Value, json};
use sqlx::{SqliteConnection, SqlitePool};

/// Where the form's values go.
#[derive(Clone, Copy, Debug)]
pub struct Target {
    pub org_id: i64,
    /// The listing being edited; `None` creates one.
    pub id: Option<i64>,
    pub submit: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub id: i64,
    pub slug: String,
    pub stage: Stage,
}

/// A refusal: the field it concerns (`""` for the whole form) and why.
pub type Refused = (String, FormError);

/// A free slug for `title` in `kind`'s table: folded, never `new`, `-2`, `-3`… when taken.
async fn free_slug(conn: &mut SqliteConnection, kind: ListingKind, title: &str) -> sqlx::Result<String> {
    let base = match slugify(title) {
        s if s.is_empty() || s == "new" => format!("{}-{s}", entity(kind)),
        s => s,
    };
    let mut slug = base.clone();
    for n in 2.. {
        let taken: Option<i64> = sqlx::query_scalar(by_table!(kind, "SELECT 1 FROM ", " WHERE slug = $1"))
            .bind(&slug)
            .fetch_optional(&mut *conn)
            .await?;
        if taken.is_none() {
            break;
        }
        slug = format!("{base}-{n}");
    }
    Ok(slug)
}

/// Re-reads an existing listing inside the transaction and decides its stage after the save.
/// `public` is what the public reads now, to compare with `incoming`.
async fn next_stage(
    conn: &mut SqliteConnection,
    kind: ListingKind,
    t: Target,
    public: &'static str,
    incoming: &Value,
) -> sqlx::Result<Result<(Option<(String, Stage)>, Stage), Refused>> {
    let Some(id) = t.id else {
        return Ok(Ok((None, if t.submit { Stage::InReview } else { Stage::Draft })));
    };
    type Row = (i64, String, String, bool, Option<String>, String);
    let row: Option<Row> = sqlx::query_as(public).bind(id).fetch_optional(&mut *conn).await?;
    let Some((org, slug, status, submitted, outcome, snapshot)) = row else {
        return Ok(Err((String::new(), FormError::NotFound)));
    };
    if org != t.org_id {
        return Ok(Err((String::new(), FormError::NotFound)));
    }
    let now = stage_of(&status, submitted, outcome.as_deref());
    if !now.editable() {
        return Ok(Err((String::new(), FormError::StepNotAllowed)));
    }
    let to = if t.submit {
        match next(kind, now, Action::Submit, Actor::Member) {
            Some(s) => s,
            None => return Ok(Err((String::new(), FormError::StepNotAllowed))),
        }
    } else if now != Stage::Draft && serde_json::from_str::<Value>(&snapshot).ok().as_ref() != Some(incoming) {
        Stage::InReview
    } else {
        now
    };
    Ok(Ok((Some((slug, now)), to)))
}

/// Moves a listing to `stage`, with the moderator's outcome and note when there is one.
pub(super) async fn set_stage(
    conn: &mut SqliteConnection,
    kind: ListingKind,
    id: i64,
    stage: Stage,
    outcome: Option<&str>,
    note: Option<&str>,
) -> sqlx::Result<()> {
    let at = now_iso();
    sqlx::query(by_table!(
        kind,
        "UPDATE ",
        " SET status = $2, submitted_at = $3, review_outcome = $4, review_note = $5, updated_at = $6 WHERE id = $1"
    ))
    .bind(id)
    .bind(status_of(kind, stage))
    .bind((stage == Stage::InReview).then_some(&at))
    .bind(outcome)
    .bind(note)
    .bind(&at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Replaces a listing's rows in a code table (`DELETE` then one `INSERT` per code).
async fn replace_codes(
    conn: &mut SqliteConnection,
    delete: &'static str,
    insert: &'static str,
    id: i64,
    codes: &[&str],
) -> sqlx::Result<()> {
    sqlx::query(delete).bind(id).execute(&mut *conn).await?;
    for c in codes {
        sqlx::query(insert).bind(id).bind(*c).execute(&mut *conn).await?;
    }
    Ok(())
}

/// The common end of a save: stage change, audit entry, commit.
async fn finish(
    mut tx: sqlx::Transaction<'static, sqlx::Sqlite>,
    kind: ListingKind,
    actor: i64,
    saved: Saved,
    before: Option<(String, Stage)>,
    after: Value,
) -> sqlx::Result<Result<Saved, Refused>> {
    let (id, to) = (saved.id, saved.stage);
    let from = before.as_ref().map(|b| b.1);
    if from != Some(to) {
        set_stage(&mut tx, kind, id, to, None, None).await?;
    }
    let action = match (from, to) {
        (None, _) => "create",
        (Some(Stage::Draft), Stage::InReview) => "submit",
        (Some(_), Stage::InReview) => "resubmit",
        _ => "update",
    };
    let mut after = after;
    after["stage"] = json!(to.as_str());
    audit::record(
        &mut tx,
        audit::Entry {
            actor: Some(actor),
            action: &format!("{}.{action}", entity(kind)),
            entity_type: entity(kind),
            entity_id: id.to_string(),
            before: from.map(|s| json!({ "stage": s.as_str() })),
            after: Some(after),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(saved))
}

pub async fn offer(pool: &SqlitePool, actor: i64, t: Target, o: &OfferInput) -> sqlx::Result<Result<Saved, Refused>> {
    let mut tx = begin_write(pool).await?;
    let public = json!([
        o.title_vi,
        o.title_en,
        o.summary_vi,
        o.summary_en,
        o.problem_vi,
        o.advantages_vi,
        o.applications_vi,
        o.trl,
        o.ip_status.map(|s| s.as_str()),
        o.ip_number
    ]);
    let (before, to) = match next_stage(
        &mut tx,
        ListingKind::Offer,
        t,
        "SELECT org_id, slug, status, submitted_at IS NOT NULL, review_outcome,
                json_array(title_vi, title_en, summary_vi, summary_en, problem_vi, advantages_vi, applications_vi,
                           trl, ip_status, ip_number)
           FROM technology_offers WHERE id = $1",
        &public,
    )
    .await?
    {
        Ok(x) => x,
        Err(r) => return Ok(Err(r)),
    };
    // NOT NULL columns a draft may leave empty hold a placeholder, remembered in `unset_fields`
    let mut unset = Vec::new();
    if o.trl.is_none() {
        unset.push("trl");
    }
    if o.ip_status.is_none() {
        unset.push("ip_status");
    }
    let negotiable = o.price_negotiable || o.price_vnd.is_none();
    if negotiable && !o.price_negotiable {
        unset.push("price_negotiable");
    }
    let ip = o.ip_status.unwrap_or(IpStatus::None);
    let needs_number = !matches!(ip, IpStatus::None | IpStatus::KnowHow | IpStatus::Copyright);
    let ip_number = o.ip_number.clone().or_else(|| needs_number.then(String::new));
    let at = now_iso();
    let (id, slug) = match &before {
        None => {
            let slug = free_slug(&mut tx, ListingKind::Offer, &o.title_vi).await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO technology_offers (slug, org_id, title_vi, title_folded, trl, ip_status, price_negotiable, status,
                                               created_at, updated_at)
                 VALUES ($1, $2, $3, '', 1, 'none', 1, 'draft', $4, $4) RETURNING id",
            )
            .bind(&slug)
            .bind(t.org_id)
            .bind(&o.title_vi)
            .bind(&at)
            .fetch_one(&mut *tx)
            .await?;
            (id, slug)
        }
        Some((slug, _)) => (t.id.unwrap_or_default(), slug.clone()),
    };
    sqlx::query(
        "UPDATE technology_offers SET title_vi = $2, title_en = $3, title_folded = $4, summary_vi = $5, summary_en = $6,
                problem_vi = $7, advantages_vi = $8, applications_vi = $9, trl = $10, ip_status = $11, ip_number = $12,
                price_vnd = $13, price_negotiable = $14, confidential_details = $15, unset_fields = $16, updated_at = $17
          WHERE id = $1",
    )
    .bind(id)
    .bind(&o.title_vi)
    .bind(&o.title_en)
    .bind(fold(&o.title_vi))
    .bind(&o.summary_vi)
    .bind(&o.summary_en)
    .bind(&o.problem_vi)
    .bind(&o.advantages_vi)
    .bind(&o.applications_vi)
    .bind(o.trl.unwrap_or(1))
    .bind(ip.as_str())
    .bind(ip_number)
    .bind(o.price_vnd)
    .bind(negotiable)
    .bind(&o.confidential)
    .bind(unset.join(","))
    .bind(&at)
    .execute(&mut *tx)
    .await?;
    let sectors: Vec<&str> = o.sectors.iter().map(String::as_str).collect();
    replace_codes(
        &mut tx,
        "DELETE FROM offer_sectors WHERE offer_id = $1",
        "INSERT INTO offer_sectors (offer_id, sector_code) VALUES ($1, $2)",
        id,
        &sectors,
    )
    .await?;
    let coop: Vec<&str> = o.coop.iter().map(|c| c.as_str()).collect();
    replace_codes(
        &mut tx,
        "DELETE FROM offer_cooperation WHERE offer_id = $1",
        "INSERT INTO offer_cooperation (offer_id, coop_type) VALUES ($1, $2)",
        id,
        &coop,
    )
    .await?;
    let after =
        json!({ "slug": slug, "title_vi": o.title_vi, "trl": o.trl, "ip_status": ip.as_str(), "sectors": o.sectors });
    finish(tx, ListingKind::Offer, actor, Saved { id, slug, stage: to }, before, after).await
}

/// `org_kind` is the owner's kind (the table keeps it in a composite key).
pub async fn challenge(
    pool: &SqlitePool,
    actor: i64,
    t: Target,
    org_kind: &str,
    c: &ChallengeInput,
) -> sqlx::Result<Result<Saved, Refused>> {
    let mut tx = begin_write(pool).await?;
    let public = json!([
        c.title_vi,
        c.title_en,
        c.problem_vi,
        c.problem_en,
        c.desired_result_vi,
        c.constraints_vi,
        c.trl_min,
        i64::from(c.task_order),
        c.funding_vnd,
        c.evaluation_criteria_vi
    ]);
    let (before, to) = match next_stage(
        &mut tx,
        ListingKind::Challenge,
        t,
        "SELECT org_id, slug, status, submitted_at IS NOT NULL, review_outcome,
                json_array(title_vi, title_en, problem_vi, problem_en, desired_result_vi, constraints_vi, trl_min,
                           is_task_order, funding_vnd, evaluation_criteria_vi)
           FROM challenges WHERE id = $1",
        &public,
    )
    .await?
    {
        Ok(x) => x,
        Err(r) => return Ok(Err(r)),
    };
    let mut unset = Vec::new();
    // a task order always states its funding (CHECK): a draft without it holds 0 until submitted
    let funding = match (c.task_order, c.funding_vnd) {
        (true, None) => {
            unset.push("funding_vnd");
            Some(0)
        }
        (_, f) => f,
    };
    let criteria = match (c.task_order, &c.evaluation_criteria_vi) {
        (true, None) => Some(String::new()),
        (_, v) => v.clone(),
    };
    let at = now_iso();
    let (id, slug) = match &before {
        None => {
            let slug = free_slug(&mut tx, ListingKind::Challenge, &c.title_vi).await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO challenges (slug, org_id, org_kind, title_vi, title_folded, status, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, '', 'draft', $5, $5) RETURNING id",
            )
            .bind(&slug)
            .bind(t.org_id)
            .bind(org_kind)
            .bind(&c.title_vi)
            .bind(&at)
            .fetch_one(&mut *tx)
            .await?;
            (id, slug)
        }
        Some((slug, _)) => (t.id.unwrap_or_default(), slug.clone()),
    };
    sqlx::query(
        "UPDATE challenges SET title_vi = $2, title_en = $3, title_folded = $4, problem_vi = $5, problem_en = $6,
                desired_result_vi = $7, constraints_vi = $8, budget_min_vnd = $9, budget_max_vnd = $10, trl_min = $11,
                deadline = $12, is_task_order = $13, funding_vnd = $14, evaluation_criteria_vi = $15,
                unset_fields = $16, updated_at = $17
          WHERE id = $1",
    )
    .bind(id)
    .bind(&c.title_vi)
    .bind(&c.title_en)
    .bind(fold(&c.title_vi))
    .bind(&c.problem_vi)
    .bind(&c.problem_en)
    .bind(&c.desired_result_vi)
    .bind(&c.constraints_vi)
    .bind(c.budget_min)
    .bind(c.budget_max)
    .bind(c.trl_min)
    .bind(&c.deadline)
    .bind(c.task_order)
    .bind(funding)
    .bind(criteria)
    .bind(unset.join(","))
    .bind(&at)
    .execute(&mut *tx)
    .await?;
    let sectors: Vec<&str> = c.sectors.iter().map(String::as_str).collect();
    replace_codes(
        &mut tx,
        "DELETE FROM challenge_sectors WHERE challenge_id = $1",
        "INSERT INTO challenge_sectors (challenge_id, sector_code) VALUES ($1, $2)",
        id,
        &sectors,
    )
    .await?;
    let after = json!({ "slug": slug, "title_vi": c.title_vi, "task_order": c.task_order, "sectors": c.sectors });
    finish(tx, ListingKind::Challenge, actor, Saved { id, slug, stage: to }, before, after).await
}

pub async fn research(
    pool: &SqlitePool,
    actor: i64,
    t: Target,
    r: &ResearchInput,
    this_year: i64,
) -> sqlx::Result<Result<Saved, Refused>> {
    let mut tx = begin_write(pool).await?;
    let public = json!([
        r.title_vi,
        r.title_en,
        r.output_type.map(|o| o.as_str()),
        r.authors,
        r.year,
        r.doi,
        r.patent_number,
        r.abstract_vi,
        r.abstract_en,
        i64::from(r.international)
    ]);
    let (before, to) = match next_stage(
        &mut tx,
        ListingKind::Research,
        t,
        "SELECT org_id, slug, status, submitted_at IS NOT NULL, review_outcome,
                json_array(title_vi, title_en, output_type, authors, year, doi, patent_number, abstract_vi,
                           abstract_en, international)
           FROM research_outputs WHERE id = $1",
        &public,
    )
    .await?
    {
        Ok(x) => x,
        Err(e) => return Ok(Err(e)),
    };
    let mut unset = Vec::new();
    if r.output_type.is_none() {
        unset.push("output_type");
    }
    if r.year.is_none() {
        unset.push("year");
    }
    let output_type = r.output_type.map_or("paper", |o| o.as_str());
    let patent_number =
        r.patent_number.clone().or_else(|| matches!(output_type, "patent" | "utility_solution").then(String::new));
    let at = now_iso();
    let (id, slug) = match &before {
        None => {
            let slug = free_slug(&mut tx, ListingKind::Research, &r.title_vi).await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO research_outputs (slug, org_id, output_type, title_vi, title_folded, authors, year, status,
                                               created_at, updated_at)
                 VALUES ($1, $2, 'paper', $3, '', '', $4, 'draft', $5, $5) RETURNING id",
            )
            .bind(&slug)
            .bind(t.org_id)
            .bind(&r.title_vi)
            .bind(this_year)
            .bind(&at)
            .fetch_one(&mut *tx)
            .await?;
            (id, slug)
        }
        Some((slug, _)) => (t.id.unwrap_or_default(), slug.clone()),
    };
    sqlx::query(
        "UPDATE research_outputs SET title_vi = $2, title_en = $3, title_folded = $4, output_type = $5, authors = $6,
                year = $7, doi = $8, patent_number = $9, abstract_vi = $10, abstract_en = $11, international = $12,
                unset_fields = $13, updated_at = $14
          WHERE id = $1",
    )
    .bind(id)
    .bind(&r.title_vi)
    .bind(&r.title_en)
    .bind(fold(&r.title_vi))
    .bind(output_type)
    .bind(nfc(&r.authors))
    .bind(r.year.unwrap_or(this_year))
    .bind(&r.doi)
    .bind(patent_number)
    .bind(&r.abstract_vi)
    .bind(&r.abstract_en)
    .bind(r.international)
    .bind(unset.join(","))
    .bind(&at)
    .execute(&mut *tx)
    .await?;
    let sectors: Vec<&str> = r.sectors.iter().map(String::as_str).collect();
    replace_codes(
        &mut tx,
        "DELETE FROM research_sectors WHERE research_id = $1",
        "INSERT INTO research_sectors (research_id, sector_code) VALUES ($1, $2)",
        id,
        &sectors,
    )
    .await?;
    // links only to offers of the same organisation; anything else refuses the whole save
    sqlx::query("DELETE FROM offer_research WHERE research_id = $1").bind(id).execute(&mut *tx).await?;
    for offer in &r.offers {
        let linked = sqlx::query(
            "INSERT OR IGNORE INTO offer_research (offer_id, research_id)
             SELECT id, $1 FROM technology_offers WHERE slug = $2 AND org_id = $3",
        )
        .bind(id)
        .bind(offer)
        .bind(t.org_id)
        .execute(&mut *tx)
        .await?;
        if linked.rows_affected() == 0 {
            return Ok(Err(("offer".into(), FormError::ChoiceInvalid)));
        }
    }
    let after = json!({ "slug": slug, "title_vi": r.title_vi, "output_type": output_type, "offers": r.offers });
    finish(tx, ListingKind::Research, actor, Saved { id, slug, stage: to }, before, after).await
}
