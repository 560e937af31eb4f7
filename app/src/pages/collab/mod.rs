//! Collaboration requests: the "request collaboration" entry points on offers, challenges and
//! organisations, the form (`/collab/new`), the request page (`/collab/{id}`) and an
//! organisation's inbox and sent box (`/org/{slug}/requests`).

mod inbox;
mod request;

pub use inbox::BoxPage;
pub use request::RequestPage;

use super::manage::Select;
use crate::components::form::{ErrorSummary, TextArea, with_session};
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::collab::{Intent, NewRequestTarget, TargetType};
use crate::i18n::{collab, use_lang};
use crate::server_fns::collab::{load_new_request, offer_confidential};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

/// A site path as the value of `?next=` (the characters that would end or split it escaped).
fn encode_next(path: &str) -> String {
    path.chars()
        .map(|c| match c {
            '%' => "%25".into(),
            '&' => "%26".into(),
            '=' => "%3D".into(),
            '?' => "%3F".into(),
            '#' => "%23".into(),
            '+' => "%2B".into(),
            ' ' => "%20".into(),
            c => c.to_string(),
        })
        .collect()
}

/// "Request collaboration" on an offer, a challenge (`kind`) or an organisation page:
/// signed-out visitors are sent to sign in and back; members of the target see nothing.
#[component]
pub fn RequestButton(kind: TargetType, slug: String, #[prop(optional)] owner_slug: Option<String>) -> impl IntoView {
    let c = use_lang().collab();
    let href = format!("/collab/new?{}={slug}", kind.as_str());
    with_session(move |info| {
        let href = href.clone();
        match info.viewer {
            None => {
                let next = encode_next(&href);
                view! { <p class="collab-cta"><a href=format!("/login?next={next}") data-testid="collab-sign-in">{c.sign_in_to_request}</a></p> }
                    .into_any()
            }
            Some(v) => {
                let own = owner_slug.as_ref().is_some_and(|o| v.memberships.iter().any(|m| &m.slug == o));
                let can = v.memberships.iter().any(|m| owner_slug.as_ref() != Some(&m.slug));
                (can && !own)
                    .then(|| view! { <p class="collab-cta"><a class="button" href=href data-testid="collab-request">{c.request_button}</a></p> })
                    .into_any()
            }
        }
    })
}

/// On an offer's page: its confidential details, for those allowed to see them (the server
/// decides; everyone else gets nothing, not even the heading).
#[component]
pub fn ConfidentialPanel(slug: String) -> impl IntoView {
    let c = use_lang().collab();
    let data = Resource::new(move || slug.clone(), offer_confidential);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data.await.ok().flatten().map(|text| view! {
                    <section class="panel confidential" data-testid="confidential">
                        <h2>{c.confidential_h}</h2>
                        <p class="hint">{c.confidential_note}</p>
                        <p class="pre-line">{text}</p>
                    </section>
                })
            })}
        </Suspense>
    }
}

#[component]
pub fn NewRequestPage() -> impl IntoView {
    let c = use_lang().collab();
    let location = use_location();
    let data = Resource::new(move || location.search.get(), load_new_request);
    view! {
        <Title text=c.new_title />
        <div class="container narrow form-page">
            <h1>{c.new_title}</h1>
            {with_session(move |info| {
                let info = info.clone();
                view! {
                    <Suspense fallback=Loading>
                        {move || {
                            let info = info.clone();
                            Suspend::new(async move {
                                let next = format!("/collab/new{}", location.search.get_untracked());
                                match (data.await, info.viewer.is_some()) {
                                    (_, false) => view! { <SignInPrompt next=encode_next(&next) /> }.into_any(),
                                    (Ok(Some(t)), true) => view! { <NewRequestForm t form=info.form("collab_new") /> }.into_any(),
                                    (Ok(None), true) => view! { <p class="notice notice-error" data-testid="target-unavailable">{c.target_unavailable}</p> }.into_any(),
                                    (Err(_), _) => view! { <LoadError /> }.into_any(),
                                }
                            })
                        }}
                    </Suspense>
                }
            })}
        </div>
    }
}

#[component]
fn NewRequestForm(t: NewRequestTarget, form: crate::domain::account::FormState) -> impl IntoView {
    let lang = use_lang();
    let c = lang.collab();
    if t.from_orgs.is_empty() {
        return view! {
            <div class="notice" data-testid="need-org">
                <p>{c.need_org}</p>
                <p><a class="button button-secondary" href="/orgs/new">{c.create_org}</a></p>
            </div>
        }
        .into_any();
    }
    let back = match t.kind {
        TargetType::Offer => format!("/offers/{}", t.slug),
        TargetType::Challenge => format!("/challenges/{}", t.slug),
        TargetType::Org => format!("/org/{}", t.slug),
    };
    // with one organisation, it is already chosen
    let only = if t.from_orgs.len() == 1 { t.from_orgs[0].0.to_string() } else { String::new() };
    let orgs: Vec<(String, String)> = t.from_orgs.iter().map(|(id, n)| (id.to_string(), lang.text(n))).collect();
    let intents: Vec<(String, String)> =
        Intent::ALL.iter().map(|i| (i.as_str().to_string(), collab::intent(lang, *i).to_string())).collect();
    view! {
        <p class="lead">{c.new_lead}</p>
        <dl class="summary-list">
            <dt>{c.to_label}</dt><dd>{lang.text(&t.to_org)}</dd>
            {(t.kind != TargetType::Org).then(|| view! {
                <dt>{collab::target_type(lang, t.kind)}</dt><dd><a href=back.clone()>{lang.text(&t.title)}</a></dd>
            })}
        </dl>
        <ErrorSummary form=form.clone() />
        <form method="post" action="/collab/send" class="stack" data-testid="collab-form" novalidate>
            <input type="hidden" name=t.kind.as_str() value=t.slug.clone() />
            <Select form=form.clone() name="from_org" label=c.field_from_org options=orgs value=only />
            <Select form=form.clone() name="intent" label=c.field_intent options=intents />
            <TextArea form=form name="message" label=c.field_message hint=c.message_hint rows=8 maxlength=4000 />
            <div class="button-row">
                <button type="submit" class="button">{c.send}</button>
                <a href=back>{c.cancel}</a>
            </div>
        </form>
    }
    .into_any()
}
