//! What pages and the JSON API call: searches run on the blocking pool (tantivy is
//! synchronous), place names filled in from the store.

use super::SearchError;
use super::Searcher;
use crate::backend::store::Store;
use crate::domain::search::{SearchResults, Suggestion};
use crate::domain::{FacetKey, ListQuery};
use std::sync::Arc;

/// Suggestions the header box shows at most.
pub const SUGGESTIONS: usize = 8;

pub async fn search(
    searcher: &Arc<Searcher>,
    store: &Store,
    q: ListQuery,
    english: bool,
) -> Result<SearchResults, SearchError> {
    let searcher = searcher.clone();
    let mut results = tokio::task::spawn_blocking(move || searcher.search_cached(&q, english)).await??;
    match store.location_names().await {
        Ok(names) => {
            for facet in results.facets.iter_mut().filter(|f| f.key == FacetKey::Location) {
                for value in &mut facet.values {
                    value.label = names.get(&value.value).cloned();
                }
            }
        }
        Err(e) => tracing::warn!(error = %e, "place names unavailable for search facets"),
    }
    Ok(results)
}

pub async fn suggest(searcher: &Arc<Searcher>, q: String) -> Result<Vec<Suggestion>, SearchError> {
    let searcher = searcher.clone();
    tokio::task::spawn_blocking(move || searcher.suggest(&q, SUGGESTIONS)).await?
}
