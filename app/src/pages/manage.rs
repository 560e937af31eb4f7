//! Organisations run by their members: `/orgs/new` and `/org/{slug}/manage` (profile, logo,
//! members, invitations); the claim box on public organisation pages.

use super::account::member_label;
use crate::components::form::{ErrorSummary, Field, TextArea, with_session};
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::account::{FormState, MemberRole};
use crate::domain::kind::OrgKind;
use crate::domain::manage::OrgEdit;
use crate::domain::sector::SECTORS;
use crate::i18n::{Label, Lang, use_lang};
use crate::server_fns::manage::load_org_edit;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// Sector checkboxes; `chosen` are codes (a refused form sends them back comma-joined).
#[component]
pub fn SectorBoxes(form: FormState, chosen: Vec<String>) -> impl IntoView {
    let lang = use_lang();
    let chosen: Vec<String> = match form.values.get("sector") {
        Some(v) => v.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
        None => chosen,
    };
    let error = form.error("sector").map(|e| crate::i18n::account::form_error(lang, e));
    view! {
        <fieldset class="field checkbox-group" id="f-sector" class:field-invalid=error.is_some()>
            <legend>{lang.account().field_sectors}</legend>
            {error.map(|e| view! { <p class="field-error">{e}</p> })}
            {SECTORS.iter().map(|s| {
                let id = format!("sector-{}", s.code);
                view! {
                    <div class="checkbox">
                        <input type="checkbox" id=id.clone() name="sector" value=s.code checked=chosen.iter().any(|c| c == s.code) />
                        <label for=id>{if lang == Lang::Vi { s.name_vi } else { s.name_en }}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
pub fn Select(
    form: FormState,
    name: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    #[prop(optional, into)] value: String,
) -> impl IntoView {
    let lang = use_lang();
    let current = form.values.get(name).cloned().unwrap_or(value);
    let error = form.error(name).map(|e| crate::i18n::account::form_error(lang, e));
    let id = format!("f-{name}");
    view! {
        <div class="field" class:field-invalid=error.is_some()>
            <label for=id.clone()>{label}</label>
            {error.map(|e| view! { <p class="field-error">{e}</p> })}
            <select id=id name=name>
                <option value="">{lang.account().choose}</option>
                {options.into_iter().map(|(v, l)| {
                    let sel = v == current;
                    view! { <option value=v selected=sel>{l}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
pub fn CreateOrgPage() -> impl IntoView {
    let lang = use_lang();
    let a = lang.account();
    let kinds: Vec<(String, String)> =
        OrgKind::ALL.iter().map(|k| (k.as_str().to_string(), k.label(lang).to_string())).collect();
    view! {
        <Title text=a.create_org />
        <div class="container narrow form-page">
            <h1>{a.create_org}</h1>
            <p class="lead">{a.create_org_lead}</p>
            {with_session(move |info| {
                let kinds = kinds.clone();
                if info.viewer.is_none() {
                    return view! { <SignInPrompt next="/orgs/new".into() /> }.into_any();
                }
                let form = info.form("create_org");
                view! {
                    <ErrorSummary form=form.clone() />
                    <form method="post" action="/orgs/create" class="stack" data-testid="create-org-form" novalidate>
                        <Field form=form.clone() name="name" label=a.field_org_name required=true maxlength=200 />
                        <Select form=form.clone() name="kind" label=a.field_kind options=kinds />
                        <Field form=form.clone() name="short" label=a.field_short required=true maxlength=300 />
                        <Field form=form.clone() name="website" label=a.field_website kind="url" />
                        <SectorBoxes form=form.clone() chosen=vec![] />
                        <button type="submit" class="button">{a.create_button}</button>
                    </form>
                }
                .into_any()
            })}
        </div>
    }
}

#[component]
pub fn ManageOrgPage() -> impl IntoView {
    let a = use_lang().account();
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug")).unwrap_or_default();
    let data = Resource::new(slug, load_org_edit);
    view! {
        <Title text=a.manage_title />
        <div class="container form-page">
            {with_session(move |info| {
                let info = info.clone();
                view! {
                    <Suspense fallback=Loading>
                        {move || {
                            let info = info.clone();
                            Suspend::new(async move {
                                match (data.await, info.viewer.is_some()) {
                                    (Ok(Some(org)), _) => view! { <ManageOrg org info /> }.into_any(),
                                    (Ok(None), false) => view! { <SignInPrompt next=format!("/org/{}/manage", slug()) /> }.into_any(),
                                    (Ok(None), true) => view! { <p class="notice notice-error" data-testid="not-manager">{a.not_manager}</p> }.into_any(),
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
fn ManageOrg(org: OrgEdit, info: crate::server_fns::account::SessionInfo) -> impl IntoView {
    let lang = use_lang();
    let a = lang.account();
    let profile = info.form("profile");
    let f = org.fields.clone();
    let base = format!("/org/{}", org.slug);
    let is_owner = org.my_role == Some(MemberRole::Owner) || info.viewer.as_ref().is_some_and(|v| v.role.is_admin());
    let roles: Vec<(String, String)> =
        MemberRole::ALL.iter().map(|r| (r.as_str().to_string(), member_label(lang, *r).to_string())).collect();
    view! {
        <header class="page-header">
            <h1>{a.manage_title}": "{f.name_vi.clone()}</h1>
            <p><a href=base.clone()>{a.view_public}</a>" · "<a href=format!("{base}/listings") data-testid="listings-link">{lang.listing().listings_link}</a>" · "<a href=format!("{base}/requests")>{lang.collab().box_link}</a>" · "{if org.verified { a.verified_short } else { a.unverified_short }}
                " · "<a href=format!("{base}/applications")>{lang.prog().my_apps_link}</a>
                {(!crate::domain::programmes::types_for(org.kind).is_empty()).then(|| view! {
                    " · "<a href=format!("/programmes/new?org={}", org.slug)>{lang.prog().run_programme}</a>
                })}
            </p>
            <p><a href=base.clone()>{a.view_public}</a>" · "{if org.verified { a.verified_short } else { a.unverified_short }}</p>
            {crate::domain::events::organises_events(org.kind).then(|| view! {
                <p><a class="button button-secondary" href=format!("/events/new?org={}", org.slug)>{lang.events().manage_events}</a></p>
            })}
        </header>
        <section class="panel" aria-labelledby="profile-h">
            <h2 id="profile-h">{a.profile_section}</h2>
            <ErrorSummary form=profile.clone() />
            <form method="post" action=format!("{base}/profile") class="stack" data-testid="profile-form" novalidate>
                <Field form=profile.clone() name="name_vi" label=a.field_org_name value=f.name_vi required=true maxlength=200 />
                <Field form=profile.clone() name="name_en" label=a.field_org_name_en value=f.name_en maxlength=200 />
                <Field form=profile.clone() name="short_vi" label=a.field_short value=f.short_vi required=true maxlength=300 />
                <Field form=profile.clone() name="short_en" label=a.field_short_en value=f.short_en maxlength=300 />
                <TextArea form=profile.clone() name="description_vi" label=a.field_description hint=a.markdown_hint value=f.description_vi rows=8 maxlength=10000 />
                <TextArea form=profile.clone() name="description_en" label=a.field_description_en value=f.description_en rows=6 maxlength=10000 />
                <SectorBoxes form=profile.clone() chosen=f.sectors />
                <Select form=profile.clone() name="location" label=a.field_location options=org.locations.clone() value=f.location_code />
                <Field form=profile.clone() name="address" label=a.field_address value=f.address maxlength=300 />
                <Field form=profile.clone() name="founded_year" label=a.field_founded value=f.founded_year kind="number" />
                <Field form=profile.clone() name="website" label=a.field_website value=f.website kind="url" />
                <Field form=profile.clone() name="contact_name" label=a.field_contact_name value=f.contact_name maxlength=120 />
                <Field form=profile.clone() name="contact_email" label=a.field_contact_email value=f.contact_email kind="email" />
                <Field form=profile.clone() name="contact_phone" label=a.field_contact_phone value=f.contact_phone kind="tel" />
                <button type="submit" class="button">{a.save_profile}</button>
            </form>
        </section>
        <section class="panel" aria-labelledby="logo-h">
            <h2 id="logo-h">{a.logo_section}</h2>
            <ErrorSummary form=info.form("logo") />
            {org.logo.clone().map(|src| view! { <img class="org-logo" src=src alt="" width="128" height="128" /> })}
            <form method="post" action=format!("{base}/logo") enctype="multipart/form-data" class="stack" data-testid="logo-form">
                <div class="field">
                    <label for="f-logo">{a.logo_section}</label>
                    <p class="hint">{a.logo_hint}</p>
                    <input type="file" id="f-logo" name="logo" accept="image/png,image/jpeg,image/webp,image/gif" />
                </div>
                <button type="submit" class="button button-secondary">{a.upload_logo}</button>
            </form>
        </section>
        <section class="panel" aria-labelledby="members-h" data-testid="members">
            <h2 id="members-h">{a.members_section}</h2>
            <ErrorSummary form=info.form("members") />
            <ul class="member-list">
                {org.members.iter().map(|m| {
                    let remove = format!("{base}/members/{}/remove", m.user_id);
                    view! {
                        <li>
                            <span>{m.name.clone()}" ("{m.email.clone()}") · "{member_label(lang, m.role)}</span>
                            {is_owner.then(|| view! {
                                <form method="post" action=remove class="inline-form">
                                    <button type="submit" class="link-button">{a.remove}</button>
                                </form>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(!org.invitations.is_empty()).then(|| view! {
                <h3>{a.pending_invites}</h3>
                <ul>
                    {org.invitations.iter().map(|i| view! {
                        <li>{i.email.clone()}" · "{member_label(lang, i.role)}" · "{a.expires}" "{i.expires.clone()}</li>
                    }).collect_view()}
                </ul>
            })}
            {is_owner.then(|| {
                let invite = info.form("invite");
                view! {
                    <h3>{a.invite_section}</h3>
                    <ErrorSummary form=invite.clone() />
                    <form method="post" action=format!("{base}/members/invite") class="stack" data-testid="invite-form" novalidate>
                        <Field form=invite.clone() name="email" label=a.field_email hint=a.invite_hint kind="email" required=true />
                        <Select form=invite name="role" label=a.field_role options=roles.clone() value="editor" />
                        <button type="submit" class="button button-secondary">{a.send_invite}</button>
                    </form>
                }
            })}
        </section>
    }
}

/// On a public organisation page: "manage" for its members, a claim form for others.
#[component]
pub fn OrgActions(slug: String) -> impl IntoView {
    let a = use_lang().account();
    with_session(move |info| {
        let base = format!("/org/{slug}");
        match info.viewer.clone() {
            Some(v) if v.memberships.iter().any(|m| m.slug == slug) || v.role.is_admin() => {
                view! { <p class="org-actions"><a class="button button-secondary" href=format!("{base}/manage")>{a.manage}</a></p> }.into_any()
            }
            Some(_) => {
                let form = info.form("claim");
                let open = form.has_errors();
                view! {
                    <details class="panel claim-box" open=open>
                        <summary>{a.claim_title}</summary>
                        <p>{a.claim_lead}</p>
                        <ErrorSummary form=form.clone() />
                        <form method="post" action=format!("{base}/claim") class="stack" data-testid="claim-form" novalidate>
                            <Field form=form name="message" label=a.claim_message required=true maxlength=1000 />
                            <button type="submit" class="button button-secondary">{a.claim_button}</button>
                        </form>
                    </details>
                }
                .into_any()
            }
            None => view! { <p class="org-actions"><a href=format!("/login?next={base}")>{a.claim_sign_in}</a></p> }.into_any(),
        }
    })
}
