use super::auth::settings::AuthSettings;
use super::mail::Mailer;
use super::search::Searcher;
use super::store::Store;
use crate::backend::db::Db;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

/// What every handler and server function can reach. Server functions get it through
/// `expect_context::<AppState>()`, axum handlers through `State`.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    /// Accounts, organisations' members and the admin's writes (`store::sqlite::users` and
    /// friends) work on the pool directly.
    pub db: Db,
    pub searcher: Arc<Searcher>,
    pub leptos_options: LeptosOptions,
    pub auth: Arc<AuthSettings>,
    pub mailer: Arc<Mailer>,
    /// Sign-in providers (OpenID Connect, GitHub).
    pub oidc: Arc<crate::backend::auth::oidc::Providers>,
    /// The public API's rate limit.
    pub api: Arc<crate::backend::rest::ApiSettings>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

impl FromRef<AppState> for Arc<dyn Store> {
    fn from_ref(state: &AppState) -> Self {
        state.store.clone()
    }
}
