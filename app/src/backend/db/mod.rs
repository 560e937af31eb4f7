//! The database engines behind the store: SQLite (embedded, the default) and PostgreSQL, chosen
//! by the URL alone. [`Db`] is a pool of either; [`Tx`] a write transaction on either. Statements
//! run through [`sql`], which keeps sqlx's builder shape (`sql::query_as(SQL).bind(x).fetch_all(db)`)
//! and compiles the one SQL text for both drivers; engine-specific SQL lives in `store::dialect`.
//!
//! Why not sqlx's `Any` driver: it decodes only a handful of types and refuses SQLite's 0/1
//! integers as booleans, so the PostgreSQL schema could not use its own types. Why not one store
//! per engine: every statement that both engines accept (nearly all of them) would be written
//! twice.

// The engine layer: its own statements (the copy between engines, the catalogue, migrations).
#![allow(clippy::disallowed_methods)]

mod away;
pub mod catalogue;
pub mod copy;
mod errors;
pub mod sql;
mod turn;

pub use errors::{describe, is_storage_full, is_transient};
#[cfg(test)]
mod tests;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Postgres, Sqlite, Transaction};
use std::str::FromStr;
use std::time::Duration;

pub static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
pub static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

/// Which engine a database runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    /// The engine a `database_url` names: `sqlite:` or `postgres:` / `postgresql:`.
    pub fn of_url(url: &str) -> Option<Engine> {
        let scheme = url.split_once(':')?.0;
        match scheme {
            "sqlite" => Some(Engine::Sqlite),
            "postgres" | "postgresql" => Some(Engine::Postgres),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Sqlite => "sqlite",
            Engine::Postgres => "postgres",
        }
    }
}

/// A connection pool on one of the engines. Cheap to clone.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl From<SqlitePool> for Db {
    fn from(pool: SqlitePool) -> Self {
        Db::Sqlite(pool)
    }
}

impl From<PgPool> for Db {
    fn from(pool: PgPool) -> Self {
        Db::Postgres(pool)
    }
}

/// A connection inside a transaction: what statements of a multi-step write run on.
pub enum Conn {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// A write transaction. Dereferences to its [`Conn`], so `&mut *tx` and `&mut tx` go where a
/// connection is wanted, as with sqlx's own transactions.
pub struct Tx(Conn);

impl std::ops::Deref for Tx {
    type Target = Conn;
    fn deref(&self) -> &Conn {
        &self.0
    }
}

impl std::ops::DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut Conn {
        &mut self.0
    }
}

impl Tx {
    pub async fn commit(self) -> sqlx::Result<()> {
        match self.0 {
            Conn::Sqlite(t) => t.commit().await,
            Conn::Postgres(t) => t.commit().await,
        }
    }

    pub async fn rollback(self) -> sqlx::Result<()> {
        match self.0 {
            Conn::Sqlite(t) => t.rollback().await,
            Conn::Postgres(t) => t.rollback().await,
        }
    }
}

impl Conn {
    pub fn engine(&self) -> Engine {
        match self {
            Conn::Sqlite(_) => Engine::Sqlite,
            Conn::Postgres(_) => Engine::Postgres,
        }
    }
}

/// How many connections a pool keeps. SQLite has one writer anyway; PostgreSQL serves several
/// app nodes, each with its own pool.
const SQLITE_MAX_CONNECTIONS: u32 = 8;
const POSTGRES_MAX_CONNECTIONS: u32 = 16;

/// Whether a pooled SQLite connection may be handed out: not when sqlx still counts it inside a
/// transaction. That happens when SQLite itself rolled a transaction back on an error it may
/// end one with (`SQLITE_FULL` on a full disk, `SQLITE_IOERR`): the rollback sqlx sends then
/// fails, its count stays up, and the connection would refuse every `BEGIN IMMEDIATE` from then
/// on (or, worse, hold the write lock). Closing it settles both; the pool opens a fresh one.
fn settled(conn: &mut sqlx::SqliteConnection) -> bool {
    let in_tx = sqlx::Connection::is_in_transaction(conn);
    if in_tx {
        tracing::warn!("closing a database connection left inside a failed transaction");
    }
    !in_tx
}

