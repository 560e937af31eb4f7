//! Organisations run by their members: create, claim, edit the profile and logo, invite and
//! remove members, accept an invitation. Each handler's first lines decide who may act.

use super::fields::Fields;
use super::{Refusal, denied, done, internal, signed_in, site_url, validate};
use crate::backend::AppState;
use crate::backend::auth::{guard, session};
use crate::backend::mail::templates;
use crate::backend::store::sqlite::{logos, members, org_manage};
use crate::domain::account::{FormError, MemberRole, Notice, Viewer};
use crate::domain::kind::OrgKind;
use crate::domain::sector::SECTORS;
use crate::i18n::Lang;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Multipart, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{StatusCode, header};
use serde::Deserialize;
use tower_sessions::Session;

async fn viewer(state: &AppState, session: &Session) -> Option<Viewer> {
    session::viewer(session, &state.db).await
}

/// The organisation behind `slug` and the viewer, if they hold at least `needed` there.
async fn member_of(
    state: &AppState,
    session: &Session,
    lang: Lang,
    slug: &str,
    needed: MemberRole,
) -> Result<(Viewer, i64), Response> {
    let v = viewer(state, session).await;
    let org = match org_manage::id_by_slug(&state.db, slug).await {
        Ok(Some(id)) => id,
        Ok(None) => return Err(StatusCode::NOT_FOUND.into_response()),
        Err(e) => {
            tracing::error!(error = %e, "looking up an organisation failed");
            return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
    };
    guard::org_member(v, org, needed).map(|v| (v, org)).map_err(|d| denied(lang, d))
}

/// Sector codes from a checkbox group, each one of the taxonomy's.
pub(super) fn sectors(values: Vec<String>) -> Result<Vec<String>, FormError> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !SECTORS.iter().any(|s| s.code == v) {
            return Err(FormError::ChoiceInvalid);
        }
        if !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

pub(super) async fn location(state: &AppState, code: &str) -> Result<Option<String>, FormError> {
    if code.is_empty() {
        return Ok(None);
    }
    match state.store.location_names().await {
        Ok(names) if names.contains_key(code) => Ok(Some(code.to_string())),
        _ => Err(FormError::ChoiceInvalid),
    }
}

pub async fn create(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Bytes,
) -> Response {
    let v = match signed_in(&state, &session, lang).await {
        Ok(v) => v,
        Err(res) => return res,
    };
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
    let kind = r.check(
        "kind",
        OrgKind::parse(f.get("kind")).ok_or(if f.get("kind").is_empty() {
            FormError::Required
        } else {
            FormError::ChoiceInvalid
        }),
    );
    let short = r.check("short", validate::line(f.get("short"), 300));
    let website = r.check("website", validate::url(f.get("website")));
    let sectors = r.check("sector", sectors(f.all("sector")));
    let location = r.check("location", location(&state, f.get("location")).await);
    let (Some(name_vi), Some(kind), Some(short_vi), Some(website), Some(sectors), Some(location_code), true) =
        (name, kind, short, website, sectors, location, r.is_clean())
    else {
        return r.send(&session, "/orgs/new").await;
    };
    let new = org_manage::NewOrg { kind, name_vi, short_vi, location_code, website, sectors };
    match org_manage::create(&state.db, v.id, &new).await {
        Ok(Ok(slug)) => {
            state.store.invalidate();
            done(&session, Notice::OrgCreated, &format!("/org/{slug}/manage")).await
        }
        Ok(Err(e)) => {
            r.error("name", e);
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
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
    axum::extract::Form(f): axum::extract::Form<ClaimForm>,
) -> Response {
    let v = match signed_in(&state, &session, lang).await {
        Ok(v) => v,
        Err(res) => return res,
    };
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
    let org = match org_manage::id_by_slug(&state.db, &slug).await {
        Ok(Some(id)) => id,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return internal(&session, "claim", &back, e).await,
    };
    match org_manage::claim(&state.db, v.id, org, &message).await {
        Ok(Ok(())) => done(&session, Notice::ClaimSent, &back).await,
        Ok(Err(e)) => {
            r.error("", e);
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "claim", &back, e).await,
    }
}

pub async fn save_profile(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    let (v, org) = match member_of(&state, &session, lang, &slug, MemberRole::Editor).await {
        Ok(x) => x,
        Err(res) => return res,
    };
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
    let this_year = chrono::Utc::now().format("%Y").to_string().parse().unwrap_or(2026);
    let contact_email = match f.get("contact_email").trim() {
        "" => Ok(None),
        e => validate::email(e).map(Some),
    };
    let update = org_manage::ProfileUpdate {
        name_vi: r.check("name_vi", validate::line(f.get("name_vi"), 200)).unwrap_or_default(),
        name_en: r.check("name_en", validate::optional(f.get("name_en"), 200)).flatten(),
        short_vi: r.check("short_vi", validate::line(f.get("short_vi"), 300)).unwrap_or_default(),
        short_en: r.check("short_en", validate::optional(f.get("short_en"), 300)).flatten(),
        description_vi: r
            .check("description_vi", validate::optional(f.get("description_vi"), 10_000))
            .flatten()
            .unwrap_or_default(),
        description_en: r.check("description_en", validate::optional(f.get("description_en"), 10_000)).flatten(),
        location_code: r.check("location", location(&state, f.get("location")).await).flatten(),
        address: r.check("address", validate::optional(f.get("address"), 300)).flatten(),
        founded_year: r.check("founded_year", validate::year(f.get("founded_year"), this_year)).flatten(),
        website: r.check("website", validate::url(f.get("website"))).flatten(),
        contact_name: r.check("contact_name", validate::optional(f.get("contact_name"), 120)).flatten(),
        contact_email: r.check("contact_email", contact_email).flatten(),
        contact_phone: r.check("contact_phone", validate::phone(f.get("contact_phone"))).flatten(),
        sectors: r.check("sector", sectors(f.all("sector"))).unwrap_or_default(),
    };
    if !r.is_clean() {
        return r.send(&session, &back).await;
    }
    match org_manage::save_profile(&state.db, v.id, org, &update).await {
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
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
    mut multipart: Multipart,
) -> Response {
    let (v, org) = match member_of(&state, &session, lang, &slug, MemberRole::Editor).await {
        Ok(x) => x,
        Err(res) => return res,
    };
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
    match logos::save(&state.db, v.id, org, &png).await {
        Ok(()) => {
            state.store.invalidate();
            done(&session, Notice::Saved, &back).await
        }
        Err(e) => internal(&session, "logo", &back, e).await,
    }
}

/// `GET /media/logos/{org_id}`: the re-encoded PNG.
pub async fn logo(State(state): State<AppState>, Path(org): Path<i64>) -> Response {
    match logos::load(&state.db, org).await {
        Ok(Some(png)) => ([(header::CONTENT_TYPE, "image/png"), (header::CACHE_CONTROL, "public, max-age=86400")], png)
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "loading a logo failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    pub email: String,
    pub role: String,
}

pub async fn invite(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
    axum::extract::Form(f): axum::extract::Form<InviteForm>,
) -> Response {
    let (v, org) = match member_of(&state, &session, lang, &slug, MemberRole::Owner).await {
        Ok(x) => x,
        Err(res) => return res,
    };
    let back = format!("/org/{slug}/manage");
    let mut r = Refusal::new("invite");
    r.keep("email", &f.email).keep("role", &f.role);
    let email = r.check("email", validate::email(&f.email));
    let role = r.check("role", MemberRole::parse(&f.role).ok_or(FormError::ChoiceInvalid));
    let (Some(email), Some(role)) = (email, role) else { return r.send(&session, &back).await };
    match members::invite(&state.db, v.id, org, &email, role).await {
        Ok(Ok(token)) => {
            let link = format!("{}/invitations/accept?token={token}", site_url(&state));
            let org_name = org_manage::name(&state.db, org).await.ok().flatten().unwrap_or_default();
            state.mailer.send_logged(templates::invitation(lang, &email, &org_name, &v.display_name, &link)).await;
            done(&session, Notice::InvitationSent, &back).await
        }
        Ok(Err(e)) => {
            r.error("email", e);
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "invite", &back, e).await,
    }
}

pub async fn remove_member(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path((slug, user)): Path<(String, i64)>,
) -> Response {
    let (v, org) = match member_of(&state, &session, lang, &slug, MemberRole::Owner).await {
        Ok(x) => x,
        Err(res) => return res,
    };
    let back = format!("/org/{slug}/manage");
    match members::remove(&state.db, v.id, org, user).await {
        Ok(Ok(())) => done(&session, Notice::MemberRemoved, &back).await,
        Ok(Err(e)) => {
            let mut r = Refusal::new("members");
            r.error("", e);
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
    session: Session,
    Query(q): Query<TokenQuery>,
) -> Response {
    let Some(v) = viewer(&state, &session).await else {
        let next: String =
            url::form_urlencoded::byte_serialize(format!("/invitations/accept?token={}", q.token).as_bytes()).collect();
        return Redirect::to(&format!("/login?next={next}")).into_response();
    };
    match members::accept(&state.db, v.id, &v.email, &q.token).await {
        Ok(Some(slug)) => done(&session, Notice::InvitationAccepted, &format!("/org/{slug}/manage")).await,
        Ok(None) => {
            let mut r = Refusal::new("verify");
            r.error("", FormError::TokenInvalid);
            r.send(&session, "/account").await
        }
        Err(e) => internal(&session, "verify", "/account", e).await,
    }
}
