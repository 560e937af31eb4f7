//! The frame shared by directories and catalogues: heading, filter sidebar, result count,
//! sort, results and pager — all driven by the URL.

use super::facet_list::{ActiveFilters, FacetList};
use super::icons;
use super::pager::Pager;
use super::status::LoadError;
use crate::domain::ListQuery;
use crate::domain::dto::Facet;
use crate::domain::query::Sort;
use crate::i18n::{format, use_lang};
use leptos::prelude::*;
use leptos_router::components::Form;

#[component]
pub fn ListPage(
    path: &'static str,
    query: ListQuery,
    total: u64,
    facets: Vec<Facet>,
    /// The search page: ordered by relevance, and its text box is in the page header.
    #[prop(optional)]
    search: bool,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    // Hidden inputs keep the other parameters when a GET form is submitted.
    let hidden = |q: &ListQuery, keep_q: bool, keep_sort: bool| {
        let mut fields: Vec<(String, String)> =
            q.filters.iter().map(|(k, v)| (k.as_str().to_string(), v.clone())).collect();
        if let (true, Some(text)) = (keep_q, &q.q) {
            fields.push(("q".into(), text.clone()));
        }
        if keep_sort && q.sort != Sort::Name {
            fields.push(("sort".into(), q.sort.as_str().into()));
        }
        fields.into_iter().map(|(n, v)| view! { <input type="hidden" name=n value=v /> }).collect_view()
    };
    let sort = query.sort;
    // Filters start open so that they work without JavaScript; on a phone, once the page is
    // interactive, they fold away so the results come first.
    let filters_ref = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        let narrow = window().inner_width().ok().and_then(|w| w.as_f64()).is_some_and(|w| w <= 900.0);
        if let (true, Some(details)) = (narrow, filters_ref.get()) {
            let _ = details.remove_attribute("open");
        }
    });
    let name_fields = hidden(&query, false, true);
    let sort_fields = hidden(&query, true, false);
    let name_value = query.q.clone().unwrap_or_default();
    view! {
        <div class="list-layout">
            <details class="filters" open node_ref=filters_ref>
                <summary class="filters-summary">{icons::filter()} {t.filters}</summary>
                <div class="filters-body">
                    {(!search).then(|| view! {
                        <Form method="GET" action=path>
                            <label for="list-q">{t.filter_by_name}</label>
                            <div class="input-row">
                                <input id="list-q" name="q" type="search" value=name_value />
                                <button type="submit" class="button-secondary">{t.apply}</button>
                            </div>
                            {name_fields}
                        </Form>
                    })}
                    <FacetList path query=query.clone() facets />
                </div>
            </details>
            <div class="results">
                <div class="results-bar">
                    <p class="result-count" data-testid="result-count" role="status">
                        <strong>{format::number(lang, total)}</strong> " " {t.results}
                    </p>
                    <Form method="GET" action=path attr:class="sort-form">
                        <label for="sort-select">{t.sort_label}</label>
                        <select id="sort-select" name="sort" data-testid="sort-select" on:change=submit_parent_form>
                            <option value=if search { "relevance" } else { "name" } selected=sort == Sort::Name>
                                {if search { t.sort_relevance } else { t.sort_name }}
                            </option>
                            <option value="newest" selected=sort == Sort::Newest>{t.sort_newest}</option>
                        </select>
                        {sort_fields}
                        <noscript><button type="submit" class="button-secondary">{t.apply}</button></noscript>
                    </Form>
                    <super::download::DownloadLinks path query=query.clone() />
                </div>
                <ActiveFilters path query=query.clone() />
                {children()}
                {(total == 0).then(|| view! { <p class="empty">{t.no_results}</p> })}
                <Pager path query total />
            </div>
        </div>
    }
}

/// Submits the select's form at once (progressive enhancement: without JavaScript the
/// form's own button does it).
fn submit_parent_form(ev: leptos::ev::Event) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        if let Some(form) =
            ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).and_then(|s| s.form())
        {
            let _ = form.request_submit();
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = ev;
}

/// A list page's body once its data has arrived: the list frame around the cards, or the
/// error notice. `search` is the page's URL query string.
pub fn list_or_error(
    path: &'static str,
    search: &str,
    result: Result<(u64, Vec<Facet>, AnyView), ServerFnError>,
) -> AnyView {
    match result {
        Ok((total, facets, cards)) => {
            let query = ListQuery::parse(search);
            view! {
                <ListPage path query total facets>
                    <div class="card-grid">{cards}</div>
                </ListPage>
            }
            .into_any()
        }
        Err(_) => view! { <LoadError /> }.into_any(),
    }
}
