//! Sign-in through OpenID Connect against a real provider: end2end/support/oidc-provider.mjs
//! (npm `oidc-provider`; `npm ci` in end2end/ first). Each test runs its own provider and app, and
//! walks the browser's part by hand (cookies kept, redirects followed one at a time).

mod harness;

use crate::support::TestApp;
use app::backend::db::sql;
use app::domain::account::FormError;
use app::i18n::Lang;
use app::i18n::account::form_error;
use harness::{Browser, Provider, app_for, callback_url, identities, path_of, pool, setup};
use reqwest::{StatusCode, Url};

#[tokio::test]
async fn oidc_sign_in_creates_a_verified_account_and_signs_in() {
    let (app, provider) = setup().await;
    let browser = Browser::new();
    let callback = browser.sign_in_at_provider(&app, &provider, "alice").await;
    let before = browser.session_id(&app).expect("a session holds the flow");
    assert_eq!(path_of(&browser.callback(&callback).await), "/account");
    assert_eq!(browser.signed_in_as(&app).await.as_deref(), Some("alice@example.org"));
    assert_ne!(browser.session_id(&app), Some(before), "signing in gives a new session id");
    let page = browser.get(&format!("{}/account", app.base)).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.expect("account page").contains("alice@example.org"));
    assert_eq!(identities(&app, "alice-sub").await, ["alice@example.org"]);
    let (verified, password): (Option<String>, Option<String>) =
        sql::query_as("SELECT email_verified_at, password_hash FROM users WHERE email = 'alice@example.org'")
            .fetch_one(&pool(&app).await)
            .await
            .expect("user");
    assert!(verified.is_some() && password.is_none());

    // The second time, the same account (no new user).
    let again = Browser::new();
    let callback = again.sign_in_at_provider(&app, &provider, "alice").await;
    assert_eq!(path_of(&again.callback(&callback).await), "/account");
    assert_eq!(again.signed_in_as(&app).await.as_deref(), Some("alice@example.org"));
    let (users,): (i64,) = sql::query_as("SELECT count(*) FROM users WHERE email = 'alice@example.org'")
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
    // What the person sees on the sign-in page (Vietnamese by default).
    let page = browser.get(&format!("{}/login", app.base)).await.text().await.expect("login page");
    let error = FormError::parse(code).expect("form error code");
    let shown = form_error(Lang::Vi, error).replace('&', "&amp;");
    assert!(page.contains(&shown), "{code} not shown on /login");
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
async fn oidc_unreachable_provider_is_refused_then_retried() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
    let app = app_for(port).await;
    let browser = Browser::new();
    // Discovery fails while the provider is down…
    let res = browser.get(&format!("{}/auth/test/start?next=/account", app.base)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers().get(reqwest::header::LOCATION).and_then(|l| l.to_str().ok()).expect("Location");
    assert_refused(&app, &browser, to, "provider_failed").await;
    // …and is tried again once it is up.
    let provider = Provider::start(port, &callback_url(&app)).await;
    let callback = browser.sign_in_at_provider(&app, &provider, "alice").await;
    assert_eq!(path_of(&browser.callback(&callback).await), "/account");
    assert_eq!(browser.signed_in_as(&app).await.as_deref(), Some("alice@example.org"));
}

#[tokio::test]
async fn oidc_provider_error_is_refused() {
    let (app, _provider) = setup().await;
    let browser = Browser::new();
    let res = browser.get(&format!("{}/auth/test/start", app.base)).await;
    let location = res.headers().get(reqwest::header::LOCATION).and_then(|l| l.to_str().ok()).expect("Location");
    let auth = Url::parse(location).expect("authorization url");
    let state = auth.query_pairs().find(|(k, _)| k == "state").map(|(_, v)| v.into_owned()).expect("state");
    // The person declined at the provider, which sends them back with an error.
    let mut url = Url::parse(&format!("{}/auth/test/callback", app.base)).expect("callback url");
    url.query_pairs_mut().append_pair("error", "access_denied").append_pair("state", &state);
    let to = browser.callback(url.as_str()).await;
    assert_refused(&app, &browser, &to, "provider_failed").await;
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
    let local =
        app::backend::store::statements::users::create(&pool(&app).await, "bob@example.org", "Bob", None, false)
            .await
            .expect("create")
            .expect("new user");
    let browser = Browser::new();
    let callback = browser.sign_in_at_provider(&app, &provider, "bob").await;
    let to = browser.callback(&callback).await;
    assert_refused(&app, &browser, &to, "provider_email_unverified").await;
    assert!(identities(&app, "bob-sub").await.is_empty());
    let (verified,): (Option<String>,) = sql::query_as("SELECT email_verified_at FROM users WHERE id = $1")
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
    let local =
        app::backend::store::statements::users::create(&db, "demo.member@example.com", "Demo", Some("x"), false)
            .await
            .expect("create")
            .expect("new user");
    let browser = Browser::new();
    let callback = browser.sign_in_at_provider(&app, &provider, "carol").await;
    assert_eq!(path_of(&browser.callback(&callback).await), "/account");
    assert_eq!(browser.signed_in_as(&app).await.as_deref(), Some("demo.member@example.com"));
    assert_eq!(identities(&app, "carol-sub").await, ["demo.member@example.com"]);
    let (id, verified, password): (i64, Option<String>, Option<String>) =
        sql::query_as("SELECT id, email_verified_at, password_hash FROM users WHERE email = 'demo.member@example.com'")
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
    app::backend::store::statements::users::create(&db, "demo.member@example.com", "Demo", None, true)
        .await
        .expect("create")
        .expect("new user");
    sql::query("UPDATE users SET disabled = TRUE WHERE email = 'demo.member@example.com'")
        .execute(&db)
        .await
        .expect("disable");
    let browser = Browser::new();
    let callback = browser.sign_in_at_provider(&app, &provider, "carol").await;
    let to = browser.callback(&callback).await;
    assert_refused(&app, &browser, &to, "account_disabled").await;
    assert!(identities(&app, "carol-sub").await.is_empty());
}
