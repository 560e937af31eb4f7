use crate::domain::dto::{ItemCard, OrgCard, Page};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    pub orgs: Page<OrgCard>,
    /// Matching entries of each catalogue: (catalogue, total, first hits).
    pub items: Vec<(crate::domain::dto::Catalogue, u64, Vec<ItemCard>)>,
}

/// Name search across organisations and catalogues, without diacritics. The tantivy
/// search of the search issue replaces this with ranked full-text search.
#[server(prefix = "/srv", endpoint = "search", input = GetUrl)]
pub async fn search_names(search: String) -> Result<Option<SearchResults>, ServerFnError> {
    use crate::domain::dto::Catalogue;
    use crate::domain::{ListQuery, OrgKind};
    let mut q = ListQuery::parse(&search);
    if q.q.is_none() {
        return Ok(None);
    }
    q.filters.clear();
    let store = super::store();
    let orgs = store.list_orgs(OrgKind::ALL, &[], &q).await.map_err(super::internal)?.page;
    let today = crate::backend::today();
    let mut items = Vec::new();
    let first = ListQuery { per_page: 6, page: 1, ..q.clone() };
    for cat in Catalogue::ALL {
        let page = store.list_items(*cat, &first, &today).await.map_err(super::internal)?.page;
        if page.total_hits > 0 {
            items.push((*cat, page.total_hits, page.hits));
        }
    }
    Ok(Some(SearchResults { orgs, items }))
}