/// Opens the database at `url`: `sqlite://data/ketnoi.db` (created if missing) or
/// `postgres://user:password@host:port/database`.
pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
    match Engine::of_url(url) {
        Some(Engine::Sqlite) => {
            let opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // a success answered is a commit on disk, even if the power goes next: FULL
                // syncs the WAL at each commit (NORMAL survives a killed process, not a power cut)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(5))
                .foreign_keys(true)
                .pragma("cache_size", "-32000");
            let pool = SqlitePoolOptions::new()
                .max_connections(SQLITE_MAX_CONNECTIONS)
                .min_connections(1)
                .before_acquire(|conn, _| Box::pin(async move { Ok(settled(conn)) }))
                .connect_with(opts)
                .await?;
            Ok(Db::Sqlite(pool))
        }
        Some(Engine::Postgres) => {
            let opts = PgConnectOptions::from_str(url)?.application_name("ketnoi");
            // One connection first: its error names the cause (refused, wrong password, no
            // such database), where the pool's would only say it timed out.
            sqlx::Connection::close(<sqlx::PgConnection as sqlx::Connection>::connect_with(&opts).await?).await?;
            let pool = PgPoolOptions::new()
                .max_connections(POSTGRES_MAX_CONNECTIONS)
                .min_connections(1)
                .acquire_timeout(Duration::from_secs(5))
                .connect_with(opts)
                .await?;
            Ok(Db::Postgres(pool))
        }
        None => Err(sqlx::Error::Configuration(
            format!("database_url must start with sqlite:// or postgres:// (got {:?})", redact(url)).into(),
        )),
    }
}

/// Opens the database, waiting with back-off (1 s doubling to 30 s) while the failure is
/// transient, each wait logged as one line; a permanent failure is returned at once.
pub async fn connect_retrying(url: &str) -> Result<Db, sqlx::Error> {
    let mut wait = Duration::from_secs(1);
    loop {
        match connect(url).await {
            Ok(db) => return Ok(db),
            Err(e) if is_transient(&e) => {
                tracing::warn!(
                    "database {} unavailable: {}; retrying in {} s",
                    redact(url),
                    describe(&e),
                    wait.as_secs()
                );
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(30));
            }
            Err(e) => return Err(e),
        }
    }
}

/// The URL without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_string(),
    }
}

impl Db {
    pub fn engine(&self) -> Engine {
        match self {
            Db::Sqlite(_) => Engine::Sqlite,
            Db::Postgres(_) => Engine::Postgres,
        }
    }

    /// The SQLite pool, for the few SQLite-only tools (the FTS5 benchmark, `VACUUM INTO`).
    pub fn as_sqlite(&self) -> Option<&SqlitePool> {
        match self {
            Db::Sqlite(pool) => Some(pool),
            Db::Postgres(_) => None,
        }
    }

    /// A transaction for reads that must agree with each other, or writes that need no
    /// ordering against other writers (SQLite: a deferred transaction).
    pub async fn begin(&self) -> sqlx::Result<Tx> {
        Ok(Tx(match self {
            Db::Sqlite(pool) => Conn::Sqlite(pool.begin().await?),
            Db::Postgres(pool) => Conn::Postgres(pg_begin(pool, "BEGIN").await?),
        }))
    }

