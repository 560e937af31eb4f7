//! The admin area's reads and writes: users, claims, organisations (verification, visibility,
//! merging duplicates) and the audit log. Every write runs in one `BEGIN IMMEDIATE`
//! transaction together with its audit entry, so neither exists without the other.

/// A list's two statements over the same `FROM … WHERE …`: its count, and its rows in order
/// (the order clause ends with the page's `LIMIT` and `OFFSET`).
macro_rules! paged {
    ($columns:literal, $from:literal, $order:literal) => {
        [concat!("SELECT count(*) ", $from), concat!("SELECT ", $columns, " ", $from, " ", $order)]
    };
}

mod claims;
mod merge;
mod orgs;
mod users;

pub use claims::{ClaimDecision, decide_claim, pending_claims};
pub use merge::merge_orgs;
pub use orgs::{list_orgs, set_hidden, set_verified};
pub use users::{list_users, set_disabled, set_role};

use crate::backend::db::sql;
use crate::backend::db::{Conn, Db, Tx};
use crate::backend::store::statements::audit::{self, Entry};
use crate::domain::admin::{ADMIN_PER_PAGE, AdminCounts, AdminPage, AdminQuery, AuditRow};
use serde_json::Value;

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

/// A statement with the list's filters bound (or about to be).
type Filtered = sql::Query;

/// One page of a list: `bind` binds the filters both of `paged!`'s statements share, the
/// page's limit and offset follow, and `row` turns each row into what the page shows.
async fn page_of<R, T>(
    pool: &Db,
    q: &AdminQuery,
    [count_sql, rows_sql]: [&'static str; 2],
    bind: impl Fn(Filtered) -> Filtered,
    row: impl FnMut(R) -> T,
) -> sqlx::Result<AdminPage<T>>
where
    R: sql::Row,
{
    let (total,): (i64,) = bind(sql::query(count_sql)).rows().fetch_one(pool).await?;
    let rows: Vec<R> = bind(sql::query(rows_sql)).bind(PER_PAGE).bind(q.offset()).rows().fetch_all(pool).await?;
    Ok(AdminPage { rows: rows.into_iter().map(row).collect(), total: count(total) })
}

/// The row `sql` selects for the id `$1`, or `NotFound`.
async fn existing<R>(tx: &mut Conn, sql: &'static str, id: i64) -> Result<R, AdminError>
where
    R: sql::Row,
{
    sql::query_as(sql).bind(id).fetch_optional(tx).await?.ok_or(AdminError::NotFound)
}

/// Records what `actor` did to `entity` (its type and id) and commits: the change and its
/// audit entry land together or not at all.
async fn commit_audited(
    mut tx: Tx,
    actor: i64,
    action: &str,
    (entity_type, id): (&str, i64),
    before: Value,
    after: Value,
) -> Result<(), AdminError> {
    let entry = Entry {
        actor: Some(actor),
        action,
        entity_type,
        entity_id: id.to_string(),
        before: Some(before),
        after: Some(after),
    };
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(())
}

#[tracing::instrument(skip(pool))]
pub async fn counts(pool: &Db) -> sqlx::Result<AdminCounts> {
    let c: CountsRow = sql::query_as(
        "SELECT (SELECT count(*) FROM users) AS users,
                (SELECT count(*) FROM users WHERE disabled = TRUE) AS disabled_users,
                (SELECT count(*) FROM org_claims WHERE status = 'pending') AS pending_claims,
                (SELECT count(*) FROM organizations) AS orgs,
                (SELECT count(*) FROM organizations WHERE verified = FALSE) AS unverified_orgs,
                (SELECT count(*) FROM organizations WHERE hidden = TRUE) AS hidden_orgs,
                (SELECT count(*) FROM audit_log) AS audit_entries",
    )
    .fetch_one(pool)
    .await?;
    Ok(AdminCounts {
        users: count(c.users),
        disabled_users: count(c.disabled_users),
        pending_claims: count(c.pending_claims),
        orgs: count(c.orgs),
        unverified_orgs: count(c.unverified_orgs),
        hidden_orgs: count(c.hidden_orgs),
        audit_entries: count(c.audit_entries),
    })
}

/// The overview's counts, as `AdminCounts` has them.
#[derive(sqlx::FromRow)]
struct CountsRow {
    users: i64,
    disabled_users: i64,
    pending_claims: i64,
    orgs: i64,
    unverified_orgs: i64,
    hidden_orgs: i64,
    audit_entries: i64,
}

/// An audit entry; `actor_email` is `None` for the system or a deleted account.
#[derive(sqlx::FromRow)]
struct AuditSqlRow {
    id: i64,
    at: String,
    actor_email: Option<String>,
    action: String,
    entity_type: String,
    entity_id: String,
    before_json: Option<String>,
    after_json: Option<String>,
}

/// The audit log, newest first; `q` narrows to actions or entity types starting with it
/// (`org.`, `claim.approve`, `user`).
#[tracing::instrument(skip(pool))]
pub async fn audit_log(pool: &Db, q: &AdminQuery) -> sqlx::Result<AdminPage<AuditRow>> {
    const SQL: [&str; 2] = paged!(
        "a.id, a.at, u.email AS actor_email, a.action, a.entity_type, a.entity_id,
         CAST(a.before_json AS TEXT) AS before_json, CAST(a.after_json AS TEXT) AS after_json",
        "FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
         WHERE $1 IS NULL OR a.action LIKE $1 ESCAPE '\\' OR a.entity_type LIKE $1 ESCAPE '\\'",
        "ORDER BY a.at DESC, a.id DESC LIMIT $2 OFFSET $3"
    );
    let prefix = q.q.as_deref().map(|s| format!("{}%", escape_like(s)));
    page_of(
        pool,
        q,
        SQL,
        |s| s.bind(&prefix),
        |r: AuditSqlRow| AuditRow {
            id: r.id,
            at: r.at,
            actor_email: r.actor_email,
            action: r.action,
            entity_type: r.entity_type,
            entity_id: r.entity_id,
            before: r.before_json,
            after: r.after_json,
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    #[test]
    fn like_patterns_are_literal() {
        assert_eq!(super::contains_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }
}
