//! The catalogues: /offers, /challenges, /research, /programmes, /events and their detail
//! pages.

use super::not_found::NotFound;
use crate::components::badges::{SampleBadge, SectorChips, VerifiedBadge};
use crate::components::item_card::ItemCardView;
use crate::components::list_page::list_or_error;
use crate::components::page_meta::PageMeta;
use crate::components::status::{LoadError, Loading};
use crate::components::suggestions::Suggestions;
use crate::domain::dto::{Catalogue, ItemDetail};
use crate::domain::matching::SubjectKind;
use crate::domain::{CoopType, FacetKey};
use crate::i18n::{Label, Lang, format, labels, use_lang};
use crate::server_fns::catalogue::{get_item, list_catalogue};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map};

fn lead(lang: Lang, cat: Catalogue) -> &'static str {
    let t = lang.t();
    match cat {
        Catalogue::Offers => t.cat_offers_lead,
        Catalogue::Challenges => t.cat_challenges_lead,
        Catalogue::Research => t.cat_research_lead,
        Catalogue::Programmes => t.cat_programmes_lead,
        Catalogue::Events => t.cat_events_lead,
    }
}

#[component]
pub fn CataloguePage(cat: Catalogue) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let data = Resource::new(move || location.search.get(), move |search| list_catalogue(cat, search));
    view! {
        <Title text=cat.label(lang) />
        <PageMeta
            title=cat.label(lang).to_string()
            description=lead(lang, cat).to_string()
            feed=Some(cat.path().trim_start_matches('/'))
        />
        <div class="container">
            <header class="page-header">
                <h1>{cat.label(lang)}</h1>
                <p class="lead">{lead(lang, cat)}</p>
            </header>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    let search = location.search.get_untracked();
                    let mut tabs = None;
                    let result = data.await.map(|mut r| {
                        if cat == Catalogue::Events {
                            tabs = Some(super::events::when_tabs(cat.path(), &search, &mut r.facets));
                        }
                        let cards = r.page.hits.into_iter().map(|item| view! { <ItemCardView item /> }).collect_view();
                        (r.page.total_hits, r.facets, cards.into_any())
                    });
                    view! { {tabs} {list_or_error(cat.path(), &search, result)} }
                })}
            </Suspense>
        </div>
    }
}