    /// A read-only view of one moment of the database, however long the reading takes (the
    /// index rebuild, the copy between engines). SQLite's WAL gives every read transaction a
    /// snapshot; PostgreSQL needs REPEATABLE READ for it.
    pub async fn begin_snapshot(&self) -> sqlx::Result<Tx> {
        Ok(Tx(match self {
            Db::Sqlite(pool) => Conn::Sqlite(pool.begin().await?),
            Db::Postgres(pool) => {
                Conn::Postgres(pg_begin(pool, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").await?)
            }
        }))
    }

    /// The pool's connections: (open, idle).
    pub fn connections(&self) -> (u32, usize) {
        match self {
            Db::Sqlite(pool) => (pool.size(), pool.num_idle()),
            Db::Postgres(pool) => (pool.size(), pool.num_idle()),
        }
    }

    /// SQLite: what `PRAGMA integrity_check` finds wrong, or None when it says "ok".
    /// PostgreSQL has no such whole-database check (its pages are checked as they are read):
    /// None.
    pub async fn integrity_problem(&self) -> sqlx::Result<Option<String>> {
        match self {
            Db::Sqlite(pool) => {
                let found: Vec<(String,)> = sqlx::query_as("PRAGMA integrity_check").fetch_all(pool).await?;
                let found: Vec<String> = found.into_iter().map(|(l,)| l).filter(|l| l != "ok").collect();
                Ok((!found.is_empty()).then(|| found.join("; ")))
            }
            Db::Postgres(_) => Ok(None),
        }
    }

    /// SQLite: moves every page of the write-ahead log into the main file and empties the log,
    /// so that the file alone holds the whole database (a backup is checksummed as one file).
    pub async fn checkpoint(&self) -> sqlx::Result<()> {
        if let Db::Sqlite(pool) = self {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(pool).await?;
        }
        Ok(())
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(pool) => pool.close().await,
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

/// Brings the schema up to date with the engine's own migrations.
pub async fn migrate(db: &Db) -> Result<(), sqlx::migrate::MigrateError> {
    match db {
        Db::Sqlite(pool) => {
            // sqlx locks PostgreSQL's migrations (an advisory lock) but not SQLite's: processes
            // started together on one file (a supervisor, a cluster script) take turns
            let _turn = db.sqlite_turn("migrate").await.map_err(sqlx::Error::Io)?;
            SQLITE_MIGRATOR.run(pool).await
        }
        Db::Postgres(pool) => POSTGRES_MIGRATOR.run(pool).await,
    }
}

/// A PostgreSQL transaction begun with `statement`, failing at once while the server is away.
async fn pg_begin(pool: &PgPool, statement: &'static str) -> sqlx::Result<Transaction<'static, Postgres>> {
    away::check(pool)?;
    away::after(pool, pool.begin_with(statement).await)
}

/// Starts a write transaction that is serialised against every other write transaction, the
/// guarantee the read-check-write steps rely on (the last seat, the last owner, accepting a
/// request that is being withdrawn).
///
/// SQLite: `BEGIN IMMEDIATE` takes the write lock at once, so concurrent writers queue on
/// `busy_timeout` instead of failing on lock upgrade. PostgreSQL: a transaction-scoped advisory
/// lock gives the same order; plain reads never wait for it.
pub async fn begin_write(db: &Db) -> Result<Tx, sqlx::Error> {
    let waited = std::time::Instant::now();
    let tx = match db {
        Db::Sqlite(pool) => Ok(Tx(Conn::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?))),
        Db::Postgres(pool) => {
            let mut tx = pg_begin(pool, "BEGIN").await?;
            sql::lock_writes(&mut tx, sql::WriteLock::Whole).await?;
            Ok(Tx(Conn::Postgres(tx)))
        }
    };
    write_waited(waited, "whole");
    tx
}

/// `/metrics`: how long a write transaction waited for its turn (`db_write_wait_seconds`).
fn write_waited(since: std::time::Instant, lock: &'static str) {
    metrics::histogram!("db_write_wait_seconds", "lock" => lock).record(since.elapsed().as_secs_f64());
}

/// Starts a write transaction whose decisions rest only on rows it reads with
/// `store::dialect::locking_row!` (the state of one request, the seats of one event): the busy
/// paths, which on PostgreSQL then run alongside each other unless they touch the same row.
///
/// SQLite: the same `BEGIN IMMEDIATE` as [`begin_write`] (one writer at a time is all it has).
/// PostgreSQL: the shared side of [`begin_write`]'s lock, so these transactions still never
/// overlap a whole-database writer, and the row lock (`FOR UPDATE`) orders them among
/// themselves.
pub async fn begin_write_rows(db: &Db) -> Result<Tx, sqlx::Error> {
    let waited = std::time::Instant::now();
    let tx = match db {
        Db::Sqlite(pool) => Ok(Tx(Conn::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?))),
        Db::Postgres(pool) => {
            let mut tx = pg_begin(pool, "BEGIN").await?;
            sql::lock_writes(&mut tx, sql::WriteLock::Rows).await?;
            Ok(Tx(Conn::Postgres(tx)))
        }
    };
    write_waited(waited, "rows");
    tx
}

/// After rows were written with explicit ids (the demo generator, `migrate-data`), moves every
/// PostgreSQL id sequence past the largest id in its table, and never backwards: the search
/// outbox's sequence must keep rising after its rows are deleted. SQLite's AUTOINCREMENT
/// follows explicit ids by itself.
pub async fn sync_id_sequences(conn: &mut Conn) -> sqlx::Result<()> {
    const PG: &str = "DO $$
        DECLARE r record;
        BEGIN
          FOR r IN SELECT c.table_name AS t, c.column_name AS col,
                          pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS s
                     FROM information_schema.columns c
                    WHERE c.table_schema = current_schema()
                      AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL
          LOOP
            EXECUTE format(
              'SELECT setval(%1$L, greatest(m, 1), m > 0) FROM (SELECT greatest(
                 coalesce((SELECT max(%2$I) FROM %3$I), 0), coalesce(pg_sequence_last_value(%1$L), 0)) AS m) x',
              r.s, r.col, r.t);
          END LOOP;
        END $$";
    match conn.engine() {
        Engine::Sqlite => Ok(()),
        Engine::Postgres => sql::query(PG).execute(conn).await.map(drop),
    }
}

/// Current time as stored: ISO 8601 UTC, second precision.
pub fn now_iso() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
