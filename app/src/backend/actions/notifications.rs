//! The notification centre's writes: opening one (marks it read, then follows its link on
//! this site), marking all read, and the e-mail preference (immediately, daily digest, off).

use super::{Refusal, done, internal};
use crate::backend::forms::fields::Fields;
use crate::backend::state::AppState;
use crate::backend::store::statements::notifications;
use crate::backend::web::{Failure, SignedIn, WebResult};
use crate::domain::account::{FormError, Notice};
use crate::i18n::Lang;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use tower_sessions::Session;

/// Opening a notification marks it read and goes where it points (on this site only).
pub async fn open_notification(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    session: Session,
    Path(id): Path<i64>,
) -> WebResult {
    match notifications::open(state.store.db(), v.id, id).await {
        Ok(Some(link)) => Ok(Redirect::to(super::safe_next(&link)).into_response()),
        Ok(None) => Err(Failure::NotFound),
        Err(e) => internal(&session, "notifications", "/notifications", e).await,
    }
}

pub async fn read_all(State(state): State<AppState>, SignedIn(v): SignedIn, session: Session) -> WebResult {
    match notifications::mark_all_read(state.store.db(), v.id).await {
        Ok(_) => done(&session, Notice::AllRead, "/notifications").await,
        Err(e) => internal(&session, "notifications", "/notifications", e).await,
    }
}

pub async fn preferences(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Bytes,
) -> WebResult {
    let f = Fields::parse(&body);
    let back = "/account#notify-h";
    let pref = f.get("notify_email");
    if !matches!(pref, "immediate" | "daily" | "off") {
        let mut r = Refusal::new("notify_prefs");
        r.error("notify_email", FormError::ChoiceInvalid);
        return r.send(&session, back).await;
    }
    match notifications::set_preference(state.store.db(), v.id, pref, lang.code()).await {
        Ok(()) => done(&session, Notice::Saved, back).await,
        Err(e) => internal(&session, "notify_prefs", back, e).await,
    }
}
