//! The handlers behind every form: plain HTML forms POST here (with or without JavaScript),
//! each handler checks who is acting first, validates on the server, writes, and answers with a
//! redirect (POST → redirect → GET). A refused form's values and field messages travel back in
//! the session's flash, so nothing typed is lost.

pub mod account;
pub mod admin;
pub mod applications;
pub mod collab;
pub mod events;
pub mod kpi;
pub mod listings;
pub mod notifications;
pub mod oidc;
pub mod org_input;
pub mod orgs;
pub mod programmes;

use super::AppState;
use super::web::{Failure, WebResult};
use crate::domain::account::{FormError, FormState, Notice};
use axum::response::{IntoResponse, Redirect};
use std::collections::BTreeMap;
use tower_sessions::Session;

/// A form on its way back to its page: the values to show again and the messages.
pub struct Refusal {
    form: &'static str,
    values: BTreeMap<String, String>,
    errors: Vec<(String, FormError)>,
}

impl Refusal {
    pub fn new(form: &'static str) -> Self {
        Refusal { form, values: BTreeMap::new(), errors: Vec::new() }
    }

    /// Keeps a typed value (never a password) to show again.
    pub fn keep(&mut self, field: &str, value: &str) -> &mut Self {
        self.values.insert(field.to_string(), value.to_string());
        self
    }

    pub fn error(&mut self, field: &str, error: FormError) -> &mut Self {
        if !self.errors.iter().any(|(f, _)| f == field) {
            self.errors.push((field.to_string(), error));
        }
        self
    }

    /// Records `result`'s error against `field`; the value when it passed.
    pub fn check<T>(&mut self, field: &str, result: Result<T, FormError>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.error(field, e);
                None
            }
        }
    }

    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }

    /// Back to `to` with the values and messages: the [`Failure::Refused`] of the form.
    pub async fn send<T>(self, session: &Session, to: &str) -> Result<T, Failure> {
        let flash = FormState { form: self.form.to_string(), values: self.values, errors: self.errors, notice: None };
        super::auth::session::set_flash(session, flash).await;
        Err(Failure::Refused { to: to.to_string() })
    }
}

/// Success: on to `to`, with a one-line confirmation.
pub async fn done(session: &Session, notice: Notice, to: &str) -> WebResult {
    let flash = FormState { notice: Some(notice), ..Default::default() };
    super::auth::session::set_flash(session, flash).await;
    Ok(Redirect::to(to).into_response())
}

/// A failure of ours (database, mail): logged, and the user sees a generic message on the form.
pub async fn internal<T>(
    session: &Session,
    form: &'static str,
    to: &str,
    error: impl std::fmt::Display,
) -> Result<T, Failure> {
    tracing::error!(%error, form, "form handler failed");
    let mut r = Refusal::new(form);
    r.error("", FormError::Internal);
    r.send(session, to).await
}

/// Where to go after signing in: only paths on this site (no `//host`, no scheme).
pub fn safe_next(next: &str) -> &str {
    let ok =
        next.starts_with('/') && !next.starts_with("//") && !next.starts_with("/\\") && !next.contains(['\r', '\n']);
    if ok { next } else { "/account" }
}

/// The site's address for links in mail and provider redirects: always the configured one
/// (the server fills it in from its listening address when unset), never the request's `Host`,
/// which a client chooses — a reset link built from it could point at someone else's site.
pub fn site_url(state: &AppState) -> String {
    state.auth.public_url.as_deref().unwrap_or("http://127.0.0.1:3000").trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_stays_on_site() {
        assert_eq!(super::safe_next("/org/abc?x=1"), "/org/abc?x=1");
        assert_eq!(super::safe_next("//evil.example"), "/account");
        assert_eq!(super::safe_next("https://evil.example"), "/account");
        assert_eq!(super::safe_next("/\\evil.example"), "/account");
        assert_eq!(super::safe_next(""), "/account");
    }
}
