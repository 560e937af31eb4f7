//! Files checked on `/admin/import`, kept server-side until the admin presses "Import", so that
//! exactly the checked bytes are imported. A token (random, in the page's address) names one;
//! only its uploader can see or commit it, within an hour, once.

use super::SheetFormat;
use crate::backend::db::Db;
use crate::backend::secrets::tokens::{new_token, now_unix};
use crate::backend::store::statements::import_uploads::{self as kept, UploadRow};
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
    let token = new_token();
    let sha: String = Sha256::digest(&up.content).iter().map(|b| format!("{b:02x}")).collect();
    let file = UploadRow {
        entity: up.entity.clone(),
        file_name: up.file_name.clone(),
        format: if up.format == SheetFormat::Csv { "csv" } else { "xlsx" }.into(),
        skip_duplicates: up.skip_duplicates,
        content: up.content.clone(),
    };
    let report = serde_json::to_value(report).unwrap_or_default();
    kept::sweep(pool, now - TTL_SECONDS).await?;
    kept::insert(pool, &token, user, &file, &sha, report, now).await?;
    Ok(token)
}

/// The report of `token` if `user` uploaded it and it has not expired; and whether the file is
/// still waiting to be imported.
pub async fn report(pool: &Db, user: i64, token: &str) -> sqlx::Result<Option<(ImportReport, bool)>> {
    let row = kept::report(pool, user, token, now_unix() - TTL_SECONDS).await?;
    Ok(row.and_then(|(json, committed)| Some((serde_json::from_str(&json).ok()?, committed.is_none()))))
}

/// The waiting file of `token` for `user`: not expired, not yet imported.
pub async fn pending(pool: &Db, user: i64, token: &str) -> sqlx::Result<Option<Upload>> {
    let row = kept::pending(pool, user, token, now_unix() - TTL_SECONDS).await?;
    Ok(row.map(|r| Upload {
        entity: r.entity,
        file_name: r.file_name,
        format: if r.format == "csv" { SheetFormat::Csv } else { SheetFormat::Xlsx },
        skip_duplicates: r.skip_duplicates,
        content: r.content,
    }))
}

/// Records the new report; an imported file is dropped (it cannot be imported twice).
pub async fn update(pool: &Db, token: &str, report: &ImportReport) -> sqlx::Result<()> {
    let committed = report.imported.map(|_| now_unix());
    kept::update(pool, token, serde_json::to_value(report).unwrap_or_default(), committed).await
}
