//! Registering for an event and cancelling: signed-in people only, with the name and e-mail
//! of their confirmed account. Anonymous registration is not offered: an address typed by a
//! stranger would let anyone fill an event with other people's names (and mail them).

use super::super::{Refusal, done, internal};
use super::public_event;
use crate::backend::forms::fields::Fields;
use crate::backend::state::AppState;
use crate::backend::store::statements::registrations::{self, Outcome};
use crate::backend::web::{SignedIn, WebResult};
use crate::domain::account::{FormError, Notice};
use axum::body::Bytes;
use axum::extract::{Path, State};
use tower_sessions::Session;

pub async fn register(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    session: Session,
    Path(slug): Path<String>,
    body: Bytes,
) -> WebResult {
    let ev = public_event(&state, &slug).await?;
    let back = format!("/events/{slug}");
    let f = Fields::parse(&body);
    let mut r = Refusal::new("register");
    r.keep("org", f.get("org"));
    if !v.email_verified {
        r.error("", FormError::EmailNotVerified);
        return r.send(&session, &back).await;
    }
    // Only one of the viewer's own organisations; anything else is refused, not ignored.
    let org = match f.get("org") {
        "" => None,
        raw => match raw.parse::<i64>().ok().filter(|id| v.role_in(*id).is_some()) {
            Some(id) => Some(id),
            None => {
                r.error("org", FormError::ChoiceInvalid);
                return r.send(&session, &back).await;
            }
        },
    };
    match registrations::register(state.store.db(), &ev, &v, org).await {
        Ok(Ok(Outcome::Registered)) => done(&session, Notice::Registered, &back).await,
        Ok(Ok(Outcome::Waitlisted(_))) => done(&session, Notice::Waitlisted, &back).await,
        Ok(Err(e)) => {
            r.error("", e.form_error());
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "register", &back, e).await,
    }
}

pub async fn unregister(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    session: Session,
    Path(slug): Path<String>,
) -> WebResult {
    let ev = public_event(&state, &slug).await?;
    let back = format!("/events/{slug}");
    match registrations::cancel_mine(state.store.db(), &ev, &v).await {
        Ok(Ok(())) => done(&session, Notice::RegistrationCancelled, &back).await,
        Ok(Err(e)) => {
            let mut r = Refusal::new("register");
            r.error("", e.form_error());
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "register", &back, e).await,
    }
}