#[component]
pub fn ItemPage(cat: Catalogue) -> impl IntoView {
    let params = use_params_map();
    let data = Resource::new(move || params.read().get("slug").unwrap_or_default(), move |slug| get_item(cat, slug));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(item)) => view! { <ItemView item /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(_) => view! { <div class="container"><LoadError /></div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The facts table of a detail page: (label, value).
fn facts(lang: Lang, d: &ItemDetail) -> Vec<(&'static str, String)> {
    let t = lang.t();
    let c = &d.card;
    let fact = |k: &str| d.facts.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
    let kind = c.type_code.as_deref().map(|v| labels::code(lang, FacetKey::Type, v));
    let status = c.status.as_deref().map(|v| labels::code(lang, FacetKey::Status, v));
    let money = |v: Option<i64>| v.map(|v| format::vnd(lang, v));
    let date = |v: &Option<String>| v.as_deref().map(format::date);
    let rows: Vec<(&'static str, Option<String>)> = match c.catalogue {
        Catalogue::Offers => vec![
            (t.trl, c.trl.map(|n| format!("TRL {n}"))),
            (t.ip_status, kind),
            (t.ip_number, fact("fact_1")),
            (
                t.cooperation,
                fact("fact_2").map(|codes| {
                    codes.split(',').filter_map(CoopType::parse).map(|k| k.label(lang)).collect::<Vec<_>>().join(" · ")
                }),
            ),
            (t.price, Some(money(c.amount_vnd).unwrap_or_else(|| t.negotiable.to_string()))),
            (t.published_on, date(&c.date)),
            (t.expires, date(&c.end_date)),
        ],
        Catalogue::Challenges => vec![
            (FacetKey::Type.label(lang), kind),
            (FacetKey::Status.label(lang), status),
            (t.deadline, date(&c.date)),
            (
                t.budget,
                match (fact("fact_1").and_then(|v| v.parse().ok()), fact("fact_2").and_then(|v| v.parse().ok())) {
                    (Some(a), Some(b)) => Some(format!("{} – {}", format::vnd(lang, a), format::vnd(lang, b))),
                    (a, b) => money(a.or(b)),
                },
            ),
            (t.funding, if c.type_code.as_deref() == Some("task_order") { money(c.amount_vnd) } else { None }),
            (t.trl, c.trl.map(|n| format!("≥ TRL {n}"))),
        ],
        Catalogue::Research => vec![
            (FacetKey::Type.label(lang), kind),
            (t.year, c.date.clone()),
            (t.authors, fact("fact_1")),
            (t.identifier, fact("fact_2")),
        ],
        Catalogue::Programmes => vec![
            (FacetKey::Type.label(lang), kind),
            (FacetKey::Status.label(lang), status),
            (t.opens, date(&c.date)),
            (t.closes, date(&c.end_date)),
            (t.starts, fact("fact_1").map(|d| format::date(&d))),
            (t.capacity, fact("fact_2")),
            (t.funding, money(c.amount_vnd)),
        ],
        Catalogue::Events => vec![
            (FacetKey::Type.label(lang), kind),
            (
                t.time,
                c.date.as_deref().map(|s| match c.end_date.as_deref() {
                    Some(e) => format!("{} – {}", format::date_time(s), format::date_time(e)),
                    None => format::date_time(s),
                }),
            ),
            (t.venue, fact("fact_1")),
            (t.capacity, fact("fact_2")),
        ],
    };
    rows.into_iter().filter_map(|(k, v)| Some((k, v?))).collect()
}

fn section_title(lang: Lang, key: &str) -> &'static str {
    let t = lang.t();
    match key {
        "summary" => t.section_summary,
        "problem" => t.section_problem,
        "advantages" => t.section_advantages,
        "applications" => t.section_applications,
        "desired_result" => t.section_desired_result,
        "constraints" => t.section_constraints,
        "evaluation" => t.section_evaluation,
        "abstract" => t.section_abstract,
        "eligibility" => t.section_eligibility,
        "benefits" => t.section_benefits,
        _ => t.section_description,
    }
}

#[component]
fn ItemView(item: ItemDetail) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let facts = facts(lang, &item);
    let card = item.card;
    let slug = card.slug.clone();
    let title = lang.text(&card.title);
    let summary = lang.text(&card.summary);
    let org_label = match card.catalogue {
        Catalogue::Offers => t.provider,
        Catalogue::Events => t.organiser,
        _ => t.posted_by,
    };
    // offers and challenges suggest partners (organisations' pages do the same)
    let subject = match card.catalogue {
        Catalogue::Offers => Some(SubjectKind::Offer),
        Catalogue::Challenges => Some(SubjectKind::Challenge),
        _ => None,
    };
    let related_title = match card.catalogue {
        Catalogue::Offers => t.related_research,
        Catalogue::Research => t.related_offers,
        _ => t.more_from_org,
    };
    view! {
        <Title text=title.clone() />
        <PageMeta title=title.clone() description=summary kind="article" />
        <div class="container detail">
            <nav class="breadcrumbs" aria-label="breadcrumb">
                <a href=card.catalogue.path()>{card.catalogue.label(lang)}</a>
            </nav>
            <header class="detail-header">
                <p class="card-badges"><SampleBadge sample=card.sample /></p>
                <h1>{title}</h1>
                <p class="detail-org">
                    {org_label} ": "
                    <a href=format!("/org/{}", card.org.slug)>{lang.text(&card.org.name)}</a>
                    <VerifiedBadge verified=card.org.verified />
                </p>
                {collab_target(card.catalogue).map(|kind| view! {
                    <crate::pages::collab::RequestButton kind slug=card.slug.clone() owner_slug=card.org.slug.clone() />
                })}
                <crate::pages::listings::EditLink cat=card.catalogue slug=card.slug.clone() org=card.org.slug.clone() />
            </header>
            <div class="detail-layout">
                <div class="detail-main">
                    {(card.catalogue == Catalogue::Offers).then(|| view! { <crate::pages::collab::ConfidentialPanel slug=card.slug.clone() /> })}
                    {item
                        .sections
                        .into_iter()
                        .map(|s| {
                            view! {
                                <section>
                                    <h2>{section_title(lang, &s.key)}</h2>
                                    <div class="prose" inner_html=lang.text(&s.html)></div>
                                </section>
                            }
                        })
                        .collect_view()}
                    {subject.map(|kind| view! { <Suggestions kind slug=card.slug.clone() /> })}
                    {(!item.related.is_empty()).then(|| view! {
                        <section>
                            <h2>{related_title}</h2>
                            <div class="card-grid compact">
                                {item.related.into_iter().map(|item| view! { <ItemCardView item /> }).collect_view()}
                            </div>
                        </section>
                    })}
                </div>
                <aside class="detail-aside">
                    {(card.catalogue == Catalogue::Programmes).then(|| view! {
                        <super::apply::ProgrammeActionsBox slug=slug.clone() />
                    })}
                    {(card.catalogue == Catalogue::Events).then(|| view! { <super::events::EventBox slug=card.slug.clone() /> })}
                    <section class="panel">
                        <dl>{facts.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}</dl>
                    </section>
                    <section class="panel">
                        <h2>{t.sectors}</h2>
                        <SectorChips sectors=card.sectors linked=card.catalogue.path() />
                    </section>
                </aside>
            </div>
        </div>
    }
}

/// The catalogues whose items take collaboration requests.
fn collab_target(cat: Catalogue) -> Option<crate::domain::collab::TargetType> {
    match cat {
        Catalogue::Offers => Some(crate::domain::collab::TargetType::Offer),
        Catalogue::Challenges => Some(crate::domain::collab::TargetType::Challenge),
        _ => None,
    }
}
