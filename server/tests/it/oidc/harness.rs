//! The test OIDC provider process (end2end/support/oidc-provider.mjs) and a hand-driven browser
//! that walks the sign-in through it.

use crate::support::{TestApp, spawn_with};
use app::backend::auth::settings::{AuthSettings, ProviderKind, ProviderSettings, Secret};
use app::backend::db::{Db, sql};
use app::backend::secrets::tokens;
use reqwest::cookie::{CookieStore, Jar};
use reqwest::{StatusCode, Url};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

/// The provider process; killed when the test ends, however it ends.
pub struct Provider {
    pub base: String,
    child: Child,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Provider {
    pub async fn start(port: u16, redirect_uri: &str) -> Provider {
        let end2end = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../end2end");
        assert!(
            end2end.join("node_modules/oidc-provider").is_dir(),
            "the test OIDC provider needs its packages: run `npm ci` in end2end/"
        );
        let mut child = Command::new("node")
            .arg(end2end.join("support/oidc-provider.mjs"))
            .env("OIDC_PORT", port.to_string())
            .env("OIDC_REDIRECT_URIS", redirect_uri)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("node must be installed to run the test OIDC provider");
        // Its errors help when a test fails; its start-up warnings (Node version, in-memory
        // storage) are only noise.
        if let Some(stderr) = child.stderr.take() {
            std::thread::spawn(move || {
                use std::io::BufRead;
                for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
                    if !line.starts_with("oidc-provider WARNING") {
                        eprintln!("{line}");
                    }
                }
            });
        }
        let mut provider = Provider { base: format!("http://127.0.0.1:{port}"), child };
        let client = reqwest::Client::new();
        for _ in 0..150 {
            if let Some(status) = provider.child.try_wait().expect("provider status") {
                panic!("the test OIDC provider exited early: {status}");
            }
            let health = client.get(format!("{}/__test/health", provider.base)).send().await;
            if health.is_ok_and(|r| r.status() == StatusCode::OK) {
                return provider;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        provider.child.kill().ok();
        panic!("the test OIDC provider did not come up on port {port}");
    }

    /// Tampers with the ID tokens issued to `account` from now on.
    pub async fn tamper(&self, mode: &str, account: &str) {
        let res = reqwest::Client::new()
            .post(format!("{}/__test/mode", self.base))
            .json(&serde_json::json!({ "mode": mode, "account": account }))
            .send()
            .await
            .expect("set mode");
        assert_eq!(res.status(), StatusCode::OK, "mode {mode}");
    }
}

/// The app configured with the provider as `test`, and the provider (which must know the app's
/// callback URL, so it starts second on a port chosen first).
pub async fn setup() -> (TestApp, Provider) {
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
    let app = app_for(port).await;
    let provider = Provider::start(port, &callback_url(&app)).await;
    (app, provider)
}

/// The app, told that the provider `test` is at `http://127.0.0.1:{port}`.
pub async fn app_for(port: u16) -> TestApp {
    let auth = AuthSettings {
        providers: vec![ProviderSettings {
            id: "test".into(),
            name: Some("Test".into()),
            kind: ProviderKind::Oidc,
            issuer: Some(format!("http://127.0.0.1:{port}")),
            tenant: None,
            client_id: "ketnoi-test".into(),
            client_secret: Secret::new("ketnoi-test-secret"),
        }],
        ..Default::default()
    };
    spawn_with(auth).await
}

pub fn callback_url(app: &TestApp) -> String {
    format!("{}/auth/test/callback", app.base)
}

/// A browser: keeps cookies, follows no redirect by itself.
pub struct Browser {
    client: reqwest::Client,
    jar: Arc<Jar>,
}

impl Browser {
    pub fn new() -> Browser {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("client");
        Browser { client, jar }
    }

    pub async fn get(&self, url: &str) -> reqwest::Response {
        self.client.get(url).send().await.expect("request")
    }

    /// From our start page through the provider's login as `account`, up to (not into) the
    /// callback the provider sends the browser back to.
    pub async fn sign_in_at_provider(&self, app: &TestApp, provider: &Provider, account: &str) -> String {
        let res = self.get(&format!("{}/auth/test/start?next=/account", app.base)).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let mut url = location(&res);
        assert!(url.starts_with(&format!("{}/auth?", provider.base)), "start → {url}");
        for param in ["code_challenge_method=S256", "code_challenge=", "state=", "nonce=", "scope=openid+email+profile"]
        {
            assert!(url.contains(param), "{param} missing in {url}");
        }
        let callback = format!("{}/auth/test/callback?", app.base);
        for _ in 0..12 {
            if url.starts_with(&callback) {
                return url;
            }
            let res = self.get(&url).await;
            let res = if res.status() == StatusCode::OK {
                // The provider's login form.
                let page = res.text().await.expect("login page");
                let action = attr_after(&page, "<form", "action").expect("login form");
                let post = Url::parse(&url).and_then(|u| u.join(&action)).expect("form action");
                self.client.post(post).form(&[("login", account)]).send().await.expect("log in")
            } else {
                res
            };
            assert!(res.status().is_redirection(), "{} at {url}", res.status());
            url = location(&res);
        }
        panic!("the provider never sent the browser back; last at {url}");
    }

    /// Opens our callback URL; where it sends the browser.
    pub async fn callback(&self, url: &str) -> String {
        let res = self.get(url).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "callback answered {}", res.status());
        location(&res)
    }

    /// The session id in this browser's cookie for the app.
    pub fn session_id(&self, app: &TestApp) -> Option<String> {
        let cookies = self.jar.cookies(&Url::parse(&app.base).expect("base"))?;
        cookies.to_str().ok()?.split("; ").find_map(|c| c.strip_prefix("ketnoi_session=")).map(str::to_string)
    }

    /// This browser's session row: the signed-in user's e-mail (if any) and the session's data.
    pub async fn session(&self, app: &TestApp) -> Option<(Option<String>, serde_json::Value)> {
        let id = self.session_id(app)?;
        let row: Option<(Option<String>, String)> = sql::query_as(
            "SELECT u.email, CAST(s.data AS TEXT) FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1",
        )
        .bind(tokens::hash(&id))
        .fetch_optional(&pool(app).await)
        .await
        .expect("session row");
        row.map(|(email, data)| (email, serde_json::from_str(&data).expect("session data")))
    }

    pub async fn signed_in_as(&self, app: &TestApp) -> Option<String> {
        self.session(app).await.and_then(|(email, _)| email)
    }

    /// The refusal the sign-in page will show: the login form's whole-form error code.
    pub async fn refusal(&self, app: &TestApp) -> Option<String> {
        let (_, data) = self.session(app).await?;
        let flash = &data["flash"];
        (flash["form"] == "login").then(|| flash["errors"][0][1].as_str().map(str::to_string)).flatten()
    }
}

pub async fn pool(app: &TestApp) -> Db {
    app::backend::db::connect(&app.database_url).await.expect("connect")
}

fn location(res: &reqwest::Response) -> String {
    let loc = res.headers().get(reqwest::header::LOCATION).expect("Location").to_str().expect("ascii");
    res.url().join(loc).map(String::from).unwrap_or_else(|_| loc.to_string())
}

/// `name="…"` in the first `tag` of `html`.
fn attr_after(html: &str, tag: &str, name: &str) -> Option<String> {
    let rest = &html[html.find(tag)?..];
    let start = rest.find(&format!("{name}=\""))? + name.len() + 2;
    Some(rest[start..start + rest[start..].find('"')?].replace("&amp;", "&"))
}

pub fn path_of(url: &str) -> String {
    Url::parse(url).map(|u| u.path().to_string()).unwrap_or_else(|_| url.to_string())
}

pub async fn identities(app: &TestApp, subject: &str) -> Vec<String> {
    sql::query_scalar(
        "SELECT u.email FROM user_identities i JOIN users u ON u.id = i.user_id
         WHERE i.provider = 'test' AND i.subject = $1",
    )
    .bind(subject)
    .fetch_all(&pool(app).await)
    .await
    .expect("identities")
}
