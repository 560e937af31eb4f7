use super::search::Searcher;
use super::store::Store;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

/// What every handler and server function can reach. Server functions get it through
/// `expect_context::<AppState>()`, axum handlers through `State`.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub searcher: Arc<Searcher>,
    pub leptos_options: LeptosOptions,
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
