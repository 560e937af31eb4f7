//! Claims: requests to manage an organisation's page, approved (the claimant becomes an owner)
//! or rejected by the Department.

use super::{AdminError, PER_PAGE, contains_pattern, count};
use crate::backend::db::{begin_write, now_iso};
use crate::backend::store::sqlite::audit::{self, Entry};
use crate::domain::admin::{AdminPage, AdminQuery, ClaimRow};
use crate::domain::dto::Text;
use serde_json::json;
use sqlx::SqlitePool;

type ClaimTuple = (i64, i64, String, String, Option<String>, bool, i64, i64, String, String, String, String);

/// Pending claims, oldest first (first come, first served); `q` matches the organisation's
/// name (without diacritics) or the claimant's e-mail.
#[tracing::instrument(skip(pool))]
pub async fn pending_claims(pool: &SqlitePool, q: &AdminQuery) -> sqlx::Result<AdminPage<ClaimRow>> {
    let folded = q.q.as_deref().map(|s| contains_pattern(&crate::backend::text::fold(s)));
    let email = q.q.as_deref().map(|s| contains_pattern(&s.to_lowercase()));
    macro_rules! matching {
        () => {
            " FROM org_claims c JOIN organizations o ON o.id = c.org_id JOIN users u ON u.id = c.user_id
              WHERE c.status = 'pending'
              AND ($1 IS NULL OR o.name_folded LIKE $1 ESCAPE '\\' OR u.email LIKE $2 ESCAPE '\\')"
        };
    }
    let (total,): (i64,) =
        sqlx::query_as(concat!("SELECT count(*)", matching!())).bind(&folded).bind(&email).fetch_one(pool).await?;
    let rows: Vec<ClaimTuple> = sqlx::query_as(concat!(
        "SELECT c.id, o.id, o.slug, o.name_vi, o.name_en, o.verified,
                (SELECT count(*) FROM memberships m WHERE m.org_id = o.id AND m.role = 'owner'),
                u.id, u.email, u.display_name, c.message, c.created_at",
        matching!(),
        " ORDER BY c.created_at, c.id LIMIT $3 OFFSET $4"
    ))
    .bind(&folded)
    .bind(&email)
    .bind(PER_PAGE)
    .bind(q.offset())
    .fetch_all(pool)
    .await?;
    Ok(AdminPage {
        rows: rows
            .into_iter()
            .map(
                |(
                    id,
                    org_id,
                    org_slug,
                    vi,
                    en,
                    org_verified,
                    owners,
                    user_id,
                    user_email,
                    user_name,
                    message,
                    created_at,
                )| {
                    ClaimRow {
                        id,
                        org_id,
                        org_slug,
                        org_name: Text::new(vi, en),
                        org_verified,
                        org_owners: count(owners),
                        user_id,
                        user_email,
                        user_name,
                        message,
                        created_at,
                    }
                },
            )
            .collect(),
        total: count(total),
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimDecision {
    Approve,
    Reject,
}

/// Decides a pending claim. Approving makes the claimant an owner of the organisation (an
/// editor already is promoted). A claim decided already is `Refused`.
#[tracing::instrument(skip(pool))]
pub async fn decide_claim(
    pool: &SqlitePool,
    actor: i64,
    claim: i64,
    decision: ClaimDecision,
) -> Result<(), AdminError> {
    let now = now_iso();
    let mut tx = begin_write(pool).await?;
    let row: Option<(i64, i64, String)> =
        sqlx::query_as("SELECT org_id, user_id, status FROM org_claims WHERE id = $1")
            .bind(claim)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((org, user, status)) = row else { return Err(AdminError::NotFound) };
    if status != "pending" {
        return Err(AdminError::Refused("claim already decided"));
    }
    let new_status = match decision {
        ClaimDecision::Approve => "approved",
        ClaimDecision::Reject => "rejected",
    };
    sqlx::query("UPDATE org_claims SET status = $2, decided_by = $3, decided_at = $4 WHERE id = $1")
        .bind(claim)
        .bind(new_status)
        .bind(actor)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    let mut after = json!({ "status": new_status, "org_id": org, "user_id": user });
    if decision == ClaimDecision::Approve {
        let previous: Option<(String,)> =
            sqlx::query_as("SELECT role FROM memberships WHERE user_id = $1 AND org_id = $2")
                .bind(user)
                .bind(org)
                .fetch_optional(&mut *tx)
                .await?;
        sqlx::query(
            "INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1, $2, 'owner', $3)
             ON CONFLICT (user_id, org_id) DO UPDATE SET role = 'owner'",
        )
        .bind(user)
        .bind(org)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        after["membership"] = json!({ "before": previous.map(|(r,)| r), "after": "owner" });
    }
    let entry = Entry {
        actor: Some(actor),
        action: match decision {
            ClaimDecision::Approve => "claim.approve",
            ClaimDecision::Reject => "claim.reject",
        },
        entity_type: "claim",
        entity_id: claim.to_string(),
        before: Some(json!({ "status": status, "org_id": org, "user_id": user })),
        after: Some(after),
    };
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(())
}
