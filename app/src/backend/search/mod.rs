//! Full-text search on tantivy. One `Searcher` owns the index, its reader and its writer.
//!
//! The index is derived data: it lives in `{root}/{generation}/`, `{root}/CURRENT` names the
//! generation in use, and every commit records the last outbox row it reflects. A rebuild
//! writes a new generation and swaps `CURRENT`; a running server notices and switches.

pub mod check;
pub mod doc;
mod facets;
mod generation;
mod indexer;
pub mod keys;
pub mod pairs;
pub mod position;
mod query;
mod results;
pub mod schema;
mod service;
mod suggest;
#[cfg(test)]
#[allow(clippy::disallowed_methods)] // the tests look at the database directly
mod tests;

pub use generation::{Generation, RebuildStats};
pub use indexer::{apply_outbox, open_or_build, rebuild, spawn_indexer};
pub use service::{search, suggest};

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// Answers kept by `search_cached`, and for how long at most.
const CACHED_ANSWERS: u64 = 5_000;
const CACHE_TTL: Duration = Duration::from_secs(300);

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("search task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    #[error("no index has been built in {0}")]
    Missing(PathBuf),
    #[error("the index in {0} was built with another layout: run `ketnoi reindex`")]
    Outdated(PathBuf),
}

/// The search engine of a running server.
pub struct Searcher {
    root: PathBuf,
    current: RwLock<Arc<Generation>>,
    /// Recent answers, keyed by the index version they came from: a commit or a switched
    /// generation changes the key, so an answer is never staler than the index.
    cache: moka::sync::Cache<String, crate::domain::search::SearchResults>,
    /// Wakes the indexer after a write made through this process.
    pub wake: tokio::sync::Notify,
}

impl Searcher {
    /// Opens the generation `CURRENT` names under `root`.
    pub fn open(root: &Path) -> Result<Searcher, SearchError> {
        let name = generation::current_name(root)?.ok_or_else(|| SearchError::Missing(root.to_path_buf()))?;
        let generation = Generation::open(root, &name, true)?;
        generation::remove_older(root, &name);
        Ok(Searcher {
            root: root.to_path_buf(),
            current: RwLock::new(Arc::new(generation)),
            cache: moka::sync::Cache::builder().max_capacity(CACHED_ANSWERS).time_to_live(CACHE_TTL).build(),
            wake: Default::default(),
        })
    }

    /// The generation answering queries now (cheap: an `Arc` clone).
    pub fn generation(&self) -> Arc<Generation> {
        match self.current.read() {
            Ok(g) => g.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Switches to a generation a rebuild published, if there is a newer one. Returns whether
    /// it switched.
    pub fn follow_current(&self) -> Result<bool, SearchError> {
        let Some(name) = generation::current_name(&self.root)? else { return Ok(false) };
        if name == self.generation().name {
            return Ok(false);
        }
        let next = Arc::new(Generation::open(&self.root, &name, true)?);
        match self.current.write() {
            Ok(mut g) => *g = next,
            Err(poisoned) => *poisoned.into_inner() = next,
        }
        tracing::info!(generation = %name, "search index switched to a rebuilt generation");
        generation::remove_older(&self.root, &name);
        Ok(true)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether the generation in use is still on disk (an operator or a full clean-up may
    /// delete the index directory under a running server: reads go on from the open files, but
    /// nothing more can be committed there).
    pub fn on_disk(&self) -> bool {
        self.root.join(&self.generation().name).join("meta.json").is_file()
    }

    /// `search`, answered from the cache when the index has not changed since the same query.
    pub fn search_cached(
        &self,
        q: &crate::domain::ListQuery,
        english: bool,
    ) -> Result<crate::domain::search::SearchResults, SearchError> {
        let start = std::time::Instant::now();
        let generation = self.generation();
        let version = generation.reader.searcher().generation().generation_id();
        let key = format!("{}/{version}/{english}{}", generation.name, q.to_query_string());
        if let Some(mut hit) = self.cache.get(&key) {
            hit.processing_time_ms = start.elapsed().as_millis() as u64;
            return Ok(hit);
        }
        let results = self.search(q, english)?;
        self.cache.insert(key, results.clone());
        Ok(results)
    }
}
