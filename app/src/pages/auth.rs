//! Signing in and up, and forgotten passwords: `/login`, `/signup`, `/password/forgot`,
//! `/password/reset`. Each form POSTs to its handler in `backend::actions::account`.

use crate::components::form::{ErrorSummary, Field, with_session};
use crate::i18n::use_lang;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LoginPage() -> impl IntoView {
    let lang = use_lang();
    let a = lang.account();
    let query = use_query_map();
    let next = move || query.with_untracked(|q| q.get("next")).unwrap_or_default();
    view! {
        <Title text=a.sign_in />
        <div class="container narrow form-page">
            <h1>{a.login_title}</h1>
            <p class="lead">{a.login_lead}</p>
            {with_session(move |info| {
                let form = info.form("login");
                let next = form.values.get("next").cloned().unwrap_or_else(next);
                let providers = info.providers.clone();
                let next_q: String = url_encode(&next);
                view! {
                    <ErrorSummary form=info.form("verify") />
                    <ErrorSummary form=form.clone() />
                    {info.viewer.as_ref().map(|v| view! {
                        <p class="notice">{a.signed_in_as}" "<strong>{v.email.clone()}</strong>". "<a href="/account">{a.account}</a></p>
                    })}
                    <form method="post" action="/auth/login" class="stack" data-testid="login-form" novalidate>
                        <input type="hidden" name="next" value=next />
                        <Field form=form.clone() name="email" label=a.field_email kind="email" autocomplete="email" required=true />
                        <Field form=form.clone() name="password" label=a.field_password kind="password" autocomplete="current-password" required=true />
                        <div class="checkbox">
                            <input type="checkbox" id="f-remember" name="remember" checked=form.values.contains_key("remember") />
                            <label for="f-remember">{a.remember_me}</label>
                        </div>
                        <button type="submit" class="button">{a.sign_in}</button>
                    </form>
                    <p><a href="/password/forgot">{a.forgot_link}</a></p>
                    <p>{a.no_account}" "<a href="/signup">{a.sign_up}</a></p>
                    {(!providers.is_empty()).then(|| view! {
                        <section class="providers" aria-labelledby="providers-h">
                            <h2 id="providers-h">{a.or_continue_with}</h2>
                            <ul class="provider-list">
                                {providers.into_iter().map(|(id, label)| {
                                    let href = format!("/auth/{id}/start?next={next_q}");
                                    view! { <li><a class="button button-secondary" rel="external" href=href data-provider=id>{a.continue_with}" "{label}</a></li> }
                                }).collect_view()}
                            </ul>
                        </section>
                    })}
                }
            })}
        </div>
    }
}

fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[component]
pub fn SignupPage() -> impl IntoView {
    let a = use_lang().account();
    view! {
        <Title text=a.sign_up />
        <div class="container narrow form-page">
            <h1>{a.signup_title}</h1>
            <p class="lead">{a.signup_lead}</p>
            {with_session(move |info| {
                let form = info.form("signup");
                view! {
                    <ErrorSummary form=form.clone() />
                    <form method="post" action="/auth/signup" class="stack" data-testid="signup-form" novalidate>
                        <Field form=form.clone() name="name" label=a.field_name autocomplete="name" required=true maxlength=100 />
                        <Field form=form.clone() name="email" label=a.field_email hint=a.email_hint kind="email" autocomplete="email" required=true />
                        <Field form=form.clone() name="password" label=a.field_password hint=a.password_hint kind="password" autocomplete="new-password" required=true />
                        <Field form=form.clone() name="confirm" label=a.field_confirm kind="password" autocomplete="new-password" required=true />
                        <button type="submit" class="button">{a.sign_up}</button>
                    </form>
                    <p>{a.have_account}" "<a href="/login">{a.sign_in}</a></p>
                }
            })}
        </div>
    }
}

#[component]
pub fn ForgotPage() -> impl IntoView {
    let a = use_lang().account();
    view! {
        <Title text=a.forgot_title />
        <div class="container narrow form-page">
            <h1>{a.forgot_title}</h1>
            <p class="lead">{a.forgot_lead}</p>
            {with_session(move |info| {
                let form = info.form("forgot");
                view! {
                    <ErrorSummary form=info.form("reset") />
                    <ErrorSummary form=form.clone() />
                    <form method="post" action="/auth/forgot" class="stack" novalidate>
                        <Field form=form.clone() name="email" label=a.field_email kind="email" autocomplete="email" required=true />
                        <button type="submit" class="button">{a.send_link}</button>
                    </form>
                }
            })}
        </div>
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let a = use_lang().account();
    let query = use_query_map();
    let token = move || query.with_untracked(|q| q.get("token")).unwrap_or_default();
    view! {
        <Title text=a.reset_title />
        <div class="container narrow form-page">
            <h1>{a.reset_title}</h1>
            <p class="lead">{a.reset_lead}</p>
            {with_session(move |info| {
                let form = info.form("reset");
                view! {
                    <ErrorSummary form=form.clone() />
                    <form method="post" action="/auth/reset" class="stack" novalidate>
                        <input type="hidden" name="token" value=token() />
                        <Field form=form.clone() name="password" label=a.field_new_password hint=a.password_hint kind="password" autocomplete="new-password" required=true />
                        <Field form=form.clone() name="confirm" label=a.field_confirm kind="password" autocomplete="new-password" required=true />
                        <button type="submit" class="button">{a.save_password}</button>
                    </form>
                }
            })}
        </div>
    }
}
