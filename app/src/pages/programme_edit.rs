//! `/programmes/new?org=` and `/programmes/{slug}/edit`: a programme and its ordered
//! application questions, for the members of the organisation that runs it. Works without
//! JavaScript: questions are reordered by their numbers, and two blank rows add new ones.

use super::manage::{SectorBoxes, Select};
use crate::components::form::{ErrorSummary, Field, TextArea, with_session};
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::FacetKey;
use crate::domain::account::FormState;
use crate::domain::programmes::{Access, ProgrammeEdit, QuestionEdit};
use crate::i18n::{labels, use_lang};
use crate::server_fns::programmes::load_programme_edit;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// What a refusal means on these pages, shown in place of the form.
#[component]
pub fn Refused<T: 'static>(access: Access<T>, next: String) -> impl IntoView {
    let p = use_lang().prog();
    match access {
        Access::SignedOut => view! { <SignInPrompt next /> }.into_any(),
        Access::Forbidden => {
            view! { <p class="notice notice-error" data-testid="forbidden">{p.not_owner}</p> }.into_any()
        }
        _ => view! { <crate::pages::not_found::NotFound /> }.into_any(),
    }
}

#[component]
pub fn NewProgrammePage() -> impl IntoView {
    let query = use_query_map();
    let org = move || query.with(|q| q.get("org")).unwrap_or_default();
    let data = Resource::new(org, |org| load_programme_edit(org, String::new()));
    view! { <EditFrame data next=Signal::derive(move || format!("/programmes/new?org={}", org())) /> }
}

#[component]
pub fn EditProgrammePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug")).unwrap_or_default();
    let data = Resource::new(slug, |slug| load_programme_edit(String::new(), slug));
    view! { <EditFrame data next=Signal::derive(move || format!("/programmes/{}/edit", slug())) /> }
}

