//! Everything that touches the database or the network. Compiled only with `ssr`.

pub mod actions;
pub mod auth;
pub mod db;
pub mod export;
pub mod feeds;
pub mod forms;
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
pub mod routes;
pub mod search;
pub mod secrets;
pub mod seo;
pub mod state;
pub mod store;
pub mod text;
pub mod vn_time;
pub mod web;
pub mod workers;

/// The clock's readings, here because most callers only need the day or the year.
pub use vn_time::{this_year, today};
