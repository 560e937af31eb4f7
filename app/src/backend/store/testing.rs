//! Test databases on the suite's engine, shared by the app's own tests and the server's HTTP
//! suite (feature `testing`): SQLite unless `KETNOI_TEST_ENGINE=postgres`, in which case
//! `KETNOI_TEST_PG_URL` names a server where tests may create databases (`scripts/pg.sh`).
//!
//! The demo data (seed 2030, scale 1) is seeded once per test binary into a SQLite template
//! file; on PostgreSQL it is copied once into a template database. Every test then starts from
//! its own copy (a file copy, or `CREATE DATABASE … TEMPLATE`), so tests never see each other's
//! writes and the seeding cost is paid once.

use super::seed::{SeedOptions, seed_demo};
use crate::backend::db::{self, Db, copy, sql};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// What a test's database starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fixture {
    /// The demo data (seed 2030, scale 1): for relevance, search, matching and page tests.
    Demo,
    /// Migrated only: the reference data (sectors, places) and nothing else; tests build what
    /// they need.
    Empty,
}

/// The PostgreSQL server the suite runs on, when `KETNOI_TEST_ENGINE=postgres`.
pub fn postgres_url() -> Option<String> {
    match std::env::var("KETNOI_TEST_ENGINE").as_deref() {
        Ok("postgres") => {
            Some(std::env::var("KETNOI_TEST_PG_URL").expect("KETNOI_TEST_ENGINE=postgres needs KETNOI_TEST_PG_URL"))
        }
        _ => None,
    }
}

/// The PostgreSQL server for the tests that need one whatever the suite's engine (the move
/// between engines, the fault tests); None, saying so, when `KETNOI_TEST_PG_URL` is unset.
pub fn pg_server() -> Option<String> {
    let url = std::env::var("KETNOI_TEST_PG_URL").ok();
    if url.is_none() {
        println!("skipped: KETNOI_TEST_PG_URL is unset (eval \"$(bash scripts/pg.sh start)\" sets it)");
    }
    url
}

/// `url` with its database name replaced by `name`.
pub fn with_database(url: &str, name: &str) -> String {
    let mut parsed = url::Url::parse(url).expect("postgres url");
    parsed.set_path(&format!("/{name}"));
    parsed.to_string()
}

/// Runs `statement` (CREATE / DROP DATABASE) on the server's maintenance database.
pub async fn admin_statement(server: &str, statement: String) {
    let db = db::connect(server).await.expect("connect to the PostgreSQL server");
    sql::query(sqlx::AssertSqlSafe(statement)).execute(&db).await.expect("admin statement");
    db.close().await;
}

/// A fresh database for one test on the suite's engine, starting from `fixture`; a SQLite
/// file goes into `dir`.
pub async fn database_url(dir: &Path, fixture: Fixture) -> String {
    static N: AtomicU64 = AtomicU64::new(0);
    match (postgres_url(), fixture) {
        (Some(server), Fixture::Demo) => {
            let template = pg_template(&server);
            let name = unique_name("ketnoi_t", &N);
            admin_statement(&server, format!("CREATE DATABASE {name} TEMPLATE {template}")).await;
            with_database(&server, &name)
        }
        (Some(server), Fixture::Empty) => {
            let name = unique_name("ketnoi_e", &N);
            admin_statement(&server, format!("CREATE DATABASE {name}")).await;
            migrated(with_database(&server, &name)).await
        }
        (None, Fixture::Demo) => {
            let db_path = dir.join("test.db");
            std::fs::copy(sqlite_template(), &db_path).expect("copy template");
            format!("sqlite://{}", db_path.display())
        }
        (None, Fixture::Empty) => migrated(format!("sqlite://{}", dir.join("test.db").display())).await,
    }
}

/// A database for one test and the directory that holds its files; the directory goes when
/// this is dropped (a PostgreSQL database stays with the throw-away cluster).
pub struct TestDb {
    pub db: Db,
    pub url: String,
    pub dir: tempfile::TempDir,
}

impl TestDb {
    pub async fn new(fixture: Fixture) -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = database_url(dir.path(), fixture).await;
        let db = db::connect(&url).await.expect("connect the test database");
        TestDb { db, url, dir }
    }
}

