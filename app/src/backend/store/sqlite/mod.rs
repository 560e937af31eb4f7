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
use sqlx::SqlitePool;

#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    pub fn new(pool: SqlitePool) -> Self {
        SqliteStore { pool }
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
        orgs::list(&self.pool, kinds, facets, q).await
    }

    #[tracing::instrument(skip(self))]
    async fn org(&self, slug: &str) -> Result<Option<OrgDetail>, StoreError> {
        org_detail::detail(&self.pool, slug).await
    }

    #[tracing::instrument(skip(self))]
    async fn list_items(&self, cat: Catalogue, q: &ListQuery, today: &str) -> Result<CatalogPage, StoreError> {
        catalogues::list(&self.pool, cat, q, today).await
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
