//! Sign-in through OpenID Connect against a real provider: end2end/support/oidc-provider.mjs
//! (npm `oidc-provider`; `npm ci` in end2end/ first). Each test runs its own provider and app, and
//! walks the browser's part by hand (cookies kept, redirects followed one at a time).

use crate::support::{TestApp, spawn_with};
use app::backend::auth::settings::{AuthSettings, ProviderKind, ProviderSettings, Secret};
use app::backend::auth::tokens;
use reqwest::cookie::{CookieStore, Jar};
use reqwest::{StatusCode, Url};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

/// The provider process; killed when the test ends, however it ends.
struct Provider {
    base: String,
    child: Child,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Provider {
    async fn start(port: u16, redirect_uri: &str) -> Provider {
        let end2end = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../end2end");
        assert!(
            end2end.join("node_modules/oidc-provider").is_dir(),
            "the test OIDC provider needs its packages: run `npm ci` in end2end/"
        );
        let child = Command::new("node")
            .arg(end2end.join("support/oidc-provider.mjs"))
            .env("OIDC_PORT", port.to_string())
            .env("OIDC_REDIRECT_URIS", redirect_uri)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .expect("node must be installed to run the test OIDC provider");
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
    async fn tamper(&self, mode: &str, account: &str) {
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
async fn setup() -> (TestApp, Provider) {
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
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
    let app = spawn_with(auth).await;
    let provider = Provider::start(port, &format!("{}/auth/test/callback", app.base)).await;
    (app, provider)
}

/// A browser: keeps cookies, follows no redirect by itself.
struct Browser {
    client: reqwest::Client,
    jar: Arc<Jar>,
}

impl Browser {
    fn new() -> Browser {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("client");
        Browser { client, jar }
    }

    async fn get(&self, url: &str) -> reqwest::Response {
        self.client.get(url).send().await.expect("request")
    }

    /// From our start page through the provider's login as `account`, up to (not into) the
    /// callback the provider sends the browser back to.
    async fn sign_in_at_provider(&self, app: &TestApp, provider: &Provider, account: &str) -> String {
        let res = self.get(&format!("{}/auth/test/start?next=/account", app.base)).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let mut url = location(&res);
        assert!(url.starts_with(&format!("{}/auth?", provider.base)), "start → {url}");
        for param in ["code_challenge_method=S256", "code_challenge=", "state=", "nonce=", "scope=openid+email+profile"] {
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
    async fn callback(&self, url: &str) -> String {
        let res = self.get(url).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "callback answered {}", res.status());
        location(&res)
    }

    /// This browser's session row: the signed-in user's e-mail (if any) and the session's data.
    async fn session(&self, app: &TestApp) -> Option<(Option<String>, serde_json::Value)> {
        let cookies = self.jar.cookies(&Url::parse(&app.base).expect("base"))?;
        let id = cookies.to_str().ok()?.split("; ").find_map(|c| c.strip_prefix("ketnoi_session="))?.to_string();
        let row: Option<(Option<String>, String)> = sqlx::query_as(
            "SELECT u.email, s.data FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1",
        )
        .bind(tokens::hash(&id))
        .fetch_optional(&pool(app).await)
        .await
        .expect("session row");
        row.map(|(email, data)| (email, serde_json::from_str(&data).expect("session data")))
    }

    async fn signed_in_as(&self, app: &TestApp) -> Option<String> {
        self.session(app).await.and_then(|(email, _)| email)
    }

    /// The refusal the sign-in page will show: the login form's whole-form error code.
    async fn refusal(&self, app: &TestApp) -> Option<String> {
        let (_, data) = self.session(app).await?;
        let flash = &data["flash"];
        (flash["form"] == "login").then(|| flash["errors"][0][1].as_str().map(str::to_string)).flatten()
    }
}

async fn pool(app: &TestApp) -> sqlx::SqlitePool {
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

fn path_of(url: &str) -> String {
    Url::parse(url).map(|u| u.path().to_string()).unwrap_or_else(|_| url.to_string())
}

async fn identities(app: &TestApp, subject: &str) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT u.email FROM user_identities i JOIN users u ON u.id = i.user_id
         WHERE i.provider = 'test' AND i.subject = $1",
    )
    .bind(subject)
    .fetch_all(&pool(app).await)
    .await
    .expect("identities")
}

#[tokio::test]
async fn oidc_sign_in_creates_a_verified_account_and_signs_in() {
    let (app, provider) = setup().await;
    let browser = Browser::new();
    let callback = browser.sign_in_at_provider(&app, &provider, "alice").await;
    assert_eq!(path_of(&browser.callback(&callback).await), "/account");
    assert_eq!(browser.signed_in_as(&app).await.as_deref(), Some("alice@example.org"));
    assert_eq!(identities(&app, "alice-sub").await, ["alice@example.org"]);
    let (verified, password): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT email_verified_at, password_hash FROM users WHERE email = 'alice@example.org'")
            .fetch_one(&pool(&app).await)
            .await
            .expect("user");
    assert!(verified.is_some() && password.is_none());

    // The second time, the same account (no new user).
    let again = Browser::new();
    let callback = again.sign_in_at_provider(&app, &provider, "alice").await;
    assert_eq!(path_of(&again.callback(&callback).await), "/account");
    assert_eq!(again.signed_in_as(&app).await.as_deref(), Some("alice@example.org"));
    let (users,): (i64,) = sqlx::query_as("SELECT count(*) FROM users WHERE email = 'alice@example.org'")
        .fetch_one(&pool(&app).await)
        .await
        .expect("count");
    assert_eq!(users, 1);
}

#[tokio::test]
async fn oidc_unknown_provider_is_not_found() {
    let (app, _provider) = setup().await;
    let browser = Browser::new();
    assert_eq!(browser.get(&format!("{}/auth/nope/start", app.base)).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(browser.get(&format!("{}/auth/nope/callback?code=x&state=y", app.base)).await.status(), 404);
}

/// A refused sign-in: back to /login with `code` to show, and no signed-in session.
async fn assert_refused(app: &TestApp, browser: &Browser, to: &str, code: &str) {
    assert_eq!(path_of(to), "/login");
    assert_eq!(browser.signed_in_as(app).await, None);
    assert_eq!(browser.refusal(app).await.as_deref(), Some(code));
}

#[tokio::test]
async fn oidc_tampered_state_is_refused() {
    let (app, provider) = setup().await;
    let browser = Browser::new();
    let callback = browser.sign_in_at_provider(&app, &provider, "alice").await;
    let mut url = Url::parse(&callback).expect("callback url");
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "state" { format!("{v}x") } else { v.into_owned() };
            (k.into_owned(), v)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
    let to = browser.callback(url.as_str()).await;
    assert_refused(&app, &browser, &to, "provider_failed").await;
    // The flow is spent: the genuine callback no longer works either.
    let to = browser.callback(&callback).await;
    assert_refused(&app, &browser, &to, "provider_failed").await;
    assert!(identities(&app, "alice-sub").await.is_empty());
}

#[tokio::test]
async fn oidc_replayed_callback_is_refused() {
    let (app, provider) = setup().await;
    let browser = Browser::new();
    let callback = browser.sign_in_at_provider(&app, &provider, "alice").await;
    assert_eq!(path_of(&browser.callback(&callback).await), "/account");
    let session = browser.session(&app).await.expect("session");
    // The same browser again: refused, and still the one session it had.
    assert_eq!(path_of(&browser.callback(&callback).await), "/login");
    assert_eq!(browser.refusal(&app).await.as_deref(), Some("provider_failed"));
    assert_eq!(browser.signed_in_as(&app).await, session.0);
    // Someone else with the URL (no session): refused, not signed in.
    let thief = Browser::new();
    let to = thief.callback(&callback).await;
    assert_refused(&app, &thief, &to, "provider_failed").await;
}

/// The provider issues a tampered ID token for alice: the sign-in must be refused.
async fn tampered(mode: &str, code: &str) {
    let (app, provider) = setup().await;
    provider.tamper(mode, "alice").await;
    let browser = Browser::new();
    let callback = browser.sign_in_at_provider(&app, &provider, "alice").await;
    let to = browser.callback(&callback).await;
    assert_refused(&app, &browser, &to, code).await;
    assert!(identities(&app, "alice-sub").await.is_empty(), "{mode}: identity linked");
}

#[tokio::test]
async fn oidc_wrong_nonce_is_refused() {
    tampered("wrong_nonce", "provider_failed").await;
}

#[tokio::test]
async fn oidc_wrong_issuer_is_refused() {
    tampered("wrong_issuer", "provider_failed").await;
}

#[tokio::test]
async fn oidc_wrong_audience_is_refused() {
    tampered("wrong_audience", "provider_failed").await;
}

#[tokio::test]
async fn oidc_expired_id_token_is_refused() {
    tampered("expired", "provider_failed").await;
}

#[tokio::test]
async fn oidc_unsigned_id_token_is_refused() {
    tampered("unsigned", "provider_failed").await;
}

#[tokio::test]
async fn oidc_bad_signature_is_refused() {
    tampered("bad_signature", "provider_failed").await;
}

#[tokio::test]
async fn oidc_unverified_email_claim_is_refused() {
    tampered("unverified_email", "provider_email_unverified").await;
}

#[tokio::test]
async fn oidc_unverified_account_is_refused_and_not_linked() {
    let (app, provider) = setup().await;
    // A local account with bob's address: an unverified provider address must not reach it.
    let local = app::backend::store::sqlite::users::create(&pool(&app).await, "bob@example.org", "Bob", None, false)
        .await
        .expect("create")
        .expect("new user");
    let browser = Browser::new();
    let callback = browser.sign_in_at_provider(&app, &provider, "bob").await;
    let to = browser.callback(&callback).await;
    assert_refused(&app, &browser, &to, "provider_email_unverified").await;
    assert!(identities(&app, "bob-sub").await.is_empty());
    let (verified,): (Option<String>,) = sqlx::query_as("SELECT email_verified_at FROM users WHERE id = $1")
        .bind(local)
        .fetch_one(&pool(&app).await)
        .await
        .expect("user");
    assert_eq!(verified, None);
}

#[tokio::test]
async fn oidc_links_an_existing_account_by_verified_email() {
    let (app, provider) = setup().await;
    let db = pool(&app).await;
    let local = app::backend::store::sqlite::users::create(&db, "demo.member@example.com", "Demo", Some("x"), false)
        .await
        .expect("create")
        .expect("new user");
    let browser = Browser::new();
    let callback = browser.sign_in_at_provider(&app, &provider, "carol").await;
    assert_eq!(path_of(&browser.callback(&callback).await), "/account");
    assert_eq!(browser.signed_in_as(&app).await.as_deref(), Some("demo.member@example.com"));
    assert_eq!(identities(&app, "carol-sub").await, ["demo.member@example.com"]);
    let (id, verified, password): (i64, Option<String>, Option<String>) =
        sqlx::query_as("SELECT id, email_verified_at, password_hash FROM users WHERE email = 'demo.member@example.com'")
            .fetch_one(&db)
            .await
            .expect("user");
    assert_eq!(id, local);
    assert!(verified.is_some(), "the provider's word verifies the address");
    assert_eq!(password.as_deref(), Some("x"), "the local password stays");
}

#[tokio::test]
async fn oidc_disabled_account_is_refused() {
    let (app, provider) = setup().await;
    let db = pool(&app).await;
    app::backend::store::sqlite::users::create(&db, "demo.member@example.com", "Demo", None, true)
        .await
        .expect("create")
        .expect("new user");
    sqlx::query("UPDATE users SET disabled = 1 WHERE email = 'demo.member@example.com'")
        .execute(&db)
        .await
        .expect("disable");
    let browser = Browser::new();
    let callback = browser.sign_in_at_provider(&app, &provider, "carol").await;
    let to = browser.callback(&callback).await;
    assert_refused(&app, &browser, &to, "account_disabled").await;
    assert!(identities(&app, "carol-sub").await.is_empty());
}