async fn migrated(url: String) -> String {
    let db = db::connect(&url).await.expect("create the empty database");
    db::migrate(&db).await.expect("migrate the empty database");
    db.close().await;
    url
}

/// A database name no earlier run on the same cluster used: process ids come round again.
fn unique_name(prefix: &str, n: &AtomicU64) -> String {
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or_default();
    format!("{prefix}_{}_{}_{nanos}", std::process::id(), n.fetch_add(1, Ordering::Relaxed))
}

/// Names the templates after this test binary (its path, size and time): nextest runs every test
/// in its own process, and all of them share one template until the binary is rebuilt.
fn build_key() -> String {
    let exe = std::env::current_exe().expect("test binary");
    let meta = std::fs::metadata(&exe).expect("test binary metadata");
    let modified = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
    let mut h = std::hash::DefaultHasher::new();
    std::hash::Hash::hash(&(exe, meta.len(), modified.map(|d| d.as_nanos())), &mut h);
    format!("{:016x}", std::hash::Hasher::finish(&h))
}

/// Runs `work` on a runtime of its own, on a thread of its own: templates are built from inside
/// a test's runtime, which cannot block on another future itself.
fn on_own_runtime<T: Send + 'static>(work: impl AsyncFnOnce() -> T + Send + 'static) -> T {
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        rt.block_on(work())
    })
    .join()
    .expect("template thread")
}

/// The demo data seeded once into a template file; each test works on its own copy.
pub fn sqlite_template() -> &'static PathBuf {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let dir = std::env::temp_dir().join("ketnoi-it");
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(format!("template-{}.db", build_key()));
        // One process seeds it; the others wait for the lock, then find it.
        let lock = std::fs::File::create(dir.join("template.lock")).expect("lock file");
        lock.lock().expect("lock the template");
        if path.exists() {
            return path;
        }
        let building = dir.join(format!("building-{}.db", std::process::id()));
        let url = format!("sqlite://{}", building.display());
        on_own_runtime(async move || {
            let pool = db::connect(&url).await.expect("connect");
            db::migrate(&pool).await.expect("migrate");
            seed_demo(&pool, &SeedOptions::new(2030, 1), &|_, _| {}).await.expect("seed");
            sql::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&pool).await.expect("checkpoint");
            pool.close().await;
        });
        std::fs::rename(&building, &path).expect("publish the template");
        path
    })
}

/// On PostgreSQL: the seeded SQLite template copied once into a template database, from which
/// every test's database is created.
fn pg_template(server: &str) -> &'static str {
    static TEMPLATE: OnceLock<String> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let source_url = format!("sqlite://{}", sqlite_template().display());
        let server = server.to_string();
        let name = format!("ketnoi_tpl_{}", build_key());
        let result = name.clone();
        on_own_runtime(async move || {
            let admin = db::connect(&server).await.expect("connect to the PostgreSQL server");
            let mut tx = admin.begin().await.expect("begin");
            // one process builds it; the others wait here, then find it
            sql::query("SELECT pg_advisory_xact_lock(4242)").execute(&mut tx).await.expect("lock");
            let exists: Option<i64> = sql::query_scalar("SELECT CAST(1 AS BIGINT) FROM pg_database WHERE datname = $1")
                .bind(&name)
                .fetch_optional(&mut tx)
                .await
                .expect("look up template");
            if exists.is_none() {
                let building = format!("{name}_building");
                admin_statement(&server, format!("DROP DATABASE IF EXISTS {building}")).await;
                admin_statement(&server, format!("CREATE DATABASE {building}")).await;
                let target = db::connect(&with_database(&server, &building)).await.expect("connect template");
                db::migrate(&target).await.expect("migrate template");
                let source = db::connect(&source_url).await.expect("open the SQLite template");
                copy::copy(&source, &target, true, &|_, _| {}).await.expect("copy the demo into PostgreSQL");
                source.close().await;
                target.close().await;
                admin_statement(&server, format!("ALTER DATABASE {building} RENAME TO {name}")).await;
            }
            tx.commit().await.expect("unlock");
            admin.close().await;
        });
        result
    })
}
