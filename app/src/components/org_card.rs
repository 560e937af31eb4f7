use super::badges::{KindBadge, SampleBadge, SectorChips, VerifiedBadge};
use super::icons;
use crate::domain::dto::OrgCard;
use crate::i18n::{Label, use_lang};
use leptos::prelude::*;

#[component]
pub fn OrgCardView(org: OrgCard) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let name = lang.text(&org.name);
    let initials: String = name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect();
    let facts = [
        org.stage.map(|s| s.label(lang).to_string()),
        org.investor_type.map(|s| s.label(lang).to_string()),
        org.founded_year.map(|y| format!("{} {y}", t.founded)),
    ];
    view! {
        <article class="card org-card" data-testid="org-card">
            <div class="card-head">
                {match org.logo.clone() {
                    Some(src) => view! { <img class="logo logo-image" src=src alt="" width="48" height="48" loading="lazy" /> }.into_any(),
                    None => view! { <span class=format!("logo party-{}", org.kind.party()) aria-hidden="true">{initials}</span> }.into_any(),
                }}
                <div>
                    <h3><a class="card-title" href=format!("/org/{}", org.slug)>{name}</a></h3>
                    <p class="card-badges">
                        <KindBadge kind=org.kind />
                        <VerifiedBadge verified=org.verified />
                        <SampleBadge sample=org.sample />
                    </p>
                </div>
            </div>
            <p class="card-summary">{lang.text(&org.short_description)}</p>
            <ul class="facts">
                {org.location.map(|l| view! { <li>{icons::map_pin()}{l}</li> })}
                {facts.into_iter().flatten().map(|f| view! { <li>{f}</li> }).collect_view()}
            </ul>
            <SectorChips sectors=org.sectors />
        </article>
    }
}
