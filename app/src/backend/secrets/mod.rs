//! Secrets at rest: random one-time tokens and their SHA-256, and password hashes. Below both
//! the store (which keeps only the hashes) and `auth` (which hands the secrets out), so neither
//! has to import the other for them.

pub mod password;
pub mod tokens;
