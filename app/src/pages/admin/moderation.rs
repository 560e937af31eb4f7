//! `/admin/moderation`: listings sent for review, oldest first, each with a preview and the
//! three decisions. For moderators and admins (the admin frame admits admins only, so this page
//! has its own guard); the server refuses everyone else's POSTs in any case.

use super::AdminNav;
use crate::components::form::{ErrorSummary, with_session};
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::account::FormState;
use crate::domain::listing::{Action, ReviewItem};
use crate::domain::{IpStatus, ResearchType};
use crate::i18n::listing::{action_label, kind_label};
use crate::i18n::{Label, Lang, format, use_lang};
use crate::server_fns::listings::load_moderation;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn ModerationPage() -> impl IntoView {
    let lang = use_lang();
    let s = lang.listing();
    let data = Resource::new(|| (), |_| load_moderation());
    view! {
        <Title text=s.moderation_title />
        <Meta name="robots" content="noindex, nofollow" />
        <div class="container admin">
            {with_session(move |info| {
                let info = info.clone();
                view! {
                    <Suspense fallback=Loading>
                        {move || {
                            let info = info.clone();
                            Suspend::new(async move {
                                let admin = info.viewer.as_ref().is_some_and(|v| v.role.is_admin());
                                match (data.await, info.viewer.is_some()) {
                                    (Ok(Some(items)), _) => view! {
                                        {admin.then(|| view! { <AdminNav current="/admin/moderation" /> })}
                                        <header class="page-header"><h1>{s.moderation_title}</h1><p class="lead">{s.moderation_lead}</p></header>
                                        <Queue items form=info.form("moderation") />
                                    }.into_any(),
                                    (Ok(None), false) => view! { <SignInPrompt next="/admin/moderation".into() /> }.into_any(),
                                    (Ok(None), true) => view! {
                                        <header class="page-header"><h1>{s.not_allowed_title}</h1></header>
                                        <div class="notice notice-error" role="alert" data-testid="admin-not-allowed"><p>{s.not_allowed}</p></div>
                                    }.into_any(),
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

/// A fact's label and its value in the viewer's language.
fn fact(lang: Lang, key: &str, value: &str) -> Option<(&'static str, String)> {
    let s = lang.listing();
    Some(match key {
        "trl" => (s.f_trl, value.to_string()),
        "ip" => (s.f_ip_status, IpStatus::parse(value)?.label(lang).to_string()),
        "ip_number" => (s.f_ip_number, value.to_string()),
        "price" => (s.f_price, format::vnd(lang, value.parse().ok()?)),
        "negotiable" if value == "1" => (s.f_negotiable, s.fact_price_negotiable.to_string()),
        "funding" => (s.f_funding, format::vnd(lang, value.parse().ok()?)),
        "deadline" => (s.f_deadline, format::date(value)),
        "type" => (s.f_output_type, ResearchType::parse(value)?.label(lang).to_string()),
        "authors" => (s.f_authors, value.to_string()),
        "year" => (s.f_year, value.to_string()),
        "doi" => (s.f_doi, value.to_string()),
        _ => return None,
    })
}

#[component]
fn Queue(items: Vec<ReviewItem>, form: FormState) -> impl IntoView {
    let lang = use_lang();
    let s = lang.listing();
    if items.is_empty() {
        return view! { <p data-testid="moderation-empty">{s.moderation_empty}</p> }.into_any();
    }
    let refused_item = form.value("item");
    view! {
        <ol class="review-queue" data-testid="moderation-queue">
            {items.into_iter().map(|it| {
                let key = format!("{}-{}", it.kind.as_str(), it.id);
                let mine = refused_item == key;
                let f = if mine { form.clone() } else { FormState::default() };
                let note_id = format!("f-note-{key}");
                let facts = it.facts.iter().filter_map(|(k, v)| fact(lang, k, v)).collect::<Vec<_>>();
                view! {
                    <li class="panel review-item" data-testid=format!("review-{}", it.slug)>
                        <h2>{lang.text(&it.title)}</h2>
                        <p class="meta">
                            {kind_label(lang, it.kind)}{it.task_order.then(|| view! { " · "{s.task_order} })}
                            {it.edit.then(|| view! { " · "<span class="badge" data-testid="edit-of-live">{s.edit_of_live}</span> })}" · "
                            <a href=format!("/org/{}", it.org_slug)>{lang.text(&it.org_name)}</a>" ("
                            {if it.org_verified { s.verified_org } else { s.unverified_org }}") · "
                            {s.submitted}" "{format::date_time(&it.submitted_at)}
                        </p>
                        {it.live_title.clone().map(|t| view! {
                            <p class="meta" data-testid="live-title">{s.live_title}": “"{lang.text(&t)}"”"</p>
                        })}
                        <dl class="facts">
                            {facts.into_iter().map(|(l, v)| view! { <dt>{l}</dt><dd>{v}</dd> }).collect_view()}
                        </dl>
                        <div class="prose" inner_html=it.summary_html.clone()></div>
                        <ErrorSummary form=f.clone() />
                        <form method="post" action=format!("/admin/moderation/{}/{}", it.kind.as_str(), it.id) class="stack">
                            <div class="field" class:field-invalid=f.error("note").is_some()>
                                <label for=note_id.clone()>{s.f_note}</label>
                                <textarea id=note_id name="note" rows="3" maxlength="2000">{f.value("note")}</textarea>
                            </div>
                            <div class="button-row">
                                {[Action::Approve, Action::RequestChanges, Action::Reject].into_iter().map(|a| view! {
                                    <button type="submit" name="action" value=a.as_str()
                                        class=if a == Action::Approve { "button" } else { "button button-secondary" }>{action_label(lang, a)}</button>
                                }).collect_view()}
                            </div>
                        </form>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
    .into_any()
}
