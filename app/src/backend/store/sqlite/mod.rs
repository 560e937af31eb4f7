//! SQLite implementation of [`Store`]. Runtime-checked queries with bind parameters only;
//! SQL text is static (sqlx 0.9 `SqlSafeStr`), composed at compile time with `concat!`.

mod catalogues;
mod home;
mod kpi;
mod org_detail;
mod orgs;
mod rows;

use super::{Store, StoreError};
use crate::domain::dto::*;
use crate::domain::{FacetKey, ListQuery, OrgKind};
use async_trait::async_trait;
use moka::sync::Cache;
use sqlx::SqlitePool;
use std::sync::Arc;
use std::time::Duration;

/// How long a list result is reused. Writes through the app invalidate at once; this bounds
/// staleness after writes by other processes (e.g. `ketnoi seed-demo` on a live database).
const LIST_TTL: Duration = Duration::from_secs(2);

#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// Directory and catalogue pages with their facets: the same few filter combinations are
    /// asked for over and over, and each costs several aggregate queries.
    lists: Cache<String, Arc<ListResult>>,
}

#[derive(Clone)]
enum ListResult {
    Orgs(DirectoryPage),
    Items(CatalogPage),
}

impl SqliteStore {
    pub fn new(pool: SqlitePool) -> Self {
        let lists = Cache::builder().max_capacity(2_000).time_to_live(LIST_TTL).build();
        SqliteStore { pool, lists }
    }

    /// Forgets cached lists; every write path calls it after committing.
    pub fn invalidate(&self) {
        self.lists.invalidate_all();
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

#[async_trait]
impl Store for SqliteStore {
    #[tracing::instrument(skip(self))]
    async fn health(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
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
        let key = format!("o|{kinds:?}|{facets:?}|{q:?}");
        if let Some(hit) = self.lists.get(&key)
            && let ListResult::Orgs(page) = hit.as_ref()
        {
            return Ok(page.clone());
        }
        let page = orgs::list(&self.pool, kinds, facets, q).await?;
        self.lists.insert(key, Arc::new(ListResult::Orgs(page.clone())));
        Ok(page)
    }

    #[tracing::instrument(skip(self))]
    async fn org(&self, slug: &str) -> Result<Option<OrgDetail>, StoreError> {
        org_detail::detail(&self.pool, slug).await
    }

    #[tracing::instrument(skip(self))]
    async fn list_items(&self, cat: Catalogue, q: &ListQuery, today: &str) -> Result<CatalogPage, StoreError> {
        let key = format!("c|{cat:?}|{today}|{q:?}");
        if let Some(hit) = self.lists.get(&key)
            && let ListResult::Items(page) = hit.as_ref()
        {
            return Ok(page.clone());
        }
        let page = catalogues::list(&self.pool, cat, q, today).await?;
        self.lists.insert(key, Arc::new(ListResult::Items(page.clone())));
        Ok(page)
    }

    #[tracing::instrument(skip(self))]
    async fn item(&self, cat: Catalogue, slug: &str) -> Result<Option<ItemDetail>, StoreError> {
        catalogues::detail(&self.pool, cat, slug).await
    }

    #[tracing::instrument(skip(self))]
    async fn kpis(&self) -> Result<Vec<KpiRow>, StoreError> {
        kpi::all(&self.pool).await
    }
}

#[cfg(test)]
mod tests;
