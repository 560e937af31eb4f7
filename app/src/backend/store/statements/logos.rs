//! Organisation logos: PNG bytes the server re-encoded, one per organisation.

use super::org_manage;
use crate::backend::db::Db;
use crate::backend::db::now_iso;
use crate::backend::db::sql;

/// Stores the logo and points the organisation at it (a new `?v=` each time, so browsers and
/// caches fetch the new one).
pub async fn save(pool: &Db, actor: i64, org_id: i64, png: &[u8]) -> sqlx::Result<()> {
    sql::query(
        "INSERT INTO org_logos (org_id, png, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (org_id) DO UPDATE SET png = excluded.png, updated_at = excluded.updated_at",
    )
    .bind(org_id)
    .bind(png)
    .bind(now_iso())
    .execute(pool)
    .await?;
    let version = &crate::backend::secrets::tokens::hash(&format!("{org_id}-{}", png.len()))[..8];
    let path = format!("/media/logos/{org_id}?v={version}{}", rand::random::<u16>());
    org_manage::set_logo(pool, actor, org_id, &path).await
}

pub async fn load(pool: &Db, org_id: i64) -> sqlx::Result<Option<Vec<u8>>> {
    let row: Option<(Vec<u8>,)> =
        sql::query_as("SELECT png FROM org_logos WHERE org_id = $1").bind(org_id).fetch_optional(pool).await?;
    Ok(row.map(|(png,)| png))
}
