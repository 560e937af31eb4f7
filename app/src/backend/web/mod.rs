//! What every web handler shares: the one way a request fails ([`Failure`]) and the extractors
//! that decide who is asking before a handler's body runs ([`SignedIn`], [`Admin`],
//! [`Moderator`], [`OrgMember`]).
//!
//! Policy, in one place: a handler returns `Result<_, Failure>` and uses `?`; a failure of ours
//! is logged once where it becomes a `Failure` and never shows its text to the user; a refusal
//! (401, 403, 404) answers the same page or status wherever it is detected.

mod extract;
mod failure;

pub use extract::{Admin, Editor, Moderator, OrgMember, Owner, SignedIn, Viewing};
pub use failure::{Failure, WebResult, denied_page, storage_full};

use axum::response::{IntoResponse, Response};
use http::{HeaderValue, header};

/// `Cache-Control` of a per-user answer: nothing between us and the browser may keep it.
pub const NO_STORE: HeaderValue = HeaderValue::from_static("private, no-store");

/// `res`, marked per-user ([`NO_STORE`]): the handlers' twin of the server functions'
/// `private()`.
pub fn private(res: impl IntoResponse) -> Response {
    let mut res = res.into_response();
    res.headers_mut().insert(header::CACHE_CONTROL, NO_STORE);
    res
}
