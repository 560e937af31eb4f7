use app::backend::db;
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

/// The demo data is seeded once into a template file; each test works on its own copy.
fn template() -> &'static PathBuf {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        std::thread::spawn(|| {
            let dir = std::env::temp_dir().join(format!("ketnoi-it-{}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("temp dir");
            let path = dir.join("template.db");
            let rt = tokio::runtime::Runtime::new().expect("runtime");
            rt.block_on(async {
                let pool = db::connect(&format!("sqlite://{}", path.display())).await.expect("connect");
                db::migrate(&pool).await.expect("migrate");
                seed_demo(&pool, &SeedOptions { seed: 2030, scale: 1 }, &|_, _| {}).await.expect("seed");
                sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&pool).await.expect("checkpoint");
                pool.close().await;
            });
            path
        })
        .join()
        .expect("seeding thread")
    })
}

pub async fn spawn() -> TestApp {
    spawn_with(Default::default()).await
}

/// The app with these account settings (sign-in providers, public URL…).
pub async fn spawn_with(auth: app::backend::auth::settings::AuthSettings) -> TestApp {
    spawn_configured(auth, Default::default()).await
}

/// The app with these account and API settings.
pub async fn spawn_configured(
    mut auth: app::backend::auth::settings::AuthSettings,
    api: app::backend::rest::ApiSettings,
) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    // Mail without SMTP goes to files in the test's own directory.
    let mail_dir = dir.path().join("mail");
    auth.mail.dir = mail_dir.display().to_string();
    let db_path = dir.path().join("test.db");
    std::fs::copy(template(), &db_path).expect("copy template");
    // Bound first, so the server knows its own address (links in mail, redirect URIs).
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let config = Config {
        database_url: format!("sqlite://{}", db_path.display()),
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
    pub async fn pool(&self) -> sqlx::SqlitePool {
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

/// The number shown in `data-testid="result-count"` (digits with `.` separators).
pub fn result_count(html: &str) -> u64 {
    let start = html.find("data-testid=\"result-count\"").expect("result count on page");
    let rest = &html[start..];
    let strong = rest.find("<strong>").expect("count") + "<strong>".len();
    let digits: String =
        rest[strong..].chars().take_while(|c| c.is_ascii_digit() || *c == '.').filter(char::is_ascii_digit).collect();
    digits.parse().expect("number")
}
