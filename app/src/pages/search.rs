//! `/search?q=…`: ranked full-text search across everything public, with facets, sort and
//! pages, all in the URL (works without JavaScript).

use crate::components::list_page::ListPage;
use crate::components::page_meta::PageMeta;
use crate::components::search_hit::SearchHitView;
use crate::components::status::{LoadError, Loading};
use crate::domain::query::Sort;
use crate::domain::search::SearchResults;
use crate::domain::{FacetKey, ListQuery};
use crate::i18n::{Lang, format, use_lang};
use crate::server_fns::search::search;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;
use std::collections::HashMap;

#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let location = use_location();
    let data = Resource::new(move || location.search.get(), move |s| search(s, lang == Lang::En));
    let query = move || ListQuery::parse(&location.search.get());
    let title_of = move |search: &str| match ListQuery::parse(search).q {
        Some(q) => format!("{q} — {}", t.search_title),
        None => t.search_title.to_string(),
    };
    // The server renders the title after the page, when the router's location may be gone
    // already (reading it then panicked under load): it keeps the first reading.
    let first = title_of(&location.search.get_untracked());
    let title = move || location.search.try_with(|s| title_of(s)).unwrap_or_else(|| first.clone());
    view! {
        <Title text=title />
        <Meta name="robots" content="noindex, follow" />
        <PageMeta title=t.search_title.to_string() description=t.search_lead.to_string() />
        <div class="container">
            <header class="page-header">
                <h1>{t.search_title}</h1>
                <p class="lead">{t.search_lead}</p>
                <form method="get" action="/search" role="search" class="search-big">
                    <label class="visually-hidden" for="search-q">{t.search_label}</label>
                    <input id="search-q" name="q" type="search" data-testid="search-page-q"
                        value=move || query().q.unwrap_or_default() />
                    {move || (query().sort == Sort::Newest).then(|| view! { <input type="hidden" name="sort" value="newest" /> })}
                    <button type="submit" class="button">{t.search_button}</button>
                </form>
            </header>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    let search = location.search.get_untracked();
                    match data.await {
                        Ok(Some(results)) => results_view(lang, ListQuery::parse(&search), results),
                        Ok(None) => view! { <p class="search-intro">{t.search_intro}</p> }.into_any(),
                        Err(_) => view! { <LoadError /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

fn results_view(lang: Lang, query: ListQuery, results: SearchResults) -> AnyView {
    let t = lang.t();
    let places: HashMap<String, String> = results
        .facets
        .iter()
        .filter(|f| f.key == FacetKey::Location)
        .flat_map(|f| f.values.iter().filter_map(|v| Some((v.value.clone(), v.label.clone()?))))
        .collect();
    let did_you_mean = results.did_you_mean.clone().map(|suggestion| {
        let href =
            format!("/search{}", ListQuery { q: Some(suggestion.clone()), page: 1, ..query.clone() }.to_query_string());
        view! {
            <p class="did-you-mean" data-testid="did-you-mean">
                {t.did_you_mean} " " <a href=href><strong>{suggestion}</strong></a> "?"
            </p>
        }
    });
    let relaxed = results.relaxed.then(|| view! { <p class="notice" data-testid="relaxed">{t.search_relaxed}</p> });
    let took = format!("{} {} ms", t.search_took, format::number(lang, results.processing_time_ms));
    let hits = results
        .hits
        .into_iter()
        .map(|hit| {
            let place = hit.location.as_ref().and_then(|c| places.get(c).cloned());
            view! { <SearchHitView hit place /> }
        })
        .collect_view();
    view! {
        {did_you_mean}
        {relaxed}
        <ListPage path="/search" query total=results.total_hits facets=results.facets search=true>
            <p class="search-took">{took}</p>
            <div class="hit-list">{hits}</div>
        </ListPage>
    }
    .into_any()
}
