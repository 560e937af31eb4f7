#![recursion_limit = "256"]
//! Integration tests: the real router on a random port over a temporary, seeded SQLite file.

mod api;
mod oidc;
mod pages;
mod search;
mod support;
