//! Organisations run by their members: create, claim, edit the profile and logo, invite and
//! remove members, accept an invitation. Each handler's first lines decide who may act.

use super::{Refusal, done, internal, org_input};
use crate::backend::forms::fields::Fields;
use crate::backend::forms::validate;
use crate::backend::mail::templates;
use crate::backend::state::AppState;
use crate::backend::store::statements::{logos, members, org_manage};
use crate::backend::web::{Editor, Failure, OrgMember, Owner, SignedIn, Viewing, WebResult};
use crate::domain::account::{FormError, MemberRole, Notice};
use crate::i18n::Lang;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Multipart, Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use http::header;
use serde::Deserialize;
use tower_sessions::Session;

/// The province's places (code → name) for validating a location.
async fn places(state: &AppState) -> std::sync::Arc<std::collections::HashMap<String, String>> {
    state.store.location_names().await.unwrap_or_default()
}

pub async fn create(State(state): State<AppState>, SignedIn(v): SignedIn, session: Session, body: Bytes) -> WebResult {
    let f = Fields::parse(&body);
    let mut r = Refusal::new("create_org");
    for k in ["name", "kind", "short", "location", "website"] {
        r.keep(k, f.get(k));
    }
    r.keep("sector", &f.all("sector").join(","));
    if !v.email_verified {
        r.error("", FormError::EmailNotVerified);
    }
    let name = r.check("name", validate::line(f.get("name"), 200));
    let kind = r.check("kind", org_input::kind(f.get("kind")));
    let short = r.check("short", validate::line(f.get("short"), 300));
    let website = r.check("website", validate::url(f.get("website")));
    let sectors = r.check("sector", org_input::sectors(f.all("sector")));
    let location = r.check("location", org_input::location(&*places(&state).await, f.get("location")));
    let (Some(name_vi), Some(kind), Some(short_vi), Some(website), Some(sectors), Some(location_code), true) =
        (name, kind, short, website, sectors, location, r.is_clean())
    else {
        return r.send(&session, "/orgs/new").await;
    };
    let new = org_manage::NewOrg { kind, name_vi, short_vi, location_code, website, sectors };
    match org_manage::create(state.store.db(), v.id, &new).await {
        Ok(Ok(slug)) => {
            state.store.invalidate();
            done(&session, Notice::OrgCreated, &format!("/org/{slug}/manage")).await
        }
        Ok(Err(e)) => {
            r.error("name", e.form_error());
            r.send(&session, "/orgs/new").await
        }
        Err(e) => internal(&session, "create_org", "/orgs/new", e).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ClaimForm {
    pub message: String,
}

pub async fn claim(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    session: Session,
    Path(slug): Path<String>,
    axum::extract::Form(f): axum::extract::Form<ClaimForm>,
) -> WebResult {
    let back = format!("/org/{slug}");
    let mut r = Refusal::new("claim");
    r.keep("message", &f.message);
    if !v.email_verified {
        r.error("", FormError::EmailNotVerified);
        return r.send(&session, &back).await;
    }
    let Some(message) = r.check("message", validate::line(&f.message.replace(['\r', '\n'], " "), 1000)) else {
        return r.send(&session, &back).await;
    };
    let org = match org_manage::id_by_slug(state.store.db(), &slug).await {
        Ok(Some(id)) => id,
        Ok(None) => return Err(Failure::NotFound),
        Err(e) => return internal(&session, "claim", &back, e).await,
    };
    match org_manage::claim(state.store.db(), v.id, org, &message).await {
        Ok(Ok(())) => done(&session, Notice::ClaimSent, &back).await,
        Ok(Err(e)) => {
            r.error("", e.form_error());
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "claim", &back, e).await,
    }
}

pub async fn save_profile(
    State(state): State<AppState>,
    OrgMember { viewer: v, org, .. }: OrgMember<Editor>,
    session: Session,
    Path(slug): Path<String>,
    body: Bytes,
) -> WebResult {
    let back = format!("/org/{slug}/manage");
    let f = Fields::parse(&body);
    let mut r = Refusal::new("profile");
    const TEXT: [&str; 12] = [
        "name_vi",
        "name_en",
        "short_vi",
        "short_en",
        "description_vi",
        "description_en",
        "location",
        "address",
        "founded_year",
        "website",
        "contact_name",
        "contact_email",
    ];
    for k in TEXT {
        r.keep(k, f.get(k));
    }
    r.keep("contact_phone", f.get("contact_phone"));
    r.keep("sector", &f.all("sector").join(","));
    let places = places(&state).await;
    let get = |k: &str| f.get(k).to_string();
    let update = match org_input::profile(&get, f.all("sector"), f.get("location"), &places) {
        Ok(u) => u,
        Err(errors) => {
            r.errors(errors);
            return r.send(&session, &back).await;
        }
    };
    match org_manage::save_profile(state.store.db(), v.id, org, &update).await {
        Ok(()) => {
            state.store.invalidate();
            done(&session, Notice::ProfileSaved, &back).await
        }
        Err(e) => internal(&session, "profile", &back, e).await,
    }
}

/// Largest logo accepted, before re-encoding.
pub const LOGO_MAX_BYTES: usize = 2 * 1024 * 1024;

pub async fn upload_logo(
    State(state): State<AppState>,
    OrgMember { viewer: v, org, .. }: OrgMember<Editor>,
    session: Session,
    Path(slug): Path<String>,
    mut multipart: Multipart,
) -> WebResult {
    let back = format!("/org/{slug}/manage");
    let mut r = Refusal::new("logo");
    let mut bytes = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("logo") {
            match field.bytes().await {
                Ok(b) => bytes = Some(b),
                Err(_) => {
                    r.error("logo", FormError::ImageTooLarge);
                    return r.send(&session, &back).await;
                }
            }
        }
    }
    let png = match bytes.filter(|b| !b.is_empty()) {
        None => Err(FormError::Required),
        Some(b) if b.len() > LOGO_MAX_BYTES => Err(FormError::ImageTooLarge),
        Some(b) => tokio::task::spawn_blocking(move || crate::backend::media::reencode_logo(&b))
            .await
            .unwrap_or(Err(FormError::ImageInvalid)),
    };
    let Some(png) = r.check("logo", png) else { return r.send(&session, &back).await };
    match logos::save(state.store.db(), v.id, org, &png).await {
        Ok(()) => {
            state.store.invalidate();
            done(&session, Notice::Saved, &back).await
        }
        Err(e) => internal(&session, "logo", &back, e).await,
    }
}

/// `GET /media/logos/{org_id}`: the re-encoded PNG.
pub async fn logo(State(state): State<AppState>, Path(org): Path<i64>) -> WebResult {
    let png = logos::load(state.store.db(), org).await?.ok_or(Failure::NotFound)?;
    Ok(([(header::CONTENT_TYPE, "image/png"), (header::CACHE_CONTROL, "public, max-age=86400")], png).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    pub email: String,
    pub role: String,
}

pub async fn invite(
    State(state): State<AppState>,
    OrgMember { viewer: v, org, .. }: OrgMember<Owner>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
    axum::extract::Form(f): axum::extract::Form<InviteForm>,
) -> WebResult {
    let back = format!("/org/{slug}/manage");
    let mut r = Refusal::new("invite");
    r.keep("email", &f.email).keep("role", &f.role);
    let email = r.check("email", validate::email(&f.email));
    let role = r.check("role", MemberRole::parse(&f.role).ok_or(FormError::ChoiceInvalid));
    let (Some(email), Some(role)) = (email, role) else { return r.send(&session, &back).await };
    match members::invite(state.store.db(), v.id, org, &email, role).await {
        Ok(Ok(token)) => {
            let link = format!("{}/invitations/accept?token={token}", state.site_url());
            let org_name = org_manage::name(state.store.db(), org).await.ok().flatten().unwrap_or_default();
            state.mailer.send_logged(templates::invitation(lang, &email, &org_name, &v.display_name, &link)).await;
            done(&session, Notice::InvitationSent, &back).await
        }
        Ok(Err(e)) => {
            r.error("email", e.form_error());
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "invite", &back, e).await,
    }
}

pub async fn remove_member(
    State(state): State<AppState>,
    OrgMember { viewer: v, org, .. }: OrgMember<Owner>,
    session: Session,
    Path((slug, user)): Path<(String, i64)>,
) -> WebResult {
    let back = format!("/org/{slug}/manage");
    match members::remove(state.store.db(), v.id, org, user).await {
        Ok(Ok(())) => done(&session, Notice::MemberRemoved, &back).await,
        Ok(Err(e)) => {
            let mut r = Refusal::new("members");
            r.error("", e.form_error());
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "members", &back, e).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    pub token: String,
}

/// The link in an invitation: the signed-in user with that e-mail joins.
pub async fn accept_invitation(
    State(state): State<AppState>,
    Viewing(v): Viewing,
    session: Session,
    Query(q): Query<TokenQuery>,
) -> WebResult {
    let Some(v) = v else {
        let next: String =
            url::form_urlencoded::byte_serialize(format!("/invitations/accept?token={}", q.token).as_bytes()).collect();
        return Ok(Redirect::to(&format!("/login?next={next}")).into_response());
    };
    match members::accept(state.store.db(), v.id, &v.email, &q.token).await {
        Ok(Some(slug)) => done(&session, Notice::InvitationAccepted, &format!("/org/{slug}/manage")).await,
        Ok(None) => {
            let mut r = Refusal::new("verify");
            r.error("", FormError::TokenInvalid);
            r.send(&session, "/account").await
        }
        Err(e) => internal(&session, "verify", "/account", e).await,
    }
}
