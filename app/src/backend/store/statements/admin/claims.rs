//! Claims: requests to manage an organisation's page, approved (the claimant becomes an owner)
//! or rejected by the Department.

use super::{AdminError, commit_audited, contains_pattern, count, existing, page_of};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::db::{begin_write, now_iso};
use crate::domain::admin::{AdminPage, AdminQuery, ClaimRow};
use crate::domain::dto::Text;
use serde_json::json;

/// A pending claim with its organisation (`org_*`, `owners`) and claimant (`user_*`).
#[derive(sqlx::FromRow)]
struct ClaimSqlRow {
    id: i64,
    org_id: i64,
    org_slug: String,
    org_vi: String,
    org_en: Option<String>,
    org_verified: bool,
    owners: i64,
    user_id: i64,
    user_email: String,
    user_name: String,
    message: String,
    created_at: String,
}

/// Pending claims, oldest first (first come, first served); `q` matches the organisation's
/// name (without diacritics) or the claimant's e-mail.
#[tracing::instrument(skip(pool))]
pub async fn pending_claims(pool: &Db, q: &AdminQuery) -> sqlx::Result<AdminPage<ClaimRow>> {
    const SQL: [&str; 2] = paged!(
        "c.id, o.id AS org_id, o.slug AS org_slug, o.name_vi AS org_vi, o.name_en AS org_en, o.verified AS org_verified,
         (SELECT count(*) FROM memberships m WHERE m.org_id = o.id AND m.role = 'owner') AS owners,
         u.id AS user_id, u.email AS user_email, u.display_name AS user_name, c.message, c.created_at",
        "FROM org_claims c JOIN organizations o ON o.id = c.org_id JOIN users u ON u.id = c.user_id
         WHERE c.status = 'pending'
         AND ($1 IS NULL OR o.name_folded LIKE $1 ESCAPE '\\' OR u.email LIKE $2 ESCAPE '\\')",
        "ORDER BY c.created_at, c.id LIMIT $3 OFFSET $4"
    );
    let folded = q.q.as_deref().map(|s| contains_pattern(&crate::backend::text::fold(s)));
    let email = q.q.as_deref().map(|s| contains_pattern(&s.to_lowercase()));
    page_of(
        pool,
        q,
        SQL,
        |s| s.bind(&folded).bind(&email),
        |r: ClaimSqlRow| ClaimRow {
            id: r.id,
            org_id: r.org_id,
            org_slug: r.org_slug,
            org_name: Text::new(r.org_vi, r.org_en),
            org_verified: r.org_verified,
            org_owners: count(r.owners),
            user_id: r.user_id,
            user_email: r.user_email,
            user_name: r.user_name,
            message: r.message,
            created_at: r.created_at,
        },
    )
    .await
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimDecision {
    Approve,
    Reject,
}

/// Decides a pending claim. Approving makes the claimant an owner of the organisation (an
/// editor already is promoted). A claim decided already is `Refused`.
#[tracing::instrument(skip(pool))]
pub async fn decide_claim(pool: &Db, actor: i64, claim: i64, decision: ClaimDecision) -> Result<(), AdminError> {
    let now = now_iso();
    let mut tx = begin_write(pool).await?;
    let (org, user, status): (i64, i64, String) =
        existing(&mut tx, "SELECT org_id, user_id, status FROM org_claims WHERE id = $1", claim).await?;
    if status != "pending" {
        return Err(AdminError::Refused("claim already decided"));
    }
    let new_status = match decision {
        ClaimDecision::Approve => "approved",
        ClaimDecision::Reject => "rejected",
    };
    sql::query("UPDATE org_claims SET status = $2, decided_by = $3, decided_at = $4 WHERE id = $1")
        .bind(claim)
        .bind(new_status)
        .bind(actor)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    let mut after = json!({ "status": new_status, "org_id": org, "user_id": user });
    if decision == ClaimDecision::Approve {
        let previous: Option<(String,)> =
            sql::query_as("SELECT role FROM memberships WHERE user_id = $1 AND org_id = $2")
                .bind(user)
                .bind(org)
                .fetch_optional(&mut *tx)
                .await?;
        sql::query(
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
    let action = match decision {
        ClaimDecision::Approve => "claim.approve",
        ClaimDecision::Reject => "claim.reject",
    };
    let before = json!({ "status": status, "org_id": org, "user_id": user });
    commit_audited(tx, actor, action, ("claim", claim), before, after).await
}
