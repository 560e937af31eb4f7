//! "Suggested for you": cards with the kind, a fit label and bar, and the reasons as chips.

use super::status::{LoadError, Loading};
use crate::domain::matching::{Fit, Reason, SubjectKind, SuggestedKind, Suggestion};
use crate::domain::query::encode;
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
    let subject = slug.clone();
    let data = Resource::new(move || slug.clone(), move |slug| get_suggestions(kind, slug));
    let here = leptos_router::hooks::use_location().pathname;
    view! {
        <section class="match-suggestions" aria-labelledby="suggestions-h" data-testid="suggestions">
            <h2 id="suggestions-h">{m.title}</h2>
            <p class="lead">{lead}</p>
            <Suspense fallback=Loading>
                {move || {
                    let subject = subject.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(s) => {
                                let feedback = s.member.then(|| Feedback { kind, slug: subject, next: here.get_untracked() });
                                view! { <SuggestionList list=s.list feedback /> }.into_any()
                            }
                            Err(_) => view! { <LoadError /> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}

/// What a member's cards need to send feedback: the page's subject, and the page to come
/// back to.
#[derive(Clone, Debug)]
pub struct Feedback {
    pub kind: SubjectKind,
    pub slug: String,
    pub next: String,
}

/// The cards, or a line saying there are none; a line first when none fits well. With
/// `feedback` (the viewer is a member), each card can be marked "not relevant".
#[component]
pub fn SuggestionList(list: Vec<Suggestion>, feedback: Option<Feedback>) -> impl IntoView {
    let m = use_lang().matching();
    if list.is_empty() {
        return view! { <p class="empty" data-testid="no-suggestions">{m.none}</p> }.into_any();
    }
    let only_fair = list.iter().all(|s| s.fit == Fit::Fair);
    view! {
        {only_fair.then(|| view! { <p class="note" data-testid="only-fair">{m.only_fair}</p> })}
        <div class="card-grid compact">
            {list.into_iter().map(|s| view! { <SuggestionCard s feedback=feedback.clone() /> }).collect_view()}
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

/// A member's link goes through `/match/open`, which counts the opening (outside the
/// client-side router: `rel="external"`).
fn opening(s: &Suggestion, f: &Feedback) -> String {
    format!(
        "/match/open?kind={}&slug={}&target={}&to={}",
        f.kind.code(),
        encode(&f.slug),
        encode(&s.target),
        encode(&s.href)
    )
}

#[component]
fn SuggestionCard(s: Suggestion, feedback: Option<Feedback>) -> impl IntoView {
    let lang = use_lang();
    let m = lang.matching();
    let percent = (s.score * 100.0).round().clamp(0.0, 100.0) as u32;
    let fit_class = format!("fit fit-{}", format!("{:?}", s.fit).to_lowercase());
    let reasons = s.reasons.clone();
    let link = match &feedback {
        Some(f) => {
            view! { <a class="card-title" rel="external" href=opening(&s, f)>{lang.text(&s.title)}</a> }.into_any()
        }
        None => view! { <a class="card-title" href=s.href.clone()>{lang.text(&s.title)}</a> }.into_any(),
    };
    let dismiss = feedback.map(|f| {
        view! {
            <form method="post" action="/match/dismiss" class="inline-form dismiss">
                <input type="hidden" name="kind" value=f.kind.code() />
                <input type="hidden" name="slug" value=f.slug />
                <input type="hidden" name="target" value=s.target.clone() />
                <input type="hidden" name="next" value=f.next />
                <button type="submit" class="link-button" title=m.dismiss_title data-testid="dismiss">
                    {m.dismiss}
                </button>
            </form>
        }
    });
    view! {
        <article class="card suggestion" data-testid="suggestion">
            <p class="card-badges"><span class=kind_class(s.kind)>{matching::kind_label(lang, s.kind)}</span></p>
            <h3>{link}</h3>
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
            {dismiss}
        </article>
    }
}

#[component]
fn ReasonChip(lang: Lang, r: Reason) -> impl IntoView {
    let class = if matches!(r, Reason::KeyTerms(_)) { "chip chip-terms" } else { "chip" };
    view! { <li class=class>{matching::reason(lang, &r)}</li> }
}
