//! The sitemap's rows: every public row's page and its last change, under the same visibility
//! rules as the lists, as one ordered query paged by the sitemap files.

use crate::backend::db::Db;
use crate::backend::db::sql;

/// Every public row's page and its last change, under the same visibility rules as the lists.
macro_rules! rows {
    () => {
        "
    SELECT '/org/' || o.slug AS path, o.updated_at AS lastmod FROM organizations o WHERE o.hidden = FALSE
    UNION ALL
    SELECT '/offers/' || t.slug, t.updated_at FROM technology_offers t JOIN organizations o ON o.id = t.org_id
     WHERE t.status IN ('published', 'transferred') AND o.hidden = FALSE
       AND (t.status = 'transferred' OR t.expires_at IS NULL OR substr(t.expires_at, 1, 10) >= $1)
    UNION ALL
    SELECT '/challenges/' || c.slug, c.updated_at FROM challenges c JOIN organizations o ON o.id = c.org_id
     WHERE c.status <> 'draft' AND o.hidden = FALSE
    UNION ALL
    SELECT '/research/' || r.slug, r.updated_at FROM research_outputs r JOIN organizations o ON o.id = r.org_id
     WHERE o.hidden = FALSE
    UNION ALL
    SELECT '/programmes/' || p.slug, p.updated_at FROM programmes p JOIN organizations o ON o.id = p.org_id
     WHERE p.published = TRUE AND o.hidden = FALSE
    UNION ALL
    SELECT '/events/' || e.slug, e.updated_at FROM events e JOIN organizations o ON o.id = e.organiser_org_id
     WHERE e.published = TRUE AND o.hidden = FALSE"
    };
}

/// How many row pages there are.
pub async fn count(pool: &Db, today: &str) -> sqlx::Result<u64> {
    let n: i64 =
        sql::query_scalar(concat!("SELECT COUNT(*) FROM (", rows!(), ") AS pages")).bind(today).fetch_one(pool).await?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// `limit` (path, last change) pairs from `offset`, by path.
pub async fn page(pool: &Db, today: &str, limit: u64, offset: u64) -> sqlx::Result<Vec<(String, String)>> {
    sql::query_as(concat!(rows!(), " ORDER BY path LIMIT $2 OFFSET $3"))
        .bind(today)
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .bind(i64::try_from(offset).unwrap_or(i64::MAX))
        .fetch_all(pool)
        .await
}
