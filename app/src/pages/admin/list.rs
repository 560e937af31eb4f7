//! What every admin list shares: the page driven by the URL's query string, and around a page
//! of rows the filter form, the result count, the table (or a line saying it is empty) and the
//! pager.

use super::admin_frame;
use crate::domain::account::Viewer;
use crate::domain::admin::{AdminPage, AdminQuery};
use crate::i18n::{format, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// An admin list at `path`: `fetch` reads the page the URL asks for, `table` shows it with
/// the filters it was read with.
pub(super) fn list_page<T, Fut, V>(
    path: &'static str,
    title: &'static str,
    lead: &'static str,
    fetch: impl Fn(String) -> Fut + Send + Sync + 'static,
    table: impl Fn(Viewer, AdminQuery, AdminPage<T>) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    Fut: Future<Output = Result<AdminPage<T>, ServerFnError>> + Send + 'static,
    V: IntoView + 'static,
{
    let location = use_location();
    let data = Resource::new(move || location.search.get(), fetch);
    admin_frame(path, title, lead, data, move |viewer, page| {
        let query = AdminQuery::parse(&location.search.get_untracked());
        table(viewer, query, page)
    })
}

/// The filter form and the count above the table of `children` (its rows) under `columns`,
/// and the pager below; `empty` (else the generic line) when nothing matched.
#[component]
pub(super) fn ListTable(
    path: &'static str,
    query: AdminQuery,
    q_label: &'static str,
    #[prop(optional)] options: Vec<(&'static str, &'static str)>,
    total: u64,
    pages: u32,
    columns: Vec<&'static str>,
    #[prop(optional)] empty: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let s = use_lang().admin();
    view! {
        <FilterForm path query=query.clone() q_label options />
        <ResultCount total />
        {if total == 0 {
            view! { <p class="empty">{empty.unwrap_or(s.empty)}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table class="admin-table">
                        <thead>
                            <tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr>
                        </thead>
                        <tbody>{children()}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
        <AdminPager path query pages />
    }
}

/// A list's filter form (GET): a text box and, where the list has one, a choice of `options`
/// (value, label; the first is "all" with an empty value).
#[component]
fn FilterForm(
    path: &'static str,
    query: AdminQuery,
    q_label: &'static str,
    options: Vec<(&'static str, &'static str)>,
) -> impl IntoView {
    let s = use_lang().admin();
    let filtered = query.q.is_some() || query.filter.is_some();
    let current = query.filter.clone().unwrap_or_default();
    let choice = (!options.is_empty()).then(|| {
        view! {
            <div class="field">
                <label for="admin-filter">{s.filter_show}</label>
                <select id="admin-filter" name="filter">
                    {options
                        .into_iter()
                        .map(|(value, label)| view! { <option value=value selected=value == current>{label}</option> })
                        .collect_view()}
                </select>
            </div>
        }
    });
    view! {
        <form method="get" action=path class="admin-filters" role="search" data-testid="admin-filters">
            <div class="field">
                <label for="admin-q">{q_label}</label>
                <input id="admin-q" type="search" name="q" value=query.q.clone().unwrap_or_default() />
            </div>
            {choice}
            <button type="submit" class="button">{s.apply}</button>
            {filtered.then(|| view! { <a href=path>{s.clear}</a> })}
        </form>
    }
}

/// "N results".
#[component]
fn ResultCount(total: u64) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="result-count" data-testid="result-count">
            <strong>{format::number(lang, total)}</strong>" "{lang.admin().results}
        </p>
    }
}

/// The previous / next links keeping the filters. (`components::Pager` builds its links from
/// the public lists' query, so it cannot serve here.)
#[component]
fn AdminPager(path: &'static str, query: AdminQuery, pages: u32) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let page = query.page.min(pages.max(1));
    (pages > 1).then(|| {
        let prev = (page > 1).then(|| query.href(path, page - 1));
        let next = (page < pages).then(|| query.href(path, page + 1));
        view! {
            <nav class="pager" data-testid="pager" aria-label=t.pagination>
                {prev.map(|href| view! { <a rel="prev" href=href>"← "{t.prev_page}</a> })}
                <span class="pager-status">
                    {format!("{} {} {} {}", t.page_word, format::number(lang, page.into()), t.of_word, format::number(lang, pages.into()))}
                </span>
                {next.map(|href| view! { <a rel="next" href=href>{t.next_page}" →"</a> })}
            </nav>
        }
    })
}
