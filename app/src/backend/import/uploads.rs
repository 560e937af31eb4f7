//! Files checked on `/admin/import`, kept server-side until the admin presses "Import", so that
//! exactly the checked bytes are imported. A token (random, in the page's address) names one;
//! only its uploader can see or commit it, within an hour, once.

use super::SheetFormat;
use crate::backend::auth::tokens::{new_token, now_unix};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::domain::import::ImportReport;
use sha2::{Digest, Sha256};

/// How long a checked file waits for its import.
pub const TTL_SECONDS: i64 = 3600;

pub struct Upload {
    pub entity: String,
    pub file_name: String,
    pub format: SheetFormat,
    pub skip_duplicates: bool,
    pub content: Vec<u8>,
}

/// Keeps a checked file and its report; the token. Expired uploads are swept at the same time.
pub async fn save(pool: &Db, user: i64, up: &Upload, report: &ImportReport) -> sqlx::Result<String> {
    let now = now_unix();
    sql::query("DELETE FROM import_uploads WHERE created_at < $1").bind(now - TTL_SECONDS).execute(pool).await?;
    let token = new_token();
    let sha: String = Sha256::digest(&up.content).iter().map(|b| format!("{b:02x}")).collect();
    sql::query(
        "INSERT INTO import_uploads (token, user_id, entity, file_name, format, skip_duplicates, content, sha256,
             report_json, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&token)
    .bind(user)
    .bind(&up.entity)
    .bind(&up.file_name)
    .bind(if up.format == SheetFormat::Csv { "csv" } else { "xlsx" })
    .bind(up.skip_duplicates)
    .bind(&up.content)
    .bind(sha)
    .bind(serde_json::to_value(report).unwrap_or_default())
    .bind(now)
    .execute(pool)
    .await?;
    Ok(token)
}

/// The report of `token` if `user` uploaded it and it has not expired; and whether the file is
/// still waiting to be imported.
pub async fn report(pool: &Db, user: i64, token: &str) -> sqlx::Result<Option<(ImportReport, bool)>> {
    let row: Option<(String, Option<i64>)> = sql::query_as(
        "SELECT CAST(report_json AS TEXT), committed_at FROM import_uploads WHERE token = $1 AND user_id = $2 AND created_at >= $3",
    )
    .bind(token)
    .bind(user)
    .bind(now_unix() - TTL_SECONDS)
    .fetch_optional(pool)
    .await?;
    Ok(row.and_then(|(json, committed)| Some((serde_json::from_str(&json).ok()?, committed.is_none()))))
}

/// The waiting file of `token` for `user`: not expired, not yet imported.
pub async fn pending(pool: &Db, user: i64, token: &str) -> sqlx::Result<Option<Upload>> {
    let row: Option<(String, String, String, bool, Vec<u8>)> = sql::query_as(
        "SELECT entity, file_name, format, skip_duplicates, content FROM import_uploads
         WHERE token = $1 AND user_id = $2 AND created_at >= $3 AND committed_at IS NULL AND content IS NOT NULL",
    )
    .bind(token)
    .bind(user)
    .bind(now_unix() - TTL_SECONDS)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(entity, file_name, format, skip_duplicates, content)| Upload {
        entity,
        file_name,
        format: if format == "csv" { SheetFormat::Csv } else { SheetFormat::Xlsx },
        skip_duplicates,
        content,
    }))
}

/// Records the new report; an imported file is dropped (it cannot be imported twice).
pub async fn update(pool: &Db, token: &str, report: &ImportReport) -> sqlx::Result<()> {
    let committed = report.imported.map(|_| now_unix());
    sql::query(
        "UPDATE import_uploads SET report_json = $2, committed_at = $3,
             content = CASE WHEN $3 IS NULL THEN content ELSE NULL END
         WHERE token = $1",
    )
    .bind(token)
    .bind(serde_json::to_value(report).unwrap_or_default())
    .bind(committed)
    .execute(pool)
    .await?;
    Ok(())
}
