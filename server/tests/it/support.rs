use app::backend::db;
use app::backend::db::Db;
use app::backend::workers::Workers;
use server::config::Config;
use server::router::{build_router, state};
use std::path::PathBuf;

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    /// The app's own database, for tests that write to it as another process would.
    pub database_url: String,
    /// Where mail lands when no SMTP server is configured (`.eml` files).
    pub mail_dir: PathBuf,
    /// The background work (indexer, mail…), stopped with the app.
    _workers: Workers,
    _dir: tempfile::TempDir,
    /// The folder of the database the app created (a second node of it has none).
    _db_dir: Option<tempfile::TempDir>,
}

pub use app::backend::store::testing::{Fixture, admin_statement, database_url, pg_server, with_database};

/// The seeded demo template (a SQLite file), for tests that read it directly.
pub fn template() -> &'static std::path::PathBuf {
    app::backend::store::testing::sqlite_template()
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
    launch(Fixture::Empty, auth, Default::default(), &[]).await
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
    launch(Fixture::Demo, auth, api, &[]).await
}

/// The app on the demo data with these files in its site directory (path, content), written
/// before it starts, as scripts/build.sh leaves them.
pub async fn spawn_with_site(files: &[(&str, &[u8])]) -> TestApp {
    launch(Fixture::Demo, Default::default(), Default::default(), files).await
}

/// A second node on `other`'s database: its own address, index and caches, as `ketnoi serve`
/// on another machine of a cluster.
pub async fn spawn_node_of(other: &TestApp) -> TestApp {
    start(other.database_url.clone(), Default::default(), Default::default(), &[]).await
}

async fn launch(
    fixture: Fixture,
    auth: app::backend::auth::settings::AuthSettings,
    api: app::backend::rest::ApiSettings,
    site: &[(&str, &[u8])],
) -> TestApp {
    let scratch = tempfile::tempdir().expect("temp dir");
    let database_url = database_url(scratch.path(), fixture).await;
    let mut app = start(database_url, auth, api, site).await;
    app._db_dir = Some(scratch);
    app
}

async fn start(
    database_url: String,
    mut auth: app::backend::auth::settings::AuthSettings,
    api: app::backend::rest::ApiSettings,
    site: &[(&str, &[u8])],
) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, content) in site {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("site folder");
        std::fs::write(path, content).expect("site file");
    }
    // Mail without SMTP goes to files in the test's own directory.
    let mail_dir = dir.path().join("mail");
    auth.mail.dir = mail_dir.display().to_string();
    // Bound first, so the server knows its own address (links in mail, redirect URIs).
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let config = Config {
        database_url,
        addr: addr.to_string(),
        site_root: dir.path().display().to_string(),
        index_dir: dir.path().join("index").display().to_string(),
        auth,
        api,
        ..Config::default()
    };
    let pool = db::connect(&config.database_url).await.expect("connect");
    let mut workers = Workers::new();
    let router = build_router(state(&config, pool, &mut workers).await.expect("state"));
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
        _workers: workers,
        _dir: dir,
        _db_dir: None,
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
        let got = app::backend::store::statements::admin::audit_log(db, &q).await.expect("audit log");
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
