use super::badges::{SampleBadge, SectorChips, VerifiedBadge};
use super::icons;
use crate::domain::FacetKey;
use crate::domain::dto::{Catalogue, ItemCard};
use crate::i18n::{format, labels, use_lang};
use leptos::prelude::*;

/// The key facts a card shows for its catalogue, already formatted.
pub fn key_facts(item: &ItemCard) -> Vec<String> {
    let lang = use_lang();
    let t = lang.t();
    let mut facts = Vec::new();
    if let Some(code) = &item.type_code {
        facts.push(labels::code(lang, FacetKey::Type, code));
    }
    match item.catalogue {
        Catalogue::Offers => {
            if let Some(trl) = item.trl {
                facts.push(format!("TRL {trl}"));
            }
            facts.push(match item.amount_vnd {
                Some(v) => format::vnd(lang, v),
                None => t.negotiable.to_string(),
            });
        }
        Catalogue::Challenges => {
            if let Some(status) = &item.status {
                facts.push(labels::code(lang, FacetKey::Status, status));
            }
            if let Some(d) = &item.date {
                facts.push(format!("{}: {}", t.deadline, format::date(d)));
            }
            if let Some(v) = item.amount_vnd {
                facts.push(format::vnd(lang, v));
            }
        }
        Catalogue::Research => {
            if let Some(d) = &item.date {
                facts.push(d.clone());
            }
        }
        Catalogue::Programmes => {
            if let Some(status) = &item.status {
                facts.push(labels::code(lang, FacetKey::Status, status));
            }
            if let Some(d) = &item.end_date {
                facts.push(format!("{}: {}", t.closes, format::date(d)));
            }
        }
        Catalogue::Events => {
            if let Some(d) = &item.date {
                facts.push(format::date_time(d));
            }
            if item.status.as_deref() == Some("cancelled") {
                facts.push(lang.events().cancelled_badge.to_string());
            }
        }
    }
    facts
}

#[component]
pub fn ItemCardView(item: ItemCard) -> impl IntoView {
    let lang = use_lang();
    let facts = key_facts(&item);
    let href = format!("{}/{}", item.catalogue.path(), item.slug);
    let is_event = item.catalogue == Catalogue::Events;
    view! {
        <article class="card item-card" data-testid="item-card">
            <h3><a class="card-title" href=href>{lang.text(&item.title)}</a></h3>
            <p class="card-org">
                <a href=format!("/org/{}", item.org.slug)>{lang.text(&item.org.name)}</a>
                <VerifiedBadge verified=item.org.verified />
                <SampleBadge sample=item.sample />
            </p>
            <p class="card-summary">{lang.text(&item.summary)}</p>
            <ul class="facts">
                {facts
                    .into_iter()
                    .enumerate()
                    .map(|(i, f)| {
                        view! { <li>{(is_event && i == 1).then(icons::calendar)}{f}</li> }
                    })
                    .collect_view()}
            </ul>
            <SectorChips sectors=item.sectors />
        </article>
    }
}
