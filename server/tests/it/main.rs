#![recursion_limit = "256"]
// The tests set up and look at the database directly, as another process would.
#![allow(clippy::disallowed_methods)]
//! Integration tests: the real router on a random port over a temporary database — a copy of
//! the demo data (`support::spawn`) or an empty one the test fills with `builders`
//! (`support::spawn_empty`).

mod accounts;
mod admin;
mod api;
mod authz;
mod backup;
mod browser;
mod builders;
mod collab;
mod contract;
mod engines;
mod events;
mod export;
mod faults;
mod feeds;
mod hammer;
mod import;
mod import_listings;
mod kpi;
mod listings;
mod logs;
mod match_feedback;
mod matching;
mod metrics;
mod nodes;
mod oidc;
mod openapi;
mod overload;
mod pages;
mod process;
mod programmes;
mod proxies;
mod schema;
mod schema_engines;
mod search;
mod seo;
mod shutdown;
mod smtp_sink;
mod startup;
mod static_files;
mod support;
