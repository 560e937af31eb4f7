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
pub(crate) fn store() -> std::sync::Arc<crate::backend::store::Store> {
    leptos::prelude::expect_context::<crate::backend::state::AppState>().store
}

/// Logs the real error (database, index, anything of ours) once and gives the browser a
/// message without internals. The only one: every server function maps its failures here.
/// A database that is restarting or out of reach makes the page a 503 (it passes by itself),
/// anything else a plain failure.
#[cfg(feature = "ssr")]
pub(crate) fn internal<E: std::fmt::Display + 'static>(e: E) -> leptos::prelude::ServerFnError {
    use crate::backend::db::is_transient;
    use crate::backend::store::StoreError;
    let any = &e as &dyn std::any::Any;
    let transient = any.downcast_ref::<sqlx::Error>().is_some_and(is_transient)
        || matches!(any.downcast_ref::<StoreError>(), Some(StoreError::Db(db)) if is_transient(db));
    if transient {
        tracing::error!(error = %e, "database unavailable");
        refuse(http::StatusCode::SERVICE_UNAVAILABLE);
        return leptos::prelude::ServerFnError::new("unavailable");
    }
    tracing::error!(error = %e, "server function failed");
    leptos::prelude::ServerFnError::new("internal")
}

/// Marks the answer per-user: nothing between us and the browser may keep it.
#[cfg(feature = "ssr")]
pub(crate) fn private() {
    if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        res.insert_header(http::header::CACHE_CONTROL, crate::backend::web::NO_STORE);
    }
}

/// Puts a refused page's status on the response (401, 403, 404): the page explains, the status
/// says so to anything that is not a person.
#[cfg(feature = "ssr")]
pub(crate) fn refuse(status: http::StatusCode) {
    if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(status);
    }
}

/// [`refuse`] on the response options taken before the first await (after it, a resource in a
/// nested suspense may have lost its owner and with it the context).
#[cfg(feature = "ssr")]
pub(crate) fn refuse_on(res: &Option<leptos_axum::ResponseOptions>, status: http::StatusCode) {
    if let Some(res) = res {
        res.set_status(status);
    }
}

/// The status of a refusal by the guards: 401 signed out, 403 not allowed.
#[cfg(feature = "ssr")]
pub(crate) fn denied_status(d: crate::backend::auth::Denied) -> http::StatusCode {
    match d {
        crate::backend::auth::Denied::SignedOut => http::StatusCode::UNAUTHORIZED,
        crate::backend::auth::Denied::Forbidden => http::StatusCode::FORBIDDEN,
    }
}

/// The application state and the signed-in user (`None` signed out), with the answer marked
/// [`private`]. The state is taken before the first await: a resource resolved inside a nested
/// suspense loses the reactive owner after it.
#[cfg(feature = "ssr")]
pub(crate) async fn viewer() -> (crate::backend::state::AppState, Option<crate::domain::account::Viewer>) {
    let state = leptos::prelude::expect_context::<crate::backend::state::AppState>();
    private();
    let viewer = match leptos_axum::extract::<tower_sessions::Session>().await {
        Ok(sess) => crate::backend::auth::session::viewer(&sess, state.store.db()).await,
        Err(_) => None,
    };
    (state, viewer)
}
