//! [`Failure`]: how a request fails, and what each failure answers.

use crate::backend::auth::Denied;
use crate::backend::store::StoreError;
use crate::i18n::Lang;
use axum::response::{Html, IntoResponse, Redirect, Response};
use http::StatusCode;

/// What a web handler answers with: a response, or how it failed.
pub type WebResult<T = Response> = Result<T, Failure>;

/// A request that did not succeed. Each variant answers what the handlers answered before
/// there was one type for it: bare statuses for files and lookups, a translated page for a
/// refused write, a redirect back to the form for a refused form.
#[derive(Debug)]
pub enum Failure {
    /// Nothing there (or nothing the asker may learn exists): a bare 404.
    NotFound,
    /// A request no form of ours sends (an unknown action): a bare 400.
    BadRequest,
    /// Sign-in needed: the 401 page, in the asker's language.
    SignedOut(Lang),
    /// Signed in, not allowed: the 403 page.
    Denied(Lang),
    /// A refused form: its values and field messages are already in the session's flash
    /// ([`crate::backend::actions::Refusal::send`]); back to the form at `to` (303).
    Refused { to: String },
    /// The database cannot be reached (pool timed out or closed, I/O): 503, logged.
    Unavailable,
    /// The database cannot take writes (disk full, read-only storage): 503 and a page in both
    /// languages saying that nothing was saved. Logged where it happened.
    StorageFull,
    /// A failure of ours, already logged where it happened: 500 with no internal text.
    Internal,
}

impl Failure {
    /// The refusal of a guard, as the asker sees it.
    pub fn denied(lang: Lang, d: Denied) -> Self {
        match d {
            Denied::SignedOut => Failure::SignedOut(lang),
            Denied::Forbidden => Failure::Denied(lang),
        }
    }

    /// Logs `cause` (once, here) and fails with a 500.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "request failed");
        Failure::Internal
    }
}

impl From<sqlx::Error> for Failure {
    fn from(e: sqlx::Error) -> Self {
        // the database restarting or out of reach passes by itself: 503, not 500
        if crate::backend::db::is_transient(&e) {
            tracing::error!(error = %e, "database unavailable");
            Failure::Unavailable
        } else if crate::backend::db::is_storage_full(&e) {
            storage_full(&e)
        } else {
            Failure::internal(e)
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Db(e) => e.into(),
            e => Failure::internal(e),
        }
    }
}

/// Logs a write refused for lack of storage, in words an operator acts on.
pub fn storage_full(e: &sqlx::Error) -> Failure {
    tracing::error!(error = %e, "storage full or read-only: writes fail until space is freed");
    Failure::StorageFull
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        match self {
            Failure::NotFound => StatusCode::NOT_FOUND.into_response(),
            Failure::BadRequest => StatusCode::BAD_REQUEST.into_response(),
            Failure::SignedOut(lang) => denied_page(lang, Denied::SignedOut),
            Failure::Denied(lang) => denied_page(lang, Denied::Forbidden),
            Failure::Refused { to } => Redirect::to(&to).into_response(),
            Failure::Unavailable => StatusCode::SERVICE_UNAVAILABLE.into_response(),
            Failure::StorageFull => storage_full_page(),
            Failure::Internal => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    }
}

/// Both languages: the session, which would carry the user's language and the form's values,
/// cannot be saved either. The browser's Back button returns to the form as it was typed.
fn storage_full_page() -> Response {
    let (vi, en) = (Lang::Vi.account(), Lang::En.account());
    let page = format!(
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{vi_title}</title><link rel=\"stylesheet\" href=\"/pkg/ketnoi.css\"></head><body><main class=\"container narrow\" data-testid=\"storage-full\">\
         <h1>{vi_title}</h1><p>{vi_text}</p><h2 lang=\"en\">{en_title}</h2><p lang=\"en\">{en_text}</p></main></body></html>",
        vi_title = vi.storage_full_title,
        vi_text = vi.storage_full,
        en_title = en.storage_full_title,
        en_text = en.storage_full,
    );
    (StatusCode::SERVICE_UNAVAILABLE, [(http::header::RETRY_AFTER, "60")], Html(page)).into_response()
}

/// A refused write: 401 (sign in) or 403, as a short page in the user's language.
pub fn denied_page(lang: Lang, denied: Denied) -> Response {
    let t = lang.account();
    let (status, title, text) = match denied {
        Denied::SignedOut => (StatusCode::UNAUTHORIZED, t.denied_signed_out_title, t.denied_signed_out),
        Denied::Forbidden => (StatusCode::FORBIDDEN, t.denied_forbidden_title, t.denied_forbidden),
    };
    let page = format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"/pkg/ketnoi.css\"></head><body><main class=\"container narrow\">\
         <h1>{title}</h1><p>{text}</p><p><a class=\"button\" href=\"/login\">{sign_in}</a> <a href=\"/\">{home}</a></p></main></body></html>",
        code = lang.code(),
        sign_in = t.sign_in,
        home = lang.t().nav_home,
    );
    (status, Html(page)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_failure_answers_its_status_and_no_internal_text() {
        let status = |f: Failure| f.into_response().status().as_u16();
        assert_eq!(status(Failure::NotFound), 404);
        assert_eq!(status(Failure::SignedOut(Lang::Vi)), 401);
        assert_eq!(status(Failure::Denied(Lang::En)), 403);
        assert_eq!(status(Failure::Refused { to: "/orgs/new".into() }), 303);
        assert_eq!(status(sqlx::Error::PoolTimedOut.into()), 503);
        assert_eq!(status(sqlx::Error::RowNotFound.into()), 500);
        assert_eq!(status(StoreError::Corrupt("a secret".into()).into()), 500);
        assert_eq!(status(Failure::StorageFull), 503);
    }
}
