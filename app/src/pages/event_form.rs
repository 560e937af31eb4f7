//! `/events/new?org=` and `/events/{slug}/edit`: one form for an event's details, and on the
//! edit page its status (publish, unpublish, cancel). The server decides who may see them.

use super::manage::{SectorBoxes, Select};
use crate::components::form::{ErrorSummary, Field, TextArea, with_session};
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::EventType;
use crate::domain::events::{EventEdit, NewEvent, OrgEvent};
use crate::i18n::{Label, use_lang};
use crate::server_fns::account::SessionInfo;
use crate::server_fns::events::{load_event_edit, load_event_new};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

/// Waits for the session and `data`; asks a signed-out visitor to sign in, tells anyone the
/// server refused that this is not theirs.
fn frame<T, V, F>(next: String, data: Resource<Result<T, ServerFnError>>, render: F) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T, SessionInfo) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let s = use_lang().events();
    with_session(move |info| {
        let render = render.clone();
        let next = next.clone();
        view! {
            <Suspense fallback=Loading>
                {move || {
                    let (info, render, next) = (info.clone(), render.clone(), next.clone());
                    Suspend::new(async move {
                        match (data.await, info.viewer.is_some()) {
                            (Ok(d), _) => render(d, info).into_any(),
                            (Err(_), false) => view! { <SignInPrompt next /> }.into_any(),
                            (Err(e), true) if e.to_string().contains("internal") => view! { <LoadError /> }.into_any(),
                            (Err(_), true) => view! { <p class="notice notice-error" data-testid="not-organiser">{s.not_organiser}</p> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        }
    })
}

#[component]
pub fn EventNewPage() -> impl IntoView {
    let s = use_lang().events();
    let query = use_query_map();
    let org = move || query.with(|q| q.get("org")).unwrap_or_default();
    let data = Resource::new(org, load_event_new);
    view! {
        <Title text=s.create_event />
        <Meta name="robots" content="noindex, nofollow" />
        <div class="container narrow form-page">
            <h1>{s.create_event}</h1>
            <p class="lead">{s.create_event_lead}</p>
            {frame(format!("/events/new?org={}", org()), data, |new: NewEvent, info| {
                let s = use_lang().events();
                let lang = use_lang();
                match new.form {
                    Some(edit) => view! { <OrgEvents events=new.events /> <EventForm edit info /> }.into_any(),
                    None => view! {
                        {new.cannot_organise.then(|| view! { <p class="notice notice-error" data-testid="cannot-organise">{s.cannot_organise}</p> })}
                        {if new.choices.is_empty() {
                            view! { <p class="notice">{s.no_orgs}</p> }.into_any()
                        } else {
                            view! {
                                <p>{s.choose_org}</p>
                                <ul class="choices">
                                    {new.choices.into_iter().map(|(slug, name)| view! {
                                        <li><a href=format!("/events/new?org={slug}")>{lang.text(&name)}</a></li>
                                    }).collect_view()}
                                </ul>
                            }
                            .into_any()
                        }}
                    }
                    .into_any(),
                }
            })}
        </div>
    }
}

/// The organisation's events (drafts too), each linking to its edit page.
#[component]
fn OrgEvents(events: Vec<OrgEvent>) -> impl IntoView {
    let lang = use_lang();
    let s = lang.events();
    (!events.is_empty()).then(|| view! {
        <details class="panel org-events" data-testid="org-events">
            <summary>{s.my_events}" ("{events.len()}")"</summary>
            <ul class="choices">
                {events.into_iter().map(|e| {
                    let state = if e.cancelled { s.cancelled_badge } else if e.published { s.published_badge } else { s.draft_badge };
                    view! {
                        <li>
                            <a href=format!("/events/{}/edit", e.slug)>{lang.text(&e.title)}</a>
                            " · "{crate::i18n::format::date_time(&e.starts_at)}" · "{state}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    })
}

#[component]
pub fn EventEditPage() -> impl IntoView {
    let s = use_lang().events();
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug")).unwrap_or_default();
    let data = Resource::new(slug, load_event_edit);
    view! {
        <Title text=s.edit_title />
        <Meta name="robots" content="noindex, nofollow" />
        <div class="container narrow form-page">
            {frame(format!("/events/{}/edit", slug()), data, |edit: EventEdit, info| view! {
                <EventStatus edit=edit.clone() info=info.clone() />
                <EventForm edit info />
            })}
        </div>
    }
}

#[component]
fn EventStatus(edit: EventEdit, info: SessionInfo) -> impl IntoView {
    let lang = use_lang();
    let s = lang.events();
    let slug = edit.slug.clone().unwrap_or_default();
    let base = format!("/events/{slug}");
    let badge = if edit.cancelled {
        s.cancelled_badge
    } else if edit.published {
        s.published_badge
    } else {
        s.draft_badge
    };
    view! {
        <header class="page-header">
            <h1>{s.edit_title}": "{edit.fields.title_vi.clone()}</h1>
            <p>
                {s.create_for}": "<a href=format!("/org/{}", edit.org_slug)>{lang.text(&edit.org_name)}</a>
                " · "<strong data-testid="event-state">{badge}</strong>
            </p>
        </header>
        <section class="panel" aria-labelledby="status-h">
            <h2 id="status-h">{s.status_section}</h2>
            <ErrorSummary form=info.form("event_status") />
            <p>
                {s.registered_count}": "<strong>{edit.registered}</strong>
                " · "{s.waitlist_count}": "<strong>{edit.waitlisted}</strong>
                " · "<a href=format!("{base}/attendees")>{s.attendees}</a>
            </p>
            {if edit.published {
                view! { <p><a href=base.clone()>{s.view_public}</a></p> }.into_any()
            } else {
                view! { <p class="hint">{s.draft_hint}</p> }.into_any()
            }}
            {(!edit.cancelled).then(|| view! {
                <div class="button-row">
                    {if edit.published {
                        view! { <form method="post" action=format!("{base}/unpublish") class="inline-form"><button type="submit" class="button button-secondary">{s.unpublish}</button></form> }.into_any()
                    } else {
                        view! { <form method="post" action=format!("{base}/publish") class="inline-form"><button type="submit" class="button">{s.publish}</button></form> }.into_any()
                    }}
                    <form method="post" action=format!("{base}/cancel") class="inline-form">
                        <button type="submit" class="button button-warning" data-testid="cancel-event">{s.cancel_event}</button>
                    </form>
                </div>
                <p class="hint">{s.cancel_event_hint}</p>
            })}
        </section>
    }
}

/// The details form: create (`edit.slug` is `None`) or edit.
#[component]
fn EventForm(edit: EventEdit, info: SessionInfo) -> impl IntoView {
    let lang = use_lang();
    let s = lang.events();
    let form = info.form("event");
    let f = edit.fields;
    let types: Vec<(String, String)> =
        EventType::ALL.iter().map(|k| (k.as_str().to_string(), k.label(lang).to_string())).collect();
    let action = match &edit.slug {
        Some(slug) => format!("/events/{slug}/save"),
        None => "/events/create".to_string(),
    };
    let is_new = edit.slug.is_none();
    view! {
        <ErrorSummary form=form.clone() />
        <form method="post" action=action class="stack" data-testid="event-form" novalidate>
            {is_new.then(|| view! {
                <input type="hidden" name="org" value=edit.org_slug.clone() />
                <p>{s.create_for}": "<strong>{lang.text(&edit.org_name)}</strong></p>
            })}
            <Select form=form.clone() name="type" label=s.field_type options=types value=f.event_type />
            <Field form=form.clone() name="title_vi" label=s.field_title_vi value=f.title_vi required=true maxlength=200 />
            <Field form=form.clone() name="title_en" label=s.field_title_en value=f.title_en maxlength=200 />
            <TextArea form=form.clone() name="description_vi" label=s.field_description_vi hint=s.markdown_hint value=f.description_vi rows=8 maxlength=10000 />
            <TextArea form=form.clone() name="description_en" label=s.field_description_en value=f.description_en rows=6 maxlength=10000 />
            <Field form=form.clone() name="starts" label=s.field_starts hint=s.time_hint kind="datetime-local" value=f.starts required=true />
            <Field form=form.clone() name="ends" label=s.field_ends hint=s.time_hint kind="datetime-local" value=f.ends required=true />
            <Field form=form.clone() name="venue" label=s.field_venue hint=s.venue_hint value=f.venue required=true maxlength=300 />
            <Select form=form.clone() name="location" label=s.field_location options=edit.locations value=f.location_code />
            <Field form=form.clone() name="capacity" label=s.field_capacity hint=s.capacity_hint kind="number" value=f.capacity />
            <SectorBoxes form=form.clone() chosen=f.sectors />
            {if is_new {
                view! {
                    <div class="button-row">
                        <button type="submit" class="button" name="publish" value="1">{s.save_publish}</button>
                        <button type="submit" class="button button-secondary" name="publish" value="0">{s.save_draft}</button>
                    </div>
                }
                .into_any()
            } else {
                view! { <button type="submit" class="button">{s.save}</button> }.into_any()
            }}
        </form>
    }
}
