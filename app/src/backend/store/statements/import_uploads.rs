//! Checked import files waiting for the admin's "Import" (`import::uploads`): the file's bytes
//! and its report under a random token, readable only by its uploader.

use crate::backend::db::Db;
use crate::backend::db::sql;

/// A kept file as stored.
#[derive(Debug, sqlx::FromRow)]
pub struct UploadRow {
    pub entity: String,
    pub file_name: String,
    /// `csv` or `xlsx`.
    pub format: String,
    pub skip_duplicates: bool,
    pub content: Vec<u8>,
}

/// Deletes the uploads made before `before` (Unix time).
pub async fn sweep(pool: &Db, before: i64) -> sqlx::Result<()> {
    sql::query("DELETE FROM import_uploads WHERE created_at < $1").bind(before).execute(pool).await?;
    Ok(())
}

/// Keeps `file` under `token` with its report (`now`: Unix time).
pub async fn insert(
    pool: &Db,
    token: &str,
    user: i64,
    file: &UploadRow,
    sha256: &str,
    report: serde_json::Value,
    now: i64,
) -> sqlx::Result<()> {
    sql::query(
        "INSERT INTO import_uploads (token, user_id, entity, file_name, format, skip_duplicates, content, sha256,
             report_json, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(token)
    .bind(user)
    .bind(&file.entity)
    .bind(&file.file_name)
    .bind(&file.format)
    .bind(file.skip_duplicates)
    .bind(&file.content)
    .bind(sha256)
    .bind(report)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}

/// The report (JSON text) of `token` if `user` uploaded it after `since`, and when it was
/// imported, if it was.
pub async fn report(pool: &Db, user: i64, token: &str, since: i64) -> sqlx::Result<Option<(String, Option<i64>)>> {
    sql::query_as(
        "SELECT CAST(report_json AS TEXT), committed_at FROM import_uploads WHERE token = $1 AND user_id = $2 AND created_at >= $3",
    )
    .bind(token)
    .bind(user)
    .bind(since)
    .fetch_optional(pool)
    .await
}

/// The file of `token` if `user` uploaded it after `since` and it is not imported yet.
pub async fn pending(pool: &Db, user: i64, token: &str, since: i64) -> sqlx::Result<Option<UploadRow>> {
    sql::query_as(
        "SELECT entity, file_name, format, skip_duplicates, content FROM import_uploads
         WHERE token = $1 AND user_id = $2 AND created_at >= $3 AND committed_at IS NULL AND content IS NOT NULL",
    )
    .bind(token)
    .bind(user)
    .bind(since)
    .fetch_optional(pool)
    .await
}

/// Records a new report; with `committed` (the import's Unix time) the file's bytes are
/// dropped, so it cannot be imported twice.
pub async fn update(pool: &Db, token: &str, report: serde_json::Value, committed: Option<i64>) -> sqlx::Result<()> {
    sql::query(
        "UPDATE import_uploads SET report_json = $2, committed_at = $3,
             content = CASE WHEN $3 IS NULL THEN content ELSE NULL END
         WHERE token = $1",
    )
    .bind(token)
    .bind(report)
    .bind(committed)
    .execute(pool)
    .await?;
    Ok(())
}
