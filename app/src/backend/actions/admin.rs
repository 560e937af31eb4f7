//! The admin area's writes (Department of S&T staff): users' roles and access, claims,
//! organisations' verification, visibility and merging. Each handler checks first that an
//! admin is acting; each answers with a redirect back to the list it came from.

use super::{Refusal, denied, done, internal, safe_next};
use crate::backend::AppState;
use crate::backend::auth::{guard, session};
use crate::backend::store::sqlite::admin::{self as store, AdminError, ClaimDecision};
use crate::domain::account::{FormError, Notice, PlatformRole};
use crate::i18n::Lang;
use axum::Extension;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::response::Response;
use axum::routing::post;
use serde::Deserialize;
use tower_sessions::Session;

/// The flash's form name for refusals on every admin page.
const FORM: &str = "admin";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/users/{id}/role", post(set_role))
        .route("/admin/users/{id}/disable", post(disable_user))
        .route("/admin/users/{id}/enable", post(enable_user))
        .route("/admin/claims/{id}/approve", post(approve_claim))
        .route("/admin/claims/{id}/reject", post(reject_claim))
        .route("/admin/orgs/{id}/verify", post(verify_org))
        .route("/admin/orgs/{id}/unverify", post(unverify_org))
        .route("/admin/orgs/{id}/hide", post(hide_org))
        .route("/admin/orgs/{id}/unhide", post(unhide_org))
        .route("/admin/orgs/{id}/merge", post(merge_org))
}

