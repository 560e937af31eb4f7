//! The SQLite FTS5 side of `bench-search`: the table, its build, its query.
// FTS5 is SQLite-only: the benchmark's point of comparison, not part of the app.
#![allow(clippy::disallowed_methods)]

use anyhow::Context;
use app::backend::db::Db;
use app::backend::search::SearchError;
use app::backend::store::statements::search_source as source;
use app::backend::text::nfc;
use app::domain::search::DocGroup;
use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::path::Path;
use std::sync::mpsc;
use std::time::Instant;

/// Rows handed from the reader to the writer at a time.
const BATCH: usize = 1_000;

pub struct Build {
    pub documents: u64,
    pub insert_seconds: f64,
    pub optimize_seconds: f64,
    pub bytes: u64,
    /// SQLite's version and whether it was built with FTS5.
    pub sqlite: String,
}

/// The FTS5 match expression of what the user typed: every word quoted, all required.
/// `None` when the query has no word.
pub fn match_expression(q: &str) -> Option<String> {
    let q = nfc(q);
    let words: Vec<String> =
        q.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| format!("\"{w}\"")).collect();
    (!words.is_empty()).then(|| words.join(" AND "))
}

/// The top `limit` rowids by rank and the number of matches.
pub async fn search(fts: &SqlitePool, expr: &str, limit: i64) -> Result<(Vec<i64>, u64), sqlx::Error> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT rowid FROM fts WHERE fts MATCH $1 ORDER BY rank LIMIT $2")
        .bind(expr)
        .bind(limit)
        .fetch_all(fts)
        .await?;
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM fts WHERE fts MATCH $1").bind(expr).fetch_one(fts).await?;
    Ok((ids, count.max(0) as u64))
}

/// Creates `path` afresh (one connection, the app's cache size) with an empty FTS5 table.
async fn create(path: &Path) -> anyhow::Result<(SqlitePool, String)> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        match std::fs::remove_file(&file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    let opts = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Delete)
        .synchronous(SqliteSynchronous::Normal)
        .pragma("cache_size", "-32000");
    let pool = SqlitePoolOptions::new().max_connections(1).connect_with(opts).await?;
    let (version, fts5): (String, i64) =
        sqlx::query_as("SELECT sqlite_version(), sqlite_compileoption_used('ENABLE_FTS5')").fetch_one(&pool).await?;
    anyhow::ensure!(fts5 == 1, "this SQLite {version} was built without FTS5");
    sqlx::query("CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')")
        .execute(&pool)
        .await?;
    Ok((pool, format!("SQLite {version}, ENABLE_FTS5")))
}

/// Fills a new FTS5 database at `path` with the public documents of `app`; returns its pool.
///
/// The documents are streamed by `source::for_each` (a synchronous callback), so the inserts
/// run on their own thread, fed through a bounded channel: reading and writing overlap and
/// memory stays flat.
pub async fn build(app: &Db, path: &Path) -> anyhow::Result<(SqlitePool, Build)> {
    let (fts, sqlite) = create(path).await.with_context(|| format!("creating {}", path.display()))?;
    let start = Instant::now();
    let (tx, rx) = mpsc::sync_channel::<Vec<(String, String)>>(4);
    let handle = tokio::runtime::Handle::current();
    let writer_pool = fts.clone();
    let writer = std::thread::spawn(move || handle.block_on(write(&writer_pool, rx)));

    // one snapshot for every document
    let mut conn = app.begin_snapshot().await?;
    let mut batch = Vec::with_capacity(BATCH);
    let mut read: Result<(), SearchError> = Ok(());
    for group in DocGroup::ALL {
        read = source::for_each(&mut conn, *group, |doc| {
            if !doc.public {
                return Ok(());
            }
            let mut title = nfc(&doc.title_vi);
            if let Some(en) = doc.title_en.as_deref().filter(|t| !t.trim().is_empty()) {
                title.push('\n');
                title.push_str(en.trim());
            }
            let body = format!("{}\n{}", nfc(&doc.body_vi), doc.body_en.trim());
            batch.push((title, body));
            if batch.len() == BATCH {
                // blocks this worker while the writer is behind: fine in a benchmark
                tx.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
                    .map_err(|_| SearchError::Io(std::io::Error::other("the FTS5 writer stopped")))?;
            }
            Ok(())
        })
        .await;
        if read.is_err() {
            break;
        }
    }
    conn.commit().await?;
    if read.is_ok() && !batch.is_empty() {
        let _ = tx.send(batch);
    }
    drop(tx);
    let written = writer.join().map_err(|_| anyhow::anyhow!("the FTS5 writer panicked"))?;
    let documents = written?;
    read?;
    let insert_seconds = start.elapsed().as_secs_f64();

    let start = Instant::now();
    sqlx::query("INSERT INTO fts(fts) VALUES ('optimize')").execute(&fts).await?;
    let optimize_seconds = start.elapsed().as_secs_f64();
    let bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok((fts, Build { documents, insert_seconds, optimize_seconds, bytes, sqlite }))
}

/// Inserts what arrives on `rx` in one transaction; returns how many rows it inserted.
async fn write(fts: &SqlitePool, rx: mpsc::Receiver<Vec<(String, String)>>) -> Result<u64, sqlx::Error> {
    let mut tx = fts.begin().await?;
    let mut n = 0;
    // `recv` blocks this thread, which runs nothing else
    while let Ok(batch) = rx.recv() {
        for (title, body) in batch {
            sqlx::query("INSERT INTO fts (title, body) VALUES ($1, $2)")
                .bind(title)
                .bind(body)
                .execute(&mut *tx)
                .await?;
            n += 1;
        }
    }
    tx.commit().await?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::match_expression;

    #[test]
    fn every_word_is_a_quoted_required_term() {
        assert_eq!(match_expression("nông nghiệp").as_deref(), Some("\"nông\" AND \"nghiệp\""));
        assert_eq!(
            match_expression("mô-đun \"LoRa\" (3D)").as_deref(),
            Some("\"mô\" AND \"đun\" AND \"LoRa\" AND \"3D\"")
        );
        assert_eq!(match_expression(" -- \" "), None);
    }
}
