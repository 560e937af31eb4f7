//! The store's statements and the [`Store`] implementation, on either engine (the module's
//! name predates PostgreSQL). Runtime-checked queries with bind parameters only; SQL text is
//! static (sqlx 0.9 `SqlSafeStr`), composed at compile time with `concat!`.

pub mod admin;
pub mod applications;
pub mod audit;
pub(crate) mod catalogues;
pub mod collab;
pub mod event_manage;
pub mod event_ref;
mod home;
pub mod identities;
pub mod import_lookups;
pub mod import_uploads;
pub mod kpi;
pub mod listings;
pub mod logos;
pub mod mail_queue;
pub mod matching;
pub mod members;
pub mod notifications;
mod org_detail;
pub mod org_manage;
pub mod org_profiles;
pub mod orgs;
pub mod pipeline;
pub mod programme_edit;
pub mod registrations;
mod rows;
pub mod search_outbox;
pub mod search_source;
pub mod sessions;
pub mod sitemap;
pub mod users;

use super::{Store, StoreError};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::domain::dto::*;
use crate::domain::{FacetKey, ListQuery, OrgKind};
use async_trait::async_trait;
use moka::sync::Cache;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// How long a list result is reused. Writes through the app invalidate at once; this bounds
/// staleness after writes by other processes (e.g. `ketnoi seed-demo` on a live database).
const LIST_TTL: Duration = Duration::from_secs(2);

#[derive(Clone)]
pub struct SqliteStore {
    pool: Db,
    /// Directory and catalogue pages with their facets: the same few filter combinations are
    /// asked for over and over, and each costs several aggregate queries.
    directories: Cache<String, DirectoryPage>,
    catalogues: Cache<String, CatalogPage>,
    locations: tokio::sync::OnceCell<Arc<HashMap<String, String>>>,
}

fn list_cache<V: Clone + Send + Sync + 'static>() -> Cache<String, V> {
    Cache::builder().max_capacity(1_000).time_to_live(LIST_TTL).build()
}

/// The cached value for `key`, or `load`'s, which is then cached.
async fn cached<V: Clone + Send + Sync + 'static>(
    cache: &Cache<String, V>,
    key: String,
    load: impl Future<Output = Result<V, StoreError>>,
) -> Result<V, StoreError> {
    if let Some(hit) = cache.get(&key) {
        return Ok(hit);
    }
    let value = load.await?;
    cache.insert(key, value.clone());
    Ok(value)
}

impl SqliteStore {
    pub fn new(pool: Db) -> Self {
        SqliteStore { pool, directories: list_cache(), catalogues: list_cache(), locations: Default::default() }
    }

    pub fn pool(&self) -> &Db {
        &self.pool
    }
}

#[async_trait]
impl Store for SqliteStore {
    fn invalidate(&self) {
        self.directories.invalidate_all();
        self.catalogues.invalidate_all();
    }

    #[tracing::instrument(skip(self))]
    async fn health(&self) -> Result<(), StoreError> {
        sql::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    #[tracing::instrument(skip(self))]
    async fn home(&self, today: &str) -> Result<HomeData, StoreError> {
        home::home(&self.pool, today).await
    }

    #[tracing::instrument(skip(self))]
    async fn list_orgs(
        &self,
        kinds: &[OrgKind],
        facets: &[FacetKey],
        q: &ListQuery,
    ) -> Result<DirectoryPage, StoreError> {
        let key = format!("{kinds:?}|{facets:?}|{q:?}");
        cached(&self.directories, key, orgs::list(&self.pool, kinds, facets, q)).await
    }

    #[tracing::instrument(skip(self))]
    async fn org(&self, slug: &str) -> Result<Option<OrgDetail>, StoreError> {
        org_detail::detail(&self.pool, slug).await
    }

    #[tracing::instrument(skip(self))]
    async fn list_items(&self, cat: Catalogue, q: &ListQuery, today: &str) -> Result<CatalogPage, StoreError> {
        let key = format!("{cat:?}|{today}|{q:?}");
        cached(&self.catalogues, key, catalogues::list(&self.pool, cat, q, today)).await
    }

    #[tracing::instrument(skip(self))]
    async fn item(&self, cat: Catalogue, slug: &str) -> Result<Option<ItemDetail>, StoreError> {
        catalogues::detail(&self.pool, cat, slug).await
    }

    #[tracing::instrument(skip(self))]
    async fn kpis(&self, this_year: i64) -> Result<Vec<crate::domain::kpi::KpiIndicator>, StoreError> {
        kpi::all(&self.pool, this_year).await
    }

    async fn location_names(&self) -> Result<Arc<HashMap<String, String>>, StoreError> {
        let names = self
            .locations
            .get_or_try_init(|| async {
                let rows: Vec<(String, String)> =
                    sql::query_as("SELECT code, name_vi FROM locations").fetch_all(&self.pool).await?;
                Ok::<_, StoreError>(Arc::new(rows.into_iter().collect()))
            })
            .await?;
        Ok(names.clone())
    }
}

#[cfg(test)]
mod tests;
