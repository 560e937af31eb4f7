//! Sign-in through an identity provider: `/auth/{provider}/start` sends the browser there,
//! `/auth/{provider}/callback` signs it in on the way back. Any failure lands on the sign-in page
//! with a general message; the reason goes to the log.

use super::{Refusal, internal, safe_next};
use crate::backend::auth::oidc::{AuthError, Identity, Pending};
use crate::backend::auth::session;
use crate::backend::forms::validate;
use crate::backend::state::AppState;
use crate::backend::store::statements::{identities, users};
use crate::backend::web::{Failure, WebResult};
use crate::domain::account::FormError;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StartQuery {
    pub next: String,
}

pub async fn start(
    State(state): State<AppState>,
    session: Session,
    Path(provider): Path<String>,
    Query(q): Query<StartQuery>,
) -> WebResult {
    if state.oidc.get(&provider).is_none() {
        return Err(Failure::NotFound);
    }
    let next = safe_next(&q.next);
    let redirect_uri = callback_url(&state, &provider);
    match state.oidc.start(&provider, &redirect_uri, next).await {
        Ok((url, pending)) => match pending.save(&session).await {
            Ok(()) => Ok(Redirect::to(url.as_str()).into_response()),
            Err(e) => internal(&session, "login", "/login", e).await,
        },
        Err(e) => refuse(&session, &provider, next, e).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CallbackQuery {
    pub code: Option<String>,
    pub state: String,
    pub error: Option<String>,
    pub iss: Option<String>,
}

pub async fn callback(
    State(state): State<AppState>,
    session: Session,
    Path(provider): Path<String>,
    Query(q): Query<CallbackQuery>,
) -> WebResult {
    if state.oidc.get(&provider).is_none() {
        return Err(Failure::NotFound);
    }
    let pending = match Pending::take(&session, &provider, &q.state).await {
        Ok(p) => p,
        Err(e) => return refuse(&session, &provider, "", e).await,
    };
    let identity = match (q.error, q.code) {
        // The provider's words, kept short: they reach the log.
        (Some(error), _) => Err(AuthError::Refused(error.chars().take(64).collect())),
        (None, None) => Err(AuthError::NoCode),
        (None, Some(code)) => {
            let redirect_uri = callback_url(&state, &provider);
            state.oidc.finish(&pending, &code, q.iss.as_deref(), &redirect_uri).await
        }
    };
    let identity = match identity {
        Ok(i) => i,
        Err(e) => return refuse(&session, &provider, &pending.next, e).await,
    };
    let (email, name) = match clean(&identity) {
        Ok(v) => v,
        Err(e) => return refuse(&session, &provider, &pending.next, e).await,
    };
    let user = match identities::resolve(state.store.db(), &provider, &identity.subject, &email, &name).await {
        Ok(identities::Resolved::User(id)) => id,
        Ok(identities::Resolved::Disabled) => {
            tracing::warn!(provider, "provider sign-in refused: the account is disabled");
            let mut r = Refusal::new("login");
            r.keep("next", &pending.next).error("", FormError::AccountDisabled);
            return r.send(&session, "/login").await;
        }
        Err(e) => return internal(&session, "login", "/login", e).await,
    };
    if let Err(e) = users::record_success(state.store.db(), user).await {
        tracing::error!(error = %e, "recording a sign-in failed");
    }
    if let Err(e) = session::sign_in(&session, user, false).await {
        return internal(&session, "login", "/login", e).await;
    }
    tracing::info!(provider, user, "signed in through a provider");
    Ok(Redirect::to(safe_next(&pending.next)).into_response())
}

/// The address and a display name as we store them; the name falls back to the address.
fn clean(identity: &Identity) -> Result<(String, String), AuthError> {
    let email = validate::email(&identity.email).map_err(|_| AuthError::NoEmail)?;
    let name = identity
        .name
        .as_deref()
        .and_then(|n| validate::line(n, 100).ok())
        .unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_string());
    Ok((email, name))
}

fn callback_url(state: &AppState, provider: &str) -> String {
    format!("{}/auth/{provider}/callback", state.site_url())
}

async fn refuse(session: &Session, provider: &str, next: &str, error: AuthError) -> WebResult {
    tracing::warn!(provider, reason = %error, "provider sign-in refused");
    let mut r = Refusal::new("login");
    if !next.is_empty() {
        r.keep("next", next);
    }
    r.error("", error.form_error());
    r.send(session, "/login").await
}
