//! `/collab/{id}`: a request as one party sees it — parties (contacts once accepted), subject,
//! state, the steps this viewer may take, the timeline and the message thread.

use super::super::manage::Select;
use super::super::not_found::NotFound;
use crate::components::form::{ErrorSummary, Field, TextArea, with_session};
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::account::FormState;
use crate::domain::collab::{AgreementType, CollabAction, CollabView, Party};
use crate::i18n::{collab, format, use_lang};
use crate::server_fns::collab::load_request;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn RequestPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id")).and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    let data = Resource::new(id, load_request);
    with_session(move |info| {
        let info = info.clone();
        view! {
            <Suspense fallback=Loading>
                {move || {
                    let info = info.clone();
                    Suspend::new(async move {
                        match (data.await, info.viewer.is_some()) {
                            (_, false) => view! { <div class="container narrow"><SignInPrompt next=format!("/collab/{}", id()) /></div> }.into_any(),
                            (Ok(Some(r)), true) => view! { <RequestView r info /> }.into_any(),
                            (Ok(None), true) => view! { <NotFound /> }.into_any(),
                            (Err(_), _) => view! { <div class="container"><LoadError /></div> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        }
    })
}

#[component]
fn PartyView(label: &'static str, party: Party) -> impl IntoView {
    let lang = use_lang();
    let c = lang.collab();
    let or_none = move |v: Option<String>| v.unwrap_or_else(|| c.none_given.to_string());
    view! {
        <div class="party" data-testid="party">
            <h3>{label}</h3>
            <p><a href=format!("/org/{}", party.slug)>{lang.text(&party.name)}</a></p>
            {party.contact.map(|ct| view! {
                <dl class="contact" data-testid="contact">
                    <dt>{c.contact_desk}</dt>
                    <dd>{or_none(ct.name)}" · "{or_none(ct.email)}" · "{or_none(ct.phone)}</dd>
                    {ct.person.map(|(name, email)| view! {
                        <dt>{c.contact_person}</dt>
                        <dd>{name}" · "<a href=format!("mailto:{email}")>{email.clone()}</a></dd>
                    })}
                </dl>
            })}
        </div>
    }
}

#[component]
fn RequestView(r: CollabView, info: crate::server_fns::account::SessionInfo) -> impl IntoView {
    let lang = use_lang();
    let c = lang.collab();
    let title = format!("{} #{}", c.request_word, r.id);
    let base = format!("/collab/{}", r.id);
    let shared = r.state.contacts_shared();
    let is_party = !r.sides.is_empty();
    view! {
        <Title text=title.clone() />
        <div class="container detail collab-request" data-testid="collab-request">
            <header class="detail-header">
                <p class="card-badges"><span class=format!("state-badge state-{}", r.state.as_str()) data-testid="collab-state">{collab::state(lang, r.state)}</span></p>
                <h1>{title}</h1>
                <p class="lead">
                    {collab::intent(lang, r.intent)}
                    {r.target.clone().map(|(t, href)| view! { " · "<a href=href>{lang.text(&t)}</a> })}
                </p>
            </header>
            <div class="detail-layout">
                <div class="detail-main">
                    <section class="panel">
                        <p class="hint">{c.sent_on}" "{format::date(&r.created_at)}</p>
                        <p class="pre-line" data-testid="collab-message">{r.message.clone()}</p>
                        {r.decline_reason.clone().map(|why| view! { <p><strong>{c.decline_reason}": "</strong>{why}</p> })}
                    </section>
                    <section class="panel" aria-labelledby="contacts-h">
                        <h2 id="contacts-h">{c.contacts_h}</h2>
                        {(!shared).then(|| view! { <p class="hint" data-testid="contacts-hidden">{c.contacts_hidden}</p> })}
                        <div class="parties">
                            <PartyView label=c.sender party=r.sender.clone() />
                            <PartyView label=c.receiver party=r.receiver.clone() />
                        </div>
                    </section>
                    {r.confidential.clone().map(|text| view! {
                        <section class="panel confidential" data-testid="confidential">
                            <h2>{c.confidential_h}</h2>
                            <p class="pre-line">{text}</p>
                        </section>
                    })}
                    {r.agreement.clone().map(|a| view! {
                        <section class="panel" data-testid="agreement">
                            <h2>{c.agreement_h}</h2>
                            <dl>
                                <dt>{c.agreement_type}</dt><dd>{collab::agreement_type(lang, a.agreement_type)}</dd>
                                <dt>{c.value}</dt><dd>{a.value_vnd.map(|v| format::vnd(lang, v)).unwrap_or_else(|| c.none_given.to_string())}</dd>
                                <dt>{c.signed_on}</dt><dd>{format::date(&a.signed_on)}</dd>
                            </dl>
                            {a.has_document.then(|| view! { <p><a href=format!("{base}/document") rel="external" data-testid="agreement-document">{c.download}</a></p> })}
                        </section>
                    })}
                    <Thread r=r.clone() form=info.form("collab_message") />
                </div>
                <aside class="detail-aside">
                    <section class="panel" aria-labelledby="actions-h" data-testid="collab-actions">
                        <h2 id="actions-h">{c.actions_h}</h2>
                        {if is_party {
                            view! { <Actions r=r.clone() step=info.form("collab_step") agreement=info.form("collab_agreement") /> }.into_any()
                        } else {
                            view! { <p class="hint">{c.admin_view}</p> }.into_any()
                        }}
                    </section>
                    <section class="panel" aria-labelledby="timeline-h">
                        <h2 id="timeline-h">{c.timeline_h}</h2>
                        <ol class="timeline" data-testid="timeline">
                            {r.timeline.iter().map(|t| view! {
                                <li>
                                    <strong>{collab::state(lang, t.to_state)}</strong>
                                    " · "<time datetime=t.at.clone()>{format::date_time(&t.at)}</time>
                                    {t.actor.clone().map(|a| view! { " · "{c.by}" "{a} })}
                                    {t.note.clone().map(|n| view! { <p class="pre-line">{n}</p> })}
                                </li>
                            }).collect_view()}
                        </ol>
                    </section>
                </aside>
            </div>
        </div>
    }
}

#[component]
fn Actions(r: CollabView, step: FormState, agreement: FormState) -> impl IntoView {
    let lang = use_lang();
    let c = lang.collab();
    if r.actions.is_empty() {
        return view! { <ErrorSummary form=step /><p class="hint">{c.no_actions}</p> }.into_any();
    }
    let base = format!("/collab/{}", r.id);
    let simple =
        r.actions.iter().filter(|a| matches!(a, CollabAction::Accept | CollabAction::Withdraw | CollabAction::Start));
    let buttons = simple
        .map(|a| {
            view! {
                <form method="post" action=format!("{base}/step") class="inline-form">
                    <input type="hidden" name="action" value=a.as_str() />
                    <button type="submit" class="button" data-testid=format!("step-{}", a.as_str())>{collab::action(lang, *a)}</button>
                </form>
            }
        })
        .collect_view();
    let with_note = r
        .actions
        .iter()
        .filter_map(|a| match a {
            CollabAction::Decline => Some((*a, c.decline_reason)),
            CollabAction::Close => Some((*a, c.close_note)),
            _ => None,
        })
        .map(|(a, label)| {
            let open = step.value("action") == a.as_str() && step.has_errors();
            view! {
                <details class="step-note" open=open>
                    <summary>{collab::action(lang, a)}</summary>
                    <form method="post" action=format!("{base}/step") class="stack" novalidate>
                        <input type="hidden" name="action" value=a.as_str() />
                        <TextArea form=if open { step.clone() } else { FormState::default() } name="note" label=label rows=3 maxlength=4000 />
                        <button type="submit" class="button button-secondary" data-testid=format!("step-{}", a.as_str())>{collab::action(lang, a)}</button>
                    </form>
                </details>
            }
        })
        .collect_view();
    let agree = r.actions.contains(&CollabAction::Agree).then(|| {
        let types: Vec<(String, String)> = AgreementType::ALL
            .iter()
            .map(|t| (t.as_str().to_string(), collab::agreement_type(lang, *t).to_string()))
            .collect();
        view! {
            <details class="step-note" open=agreement.has_errors()>
                <summary>{c.agree_h}</summary>
                <ErrorSummary form=agreement.clone() />
                <form method="post" action=format!("{base}/agreement") enctype="multipart/form-data" class="stack" data-testid="agreement-form" novalidate>
                    <Select form=agreement.clone() name="agreement_type" label=c.agreement_type options=types />
                    <Field form=agreement.clone() name="value_vnd" label=c.value hint=c.value_hint />
                    <Field form=agreement.clone() name="signed_on" label=c.signed_on hint=c.signed_on_hint kind="date" required=true />
                    <div class="field" class:field-invalid=agreement.error("document").is_some()>
                        <label for="f-document">{c.document}</label>
                        {agreement.error("document").map(|e| view! { <p class="field-error" id="f-document-error">{crate::i18n::account::form_error(lang, e)}</p> })}
                        <input type="file" id="f-document" name="document" accept="application/pdf,.pdf" />
                    </div>
                    <button type="submit" class="button" data-testid="step-agree">{c.record}</button>
                </form>
            </details>
        }
    });
    view! {
        <ErrorSummary form=step />
        <div class="button-row">{buttons}</div>
        {with_note}
        {agree}
    }
    .into_any()
}

#[component]
fn Thread(r: CollabView, form: FormState) -> impl IntoView {
    let lang = use_lang();
    let c = lang.collab();
    view! {
        <section class="panel" id="thread" aria-labelledby="thread-h" data-testid="thread">
            <h2 id="thread-h">{c.thread_h}</h2>
            {if r.messages.is_empty() {
                view! { <p class="hint">{c.no_messages}</p> }.into_any()
            } else {
                view! {
                    <ol class="messages">
                        {r.messages.iter().map(|m| view! {
                            <li class:mine=m.mine data-testid="message">
                                <p class="message-meta">
                                    <strong>{m.author.clone().unwrap_or_default()}</strong>" · "{lang.text(&m.org)}
                                    " · "<time datetime=m.at.clone()>{format::date_time(&m.at)}</time>
                                </p>
                                <p class="pre-line">{m.body.clone()}</p>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
            {if r.can_post {
                view! {
                    <ErrorSummary form=form.clone() />
                    <form method="post" action=format!("/collab/{}/messages", r.id) class="stack" data-testid="message-form" novalidate>
                        <TextArea form name="body" label=c.message_label rows=4 maxlength=4000 />
                        <button type="submit" class="button button-secondary">{c.post}</button>
                    </form>
                }.into_any()
            } else if !r.sides.is_empty() {
                view! { <p class="hint">{c.thread_closed}</p> }.into_any()
            } else {
                ().into_any()
            }}
        </section>
    }
}
