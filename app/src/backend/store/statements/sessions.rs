//! The session table behind tower-sessions (`auth::session_store`): the SHA-256 of the session
//! id, the signed-in user (for ending a user's sessions), the data and the expiry (Unix time).

use crate::backend::db::Db;
use crate::backend::db::sql;

/// A session as stored.
pub struct SessionRow<'a> {
    pub id_hash: &'a str,
    pub user_id: Option<i64>,
    pub data: serde_json::Value,
    pub expires_at: i64,
}

/// Inserts a new session; false when the id is taken (the caller draws another).
pub async fn insert(pool: &Db, row: SessionRow<'_>) -> sqlx::Result<bool> {
    let done = sql::query(
        "INSERT INTO sessions (id_hash, user_id, data, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id_hash) DO NOTHING",
    )
    .bind(row.id_hash)
    .bind(row.user_id)
    .bind(row.data)
    .bind(row.expires_at)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Writes a session, new or not.
pub async fn upsert(pool: &Db, row: SessionRow<'_>) -> sqlx::Result<()> {
    sql::query(
        "INSERT INTO sessions (id_hash, user_id, data, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id_hash) DO UPDATE SET user_id = excluded.user_id, data = excluded.data,
             expires_at = excluded.expires_at",
    )
    .bind(row.id_hash)
    .bind(row.user_id)
    .bind(row.data)
    .bind(row.expires_at)
    .execute(pool)
    .await?;
    Ok(())
}

/// A live session's data (JSON text) and expiry, unless it has expired by `now`.
pub async fn load(pool: &Db, id_hash: &str, now: i64) -> sqlx::Result<Option<(String, i64)>> {
    sql::query_as("SELECT CAST(data AS TEXT), expires_at FROM sessions WHERE id_hash = $1 AND expires_at > $2")
        .bind(id_hash)
        .bind(now)
        .fetch_optional(pool)
        .await
}

pub async fn delete(pool: &Db, id_hash: &str) -> sqlx::Result<()> {
    sql::query("DELETE FROM sessions WHERE id_hash = $1").bind(id_hash).execute(pool).await?;
    Ok(())
}

/// Deletes the sessions expired by `now`; how many.
pub async fn delete_expired(pool: &Db, now: i64) -> sqlx::Result<u64> {
    Ok(sql::query("DELETE FROM sessions WHERE expires_at < $1").bind(now).execute(pool).await?.rows_affected())
}
