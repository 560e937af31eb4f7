use super::auth::settings::AuthSettings;
use super::mail::Mailer;
use super::search::Searcher;
use super::store::Store;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

/// What every handler and server function can reach. Server functions get it through
/// `expect_context::<AppState>()`, axum handlers through `State`.
#[derive(Clone)]
pub struct AppState {
    /// The database, through the store only: its cached reads are methods, every other
    /// statement a `store::statements::*` function that takes `state.store.db()`.
    pub store: Arc<Store>,
    pub searcher: Arc<Searcher>,
    pub leptos_options: LeptosOptions,
    pub auth: Arc<AuthSettings>,
    pub mailer: Arc<Mailer>,
    /// Sign-in providers (OpenID Connect, GitHub).
    pub oidc: Arc<crate::backend::auth::oidc::Providers>,
    /// The public API's rate limit.
    pub api: Arc<crate::backend::auth::settings::ApiSettings>,
    /// The static files' fingerprinted names, for the document's head.
    pub assets: Arc<crate::assets::Assets>,
}

impl AppState {
    /// What a page or server function may take with `use_context`: the state itself and,
    /// for the views, the site's address.
    /// The site's address for links in mail, provider redirects and canonical addresses,
    /// without a trailing slash: always the configured one (the server fills it in from its
    /// listening address when unset), never the request's `Host`, which a client chooses — a
    /// reset link built from it could point at someone else's site.
    pub fn site_url(&self) -> String {
        self.auth.public_url.as_deref().unwrap_or("http://127.0.0.1:3000").trim_end_matches('/').to_string()
    }

    pub fn provide_context(&self) {
        leptos::prelude::provide_context(self.clone());
        leptos::prelude::provide_context(crate::domain::dto::SiteUrl(self.site_url()));
        leptos::prelude::provide_context(self.assets.as_ref().clone());
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

impl FromRef<AppState> for Arc<Store> {
    fn from_ref(state: &AppState) -> Self {
        state.store.clone()
    }
}
