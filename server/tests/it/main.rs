#![recursion_limit = "256"]
//! Integration tests: the real router on a random port over a temporary, seeded SQLite file.

mod accounts;
mod admin;
mod api;
mod authz;
mod browser;
mod export;
mod import;
mod logs;
mod oidc;
mod pages;
mod search;
mod smtp_sink;
mod support;
