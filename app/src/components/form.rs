//! Form pieces in the GOV.UK pattern: an error summary linking to the fields, labelled fields
//! with hints and inline messages, and the one-line confirmation after a POST. Values come back
//! from a refused POST (`FormState`), so nothing typed is lost.

use crate::domain::account::FormState;
use crate::i18n::account::{form_error, notice};
use crate::i18n::use_lang;
use leptos::prelude::*;

fn field_id(name: &str) -> String {
    format!("f-{name}")
}

/// The errors of a refused form, each linking to its field; form-wide ones as text.
#[component]
pub fn ErrorSummary(form: FormState) -> impl IntoView {
    let lang = use_lang();
    (form.has_errors()).then(|| {
        let items = form
            .errors
            .iter()
            .map(|(field, e)| {
                let msg = form_error(lang, *e);
                if field.is_empty() {
                    view! { <li>{msg}</li> }.into_any()
                } else {
                    view! { <li><a href=format!("#{}", field_id(field))>{msg}</a></li> }.into_any()
                }
            })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" tabindex="-1" data-testid="error-summary">
                <h2>{lang.account().error_summary}</h2>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// A confirmation carried by the flash.
#[component]
pub fn NoticeBanner(form: FormState) -> impl IntoView {
    let lang = use_lang();
    form.notice.map(|n| {
        view! { <div class="notice-banner" role="status" data-testid="notice">{notice(lang, n)}</div> }
    })
}

/// The frame of every field: label, hint and inline message. `input` draws the control, given
/// its id, the ids that describe it (for `aria-describedby`) and whether it was refused.
fn framed(
    form: &FormState,
    name: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    input: impl FnOnce(String, Option<String>, bool) -> AnyView,
) -> AnyView {
    let lang = use_lang();
    let id = field_id(name);
    let error = form.error(name).map(|e| form_error(lang, e));
    let described = [hint.map(|_| format!("{id}-hint")), error.map(|_| format!("{id}-error"))]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let control = input(id.clone(), (!described.is_empty()).then_some(described), error.is_some());
    view! {
        <div class="field" class:field-invalid=error.is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            {error.map(|e| view! { <p class="field-error" id=format!("{id}-error")>{e}</p> })}
            {control}
        </div>
    }
    .into_any()
}

/// A labelled input. `value` is the stored value; a refused form's typed value wins.
#[component]
pub fn Field(
    form: FormState,
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(optional, into)] value: String,
) -> impl IntoView {
    // Passwords are never sent back to the page.
    let shown = if kind == "password" { String::new() } else { form.values.get(name).cloned().unwrap_or(value) };
    framed(&form, name, label, hint, move |id, described, invalid| {
        view! {
            <input id=id name=name type=kind value=shown autocomplete=autocomplete required=required
                maxlength=maxlength.map(|m| m.to_string())
                aria-invalid=invalid.then_some("true") aria-describedby=described />
        }
        .into_any()
    })
}

/// A labelled multi-line text box.
#[component]
pub fn TextArea(
    form: FormState,
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = 5)] rows: u32,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(optional, into)] value: String,
) -> impl IntoView {
    let shown = form.values.get(name).cloned().unwrap_or(value);
    framed(&form, name, label, hint, move |id, described, invalid| {
        view! {
            <textarea id=id name=name rows=rows maxlength=maxlength.map(|m| m.to_string())
                aria-invalid=invalid.then_some("true") aria-describedby=described>{shown}</textarea>
        }
        .into_any()
    })
}

/// Renders `f` with the page's session (viewer, flash, providers) once it is loaded.
pub fn with_session<V, F>(f: F) -> impl IntoView
where
    V: IntoView + 'static,
    F: Fn(crate::server_fns::account::SessionInfo) -> V + Clone + Send + Sync + 'static,
{
    use crate::components::status::{LoadError, Loading};
    let session = crate::server_fns::account::use_session();
    view! {
        <Suspense fallback=Loading>
            {move || {
                let f = f.clone();
                Suspend::new(async move {
                    match session.await {
                        Ok(info) => f(info).into_any(),
                        Err(_) => view! { <LoadError /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
