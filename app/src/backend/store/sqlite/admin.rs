//! The admin area's reads and writes: users, claims, organisations (verification, visibility,
//! merging duplicates) and the audit log. Every write runs in one `BEGIN IMMEDIATE`
//! transaction together with its audit entry, so neither exists without the other.

mod claims;
mod merge;
mod orgs;
mod users;

pub use claims::{ClaimDecision, decide_claim, pending_claims};
pub use merge::merge_orgs;
pub use orgs::{list_orgs, set_hidden, set_verified};
pub use users::{list_users, set_disabled, set_role};

use crate::domain::admin::{ADMIN_PER_PAGE, AdminCounts, AdminPage, AdminQuery, AuditRow};
use sqlx::SqlitePool;

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("not found")]
    NotFound,
    /// The change makes no sense as asked (a decided claim, merging an organisation into itself
    /// or into one of another kind).
    #[error("refused: {0}")]
    Refused(&'static str),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
}

/// `text` for a `LIKE … ESCAPE '\'` pattern: `%`, `_` and `\` taken literally.
fn escape_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A `LIKE` pattern matching `text` anywhere.
fn contains_pattern(text: &str) -> String {
    format!("%{}%", escape_like(text))
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

const PER_PAGE: i64 = ADMIN_PER_PAGE as i64;

#[tracing::instrument(skip(pool))]
pub async fn counts(pool: &SqlitePool) -> sqlx::Result<AdminCounts> {
    let (users, disabled_users, pending_claims, orgs, unverified_orgs, hidden_orgs, audit_entries): (
        i64,
        i64,
        i64,
        i64,
        i64,
        i64,
        i64,
    ) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM users WHERE disabled = 1),
                (SELECT count(*) FROM org_claims WHERE status = 'pending'),
                (SELECT count(*) FROM organizations),
                (SELECT count(*) FROM organizations WHERE verified = 0),
                (SELECT count(*) FROM organizations WHERE hidden = 1),
                (SELECT count(*) FROM audit_log)",
    )
    .fetch_one(pool)
    .await?;
    Ok(AdminCounts {
        users: count(users),
        disabled_users: count(disabled_users),
        pending_claims: count(pending_claims),
        orgs: count(orgs),
        unverified_orgs: count(unverified_orgs),
        hidden_orgs: count(hidden_orgs),
        audit_entries: count(audit_entries),
    })
}

type AuditTuple = (i64, String, Option<String>, String, String, String, Option<String>, Option<String>);

/// The audit log, newest first; `q` narrows to actions or entity types starting with it
/// (`org.`, `claim.approve`, `user`).
#[tracing::instrument(skip(pool))]
pub async fn audit_log(pool: &SqlitePool, q: &AdminQuery) -> sqlx::Result<AdminPage<AuditRow>> {
    let prefix = q.q.as_deref().map(|s| format!("{}%", escape_like(s)));
    let (total,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM audit_log a
         WHERE $1 IS NULL OR a.action LIKE $1 ESCAPE '\\' OR a.entity_type LIKE $1 ESCAPE '\\'",
    )
    .bind(&prefix)
    .fetch_one(pool)
    .await?;
    let rows: Vec<AuditTuple> = sqlx::query_as(
        "SELECT a.id, a.at, u.email, a.action, a.entity_type, a.entity_id, a.before_json, a.after_json
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
         WHERE $1 IS NULL OR a.action LIKE $1 ESCAPE '\\' OR a.entity_type LIKE $1 ESCAPE '\\'
         ORDER BY a.at DESC, a.id DESC LIMIT $2 OFFSET $3",
    )
    .bind(&prefix)
    .bind(PER_PAGE)
    .bind(q.offset())
    .fetch_all(pool)
    .await?;
    Ok(AdminPage {
        rows: rows
            .into_iter()
            .map(|(id, at, actor_email, action, entity_type, entity_id, before, after)| AuditRow {
                id,
                at,
                actor_email,
                action,
                entity_type,
                entity_id,
                before,
                after,
            })
            .collect(),
        total: count(total),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn like_patterns_are_literal() {
        assert_eq!(super::contains_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }
}
