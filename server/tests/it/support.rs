use app::backend::db;
use app::backend::db::{Db, sql};
use app::backend::seed::{SeedOptions, seed_demo};
use server::config::Config;
use server::router::{build_router, state};
use std::path::PathBuf;
use std::sync::OnceLock;

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    /// The app's own database, for tests that write to it as another process would.
    pub database_url: String,
    /// Where mail lands when no SMTP server is configured (`.eml` files).
    pub mail_dir: PathBuf,
    _dir: tempfile::TempDir,
}

/// The engine the suite runs on: SQLite unless `KETNOI_TEST_ENGINE=postgres`, in which case
/// `KETNOI_TEST_PG_URL` names a server where the suite may create databases (`scripts/pg.sh`).
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
    app::backend::db::sql::query(sqlx::AssertSqlSafe(statement)).execute(&db).await.expect("admin statement");
    db.close().await;
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

/// On PostgreSQL: the seeded SQLite template copied once into a template database, from which
/// every test's database is created (`CREATE DATABASE … TEMPLATE`, a file copy).
fn pg_template(server: &str) -> &'static str {
    static TEMPLATE: OnceLock<String> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let server = server.to_string();
        std::thread::spawn(move || {
            let name = format!("ketnoi_tpl_{}", build_key());
            let rt = tokio::runtime::Runtime::new().expect("runtime");
            rt.block_on(async {
                let admin = db::connect(&server).await.expect("connect to the PostgreSQL server");
                let mut tx = admin.begin().await.expect("begin");
                // one process builds it; the others wait here, then find it
                app::backend::db::sql::query("SELECT pg_advisory_xact_lock(4242)")
                    .execute(&mut tx)
                    .await
                    .expect("lock");
                let exists: Option<i64> =
                    app::backend::db::sql::query_scalar("SELECT CAST(1 AS BIGINT) FROM pg_database WHERE datname = $1")
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
                    let source =
                        db::connect(&format!("sqlite://{}", template().display())).await.expect("open sqlite template");
                    app::backend::db::copy::copy(&source, &target, true, &|_, _| {})
                        .await
                        .expect("copy the demo into PostgreSQL");
                    source.close().await;
                    target.close().await;
                    admin_statement(&server, format!("ALTER DATABASE {building} RENAME TO {name}")).await;
                }
                tx.commit().await.expect("unlock");
                admin.close().await;
            });
            name
        })
        .join()
        .expect("template thread")
    })
}

/// What a test's database starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fixture {
    /// The demo data (seed 2030, scale 1): for relevance, search, page smoke tests.
    Demo,
    /// Migrated only: the reference data (sectors, places) and nothing else. Tests build what
    /// they need with `crate::builders`.
    Empty,
}

/// A fresh database for one test on the suite's engine, starting from `fixture`.
/// A database name no earlier run on the same cluster used: process ids come round again.
fn unique_name(prefix: &str, n: &std::sync::atomic::AtomicU64) -> String {
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or_default();
    format!("{prefix}_{}_{}_{nanos}", std::process::id(), n.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
}

pub async fn database_url(dir: &std::path::Path, fixture: Fixture) -> String {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
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
            let url = with_database(&server, &name);
            let db = db::connect(&url).await.expect("connect the empty database");
            db::migrate(&db).await.expect("migrate the empty database");
            db.close().await;
            url
        }
        (None, Fixture::Demo) => {
            let db_path = dir.join("test.db");
            std::fs::copy(template(), &db_path).expect("copy template");
            format!("sqlite://{}", db_path.display())
        }
        (None, Fixture::Empty) => {
            let url = format!("sqlite://{}", dir.join("test.db").display());
            let db = db::connect(&url).await.expect("create the empty database");
            db::migrate(&db).await.expect("migrate the empty database");
            db.close().await;
            url
        }
    }
}

/// The demo data is seeded once into a template file; each test works on its own copy.
pub fn template() -> &'static PathBuf {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        std::thread::spawn(|| {
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
            let rt = tokio::runtime::Runtime::new().expect("runtime");
            rt.block_on(async {
                let pool = db::connect(&format!("sqlite://{}", building.display())).await.expect("connect");
                db::migrate(&pool).await.expect("migrate");
                seed_demo(&pool, &SeedOptions { seed: 2030, scale: 1 }, &|_, _| {}).await.expect("seed");
                sql::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&pool).await.expect("checkpoint");
                pool.close().await;
            });
            std::fs::rename(&building, &path).expect("publish the template");
            path
        })
        .join()
        .expect("seeding thread")
    })
}

