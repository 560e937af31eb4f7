//! `/`: the ecosystem at a glance.

use crate::components::icons;
use crate::components::item_card::ItemCardView;
use crate::components::page_meta::PageMeta;
use crate::components::status::{LoadError, Loading};
use crate::domain::dto::{Catalogue, HomeData, ItemCard};
use crate::domain::{Directory, Party};
use crate::i18n::{Label, format, use_lang};
use crate::server_fns::home::get_home;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let t = use_lang().t();
    let data = Resource::new(|| (), |_| get_home());
    view! {
        <Title text="" />
        <PageMeta title=t.site_name.to_string() description=t.home_lead.to_string() />
        <section class="hero">
            <div class="container">
                <h1>{t.home_title}</h1>
                <p class="lead">{t.home_lead}</p>
                <form method="get" action="/search" role="search" class="search-big">
                    <label class="visually-hidden" for="home-q">{t.search_label}</label>
                    <input id="home-q" name="q" type="search" placeholder=t.search_placeholder />
                    <button type="submit" class="button">{icons::search()} {t.search_button}</button>
                </form>
            </div>
        </section>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(home) => view! { <HomeView home /> }.into_any(),
                    Err(_) => view! { <div class="container"><LoadError /></div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn HomeView(home: HomeData) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let count_of =
        |d: Directory| -> u64 { home.kinds.iter().filter(|k| d.kinds().contains(&k.kind)).map(|k| k.count).sum() };
    let party_count = |p: Party| -> u64 { home.kinds.iter().filter(|k| k.kind.party() == p).map(|k| k.count).sum() };
    let parties = [
        (Party::State, t.party_state_desc, "/agencies"),
        (Party::Knowledge, t.party_knowledge_desc, "/institutes"),
        (Party::Business, t.party_business_desc, "/startups"),
        (Party::Connector, t.party_connector_desc, "/incubators"),
    ];
    let stats = [
        (home.offers, t.stat_offers, "/offers"),
        (home.challenges, t.stat_challenges, "/challenges"),
        (home.research, t.stat_research, "/research"),
        (home.agreements, t.stat_agreements, "/kpi"),
    ];
    view! {
        <div class="container">
            <section aria-labelledby="glance-h" class="home-section">
                <h2 id="glance-h">{t.home_directories}</h2>
                <ul class="count-grid">
                    {Directory::ALL
                        .iter()
                        .map(|d| {
                            view! {
                                <li>
                                    <a class="count-tile" href=d.path() data-testid=format!("count-{}", d.as_str())>
                                        <span class="count">{format::number(lang, count_of(*d))}</span>
                                        <span class="count-label">{d.label(lang)}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <ul class="stat-row">
                    {stats
                        .into_iter()
                        .map(|(n, label, href)| {
                            view! { <li><a href=href><strong>{format::number(lang, n)}</strong> " " {label}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </section>
            <section aria-labelledby="parties-h" class="home-section">
                <h2 id="parties-h">{t.home_three_party}</h2>
                <p class="lead">{t.home_three_party_lead}</p>
                <ul class="party-grid">
                    {parties
                        .into_iter()
                        .map(|(p, desc, href)| {
                            view! {
                                <li class=format!("party party-{p}")>
                                    <a href=href>
                                        <span class="party-count">{format::number(lang, party_count(p))}</span>
                                        <strong>{p.label(lang)}</strong>
                                        <span>{desc}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
            <Latest title=t.home_latest_offers items=home.latest_offers href=Catalogue::Offers.path() />
            <Latest title=t.home_latest_challenges items=home.latest_challenges href=Catalogue::Challenges.path() />
            {if home.upcoming_events.is_empty() {
                view! {
                    <section class="home-section">
                        <h2>{t.home_upcoming_events}</h2>
                        <p class="muted">{t.home_no_events}</p>
                    </section>
                }
                .into_any()
            } else {
                view! { <Latest title=t.home_upcoming_events items=home.upcoming_events href="/events?when=upcoming" /> }
                    .into_any()
            }}
        </div>
    }
}

#[component]
fn Latest(title: &'static str, items: Vec<ItemCard>, href: &'static str) -> impl IntoView {
    let t = use_lang().t();
    view! {
        <section class="home-section">
            <div class="section-head">
                <h2>{title}</h2>
                <a href=href>{t.see_all} {icons::arrow_right()}</a>
            </div>
            <div class="card-grid">
                {items.into_iter().map(|item| view! { <ItemCardView item /> }).collect_view()}
            </div>
        </section>
    }
}
