use crate::domain::search::{SearchResults, Suggestion};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Full-text search of everything public, from the page's query string (`q`, filters, sort,
/// page). `None` when there is nothing to search for yet.
#[server(prefix = "/srv", endpoint = "search", input = GetUrl)]
pub async fn search(search: String, english: bool) -> Result<Option<SearchResults>, ServerFnError> {
    use crate::domain::ListQuery;
    let q = ListQuery::parse(&search);
    if q.q.is_none() && q.filters.is_empty() {
        return Ok(None);
    }
    let state = expect_context::<crate::backend::state::AppState>();
    crate::backend::search::search(&state.searcher, &state.store, q, english).await.map(Some).map_err(super::internal)
}

/// Titles for the header box while the user types.
#[server(prefix = "/srv", endpoint = "suggest", input = GetUrl)]
pub async fn suggest(#[server(default)] q: String) -> Result<Vec<Suggestion>, ServerFnError> {
    let state = expect_context::<crate::backend::state::AppState>();
    crate::backend::search::suggest(&state.searcher, q).await.map_err(super::internal)
}