/// The app over a copy of the demo data.
pub async fn spawn() -> TestApp {
    spawn_with(Default::default()).await
}

/// The app over an empty, migrated database (reference data only); build what the test needs
/// with `crate::builders` on `app.pool()`.
pub async fn spawn_empty() -> TestApp {
    spawn_empty_with(Default::default()).await
}

/// [`spawn_empty`] with these account settings.
pub async fn spawn_empty_with(auth: app::backend::auth::settings::AuthSettings) -> TestApp {
    launch(Fixture::Empty, auth, Default::default()).await
}

/// The app with these account settings (sign-in providers, public URL…).
pub async fn spawn_with(auth: app::backend::auth::settings::AuthSettings) -> TestApp {
    spawn_configured(auth, Default::default()).await
}

/// The app with these account and API settings.
pub async fn spawn_configured(
    auth: app::backend::auth::settings::AuthSettings,
    api: app::backend::rest::ApiSettings,
) -> TestApp {
    launch(Fixture::Demo, auth, api).await
}

async fn launch(
    fixture: Fixture,
    mut auth: app::backend::auth::settings::AuthSettings,
    api: app::backend::rest::ApiSettings,
) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    // Mail without SMTP goes to files in the test's own directory.
    let mail_dir = dir.path().join("mail");
    auth.mail.dir = mail_dir.display().to_string();
    let database_url = database_url(dir.path(), fixture).await;
    // Bound first, so the server knows its own address (links in mail, redirect URIs).
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let config = Config {
        database_url,
        addr: addr.to_string(),
        site_root: dir.path().display().to_string(),
        index_dir: dir.path().join("index").display().to_string(),
        log_format: "pretty".into(),
        auth,
        api,
    };
    let pool = db::connect(&config.database_url).await.expect("connect");
    let router = build_router(state(&config, pool).await.expect("state"));
    tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>())
            .await
            .expect("serve")
    });
    TestApp {
        base: format!("http://{addr}"),
        client: reqwest::Client::builder()
            // a hang fails the test instead of stalling the suite
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .expect("client"),
        database_url: config.database_url,
        mail_dir,
        _dir: dir,
    }
}

impl TestApp {
    /// A second connection to the app's database, to look at what a request changed.
    pub async fn pool(&self) -> Db {
        db::connect(&self.database_url).await.expect("second connection")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.base)).send().await.expect("request")
    }

    pub async fn json(&self, path: &str) -> (u16, serde_json::Value) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.json().await.expect("json body"))
    }

    pub async fn html(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.expect("text body"))
    }
}

/// Every audit entry whose action or entity type starts with `prefix`, newest first (all pages
/// of the admin's audit log).
pub async fn audit_rows(db: &Db, prefix: &str) -> Vec<app::domain::admin::AuditRow> {
    let mut out = Vec::new();
    for page in 1.. {
        let q = app::domain::admin::AdminQuery { q: Some(prefix.to_string()), filter: None, page };
        let got = app::backend::store::sqlite::admin::audit_log(db, &q).await.expect("audit log");
        let done = got.rows.is_empty() || out.len() + got.rows.len() >= got.total as usize;
        out.extend(got.rows);
        if done {
            break;
        }
    }
    out
}

/// The number shown in `data-testid="result-count"` (digits with `.` separators).
pub fn result_count(html: &str) -> u64 {
    let start = html.find("data-testid=\"result-count\"").expect("result count on page");
    let rest = &html[start..];
    let strong = rest.find("<strong>").expect("count") + "<strong>".len();
    let digits: String =
        rest[strong..].chars().take_while(|c| c.is_ascii_digit() || *c == '.').filter(char::is_ascii_digit).collect();
    digits.parse().expect("number")
}

/// The date `days` from today in Vietnam (UTC+7), ISO (`2026-12-04`): computed here rather than
/// in SQL, where each engine spells date arithmetic its own way.
pub fn vn_date(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::hours(7) + chrono::Duration::days(days)).format("%Y-%m-%d").to_string()
}

/// The time `hours` from now, as stored (`2026-12-04T08:00:00Z`).
pub fn utc_time(hours: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::hours(hours)).format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
