//! The server's parts, as a library so that the integration tests drive the real router.
#![forbid(unsafe_code)]
#![recursion_limit = "256"]

pub mod backup;
pub mod client_addr;
pub mod config;
pub mod listen;
pub mod metrics;
pub mod overload;
pub mod router;
pub mod seed;
pub mod static_files;
pub mod unavailable;
