//! tower-sessions' store over our database (the published sqlx store targets an older sqlx);
//! the table is `store::statements::sessions`.

use crate::backend::db::Db;
use crate::backend::secrets::tokens;
use crate::backend::store::statements::sessions::{self, SessionRow};
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
        sessions::delete_expired(&self.pool, tokens::now_unix()).await
    }
}

fn backend(e: impl std::fmt::Display) -> Error {
    Error::Backend(e.to_string())
}

fn key(id: &Id) -> String {
    tokens::hash(&id.to_string())
}

/// A record as stored (see `store::statements::sessions`).
fn row<'a>(record: &Record, id_hash: &'a str) -> Result<SessionRow<'a>> {
    let data = serde_json::to_value(&record.data).map_err(backend)?;
    let user_id = record.data.get(USER_KEY).and_then(|v| v.as_i64());
    Ok(SessionRow { id_hash, user_id, data, expires_at: record.expiry_date.unix_timestamp() })
}

#[async_trait]
impl SessionStore for SqliteSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // A fresh random id on the (astronomically unlikely) collision.
        while !sessions::insert(&self.pool, row(record, &key(&record.id))?).await.map_err(backend)? {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        match sessions::upsert(&self.pool, row(record, &key(&record.id))?).await {
            // Reading pages must keep working when the disk is full: the change to an existing
            // session (a flash shown, a language chosen) is dropped, the page is still served.
            Err(e) if crate::backend::db::is_storage_full(&e) => {
                tracing::warn!(error = %e, "storage full: a session change was not saved");
                Ok(())
            }
            r => r.map_err(backend),
        }
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let found = sessions::load(&self.pool, &key(id), tokens::now_unix()).await.map_err(backend)?;
        let Some((data, expires_at)) = found else { return Ok(None) };
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data).map_err(backend)?,
            expiry_date: time::OffsetDateTime::from_unix_timestamp(expires_at).map_err(backend)?,
        }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        sessions::delete(&self.pool, &key(id)).await.map_err(backend)
    }
}
