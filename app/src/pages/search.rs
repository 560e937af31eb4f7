//! `/search?q=`: finds names across organisations and catalogues.

use crate::api::search::search_names;
use crate::components::item_card::ItemCardView;
use crate::components::org_card::OrgCardView;
use crate::components::pager::Pager;
use crate::components::status::{LoadError, Loading};
use crate::domain::ListQuery;
use crate::i18n::{Label, format, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let location = use_location();
    let data = Resource::new(move || location.search.get(), search_names);
    let query = move || ListQuery::parse(&location.search.get());
    view! {
        <Title text=t.search_title />
        <div class="container">
            <header class="page-header">
                <h1>{t.search_title}</h1>
                <p class="lead">{t.search_lead}</p>
                <form method="get" action="/search" role="search" class="search-big">
                    <label class="visually-hidden" for="search-q">{t.search_label}</label>
                    <input id="search-q" name="q" type="search" value=move || query().q.unwrap_or_default() />
                    <button type="submit" class="button">{t.search_button}</button>
                </form>
            </header>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(results)) => {
                            let q = ListQuery::parse(&location.search.get_untracked());
                            let total = results.orgs.total_hits;
                            let nothing = total == 0 && results.items.is_empty();
                            view! {
                                <section>
                                    <h2>{t.search_in_orgs} " (" {format::number(lang, total)} ")"</h2>
                                    <div class="card-grid">
                                        {results.orgs.hits.into_iter().map(|org| view! { <OrgCardView org /> }).collect_view()}
                                    </div>
                                    <Pager path="/search" query=q.clone() total />
                                </section>
                                {results
                                    .items
                                    .into_iter()
                                    .map(|(cat, n, hits)| {
                                        let more = format!("{}{}", cat.path(), ListQuery { filters: vec![], page: 1, ..q.clone() }.to_query_string());
                                        view! {
                                            <section>
                                                <h2>{cat.label(lang)} " (" {format::number(lang, n)} ")"</h2>
                                                <div class="card-grid">
                                                    {hits.into_iter().map(|item| view! { <ItemCardView item /> }).collect_view()}
                                                </div>
                                                <p><a href=more>{t.see_all}</a></p>
                                            </section>
                                        }
                                    })
                                    .collect_view()}
                                {nothing.then(|| view! { <p class="empty">{t.no_results}</p> })}
                            }
                            .into_any()
                        }
                        Ok(None) => ().into_any(),
                        Err(_) => view! { <LoadError /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}
