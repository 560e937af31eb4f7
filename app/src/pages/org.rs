//! `/org/{slug}`: one organisation with its kind-specific profile and relations.

use super::not_found::NotFound;
use super::org_profile::ProfileView;
use crate::components::badges::{KindBadge, SampleBadge, SectorChips, VerifiedBadge};
use crate::components::icons;
use crate::components::item_card::ItemCardView;
use crate::components::page_meta::PageMeta;
use crate::components::status::{LoadError, Loading};
use crate::components::suggestions::Suggestions;
use crate::domain::dto::{ItemCard, OrgDetail};
use crate::domain::matching::SubjectKind;
use crate::i18n::{format, use_lang};
use crate::pages::manage::OrgActions;
use crate::server_fns::orgs::get_org;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn OrgPage() -> impl IntoView {
    let params = use_params_map();
    let data = Resource::new(move || params.read().get("slug").unwrap_or_default(), get_org);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(org)) => view! { <OrgView org /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(_) => view! { <div class="container"><LoadError /></div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn OrgView(org: OrgDetail) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let card = org.card;
    let name = lang.text(&card.name);
    let description = lang.text(&org.description_html);
    let short = lang.text(&card.short_description);
    let related = [
        (t.nav_offers, org.offers, "rel-offers"),
        (t.nav_challenges, org.challenges, "rel-challenges"),
        (t.nav_research, org.research, "rel-research"),
        (t.nav_programmes, org.programmes, "rel-programmes"),
        (t.nav_events, org.events, "rel-events"),
    ];
    let contact = [
        (t.contact_person, org.contact_name.clone(), None),
        (t.email, org.contact_email.clone(), org.contact_email.as_ref().map(|e| format!("mailto:{e}"))),
        (t.phone, org.contact_phone.clone(), org.contact_phone.as_ref().map(|p| format!("tel:{}", p.replace(' ', "")))),
        (t.website, org.website.clone(), org.website.clone()),
        (t.address, org.address.clone(), None),
    ];
    view! {
        <Title text=name.clone() />
        <PageMeta title=name.clone() description=short.clone() image=card.logo.clone() />
        <div class="container detail">
            <header class="detail-header">
                <p class="card-badges">
                    <KindBadge kind=card.kind />
                    <VerifiedBadge verified=card.verified />
                    <SampleBadge sample=card.sample />
                </p>
                {card.logo.clone().map(|src| view! { <img class="org-logo" src=src alt="" width="96" height="96" /> })}
                <h1>{name}</h1>
                <p class="lead">{short}</p>
                <ul class="facts">
                    {card.location.clone().map(|l| view! { <li>{icons::map_pin()}{l}</li> })}
                    {card.founded_year.map(|y| view! { <li>{t.founded} " " {y}</li> })}
                    {org.verified_at.clone().map(|d| view! { <li>{t.verified_on} " " {format::date(&d)}</li> })}
                </ul>
                <OrgActions slug=card.slug.clone() />
                <crate::pages::collab::RequestButton kind=crate::domain::collab::TargetType::Org slug=card.slug.clone() owner_slug=card.slug.clone() />
            </header>
            <div class="detail-layout">
                <div class="detail-main">
                    <section aria-labelledby="about-h">
                        <h2 id="about-h">{t.about}</h2>
                        <div class="prose" inner_html=description></div>
                    </section>
                    <ProfileView profile=org.profile />
                    <Suggestions kind=SubjectKind::Org slug=card.slug.clone() />
                    {related
                        .into_iter()
                        .filter(|(_, items, _)| !items.is_empty())
                        .map(|(title, items, id)| view! { <Related title items id /> })
                        .collect_view()}
                </div>
                <aside class="detail-aside">
                    <section class="panel" aria-labelledby="contact-h">
                        <h2 id="contact-h">{t.contact}</h2>
                        <dl>
                            {contact
                                .into_iter()
                                .filter_map(|(label, value, href)| Some((label, value?, href)))
                                .map(|(label, value, href)| {
                                    view! {
                                        <dt>{label}</dt>
                                        <dd>
                                            {match href {
                                                Some(h) => view! { <a href=h rel="nofollow noopener">{value}</a> }.into_any(),
                                                None => view! { <span>{value}</span> }.into_any(),
                                            }}
                                        </dd>
                                    }
                                })
                                .collect_view()}
                        </dl>
                    </section>
                    <section class="panel" aria-labelledby="sectors-h">
                        <h2 id="sectors-h">{t.sectors}</h2>
                        <SectorChips sectors=card.sectors linked=card.kind.directory().path() />
                    </section>
                </aside>
            </div>
        </div>
    }
}

#[component]
fn Related(title: &'static str, items: Vec<ItemCard>, id: &'static str) -> impl IntoView {
    view! {
        <section data-testid=id aria-labelledby=format!("{id}-h")>
            <h2 id=format!("{id}-h")>{title}</h2>
            <div class="card-grid compact">
                {items.into_iter().map(|item| view! { <ItemCardView item /> }).collect_view()}
            </div>
        </section>
    }
}
