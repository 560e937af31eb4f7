//! The kind-specific part of an organisation page.

use crate::domain::dto::{OrgRef, Profile, Text};
use crate::i18n::{Label, format, use_lang};
use leptos::prelude::*;

#[component]
pub fn ProfileView(profile: Profile) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let labels = |items: Vec<&'static str>| items.join(" · ");
    let rows: Vec<(&'static str, AnyView)> = match profile {
        Profile::Startup { stage, team_size, needs, incubated_by, investors } => vec![
            (t.stage, view! { {stage.label(lang)} }.into_any()),
            (t.team_size, view! { {team_size.map(|n| format!("{n} {}", t.people))} }.into_any()),
            (t.looking_for, view! { {labels(needs.iter().map(|n| n.label(lang)).collect())} }.into_any()),
            (
                t.incubated_by,
                view! { <span data-testid="rel-incubator">{org_links(incubated_by.into_iter().collect())}</span> }
                    .into_any(),
            ),
            (t.investors_of, view! { <span data-testid="rel-investors">{org_links(investors)}</span> }.into_any()),
        ],
        Profile::Incubator { capacity, services, startups } => vec![
            (t.capacity, view! { {capacity.map(|n| format!("{n}"))} }.into_any()),
            (t.services, view! { {labels(services.iter().map(|s| s.label(lang)).collect())} }.into_any()),
            (t.incubated_startups, view! { <span data-testid="rel-startups">{org_links(startups)}</span> }.into_any()),
        ],
        Profile::Investor { investor_type, ticket_min_vnd, ticket_max_vnd, stages, portfolio } => {
            let ticket = match (ticket_min_vnd, ticket_max_vnd) {
                (Some(a), Some(b)) => Some(format!("{} – {}", format::vnd(lang, a), format::vnd(lang, b))),
                (Some(a), None) => Some(format!("≥ {}", format::vnd(lang, a))),
                (None, Some(b)) => Some(format!("≤ {}", format::vnd(lang, b))),
                (None, None) => None,
            };
            let portfolio = portfolio
                .into_iter()
                .map(|inv| {
                    let amount = inv.amount_vnd.map(|v| format!(" · {}", format::vnd(lang, v)));
                    view! {
                        <li>
                            <a href=format!("/org/{}", inv.startup.slug)>{lang.text(&inv.startup.name)}</a>
                            <span class="muted">{format!(" — {} {}", inv.round.label(lang), inv.year)}{amount}</span>
                        </li>
                    }
                })
                .collect_view();
            vec![
                (t.investor_type, view! { {investor_type.label(lang)} }.into_any()),
                (t.ticket, view! { {ticket} }.into_any()),
                (t.stages_invested, view! { {labels(stages.iter().map(|s| s.label(lang)).collect())} }.into_any()),
                (t.portfolio, view! { <ul class="plain" data-testid="rel-portfolio">{portfolio}</ul> }.into_any()),
            ]
        }
        Profile::Institute { research_areas, labs, researcher_count } => vec![
            (t.research_areas, text(lang, research_areas)),
            (t.labs, text(lang, labs)),
            (t.researchers, view! { {researcher_count.map(|n| format::number(lang, n.unsigned_abs()))} }.into_any()),
        ],
        Profile::Enterprise { size, industry, innovation_needs } => vec![
            (t.size, view! { {size.label(lang)} }.into_any()),
            (t.industry, text(lang, industry)),
            (t.innovation_needs, text(lang, innovation_needs)),
        ],
        Profile::Intermediary { services } => {
            vec![(t.services, view! { {labels(services.iter().map(|s| s.label(lang)).collect())} }.into_any())]
        }
        Profile::None => vec![],
    };
    (!rows.is_empty()).then(|| {
        view! {
            <section aria-labelledby="profile-h">
                <h2 id="profile-h">{t.profile}</h2>
                <dl class="profile">
                    {rows.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
                </dl>
            </section>
        }
    })
}

fn text(lang: crate::i18n::Lang, text: Text) -> AnyView {
    view! { {lang.text(&text)} }.into_any()
}

fn org_links(orgs: Vec<OrgRef>) -> AnyView {
    let lang = use_lang();
    if orgs.is_empty() {
        return view! { <span class="muted">{lang.t().none_yet}</span> }.into_any();
    }
    view! {
        <ul class="plain inline-list">
            {orgs
                .into_iter()
                .map(|o| view! { <li><a href=format!("/org/{}", o.slug)>{lang.text(&o.name)}</a></li> })
                .collect_view()}
        </ul>
    }
    .into_any()
}
