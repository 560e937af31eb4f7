//! The store's statements, one module per concern, each text run on either engine; the
//! [`Store`](super::Store) that runs them and caches their answers is the parent module's.
//! Runtime-checked queries with bind parameters only; SQL text is static (sqlx 0.9
//! `SqlSafeStr`), composed at compile time with `concat!`.

pub mod admin;
pub mod applications;
pub mod audit;
pub(crate) mod catalogues;
pub mod collab;
pub mod event_manage;
pub mod event_ref;
pub(super) mod home;
pub mod identities;
pub mod import_lookups;
pub mod import_uploads;
pub mod kpi;
pub mod listings;
pub mod logos;
pub mod mail_queue;
pub mod match_feedback;
pub mod matching;
pub mod members;
pub mod notifications;
pub(super) mod org_detail;
pub mod org_manage;
pub mod org_profiles;
pub mod orgs;
pub mod pipeline;
pub mod programme_edit;
pub mod registrations;
mod rows;
pub use rows::Dated;
pub mod search_outbox;
pub mod search_source;
pub mod sessions;
pub mod sitemap;
pub mod users;

#[cfg(test)]
mod tests;
