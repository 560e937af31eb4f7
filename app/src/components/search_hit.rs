//! One search result: what it is, its title, the passage that matched (highlighted without
//! raw HTML) and its key facts.

use super::badges::{SectorChips, VerifiedBadge};
use crate::domain::FacetKey;
use crate::domain::search::{DocGroup, SearchHit};
use crate::i18n::{Lang, format, labels, use_lang};
use leptos::prelude::*;

fn facts(lang: Lang, hit: &SearchHit) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(code) = &hit.type_code {
        out.push(labels::code(lang, FacetKey::Type, code));
    }
    out.extend(hit.stages.iter().map(|s| labels::code(lang, FacetKey::Stage, s)));
    if let Some(trl) = hit.trl {
        out.push(format!("TRL {trl}"));
    }
    if let Some(ip) = &hit.ip {
        out.push(labels::code(lang, FacetKey::Ip, ip));
    }
    out.extend(hit.coop.iter().map(|c| labels::code(lang, FacetKey::Coop, c)));
    if let Some(date) = &hit.date {
        out.push(match hit.group {
            DocGroup::Research => date.clone(),
            DocGroup::Event => format::date_time(date),
            _ => format::date(date),
        });
    }
    out
}

#[component]
pub fn SearchHitView(hit: SearchHit, place: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let kind = labels::code(lang, FacetKey::Kind, &hit.kind);
    let title = match (lang, &hit.title_en) {
        (Lang::En, Some(en)) => en.clone(),
        _ => hit.title.clone(),
    };
    let facts = facts(lang, &hit);
    let runs: Vec<AnyView> = hit
        .snippet
        .runs()
        .into_iter()
        .map(|(text, marked)| {
            let text = text.to_string();
            if marked { view! { <mark>{text}</mark> }.into_any() } else { text.into_any() }
        })
        .collect();
    view! {
        <article class="card search-hit" data-testid="search-hit" data-group=hit.group.as_str()>
            <p class="hit-kind">
                <span class=format!("badge badge-group group-{}", hit.group)>{kind}</span>
                <VerifiedBadge verified=hit.verified && hit.group == DocGroup::Org />
            </p>
            <h3><a class="card-title" href=hit.url.clone()>{title}</a></h3>
            {hit.owner.clone().map(|owner| view! { <p class="card-org">{t.published_by} ": " {owner}</p> })}
            <p class="snippet">{runs}</p>
            <ul class="facts">
                {place.map(|p| view! { <li>{p}</li> })}
                {facts.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}
            </ul>
            <SectorChips sectors=hit.sectors.clone() />
        </article>
    }
}
