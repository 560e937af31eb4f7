//! Everything that touches the database or the network. Compiled only with `ssr`.

pub mod actions;
pub mod auth;
pub mod db;
pub mod export;
pub mod ics;
pub mod import;
pub mod kpi_report;
pub mod lang;
pub mod listings;
pub mod mail;
pub mod markdown;
pub mod matching;
pub mod media;
pub mod notify;
pub mod rest;
pub mod search;
pub mod seed;
pub mod seo;
pub mod state;
pub mod store;
pub mod text;
pub mod vn_time;

pub use state::AppState;

/// Today's date in Vietnam (UTC+7), ISO: what "upcoming" and "open" are measured against.
pub fn today() -> String {
    (chrono::Utc::now() + chrono::Duration::hours(7)).format("%Y-%m-%d").to_string()
}

/// The current year in Vietnam.
pub fn this_year() -> i64 {
    today()[..4].parse().unwrap_or(2026)
}
