//! Accounts and trust: server-side sessions, the Origin check, rate limits, security headers,
//! OpenID Connect, and the authorisation guards every write starts with. Password hashes and
//! one-time tokens are in `backend::secrets`, which the store uses too.

pub mod csrf;
pub mod flow;
pub mod github;
pub mod guard;
pub mod headers;
pub mod oidc;
pub mod rate_limit;
pub mod session;
pub mod session_store;
pub mod settings;

pub use guard::Denied;
