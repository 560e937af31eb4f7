//! `/account`: who you are, your organisations, e-mail confirmation and your password.

use crate::components::form::{ErrorSummary, Field, with_session};
use crate::components::sign_in_prompt::SignInPrompt;
use crate::domain::account::{MemberRole, PlatformRole, Viewer};
use crate::i18n::{Lang, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

pub fn role_label(lang: Lang, role: PlatformRole) -> &'static str {
    let a = lang.account();
    match role {
        PlatformRole::Admin => a.platform_admin,
        PlatformRole::Moderator => a.platform_moderator,
        PlatformRole::Member => a.platform_member,
    }
}

pub fn member_label(lang: Lang, role: MemberRole) -> &'static str {
    match role {
        MemberRole::Owner => lang.account().member_owner,
        MemberRole::Editor => lang.account().member_editor,
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let a = use_lang().account();
    view! {
        <Title text=a.account_title />
        <div class="container narrow form-page">
            <h1>{a.account_title}</h1>
            {with_session(move |info| match info.viewer.clone() {
                None => view! { <SignInPrompt next="/account".into() /> }.into_any(),
                Some(v) => {
                    let verify = info.form("verify");
                    let password = info.form("password");
                    let resend = info.form("resend");
                    view! {
                        <ErrorSummary form=verify />
                        <ErrorSummary form=resend />
                        <AccountSummary viewer=v.clone() />
                        <MyOrgs viewer=v />
                        <crate::pages::notifications::NotifyPreferences form=info.form("notify_prefs") />
                        <section aria-labelledby="pw-h" class="panel">
                            <h2 id="pw-h">{a.change_password}</h2>
                            <ErrorSummary form=password.clone() />
                            <form method="post" action="/auth/password" class="stack" data-testid="password-form" novalidate>
                                <Field form=password.clone() name="current" label=a.field_current_password kind="password" autocomplete="current-password" />
                                <Field form=password.clone() name="password" label=a.field_new_password hint=a.password_hint kind="password" autocomplete="new-password" required=true />
                                <Field form=password name="confirm" label=a.field_confirm kind="password" autocomplete="new-password" required=true />
                                <button type="submit" class="button">{a.save_password}</button>
                            </form>
                        </section>
                    }
                    .into_any()
                }
            })}
        </div>
    }
}

#[component]
fn AccountSummary(viewer: Viewer) -> impl IntoView {
    let lang = use_lang();
    let a = lang.account();
    view! {
        <section class="panel" data-testid="account-summary">
            <p>{a.signed_in_as}" "<strong data-testid="account-email">{viewer.email.clone()}</strong></p>
            <p>{viewer.display_name.clone()}" · "{a.role_label}": "{role_label(lang, viewer.role)}</p>
            {(!viewer.email_verified).then(|| view! {
                <div class="notice notice-warning" data-testid="unverified">
                    <p>{a.email_unverified}</p>
                    <form method="post" action="/auth/verify/resend">
                        <button type="submit" class="button button-secondary">{a.resend_verification}</button>
                    </form>
                </div>
            })}
            {viewer.role.is_admin().then(|| view! { <p><a class="button" href="/admin">{a.admin_area}</a></p> })}
        </section>
    }
}

#[component]
fn MyOrgs(viewer: Viewer) -> impl IntoView {
    let lang = use_lang();
    let a = lang.account();
    let orgs = viewer.memberships.clone();
    view! {
        <section class="panel" aria-labelledby="orgs-h" data-testid="my-orgs">
            <h2 id="orgs-h">{a.my_orgs}</h2>
            {if orgs.is_empty() {
                view! { <p>{a.no_orgs}</p> }.into_any()
            } else {
                view! {
                    <ul class="member-orgs">
                        {orgs.into_iter().map(|m| {
                            let manage = format!("/org/{}/manage", m.slug);
                            view! {
                                <li>
                                    <a href=format!("/org/{}", m.slug)>{lang.text(&m.name)}</a>
                                    " · "{member_label(lang, m.role)}
                                    " · "{if m.verified { a.verified_short } else { a.unverified_short }}
                                    " · "<a href=manage>{a.manage}</a>
                                    " · "<a href=format!("/org/{}/requests", m.slug) data-testid="org-requests">{lang.collab().my_requests}</a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p><a class="button button-secondary" href="/orgs/new">{a.create_org}</a></p>
        </section>
    }
}
