//! The events' own pieces: upcoming/past tabs on `/events`, the registration box of an event
//! page, and the organisers' attendee list `/events/{slug}/attendees`. The create and edit
//! pages are in `event_form.rs`.

use crate::components::form::{ErrorSummary, with_session};
use crate::components::icons;
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::dto::Facet;
use crate::domain::events::{AttendeeList, EventPanel, RegStatus};
use crate::domain::{FacetKey, ListQuery};
use crate::i18n::{events::status, format, use_lang};
use crate::server_fns::account::SessionInfo;
use crate::server_fns::events::{load_attendees, load_event_panel};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

/// Takes the "when" facet out of `facets` and draws it as two tabs (upcoming is the default).
pub fn when_tabs(path: &'static str, search: &str, facets: &mut Vec<Facet>) -> AnyView {
    let lang = use_lang();
    let s = lang.events();
    let query = ListQuery::parse(search);
    let counts = facets.iter().position(|f| f.key == FacetKey::When).map(|i| facets.remove(i));
    let count =
        |v: &str| counts.as_ref().and_then(|f| f.values.iter().find(|x| x.value == v)).map(|x| x.count).unwrap_or(0);
    let current = query.filter(FacetKey::When).unwrap_or("upcoming").to_string();
    let tab = |value: &'static str, label: &'static str| {
        let selected = current == value;
        let href = format!("{path}{}", query.with_filter(FacetKey::When, Some(value)));
        view! {
            <li>
                <a href=href class:selected=selected aria-current=selected.then_some("page") data-testid=format!("tab-{value}")>
                    {label} " " <span class="count">{format::number(lang, count(value))}</span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="tabs" aria-label=s.tabs_label>
            <ul>{tab("upcoming", s.tab_upcoming)}{tab("past", s.tab_past)}</ul>
        </nav>
    }
    .into_any()
}

/// The registration box of an event page, with "add to calendar" and the organiser's links.
#[component]
pub fn EventBox(slug: String) -> impl IntoView {
    let key = slug.clone();
    let data = Resource::new(move || key.clone(), load_event_panel);
    with_session(move |info| {
        view! {
            <Suspense fallback=Loading>
                {move || {
                    let info = info.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(Some(panel)) => view! { <PanelView panel info /> }.into_any(),
                            Ok(None) => ().into_any(),
                            Err(_) => view! { <LoadError /> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        }
    })
}

#[component]
fn PanelView(panel: EventPanel, info: SessionInfo) -> impl IntoView {
    let lang = use_lang();
    let s = lang.events();
    let base = format!("/events/{}", panel.slug);
    let form = info.form("register");
    let full = panel.capacity.is_some_and(|c| panel.taken >= c);
    let places = match panel.capacity {
        Some(c) => view! {
            <dt>{s.places_left}</dt><dd data-testid="places-left">{format!("{} / {}", format::number(lang, (c - panel.taken).max(0) as u64), format::number(lang, c as u64))}</dd>
        }
        .into_any(),
        None => view! { <dt>{s.places_left}</dt><dd>{s.places_unlimited}</dd> }.into_any(),
    };
    let mine = panel.mine.clone();
    let may_register =
        !panel.cancelled && !panel.started && mine.as_ref().is_none_or(|m| m.status == RegStatus::Cancelled);
    let status_line = mine.as_ref().map(|m| {
        let text = match m.status {
            RegStatus::Registered => s.you_are_registered.to_string(),
            RegStatus::Attended => s.you_attended.to_string(),
            RegStatus::Waitlisted => format!("{} {}.", s.you_are_waitlisted, m.position.unwrap_or(0)),
            RegStatus::Cancelled => s.you_cancelled.to_string(),
        };
        view! { <p class="notice" data-testid="my-registration" data-status=m.status.as_str()>{text}</p> }
    });
    let may_cancel = !panel.started
        && !panel.cancelled
        && mine.as_ref().is_some_and(|m| matches!(m.status, RegStatus::Registered | RegStatus::Waitlisted));
    let register_form = may_register.then(|| match &info.viewer {
        None => view! { <p><a class="button" href=format!("/login?next={base}")>{s.sign_in_to_register}</a></p> }.into_any(),
        Some(v) if !v.email_verified => view! { <p class="notice">{s.verify_to_register}</p> }.into_any(),
        Some(v) => {
            let chosen = form.value("org");
            let orgs = v.memberships.clone();
            view! {
                <form method="post" action=format!("{base}/register") class="stack" data-testid="register-form">
                    <p>{s.register_as}" "<strong>{v.display_name.clone()}</strong>" ("{v.email.clone()}")"</p>
                    {full.then(|| view! { <p class="hint">{s.full}</p> })}
                    {(!orgs.is_empty()).then(|| view! {
                        <div class="field">
                            <label for="f-org">{s.field_org}</label>
                            <select id="f-org" name="org">
                                <option value="">{s.no_org}</option>
                                {orgs.into_iter().map(|m| {
                                    let id = m.org_id.to_string();
                                    let sel = id == chosen;
                                    view! { <option value=id selected=sel>{lang.text(&m.name)}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    })}
                    <button type="submit" class="button">{if full { s.waitlist_button } else { s.register_button }}</button>
                </form>
            }
            .into_any()
        }
    });
    view! {
        <section class="panel event-box" id="registration" aria-labelledby="registration-h" data-testid="event-box">
            <h2 id="registration-h">{s.registration}</h2>
            {panel.cancelled.then(|| view! { <p class="notice notice-error" role="status" data-testid="event-cancelled">{s.cancelled_banner}</p> })}
            <ErrorSummary form=form.clone() />
            <dl>
                {places}
                <dt>{s.registered_count}</dt><dd>{format::number(lang, panel.taken as u64)}</dd>
                {(panel.waitlisted > 0).then(|| view! { <dt>{s.waitlist_count}</dt><dd>{format::number(lang, panel.waitlisted as u64)}</dd> })}
            </dl>
            {status_line}
            {may_cancel.then(|| view! {
                <form method="post" action=format!("{base}/unregister") class="inline-form">
                    <button type="submit" class="button button-secondary" data-testid="unregister">{s.cancel_registration}</button>
                </form>
            })}
            {(panel.started && !panel.cancelled).then(|| view! { <p class="hint">{s.started}</p> })}
            {register_form}
            <p class="add-to-calendar">
                <a href=format!("{base}/calendar.ics") download data-testid="add-to-calendar">{icons::calendar()}{s.add_to_calendar}</a>
                <span class="hint">" "{s.add_to_calendar_hint}</span>
            </p>
            {panel.can_manage.then(|| view! {
                <div class="organiser-tools" data-testid="organiser-tools">
                    <h3>{s.organiser_tools}</h3>
                    <p>
                        <a class="button button-secondary" href=format!("{base}/edit")>{s.edit_event}</a>" "
                        <a class="button button-secondary" href=format!("{base}/attendees")>{s.attendees}</a>
                    </p>
                </div>
            })}
        </section>
    }
}

/// `/events/{slug}/attendees`: for the organiser's managers (and admins).
#[component]
pub fn AttendeesPage() -> impl IntoView {
    let lang = use_lang();
    let s = lang.events();
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug")).unwrap_or_default();
    let data = Resource::new(slug, load_attendees);
    view! {
        <Title text=s.attendees />
        <Meta name="robots" content="noindex, nofollow" />
        <div class="container attendees">
            {with_session(move |info| {
                let info = info.clone();
                view! {
                    <Suspense fallback=Loading>
                        {move || {
                            let info = info.clone();
                            Suspend::new(async move {
                                match (data.await, info.viewer.is_some()) {
                                    (Ok(list), _) => view! { <AttendeeTable list info /> }.into_any(),
                                    (Err(_), false) => view! { <SignInPrompt next=format!("/events/{}/attendees", slug()) /> }.into_any(),
                                    (Err(_), true) => view! { <p class="notice notice-error" data-testid="not-organiser">{s.not_organiser}</p> }.into_any(),
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
fn AttendeeTable(list: AttendeeList, info: SessionInfo) -> impl IntoView {
    let lang = use_lang();
    let s = lang.events();
    let base = format!("/events/{}", list.slug);
    let counts = [RegStatus::Registered, RegStatus::Attended, RegStatus::Waitlisted, RegStatus::Cancelled]
        .map(|st| (status(lang, st), list.count(st)));
    let mut waiting = 0;
    let rows = list
        .rows
        .iter()
        .map(|a| {
            let position = (a.status == RegStatus::Waitlisted).then(|| {
                waiting += 1;
                waiting.to_string()
            });
            let toggle = match a.status {
                RegStatus::Registered => Some(("1", s.mark_attended)),
                RegStatus::Attended => Some(("0", s.unmark_attended)),
                _ => None,
            };
            let action = format!("{base}/attendance/{}", a.id);
            view! {
                <tr data-status=a.status.as_str()>
                    <td>{a.name.clone()}</td>
                    <td>{a.email.clone()}</td>
                    <td>{a.org.clone().unwrap_or_default()}</td>
                    <td>{status(lang, a.status)}</td>
                    <td>{position}</td>
                    <td>{format::date_time(&a.registered_at)}</td>
                    <td>{toggle.map(|(value, label)| view! {
                        <form method="post" action=action class="inline-form">
                            <input type="hidden" name="attended" value=value />
                            <button type="submit" class="link-button">{label}</button>
                        </form>
                    })}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = list.rows.is_empty();
    view! {
        <nav class="breadcrumbs" aria-label="breadcrumb"><a href=base.clone()>{lang.text(&list.title)}</a></nav>
        <header class="page-header">
            <h1>{s.attendees}": "{lang.text(&list.title)}</h1>
            <p>{format::date_time(&list.starts_at)}</p>
        </header>
        <ErrorSummary form=info.form("attendees") />
        <ul class="counts" data-testid="attendee-counts">
            {counts.into_iter().map(|(label, n)| view! { <li>{label}": "<strong>{n}</strong></li> }).collect_view()}
            {list.capacity.map(|c| view! { <li>{s.field_capacity}": "<strong>{c}</strong></li> })}
        </ul>
        <p class="downloads">
            <a class="button button-secondary" href=format!("{base}/attendees.csv") download>{s.export_csv}</a>" "
            <a class="button button-secondary" href=format!("{base}/attendees.xlsx") download>{s.export_xlsx}</a>
        </p>
        {if empty {
            view! { <p class="empty">{s.no_registrations}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table class="data-table" data-testid="attendee-table">
                        <thead><tr>
                            <th scope="col">{s.col_name}</th><th scope="col">{s.col_email}</th><th scope="col">{s.col_org}</th>
                            <th scope="col">{s.col_status}</th><th scope="col">{s.col_position}</th>
                            <th scope="col">{s.col_registered_at}</th><th scope="col">{s.col_action}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
    }
}
