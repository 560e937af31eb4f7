//! A challenge's (or S&T task order's) form values written into `challenges`.

use super::input::ChallengeInput;
use super::{Saved, Target, Written, finish, free_slug, next_stage, refused, replace_sectors};
use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::db::{begin_write, now_iso};
use crate::backend::store::Conflict;
use crate::backend::store::dialect::with_json_array;
use crate::backend::text::fold;
use crate::domain::listing::ListingKind;
use serde_json::json;

/// `org_kind` is the owner's kind (the table keeps it in a composite key).
pub async fn save_challenge(
    conn: &mut Conn,
    t: Target,
    org_kind: &str,
    c: &ChallengeInput,
) -> sqlx::Result<Result<Written, Conflict>> {
    let engine = conn.engine();
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
    let (before, to) = refused!(
        next_stage(
            &mut *conn,
            ListingKind::Challenge,
            t,
            with_json_array!(
                "SELECT org_id, slug, status, submitted_at IS NOT NULL AS submitted, review_outcome, ",
                "title_vi, title_en, problem_vi, problem_en, desired_result_vi, constraints_vi, trl_min, CASE WHEN is_task_order THEN 1 ELSE 0 END, funding_vnd, evaluation_criteria_vi",
                " AS snapshot FROM challenges WHERE id = $1"
            )
            .get(engine),
            &public,
        )
        .await?
    );
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
            let slug = free_slug(&mut *conn, ListingKind::Challenge, &c.title_vi).await?;
            let id: i64 = sql::query_scalar(
                "INSERT INTO challenges (slug, org_id, org_kind, title_vi, title_folded, status, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, '', 'draft', $5, $5) RETURNING id",
            )
            .bind(&slug)
            .bind(t.org_id)
            .bind(org_kind)
            .bind(&c.title_vi)
            .bind(&at)
            .fetch_one(&mut *conn)
            .await?;
            (id, slug)
        }
        Some((slug, _)) => (t.id.unwrap_or_default(), slug.clone()),
    };
    sql::query(
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
    .execute(&mut *conn)
    .await?;
    replace_sectors(&mut *conn, ListingKind::Challenge, id, &c.sectors).await?;
    let after = json!({ "slug": slug, "title_vi": c.title_vi, "task_order": c.task_order, "sectors": c.sectors });
    Ok(Ok(Written { saved: Saved { id, slug, stage: to }, before, after }))
}

pub async fn challenge(
    pool: &Db,
    actor: i64,
    t: Target,
    org_kind: &str,
    c: &ChallengeInput,
) -> sqlx::Result<Result<Saved, Conflict>> {
    let mut tx = begin_write(pool).await?;
    let written = save_challenge(&mut tx, t, org_kind, c).await?;
    finish(tx, ListingKind::Challenge, actor, written).await
}
