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
pub mod matching;
pub mod notifications;
pub mod oidc;
pub mod org_input;
pub mod orgs;
pub mod programmes;

use super::store::Conflict;
use super::web::{Failure, WebResult};
use crate::backend::forms::field_errors::FieldErrors;
use crate::domain::account::{FormError, FormState, Notice};
use axum::response::{IntoResponse, Redirect};
use std::collections::BTreeMap;
use tower_sessions::Session;

/// A form on its way back to its page: the values to show again and each field's message.
pub struct Refusal {
    form: &'static str,
    values: BTreeMap<String, String>,
    errors: FieldErrors,
}

impl Refusal {
    pub fn new(form: &'static str) -> Self {
        Refusal { form, values: BTreeMap::new(), errors: FieldErrors::new() }
    }

    /// Keeps a typed value (never a password) to show again.
    pub fn keep(&mut self, field: &str, value: &str) -> &mut Self {
        self.values.insert(field.to_string(), value.to_string());
        self
    }

    /// `error` against `field` (`""`: the whole form), unless the field has a message already.
    pub fn error(&mut self, field: &str, error: FormError) -> &mut Self {
        self.errors.fail(field, error);
        self
    }

    /// A validator's messages, after those recorded already.
    pub fn errors(&mut self, errors: FieldErrors) -> &mut Self {
        self.errors.merge(errors);
        self
    }

    /// Records `result`'s error against `field`; the value when it passed.
    pub fn check<T>(&mut self, field: &str, result: Result<T, FormError>) -> Option<T> {
        self.errors.check(field, result)
    }

    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }

    /// Back to `to` with the values and messages: the [`Failure::Refused`] of the form.
    pub async fn send<T>(self, session: &Session, to: &str) -> Result<T, Failure> {
        let flash = FormState {
            form: self.form.to_string(),
            values: self.values,
            errors: self.errors.into_vec(),
            notice: None,
        };
        super::auth::session::set_flash(session, flash).await;
        Err(Failure::Refused { to: to.to_string() })
    }
}

/// How a form shows a write the store refused. The handler chooses the field: the whole form
/// (`""`) for most; `Unanswered`, `UnknownQuestion` and `ForeignOffer` name theirs.
impl Conflict {
    pub fn form_error(&self) -> FormError {
        match self {
            Conflict::NotFound => FormError::NotFound,
            Conflict::StepNotAllowed => FormError::StepNotAllowed,
            Conflict::MoveInvalid => FormError::MoveInvalid,
            Conflict::NameTaken => FormError::NameTaken,
            Conflict::AlreadyMember => FormError::AlreadyMember,
            Conflict::AlreadyClaimed => FormError::AlreadyClaimed,
            Conflict::LastOwner => FormError::LastOwner,
            Conflict::DuplicateRequest => FormError::DuplicateRequest,
            Conflict::EventCancelled => FormError::EventCancelled,
            Conflict::EventStarted => FormError::EventStarted,
            Conflict::AlreadyRegistered => FormError::AlreadyRegistered,
            Conflict::NotRegistered => FormError::NotRegistered,
            Conflict::DeadlinePassed => FormError::DeadlinePassed,
            Conflict::NotOpenYet => FormError::NotOpenYet,
            Conflict::AlreadySubmitted => FormError::AlreadySubmitted,
            Conflict::Unanswered(_) => FormError::Required,
            Conflict::UnknownQuestion(_) | Conflict::ForeignOffer => FormError::ChoiceInvalid,
        }
    }
}

/// Success: on to `to`, with a one-line confirmation.
pub async fn done(session: &Session, notice: Notice, to: &str) -> WebResult {
    let flash = FormState { notice: Some(notice), ..Default::default() };
    super::auth::session::set_flash(session, flash).await;
    Ok(Redirect::to(to).into_response())
}

/// A failure of ours (database, mail): logged, and the user sees a generic message on the form.
///
/// A database that cannot take writes (disk full, read-only) is no passing failure: it answers
/// the storage page at once, as the session (and the flash it would carry) cannot be saved.
pub async fn internal<T>(
    session: &Session,
    form: &'static str,
    to: &str,
    error: impl std::fmt::Display + 'static,
) -> Result<T, Failure> {
    let any = &error as &dyn std::any::Any;
    let db = any.downcast_ref::<sqlx::Error>().or_else(|| match any.downcast_ref::<super::store::StoreError>() {
        Some(super::store::StoreError::Db(e)) => Some(e),
        _ => None,
    });
    if let Some(e) = db.filter(|e| crate::backend::db::is_storage_full(e)) {
        return Err(crate::backend::web::storage_full(e));
    }
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