#[component]
fn EditFrame(data: Resource<Result<Access<ProgrammeEdit>, ServerFnError>>, next: Signal<String>) -> impl IntoView {
    let p = use_lang().prog();
    view! {
        <div class="container form-page">
            {with_session(move |info| {
                let form = info.form("programme");
                view! {
                    <Suspense fallback=Loading>
                        {move || {
                            let form = form.clone();
                            Suspend::new(async move {
                                match data.await {
                                    Ok(Access::Granted(edit)) => view! { <ProgrammeForm edit form /> }.into_any(),
                                    Ok(Access::Forbidden) => view! {
                                        <Title text=p.new_title />
                                        <p class="notice notice-error" data-testid="forbidden">{p.not_runner}</p>
                                    }.into_any(),
                                    Ok(other) => view! { <Refused access=other next=next.get_untracked() /> }.into_any(),
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

/// The question rows to draw: those typed in a refused form, else the stored ones and two
/// blank rows.
fn rows(form: &FormState, stored: &[QuestionEdit]) -> Vec<QuestionEdit> {
    let Some(n) = form.values.get("q_rows").and_then(|n| n.parse::<usize>().ok()) else {
        let mut out = stored.to_vec();
        out.extend([QuestionEdit { required: true, ..Default::default() }, QuestionEdit::default()]);
        return out;
    };
    (0..n.min(100))
        .map(|i| {
            let id = form.value(&format!("q_id-{i}")).parse().ok();
            QuestionEdit {
                id,
                prompt_vi: form.value(&format!("q_vi-{i}")),
                prompt_en: form.value(&format!("q_en-{i}")),
                required: form.value(&format!("q_required-{i}")) == "1",
                answered: stored.iter().any(|q| q.id == id && q.answered),
            }
        })
        .collect()
}

#[component]
fn ProgrammeForm(edit: ProgrammeEdit, form: FormState) -> impl IntoView {
    let lang = use_lang();
    let (p, a) = (lang.prog(), lang.account());
    let title = if edit.slug.is_some() { p.edit_title } else { p.new_title };
    let v = |k: &str| edit.fields.get(k).cloned().unwrap_or_default();
    let types: Vec<(String, String)> =
        edit.types.iter().map(|t| (t.as_str().to_string(), labels::code(lang, FacetKey::Type, t.as_str()))).collect();
    let action = match &edit.slug {
        Some(slug) => format!("/programmes/{slug}/save"),
        None => "/programmes/create".to_string(),
    };
    let published = match form.values.get("published") {
        Some(v) if !form.values.is_empty() => v == "1",
        _ => edit.published,
    };
    let rows = rows(&form, &edit.questions);
    let error = |name: String| form.error(&name).map(|e| crate::i18n::account::form_error(lang, e));
    let question_rows = rows
        .into_iter()
        .enumerate()
        .map(|(i, q)| {
            let (vi_id, en_id, order_id) = (format!("f-q_vi-{i}"), format!("f-q_en-{i}"), format!("f-q_order-{i}"));
            let vi_err = error(format!("q_vi-{i}"));
            let order = form.values.get(&format!("q_order-{i}")).cloned().unwrap_or_else(|| (i + 1).to_string());
            let heading = if q.id.is_some() { format!("{} {}", p.question_n, i + 1) } else { p.new_question.to_string() };
            view! {
                <fieldset class="question-row panel" data-testid="question-row">
                    <legend>{heading}</legend>
                    <input type="hidden" name="q_id" value=q.id.map(|n| n.to_string()).unwrap_or_default() />
                    <div class="field" class:field-invalid=vi_err.is_some()>
                        <label for=vi_id.clone()>{p.field_prompt}</label>
                        {vi_err.map(|e| view! { <p class="field-error" id=format!("{vi_id}-error")>{e}</p> })}
                        <input type="text" id=vi_id name="q_vi" value=q.prompt_vi maxlength="500" />
                    </div>
                    <div class="field">
                        <label for=en_id.clone()>{p.field_prompt_en}</label>
                        <input type="text" id=en_id name="q_en" value=q.prompt_en maxlength="500" />
                    </div>
                    <div class="question-flags">
                        <div class="field field-narrow">
                            <label for=order_id.clone()>{p.field_order}</label>
                            <input type="number" id=order_id name="q_order" value=order min="0" max="999" />
                        </div>
                        <div class="checkbox">
                            <input type="checkbox" id=format!("q-req-{i}") name="q_required" value=i.to_string() checked=q.required />
                            <label for=format!("q-req-{i}")>{p.field_required}</label>
                        </div>
                        {q.id.is_some().then(|| view! {
                            <div class="checkbox">
                                <input type="checkbox" id=format!("q-rm-{i}") name="q_remove" value=i.to_string()
                                    checked=form.value(&format!("q_remove-{i}")) == "1" />
                                <label for=format!("q-rm-{i}")>{p.field_remove}</label>
                            </div>
                        })}
                    </div>
                    {q.answered.then(|| view! { <p class="hint">{p.answered_note}</p> })}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <Title text=title />
        <header class="page-header">
            <h1>{title}</h1>
            <p>{p.on_behalf}": "<a href=format!("/org/{}", edit.org_slug)>{lang.text(&edit.org_name)}</a>
                {edit.slug.clone().map(|s| view! {
                    " · "<a href=format!("/programmes/{s}")>{a.view_public}</a>
                    " · "<a href=format!("/programmes/{s}/applications")>{p.board_link}</a>
                })}
            </p>
            {edit.slug.is_none().then(|| view! { <p class="lead">{p.new_lead}</p> })}
        </header>
        <ErrorSummary form=form.clone() />
        <form method="post" action=action class="stack" data-testid="programme-form" novalidate>
            <input type="hidden" name="org" value=edit.org_slug.clone() />
            <Field form=form.clone() name="title_vi" label=p.field_title value=v("title_vi") required=true maxlength=200 />
            <Field form=form.clone() name="title_en" label=p.field_title_en value=v("title_en") maxlength=200 />
            <Select form=form.clone() name="type" label=p.field_type options=types value=v("type") />
            {(edit.submitted_count > 0).then(|| view! { <p class="hint">{p.type_locked}</p> })}
            <TextArea form=form.clone() name="description_vi" label=p.field_description hint=a.markdown_hint value=v("description_vi") rows=6 maxlength=10000 />
            <TextArea form=form.clone() name="description_en" label=p.field_description_en value=v("description_en") rows=4 maxlength=10000 />
            <TextArea form=form.clone() name="eligibility_vi" label=p.field_eligibility hint=a.markdown_hint value=v("eligibility_vi") rows=4 maxlength=5000 />
            <TextArea form=form.clone() name="benefits_vi" label=p.field_benefits value=v("benefits_vi") rows=4 maxlength=5000 />
            <div class="field-pair">
                <Field form=form.clone() name="opens_on" label=p.field_opens value=v("opens_on") kind="date" required=true />
                <Field form=form.clone() name="closes_on" label=p.field_closes hint=p.closes_hint value=v("closes_on") kind="date" required=true />
            </div>
            <div class="field-pair">
                <Field form=form.clone() name="starts_on" label=p.field_starts value=v("starts_on") kind="date" />
                <Field form=form.clone() name="ends_on" label=p.field_ends value=v("ends_on") kind="date" />
            </div>
            <div class="field-pair">
                <Field form=form.clone() name="capacity" label=p.field_capacity value=v("capacity") kind="number" />
                <Field form=form.clone() name="funding_vnd" label=p.field_funding value=v("funding_vnd") />
            </div>
            <SectorBoxes form=form.clone() chosen=edit.sectors.clone() />
            <section aria-labelledby="questions-h" class="stack">
                <h2 id="questions-h">{p.questions_title}</h2>
                <p class="hint">{p.questions_lead}</p>
                {question_rows}
            </section>
            <div class="checkbox">
                <input type="checkbox" id="f-published" name="published" value="1" checked=published />
                <label for="f-published">{p.field_published}</label>
            </div>
            <button type="submit" class="button">{p.save}</button>
        </form>
    }
}
