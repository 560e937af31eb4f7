//! The store: every SQL statement the app runs. One text per statement serves both engines
//! (`db::sql` compiles it for SQLite or PostgreSQL); what an engine spells its own way lives in
//! `dialect`. `statements` holds them, one module per concern, `seed` the demo generator's
//! bulk writes. Outside the store and `db`, clippy refuses sqlx's and `db::sql`'s
//! query functions (`clippy.toml`).
//!
//! [`Store`] is the one handle the app holds (`AppState::store`): the cached reads of the public
//! pages are its methods; every other statement is a free function in `statements::*` that takes
//! [`Store::db`].

#![allow(clippy::disallowed_methods)]

mod conflict;
pub mod dialect;
mod directory;
pub mod seed;
mod snapshot;
pub mod statements;
#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use conflict::Conflict;
pub use directory::OrgTable;

use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::domain::dto::*;
use crate::domain::{FacetKey, ListQuery, OrgKind};
use moka::sync::Cache;
use snapshot::Snapshot;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
}

/// How long a list result is reused. Writes through the app invalidate this node's lists at
/// once; this bounds staleness after writes by other processes: the other nodes of a cluster,
/// `ketnoi seed-demo` on a live database (tested in `statements/tests.rs`).
pub(crate) const LIST_TTL: Duration = Duration::from_secs(2);

/// The database and the caches in front of it, on either engine. Shared behind an `Arc` (the
/// caches and the place names must be one per process, not one per clone).
pub struct Store {
    db: Db,
    /// Every public organisation, which the directories filter, count and page in memory.
    orgs: Arc<Snapshot<OrgTable>>,
    /// Catalogue pages with their facets: the same few filter combinations are asked for over
    /// and over, and each costs several aggregate queries.
    catalogues: Cache<String, CatalogPage>,
    /// The home page's data by day: the same for every visitor, and the most visited page.
    home: Cache<String, HomeData>,
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

impl Store {
    pub fn new(db: Db) -> Self {
        let source = db.clone();
        let orgs = Snapshot::new(Box::new(move || {
            let db = source.clone();
            Box::pin(async move { Ok(OrgTable::new(statements::orgs::directory(&db).await?)) })
        }));
        Store { db, orgs, catalogues: list_cache(), home: list_cache(), locations: Default::default() }
    }

    /// The handle the store's own statement modules (`statements::*`) take. It is no way around the
    /// store: outside `store` and `db`, clippy's disallowed-methods lint (`clippy.toml`) refuses
    /// every query function, so elsewhere the handle only goes back into a store function.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Forgets cached lists; every write path calls it after committing.
    pub fn invalidate(&self) {
        self.orgs.invalidate();
        self.catalogues.invalidate_all();
        self.home.invalidate_all();
    }

    /// Answers when the database can be read.
    #[tracing::instrument(skip(self))]
    pub async fn health(&self) -> Result<(), StoreError> {
        sql::query("SELECT 1").execute(&self.db).await?;
        Ok(())
    }

    /// The ecosystem at a glance; `today` is an ISO date (upcoming events start after it).
    #[tracing::instrument(skip(self))]
    pub async fn home(&self, today: &str) -> Result<HomeData, StoreError> {
        let load = async {
            let kinds = self.orgs.get().await?.kind_counts();
            statements::home::home(&self.db, today, kinds).await
        };
        cached(&self.home, today.to_string(), load).await
    }

    /// Public organisations of the given kinds, filtered by `q`, with counts for `facets`.
    #[tracing::instrument(skip(self))]
    pub async fn list_orgs(
        &self,
        kinds: &[OrgKind],
        facets: &[FacetKey],
        q: &ListQuery,
    ) -> Result<DirectoryPage, StoreError> {
        Ok(self.orgs.get().await?.list(kinds, facets, q))
    }

    /// The `limit` organisations of `kinds` that joined last (the Atom feeds).
    pub async fn newest_orgs(
        &self,
        kinds: &[OrgKind],
        limit: u32,
    ) -> Result<Vec<statements::Dated<OrgCard>>, StoreError> {
        Ok(self.orgs.get().await?.newest(kinds, limit))
    }

    #[tracing::instrument(skip(self))]
    pub async fn org(&self, slug: &str) -> Result<Option<OrgDetail>, StoreError> {
        statements::org_detail::detail(&self.db, slug).await
    }

    #[tracing::instrument(skip(self))]
    pub async fn list_items(&self, cat: Catalogue, q: &ListQuery, today: &str) -> Result<CatalogPage, StoreError> {
        let key = format!("{cat:?}|{today}|{q:?}");
        cached(&self.catalogues, key, statements::catalogues::list(&self.db, cat, q, today)).await
    }

    #[tracing::instrument(skip(self))]
    pub async fn item(&self, cat: Catalogue, slug: &str) -> Result<Option<ItemDetail>, StoreError> {
        statements::catalogues::detail(&self.db, cat, slug).await
    }

    /// The plan's indicators with actuals up to `this_year` and their status.
    #[tracing::instrument(skip(self))]
    pub async fn kpis(&self, this_year: i64) -> Result<Vec<crate::domain::kpi::KpiIndicator>, StoreError> {
        statements::kpi::all(&self.db, this_year).await
    }

    /// Names of the province's places by code (reference data, read once).
    pub async fn location_names(&self) -> Result<Arc<HashMap<String, String>>, StoreError> {
        let names = self
            .locations
            .get_or_try_init(|| async {
                let rows: Vec<(String, String)> =
                    sql::query_as("SELECT code, name_vi FROM locations").fetch_all(&self.db).await?;
                Ok::<_, StoreError>(Arc::new(rows.into_iter().collect()))
            })
            .await?;
        Ok(names.clone())
    }
}
