//! "Suggested for you": cards with the kind, a fit label and bar, and the reasons as chips.

use super::status::{LoadError, Loading};
use crate::domain::matching::{Reason, SubjectKind, SuggestedKind, Suggestion};
use crate::i18n::{Lang, matching, use_lang};
use crate::server_fns::matching::get_suggestions;
use leptos::prelude::*;

/// The section on a detail page; loads its suggestions itself.
#[component]
pub fn Suggestions(kind: SubjectKind, slug: String) -> impl IntoView {
    let lang = use_lang();
    let m = lang.matching();
    let lead = match kind {
        SubjectKind::Org => m.lead_org,
        SubjectKind::Offer => m.lead_offer,
        SubjectKind::Challenge => m.lead_challenge,
    };
    let data = Resource::new(move || slug.clone(), move |slug| get_suggestions(kind, slug));
    view! {
        <section class="match-suggestions" aria-labelledby="suggestions-h" data-testid="suggestions">
            <h2 id="suggestions-h">{m.title}</h2>
            <p class="lead">{lead}</p>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(list) => view! { <SuggestionList list /> }.into_any(),
                        Err(_) => view! { <LoadError /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// The cards, or a line saying there are none.
#[component]
pub fn SuggestionList(list: Vec<Suggestion>) -> impl IntoView {
    let m = use_lang().matching();
    if list.is_empty() {
        return view! { <p class="empty" data-testid="no-suggestions">{m.none}</p> }.into_any();
    }
    view! {
        <div class="card-grid compact">
            {list.into_iter().map(|s| view! { <SuggestionCard s /> }).collect_view()}
        </div>
    }
    .into_any()
}

fn kind_class(kind: SuggestedKind) -> String {
    match kind {
        SuggestedKind::Org(k) => format!("badge badge-kind kind-{}", k.party()),
        _ => "badge badge-group".to_string(),
    }
}

#[component]
fn SuggestionCard(s: Suggestion) -> impl IntoView {
    let lang = use_lang();
    let m = lang.matching();
    let percent = (s.score * 100.0).round().clamp(0.0, 100.0) as u32;
    let fit_class = format!("fit fit-{}", format!("{:?}", s.fit).to_lowercase());
    let reasons = s.reasons.clone();
    view! {
        <article class="card suggestion" data-testid="suggestion">
            <p class="card-badges"><span class=kind_class(s.kind)>{matching::kind_label(lang, s.kind)}</span></p>
            <h3><a class="card-title" href=s.href.clone()>{lang.text(&s.title)}</a></h3>
            {s.owner.as_ref().map(|o| view! { <p class="card-org">{m.by} " " {lang.text(o)}</p> })}
            <p class=fit_class>
                <span>{matching::fit_label(lang, s.fit)}</span>
                <span class="fit-bar" role="img" aria-label=format!("{percent}%")>
                    <span class=format!("fit-fill w{}", (percent / 10).min(10) * 10)></span>
                </span>
            </p>
            <ul class="chips reasons" aria-label=m.reasons_label data-testid="reasons">
                {reasons.iter().map(|r| view! { <ReasonChip lang r=r.clone() /> }).collect_view()}
            </ul>
        </article>
    }
}

#[component]
fn ReasonChip(lang: Lang, r: Reason) -> impl IntoView {
    let class = if matches!(r, Reason::KeyTerms(_)) { "chip chip-terms" } else { "chip" };
    view! { <li class=class>{matching::reason(lang, &r)}</li> }
}
