//! The organisation directories: /incubators, /startups, /investors, /institutes,
//! /enterprises, /agencies.

use crate::components::list_page::list_or_error;
use crate::components::org_card::OrgCardView;
use crate::components::page_meta::PageMeta;
use crate::components::status::Loading;
use crate::domain::Directory;
use crate::i18n::{Label, use_lang};
use crate::server_fns::orgs::list_directory;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

#[component]
pub fn DirectoryPage(dir: Directory) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let location = use_location();
    let data = Resource::new(move || location.search.get(), move |search| list_directory(dir, search));
    let lead = match dir {
        Directory::Incubators => t.dir_incubators_lead,
        Directory::Startups => t.dir_startups_lead,
        Directory::Investors => t.dir_investors_lead,
        Directory::Institutes => t.dir_institutes_lead,
        Directory::Enterprises => t.dir_enterprises_lead,
        Directory::Agencies => t.dir_agencies_lead,
    };
    view! {
        <Title text=dir.label(lang) />
        <PageMeta title=dir.label(lang).to_string() description=lead.to_string() feed=Some(dir.as_str()) />
        <div class="container">
            <header class="page-header">
                <h1>{dir.label(lang)}</h1>
                <p class="lead">{lead}</p>
            </header>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    let result = data.await.map(|r| {
                        let cards = r.page.hits.into_iter().map(|org| view! { <OrgCardView org /> }).collect_view();
                        (r.page.total_hits, r.facets, cards.into_any())
                    });
                    list_or_error(dir.path(), &location.search.get_untracked(), result)
                })}
            </Suspense>
        </div>
    }
}
