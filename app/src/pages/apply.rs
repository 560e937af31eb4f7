//! The applicant's side: the apply box on a programme's page, the application form
//! `/programmes/{slug}/apply?org=` and an organisation's applications `/org/{slug}/applications`.

use super::programme_edit::Refused;
use crate::components::form::{ErrorSummary, with_session};
use crate::components::status::{LoadError, Loading};
use crate::domain::account::FormState;
use crate::domain::programmes::{Access, ApplicationState, ApplyPage, OrgApplications, Window};
use crate::i18n::programmes::state_label;
use crate::i18n::{format, use_lang};
use crate::server_fns::programmes::{load_apply, load_org_applications, load_programme_actions};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// A pipeline state as a badge.
#[component]
pub fn StateBadge(state: ApplicationState) -> impl IntoView {
    let lang = use_lang();
    view! { <span class=format!("state-badge state-{}", state.as_str()) data-testid="app-state">{state_label(lang, state)}</span> }
}

/// On `/programmes/{slug}`: "Apply" for eligible members, "edit" and "applications" for the
/// owner's members, a sign-in link for visitors.
#[component]
pub fn ProgrammeActionsBox(slug: String) -> impl IntoView {
    let lang = use_lang();
    let p = lang.prog();
    let key = slug.clone();
    let data = Resource::new(move || key.clone(), load_programme_actions);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let slug = slug.clone();
                Suspend::new(async move {
                    let Ok(actions) = data.await else { return ().into_any() };
                    let base = format!("/programmes/{slug}");
                    let signed_out = actions.window.is_none();
                    view! {
                        <section class="panel programme-actions" data-testid="programme-actions">
                            {signed_out.then(|| view! { <p><a class="button" href=format!("/login?next={base}")>{p.apply_sign_in}</a></p> })}
                            {actions.manage.then(|| view! {
                                <p>
                                    <a class="button button-secondary" href=format!("{base}/applications")>{p.board_link}</a>" "
                                    <a href=format!("{base}/edit")>{p.edit_link}</a>
                                </p>
                            })}
                            {match actions.window {
                                Some(Window::Closed) => view! { <p>{p.apply_closed}</p> }.into_any(),
                                Some(_) if actions.apply_as.is_empty() && !actions.manage => view! { <p class="hint">{p.apply_nobody}</p> }.into_any(),
                                _ => actions.apply_as.into_iter().map(|(org, name, state)| {
                                    let href = format!("{base}/apply?org={org}");
                                    let label = format!("{} — {}", p.apply, lang.text(&name));
                                    view! {
                                        <p>
                                            <a class="button" href=href data-testid="apply-link">{label}</a>
                                            {state.map(|s| view! { " "<StateBadge state=s /> })}
                                        </p>
                                    }
                                }).collect_view().into_any(),
                            }}
                        </section>
                    }
                    .into_any()
                })
            }}
        </Suspense>
    }
}

