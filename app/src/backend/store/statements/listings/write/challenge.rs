//! A challenge's (or S&T task order's) form values written into `challenges`.

use super::input::ChallengeInput;
use super::{
    Public, Saved, Target, Written, edit_json, finish, free_slug, hold_edit, next_stage, refused, replace_sectors,
};
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
    write(conn, t, org_kind, c, false).await
}

/// `save_challenge`, or with `approving` the held edit `c` written into the public columns.
pub(super) async fn write(
    conn: &mut Conn,
    t: Target,
    org_kind: &str,
    c: &ChallengeInput,
    approving: bool,
) -> sqlx::Result<Result<Written, Conflict>> {
    let engine = conn.engine();
    let shown = json!([
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
    let (before, to, public) = refused!(
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
            &shown,
            approving,
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
    if public == Public::Write {
        sql::query(
            "UPDATE challenges SET title_vi = $2, title_en = $3, title_folded = $4, problem_vi = $5, problem_en = $6,
                    desired_result_vi = $7, constraints_vi = $8, trl_min = $9, is_task_order = $10, funding_vnd = $11,
                    evaluation_criteria_vi = $12
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
        .bind(c.trl_min)
        .bind(c.task_order)
        .bind(funding)
        .bind(criteria)
        .execute(&mut *conn)
        .await?;
    }
    sql::query(
        "UPDATE challenges SET budget_min_vnd = $2, budget_max_vnd = $3, deadline = $4, unset_fields = $5,
                updated_at = $6
          WHERE id = $1",
    )
    .bind(id)
    .bind(c.budget_min)
    .bind(c.budget_max)
    .bind(&c.deadline)
    .bind(unset.join(","))
    .bind(&at)
    .execute(&mut *conn)
    .await?;
    replace_sectors(&mut *conn, ListingKind::Challenge, id, &c.sectors).await?;
    let held = public == Public::Hold;
    if before.is_some() {
        hold_edit(&mut *conn, ListingKind::Challenge, id, held.then(|| edit_json(c)).transpose()?.as_deref()).await?;
    }
    let after = json!({ "slug": slug, "title_vi": c.title_vi, "task_order": c.task_order, "sectors": c.sectors });
    Ok(Ok(Written { saved: Saved { id, slug, stage: to, held }, before, after }))
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
