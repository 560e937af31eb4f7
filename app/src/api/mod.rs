//! Server functions the pages call: read-only GETs under `/srv`, so a page's data can be
//! cached and never needs a cross-origin write.

pub mod account;
pub mod admin;
pub mod catalogue;
pub mod collab;
pub mod events;
pub mod home;
pub mod import;
pub mod kpi;
pub mod listings;
pub mod manage;
pub mod matching;
pub mod opendata;
pub mod orgs;
pub mod programmes;
pub mod search;

#[cfg(feature = "ssr")]
pub(crate) fn store() -> std::sync::Arc<dyn crate::backend::store::Store> {
    leptos::prelude::expect_context::<crate::backend::AppState>().store
}

/// Logs the real error and gives the browser a message without internals.
#[cfg(feature = "ssr")]
pub(crate) fn internal(e: crate::backend::store::StoreError) -> leptos::prelude::ServerFnError {
    tracing::error!(error = %e, "server function failed");
    leptos::prelude::ServerFnError::new("internal")
}

#[cfg(feature = "ssr")]
pub(crate) fn search_failed(e: crate::backend::search::SearchError) -> leptos::prelude::ServerFnError {
    tracing::error!(error = %e, "search failed");
    leptos::prelude::ServerFnError::new("internal")
}