#[component]
pub fn ApplyFormPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let key =
        move || (params.with(|p| p.get("slug")).unwrap_or_default(), query.with(|q| q.get("org")).unwrap_or_default());
    let data = Resource::new(key, |(slug, org)| load_apply(slug, org));
    view! {
        <div class="container narrow form-page">
            {with_session(move |info| {
                let form = info.form("apply");
                view! {
                    <Suspense fallback=Loading>
                        {move || {
                            let form = form.clone();
                            Suspend::new(async move {
                                match data.await {
                                    Ok(Access::Granted(page)) => view! { <ApplyForm page form /> }.into_any(),
                                    Ok(Access::Forbidden) => view! {
                                        <p class="notice notice-error" data-testid="forbidden">{use_lang().prog().apply_nobody}</p>
                                    }.into_any(),
                                    Ok(other) => {
                                        let (slug, org) = key();
                                        view! { <Refused access=other next=format!("/programmes/{slug}/apply?org={org}") /> }.into_any()
                                    }
                                    Err(_) => view! { <LoadError /> }.into_any(),
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
fn ApplyForm(page: ApplyPage, form: FormState) -> impl IntoView {
    let lang = use_lang();
    let p = lang.prog();
    let title = lang.text(&page.programme_title);
    let base = format!("/programmes/{}", page.programme_slug);
    let editable = page.state == ApplicationState::Draft && page.window != Window::Closed;
    let window_note = match page.window {
        Window::Upcoming => Some(format!("{} {}", p.apply_upcoming, format::date(&page.opens_on))),
        Window::Closed if page.state == ApplicationState::Draft => Some(p.apply_closed.to_string()),
        _ => None,
    };
    let answers = page
        .questions
        .iter()
        .map(|q| {
            let name = format!("answer-{}", q.question_id);
            let id = format!("f-{name}");
            let prompt = lang.text(&q.prompt);
            let shown = form.values.get(&name).cloned().unwrap_or_else(|| q.answer.clone());
            if !editable {
                let shown = if shown.is_empty() { p.no_answer.to_string() } else { shown };
                return view! { <dt>{prompt}</dt><dd class="answer">{shown}</dd> }.into_any();
            }
            let error = form.error(&name).map(|e| crate::i18n::account::form_error(lang, e));
            view! {
                <div class="field" class:field-invalid=error.is_some()>
                    <label for=id.clone()>{prompt}{(!q.required).then(|| view! { " "<span class="hint">{p.optional}</span> })}</label>
                    {error.map(|e| view! { <p class="field-error" id=format!("{id}-error")>{e}</p> })}
                    <textarea id=id name=name rows="5" maxlength="5000" aria-invalid=error.is_some().then_some("true")>{shown}</textarea>
                </div>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <Title text=format!("{} · {title}", p.apply_title) />
        <header class="page-header">
            <p class="eyebrow">{p.apply_title}</p>
            <h1><a href=base.clone()>{title}</a></h1>
            <p>{p.your_application}" "<strong>{lang.text(&page.org_name)}</strong>" · "<StateBadge state=page.state />
                " · "{p.deadline}": "{format::date(&page.closes_on)}</p>
            {(!page.choices.is_empty()).then(|| view! {
                <p>{p.switch_org}": "{page.choices.iter().map(|(slug, name)| view! {
                    <a href=format!("{base}/apply?org={slug}")>{lang.text(name)}</a>" "
                }).collect_view()}</p>
            })}
        </header>
        {window_note.map(|n| view! { <p class="notice" data-testid="window-note">{n}</p> })}
        <ErrorSummary form=form.clone() />
        {if editable {
            view! {
                <form method="post" action=format!("{base}/apply") class="stack" data-testid="apply-form" novalidate>
                    <input type="hidden" name="org" value=page.org_slug.clone() />
                    {answers}
                    <p class="hint">{p.submit_hint}</p>
                    <div class="button-row">
                        <button type="submit" name="action" value="draft" class="button button-secondary">{p.save_draft}</button>
                        <button type="submit" name="action" value="submit" class="button">{p.submit}</button>
                    </div>
                </form>
            }
            .into_any()
        } else {
            view! {
                {page.submitted_at.clone().map(|at| view! { <p data-testid="read-only">{p.read_only}" "{p.submitted_on}" "{format::date(&at)}</p> })}
                <dl class="answers">{answers}</dl>
            }
            .into_any()
        }}
    }
}

#[component]
pub fn OrgApplicationsPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug")).unwrap_or_default();
    let data = Resource::new(slug, load_org_applications);
    view! {
        <div class="container">
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Access::Granted(list)) => view! { <OrgApplicationsList list /> }.into_any(),
                        Ok(other) => view! { <Refused access=other next=format!("/org/{}/applications", slug()) /> }.into_any(),
                        Err(_) => view! { <LoadError /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn OrgApplicationsList(list: OrgApplications) -> impl IntoView {
    let lang = use_lang();
    let p = lang.prog();
    view! {
        <Title text=p.my_apps_title />
        <header class="page-header">
            <h1>{p.my_apps_title}</h1>
            <p><a href=format!("/org/{}", list.org_slug)>{lang.text(&list.org_name)}</a></p>
        </header>
        {if list.items.is_empty() {
            view! { <p data-testid="no-applications">{p.my_apps_empty}</p> }.into_any()
        } else {
            view! {
                <table class="data-table" data-testid="org-applications">
                    <thead><tr>
                        <th scope="col">{p.programme}</th><th scope="col">{p.organiser}</th>
                        <th scope="col">{p.status}</th><th scope="col">{p.submitted_on}</th><th scope="col">{p.deadline}</th>
                    </tr></thead>
                    <tbody>
                        {list.items.into_iter().map(|a| {
                            let href = format!("/programmes/{}/apply?org={}", a.programme_slug, list.org_slug);
                            view! {
                                <tr>
                                    <td><a href=href>{lang.text(&a.programme_title)}</a></td>
                                    <td>{lang.text(&a.owner)}</td>
                                    <td><StateBadge state=a.state /></td>
                                    <td>{a.submitted_at.as_deref().map(format::date).unwrap_or_default()}</td>
                                    <td>{format::date(&a.closes_on)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
        }}
    }
}
