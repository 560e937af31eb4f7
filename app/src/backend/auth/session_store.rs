//! tower-sessions' store over our SQLite pool (the published sqlx store targets an older sqlx).
//! The table keeps the SHA-256 of the session id, the signed-in user and the expiry.

use super::tokens;
use crate::backend::db::Db;
use crate::backend::db::sql;
use async_trait::async_trait;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result, SessionStore};

/// The session key that holds the signed-in user's id.
pub const USER_KEY: &str = "uid";

#[derive(Clone)]
pub struct SqliteSessionStore {
    pool: Db,
}

impl std::fmt::Debug for SqliteSessionStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SqliteSessionStore")
    }
}

impl SqliteSessionStore {
    pub fn new(pool: Db) -> Self {
        SqliteSessionStore { pool }
    }

    /// Deletes expired sessions; the server calls it hourly.
    pub async fn delete_expired(&self) -> sqlx::Result<u64> {
        let done = sql::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(tokens::now_unix())
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }
}

fn backend(e: impl std::fmt::Display) -> Error {
    Error::Backend(e.to_string())
}

fn key(id: &Id) -> String {
    tokens::hash(&id.to_string())
}

/// A record as stored: the id's hash, the signed-in user (for ending a user's sessions), the
/// data and the expiry.
fn columns(record: &Record) -> Result<(String, Option<i64>, serde_json::Value, i64)> {
    let data = serde_json::to_value(&record.data).map_err(backend)?;
    let user = record.data.get(USER_KEY).and_then(|v| v.as_i64());
    Ok((key(&record.id), user, data, record.expiry_date.unix_timestamp()))
}

/// Writes a record with `sql` (whose ON CONFLICT says what an existing id means); rows written.
async fn write(pool: &Db, record: &Record, sql: &'static str) -> Result<u64> {
    let (id_hash, user, data, expires) = columns(record)?;
    let done =
        sql::query(sql).bind(id_hash).bind(user).bind(data).bind(expires).execute(pool).await.map_err(backend)?;
    Ok(done.rows_affected())
}

#[async_trait]
impl SessionStore for SqliteSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // A fresh random id on the (astronomically unlikely) collision.
        while write(
            &self.pool,
            record,
            "INSERT INTO sessions (id_hash, user_id, data, expires_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (id_hash) DO NOTHING",
        )
        .await?
            == 0
        {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        write(
            &self.pool,
            record,
            "INSERT INTO sessions (id_hash, user_id, data, expires_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (id_hash) DO UPDATE SET user_id = excluded.user_id, data = excluded.data,
                 expires_at = excluded.expires_at",
        )
        .await?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let row: Option<(String, i64)> =
            sql::query_as("SELECT CAST(data AS TEXT), expires_at FROM sessions WHERE id_hash = $1 AND expires_at > $2")
                .bind(key(id))
                .bind(tokens::now_unix())
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
        let Some((data, expires_at)) = row else { return Ok(None) };
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data).map_err(backend)?,
            expiry_date: time::OffsetDateTime::from_unix_timestamp(expires_at).map_err(backend)?,
        }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        sql::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(key(id))
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