/// Every admin form: `back` is the list (with its filters and page) to return to.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BackForm {
    pub back: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoleForm {
    pub role: String,
    pub back: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MergeForm {
    /// The slug of the organisation that stays.
    pub into: String,
    pub back: String,
}

/// Back to an admin page only; anything else to `fallback`.
fn back_to(back: &str, fallback: &'static str) -> String {
    let safe = safe_next(back);
    if safe == back && (safe == "/admin" || safe.starts_with("/admin/") || safe.starts_with("/admin?")) {
        safe.to_string()
    } else {
        fallback.to_string()
    }
}

async fn refuse(session: &Session, error: FormError, back: &str) -> Response {
    let mut r = Refusal::new(FORM);
    r.error("", error);
    r.send(session, back).await
}

/// The answer to a store write: the confirmation, the reason for a refusal, or our failure.
/// Writes that change what the public sees forget the cached lists.
async fn finish(
    state: &AppState,
    session: &Session,
    result: Result<(), AdminError>,
    notice: Notice,
    refused: FormError,
    back: &str,
    public: bool,
) -> Response {
    match result {
        Ok(()) => {
            if public {
                state.store.invalidate();
            }
            done(session, notice, back).await
        }
        Err(AdminError::NotFound) => refuse(session, FormError::NotFound, back).await,
        Err(AdminError::Refused(why)) => {
            tracing::info!(why, "admin write refused");
            refuse(session, refused, back).await
        }
        Err(AdminError::Db(e)) => internal(session, FORM, back, e).await,
    }
}

pub async fn set_role(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    Form(f): Form<RoleForm>,
) -> Response {
    let admin = match guard::admin(session::viewer(&session, &state.db).await) {
        Ok(v) => v,
        Err(d) => return denied(lang, d),
    };
    let back = back_to(&f.back, "/admin/users");
    let Some(role) = PlatformRole::parse(&f.role) else {
        return refuse(&session, FormError::ChoiceInvalid, &back).await;
    };
    // An admin stays an admin: nobody locks the Department out by a slip of their own hand.
    if id == admin.id && role != admin.role {
        return refuse(&session, FormError::NotYourself, &back).await;
    }
    let result = store::set_role(&state.db, admin.id, id, role).await;
    finish(&state, &session, result, Notice::RoleChanged, FormError::NotFound, &back, false).await
}

async fn set_disabled(state: AppState, session: Session, actor: i64, id: i64, back: &str, disabled: bool) -> Response {
    let back = back_to(back, "/admin/users");
    if id == actor && disabled {
        return refuse(&session, FormError::NotYourself, &back).await;
    }
    let notice = if disabled { Notice::UserDisabled } else { Notice::UserEnabled };
    let result = store::set_disabled(&state.db, actor, id, disabled).await;
    finish(&state, &session, result, notice, FormError::NotFound, &back, false).await
}

pub async fn disable_user(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    Form(f): Form<BackForm>,
) -> Response {
    let admin = match guard::admin(session::viewer(&session, &state.db).await) {
        Ok(v) => v,
        Err(d) => return denied(lang, d),
    };
    set_disabled(state, session, admin.id, id, &f.back, true).await
}

pub async fn enable_user(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    Form(f): Form<BackForm>,
) -> Response {
    let admin = match guard::admin(session::viewer(&session, &state.db).await) {
        Ok(v) => v,
        Err(d) => return denied(lang, d),
    };
    set_disabled(state, session, admin.id, id, &f.back, false).await
}

async fn decide(state: AppState, session: Session, actor: i64, id: i64, back: &str, d: ClaimDecision) -> Response {
    let back = back_to(back, "/admin/claims");
    let notice = match d {
        ClaimDecision::Approve => Notice::ClaimApproved,
        ClaimDecision::Reject => Notice::ClaimRejected,
    };
    let result = store::decide_claim(&state.db, actor, id, d).await;
    finish(&state, &session, result, notice, FormError::ClaimDecided, &back, false).await
}

pub async fn approve_claim(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    Form(f): Form<BackForm>,
) -> Response {
    let admin = match guard::admin(session::viewer(&session, &state.db).await) {
        Ok(v) => v,
        Err(d) => return denied(lang, d),
    };
    decide(state, session, admin.id, id, &f.back, ClaimDecision::Approve).await
}

pub async fn reject_claim(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    Form(f): Form<BackForm>,
) -> Response {
    let admin = match guard::admin(session::viewer(&session, &state.db).await) {
        Ok(v) => v,
        Err(d) => return denied(lang, d),
    };
    decide(state, session, admin.id, id, &f.back, ClaimDecision::Reject).await
}

/// A yes/no mark on an organisation.
#[derive(Clone, Copy)]
enum Mark {
    Verified(bool),
    Hidden(bool),
}

async fn mark(state: AppState, session: Session, actor: i64, id: i64, back: &str, mark: Mark) -> Response {
    let back = back_to(back, "/admin/orgs");
    let (result, notice) = match mark {
        Mark::Verified(v) => (
            store::set_verified(&state.db, actor, id, v).await,
            if v { Notice::OrgVerified } else { Notice::OrgUnverified },
        ),
        Mark::Hidden(h) => {
            (store::set_hidden(&state.db, actor, id, h).await, if h { Notice::OrgHidden } else { Notice::OrgShown })
        }
    };
    finish(&state, &session, result, notice, FormError::NotFound, &back, true).await
}

pub async fn verify_org(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    Form(f): Form<BackForm>,
) -> Response {
    let admin = match guard::admin(session::viewer(&session, &state.db).await) {
        Ok(v) => v,
        Err(d) => return denied(lang, d),
    };
    mark(state, session, admin.id, id, &f.back, Mark::Verified(true)).await
}

pub async fn unverify_org(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    Form(f): Form<BackForm>,
) -> Response {
    let admin = match guard::admin(session::viewer(&session, &state.db).await) {
        Ok(v) => v,
        Err(d) => return denied(lang, d),
    };
    mark(state, session, admin.id, id, &f.back, Mark::Verified(false)).await
}

pub async fn hide_org(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    Form(f): Form<BackForm>,
) -> Response {
    let admin = match guard::admin(session::viewer(&session, &state.db).await) {
        Ok(v) => v,
        Err(d) => return denied(lang, d),
    };
    mark(state, session, admin.id, id, &f.back, Mark::Hidden(true)).await
}

pub async fn unhide_org(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    Form(f): Form<BackForm>,
) -> Response {
    let admin = match guard::admin(session::viewer(&session, &state.db).await) {
        Ok(v) => v,
        Err(d) => return denied(lang, d),
    };
    mark(state, session, admin.id, id, &f.back, Mark::Hidden(false)).await
}

pub async fn merge_org(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    Form(f): Form<MergeForm>,
) -> Response {
    let admin = match guard::admin(session::viewer(&session, &state.db).await) {
        Ok(v) => v,
        Err(d) => return denied(lang, d),
    };
    let back = back_to(&f.back, "/admin/orgs");
    let into = f.into.trim().trim_start_matches("/org/").to_lowercase();
    if into.is_empty() {
        return refuse(&session, FormError::Required, &back).await;
    }
    let result = store::merge_orgs(&state.db, admin.id, id, &into).await;
    finish(&state, &session, result, Notice::OrgsMerged, FormError::MergeInvalid, &back, true).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn back_stays_in_admin() {
        assert_eq!(super::back_to("/admin/orgs?filter=hidden&page=2", "/admin"), "/admin/orgs?filter=hidden&page=2");
        assert_eq!(super::back_to("/account", "/admin"), "/admin");
        assert_eq!(super::back_to("//evil.example/admin", "/admin"), "/admin");
        assert_eq!(super::back_to("/administrator", "/admin"), "/admin");
        assert_eq!(super::back_to("", "/admin/users"), "/admin/users");
    }
}
