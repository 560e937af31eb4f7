//! Organisations: the list with its filters, verification and visibility.

use super::{AdminError, commit_audited, contains_pattern, count, existing, page_of};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::db::{begin_write, now_iso};
use crate::domain::admin::{AdminPage, AdminQuery, OrgRow};
use crate::domain::dto::Text;
use serde_json::json;

/// An organisation as the admin list shows it; `members` counts its memberships.
#[derive(sqlx::FromRow)]
struct OrgSqlRow {
    id: i64,
    slug: String,
    name_vi: String,
    name_en: Option<String>,
    kind: String,
    verified: bool,
    verified_at: Option<String>,
    hidden: bool,
    sample: bool,
    members: i64,
    created_at: String,
}

/// Every organisation, hidden ones too, matching `q` (name without diacritics, or slug) and
/// `filter` (`unverified`, `verified`, `hidden`); unknown filters show all.
#[tracing::instrument(skip(pool))]
pub async fn list_orgs(pool: &Db, q: &AdminQuery) -> sqlx::Result<AdminPage<OrgRow>> {
    const SQL: [&str; 2] = paged!(
        "o.id, o.slug, o.name_vi, o.name_en, o.kind, o.verified, o.verified_at, o.hidden, o.sample,
         (SELECT count(*) FROM memberships m WHERE m.org_id = o.id) AS members, o.created_at",
        "FROM organizations o
         WHERE ($1 IS NULL OR o.name_folded LIKE $1 ESCAPE '\\' OR o.slug LIKE $1 ESCAPE '\\')
         AND ($2 IS NULL OR ($2 = 'unverified' AND o.verified = FALSE) OR ($2 = 'verified' AND o.verified = TRUE)
              OR ($2 = 'hidden' AND o.hidden = TRUE))",
        "ORDER BY o.name_folded, o.id LIMIT $3 OFFSET $4"
    );
    let text = q.q.as_deref().map(|s| contains_pattern(&crate::backend::text::fold(s)));
    let filter = q.filter.as_deref().filter(|f| matches!(*f, "unverified" | "verified" | "hidden"));
    page_of(
        pool,
        q,
        SQL,
        |s| s.bind(&text).bind(filter),
        |r: OrgSqlRow| OrgRow {
            id: r.id,
            slug: r.slug,
            name: Text::new(r.name_vi, r.name_en),
            kind: r.kind,
            verified: r.verified,
            verified_at: r.verified_at,
            hidden: r.hidden,
            sample: r.sample,
            members: count(r.members),
            created_at: r.created_at,
        },
    )
    .await
}

/// Marks an organisation verified by `actor` now, or takes the mark away. Setting what is
/// already set changes nothing and records nothing.
#[tracing::instrument(skip(pool))]
pub async fn set_verified(pool: &Db, actor: i64, org: i64, verified: bool) -> Result<(), AdminError> {
    let mut tx = begin_write(pool).await?;
    let (was, by, at): (bool, Option<i64>, Option<String>) =
        existing(&mut tx, "SELECT verified, verified_by, verified_at FROM organizations WHERE id = $1", org).await?;
    if was == verified {
        return Ok(());
    }
    let now = now_iso();
    let (new_by, new_at) = if verified { (Some(actor), Some(now.clone())) } else { (None, None) };
    // `verified` and `verified_at` change together (the table's CHECK).
    sql::query(
        "UPDATE organizations SET verified = $2, verified_by = $3, verified_at = $4, updated_at = $5 WHERE id = $1",
    )
    .bind(org)
    .bind(verified)
    .bind(new_by)
    .bind(&new_at)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    let action = if verified { "org.verify" } else { "org.unverify" };
    let before = json!({ "verified": was, "verified_by": by, "verified_at": at });
    let after = json!({ "verified": verified, "verified_by": new_by, "verified_at": new_at });
    commit_audited(tx, actor, action, ("organization", org), before, after).await
}

/// Hides an organisation from every public list, page and search (or shows it again).
#[tracing::instrument(skip(pool))]
pub async fn set_hidden(pool: &Db, actor: i64, org: i64, hidden: bool) -> Result<(), AdminError> {
    let mut tx = begin_write(pool).await?;
    let (was,): (bool,) = existing(&mut tx, "SELECT hidden FROM organizations WHERE id = $1", org).await?;
    if was == hidden {
        return Ok(());
    }
    sql::query("UPDATE organizations SET hidden = $2, updated_at = $3 WHERE id = $1")
        .bind(org)
        .bind(hidden)
        .bind(now_iso())
        .execute(&mut *tx)
        .await?;
    let action = if hidden { "org.hide" } else { "org.unhide" };
    commit_audited(tx, actor, action, ("organization", org), json!({ "hidden": was }), json!({ "hidden": hidden }))
        .await
}
