//! The store: every SQL statement the app runs. One text per statement serves both engines
//! (`db::sql` compiles it for SQLite or PostgreSQL); what an engine spells its own way lives in
//! `dialect`. `sqlite` holds the statements (its name predates PostgreSQL), `seed` the demo
//! generator's bulk writes. Outside the store and `db`, clippy refuses sqlx's and `db::sql`'s
//! query functions (`clippy.toml`).

#![allow(clippy::disallowed_methods)]

mod conflict;
pub mod dialect;
pub mod seed;
pub mod sqlite;
#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use conflict::Conflict;

use crate::domain::dto::*;
use crate::domain::{FacetKey, ListQuery, OrgKind};
use async_trait::async_trait;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Answers when the database can be read.
    async fn health(&self) -> Result<(), StoreError>;

    /// The ecosystem at a glance; `today` is an ISO date (upcoming events start after it).
    async fn home(&self, today: &str) -> Result<HomeData, StoreError>;

    /// Public organisations of the given kinds, filtered by `q`, with counts for `facets`.
    async fn list_orgs(
        &self,
        kinds: &[OrgKind],
        facets: &[FacetKey],
        q: &ListQuery,
    ) -> Result<DirectoryPage, StoreError>;

    async fn org(&self, slug: &str) -> Result<Option<OrgDetail>, StoreError>;

    async fn list_items(&self, cat: Catalogue, q: &ListQuery, today: &str) -> Result<CatalogPage, StoreError>;

    async fn item(&self, cat: Catalogue, slug: &str) -> Result<Option<ItemDetail>, StoreError>;

    /// The plan's indicators with actuals up to `this_year` and their status.
    async fn kpis(&self, this_year: i64) -> Result<Vec<crate::domain::kpi::KpiIndicator>, StoreError>;

    /// Names of the province's places by code (reference data, read once).
    async fn location_names(&self) -> Result<std::sync::Arc<std::collections::HashMap<String, String>>, StoreError>;

    /// Forgets cached lists; every write path calls it after committing.
    fn invalidate(&self);
}
