//! Accounts and trust: passwords, server-side sessions, one-time tokens, the Origin check,
//! rate limits, security headers, OpenID Connect, and the authorisation guards every write
//! starts with.

pub mod csrf;
pub mod flow;
pub mod github;
pub mod guard;
pub mod headers;
pub mod oidc;
pub mod password;
pub mod rate_limit;
pub mod session;
pub mod session_store;
pub mod settings;
pub mod tokens;

pub use guard::Denied;
