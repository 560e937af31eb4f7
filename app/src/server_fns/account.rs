//! Who is signed in, and the refused form or confirmation a redirect carried back. Loaded once
//! per page render (a blocking resource in `App`), so the header and every form can read it.

use crate::domain::account::{FormState, Viewer};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub viewer: Option<Viewer>,
    /// Taken out of the session by this read: shown once.
    pub flash: Option<FormState>,
    /// Sign-in providers configured: (id, label).
    pub providers: Vec<(String, String)>,
    /// The signed-in user's unread notifications (the header's badge).
    #[serde(default)]
    pub unread: u64,
}

impl SessionInfo {
    /// The flash if it belongs to `form`, else an empty form.
    pub fn form(&self, form: &str) -> FormState {
        self.flash.as_ref().filter(|f| f.form == form).cloned().unwrap_or_default()
    }
}

#[server(prefix = "/srv", endpoint = "session", input = GetUrl)]
pub async fn load_session() -> Result<SessionInfo, ServerFnError> {
    use crate::backend::auth::session;
    use crate::backend::state::AppState;
    let state = expect_context::<AppState>();
    let Ok(sess) = leptos_axum::extract::<tower_sessions::Session>().await else {
        return Ok(SessionInfo::default());
    };
    // Per-user answers must not be cached by anything between us and the browser.
    super::private();
    let viewer = session::viewer(&sess, state.store.db()).await;
    let unread = match &viewer {
        Some(v) => crate::backend::store::statements::notifications::unread(state.store.db(), v.id).await.unwrap_or(0),
        None => 0,
    };
    Ok(SessionInfo {
        viewer,
        unread,
        flash: session::take_flash(&sess).await,
        providers: state.auth.providers.iter().map(|p| (p.id.clone(), p.label())).collect(),
    })
}

/// The page's session resource, provided by `App`.
pub type SessionResource = Resource<Result<SessionInfo, ServerFnError>>;

pub fn use_session() -> SessionResource {
    expect_context::<SessionResource>()
}
