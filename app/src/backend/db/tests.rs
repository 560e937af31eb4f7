//! The database layer on faults an engine reports, on a real SQLite file.

use super::{Db, is_storage_full, sql};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};

#[tokio::test]
async fn a_full_database_is_told_apart_from_other_failures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let opts = SqliteConnectOptions::new()
        .filename(dir.path().join("full.db"))
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal);
    // one connection: the page limit below is a setting of the connection
    let db = Db::Sqlite(SqlitePoolOptions::new().max_connections(1).connect_with(opts).await.expect("open"));
    sql::query("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)")
        .execute(&db)
        .await
        .expect("create");
    // as big as it is now (the schema page and the table's): SQLite then answers SQLITE_FULL
    sql::query("PRAGMA max_page_count = 3").execute(&db).await.expect("limit");

    let big = "nông nghiệp công nghệ cao ".repeat(2_000);
    let full = sql::query_scalar::<i64>("INSERT INTO t (body) VALUES ($1) RETURNING id")
        .bind(big.as_str())
        .fetch_optional(&db)
        .await
        .expect_err("no room for the row");
    assert!(is_storage_full(&full), "{full}");

    // the refused write left nothing behind, the connection still works, other errors are not "full"
    let rows: i64 = sql::query_scalar("SELECT count(*) FROM t").fetch_one(&db).await.expect("read");
    assert_eq!(rows, 0);
    sql::query("INSERT INTO t (body) VALUES ('a')").execute(&db).await.expect("a small row fits");
    let duplicate = sql::query("INSERT INTO t (body) VALUES ('a')").execute(&db).await.expect_err("unique");
    assert!(!is_storage_full(&duplicate), "{duplicate}");
    assert!(!is_storage_full(&sqlx::Error::RowNotFound));
}

#[test]
fn writes_that_return_rows_are_read_to_the_end() {
    use super::sql::writes_and_returns;
    assert!(writes_and_returns(&sqlx::SqlStr::from_static("INSERT INTO t (a) VALUES ($1) RETURNING id")));
    assert!(writes_and_returns(&sqlx::SqlStr::from_static("update t set a = 1 returning a")));
    assert!(!writes_and_returns(&sqlx::SqlStr::from_static("SELECT id FROM t WHERE a = $1")));
}
