//! What every web handler shares: the one way a request fails ([`Failure`]) and the extractors
//! that decide who is asking before a handler's body runs ([`SignedIn`], [`OrgMember`]).
//!
//! Policy, in one place: a handler returns `Result<_, Failure>` and uses `?`; a failure of ours
//! is logged once where it becomes a `Failure` and never shows its text to the user; a refusal
//! (401, 403, 404) answers the same page or status wherever it is detected.

mod extract;
mod failure;

pub use extract::{Editor, OrgMember, Owner, SignedIn, Viewing};
pub use failure::{Failure, WebResult, denied_page};
