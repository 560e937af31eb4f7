//! Facet counts of a search. Each facet counts as if its own filter were not set, so every
//! number says what clicking that value would give (as the directory pages do).

use super::query::compose;
use super::schema::Fields;
use crate::domain::FacetKey;
use crate::domain::dto::{Facet, FacetValue};
use crate::domain::search::SEARCH_FACETS;
use tantivy::collector::{FacetCollector, FacetCounts};
use tantivy::query::Query;

/// Values listed per facet at most.
const MAX_VALUES: usize = 60;

/// A collector for the given facets.
pub fn collector(keys: impl IntoIterator<Item = FacetKey>) -> FacetCollector {
    let mut c = FacetCollector::for_field("facets");
    for key in keys {
        c.add_facet(tantivy::schema::Facet::from_path([key.as_str()]));
    }
    c
}

/// Facets whose filter is not set: counted with the main search itself.
pub fn unfiltered(filters: &[(FacetKey, String)]) -> Vec<FacetKey> {
    SEARCH_FACETS.iter().copied().filter(|k| !filters.iter().any(|(f, _)| f == k)).collect()
}

fn values(counts: &FacetCounts, key: FacetKey) -> Vec<FacetValue> {
    let mut out: Vec<FacetValue> = counts
        .get(tantivy::schema::Facet::from_path([key.as_str()]))
        .filter_map(|(facet, count)| {
            let value = facet.to_path().last()?.to_string();
            Some(FacetValue { value, label: None, count })
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    out.truncate(MAX_VALUES);
    out
}

/// All facets in page order: `main` holds the counts of the unfiltered ones; each filtered
/// one is counted by a search without its own filter.
pub fn all(
    searcher: &tantivy::Searcher,
    f: &Fields,
    main: &FacetCounts,
    text: Option<&dyn Query>,
    filters: &[(FacetKey, String)],
    today: i64,
) -> tantivy::Result<Vec<Facet>> {
    let mut out = Vec::new();
    for key in SEARCH_FACETS {
        let values = if filters.iter().any(|(k, _)| k == key) {
            let query = compose(f, text, filters, Some(*key), today);
            values(&searcher.search(&query, &collector([*key]))?, *key)
        } else {
            values(main, *key)
        };
        out.push(Facet { key: *key, values });
    }
    Ok(out)
}
