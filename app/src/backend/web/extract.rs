//! Extractors that decide who is asking, before the handler's body (and before the request's
//! body is read): the authorisation check every write starts with.

use super::Failure;
use crate::backend::auth::{guard, session};
use crate::backend::state::AppState;
use crate::backend::store::statements::org_manage;
use crate::domain::account::{MemberRole, Viewer};
use crate::i18n::Lang;
use axum::extract::{FromRequestParts, RawPathParams};
use http::request::Parts;
use std::marker::PhantomData;
use tower_sessions::Session;

/// The language the request is answered in (set by the language layer).
fn lang(parts: &Parts) -> Lang {
    parts.extensions.get::<Lang>().copied().unwrap_or_default()
}

async fn session(parts: &mut Parts, state: &AppState) -> Result<Session, Failure> {
    Session::from_request_parts(parts, state).await.map_err(|(_, e)| Failure::internal(e))
}

/// Whoever is signed in, or nobody: for handlers that answer both.
pub struct Viewing(pub Option<Viewer>);

impl FromRequestParts<AppState> for Viewing {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Failure> {
        let s = session(parts, state).await?;
        Ok(Viewing(session::viewer(&s, state.store.db()).await))
    }
}

/// The signed-in user. Signed out, the request is refused with the 401 page in the asker's
/// language.
pub struct SignedIn(pub Viewer);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Failure> {
        let Viewing(v) = Viewing::from_request_parts(parts, state).await?;
        guard::signed_in(v).map(SignedIn).map_err(|d| Failure::denied(lang(parts), d))
    }
}

/// A platform admin. Signed out: the 401 page; anyone else: the 403 page.
pub struct Admin(pub Viewer);

impl FromRequestParts<AppState> for Admin {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Failure> {
        let Viewing(v) = Viewing::from_request_parts(parts, state).await?;
        guard::admin(v).map(Admin).map_err(|d| Failure::denied(lang(parts), d))
    }
}

/// A moderator of the Department's listings (admins too). Signed out: the 401 page; anyone
/// else: the 403 page.
pub struct Moderator(pub Viewer);

impl FromRequestParts<AppState> for Moderator {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Failure> {
        let Viewing(v) = Viewing::from_request_parts(parts, state).await?;
        guard::moderator(v).map(Moderator).map_err(|d| Failure::denied(lang(parts), d))
    }
}

/// The role an [`OrgMember`] needs.
pub trait Needed {
    const ROLE: MemberRole;
}

/// An editor (or owner) of the organisation.
pub struct Editor;
/// An owner of the organisation.
pub struct Owner;

impl Needed for Editor {
    const ROLE: MemberRole = MemberRole::Editor;
}
impl Needed for Owner {
    const ROLE: MemberRole = MemberRole::Owner;
}

/// A member with at least role `R` of the organisation named by the route's `{slug}` (an admin
/// acts on any). 404 for an unknown organisation (asked first: organisations are public), then
/// the 401 page signed out, the 403 page for anyone else.
pub struct OrgMember<R> {
    pub viewer: Viewer,
    pub org: i64,
    pub slug: String,
    role: PhantomData<R>,
}

impl<R: Needed> FromRequestParts<AppState> for OrgMember<R> {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Failure> {
        let params = RawPathParams::from_request_parts(parts, state).await.map_err(|_| Failure::NotFound)?;
        let slug = params.iter().find(|(k, _)| *k == "slug").map(|(_, v)| v.to_string()).ok_or(Failure::NotFound)?;
        let Viewing(v) = Viewing::from_request_parts(parts, state).await?;
        let org = org_manage::id_by_slug(state.store.db(), &slug).await?.ok_or(Failure::NotFound)?;
        let viewer = guard::org_member(v, org, R::ROLE).map_err(|d| Failure::denied(lang(parts), d))?;
        Ok(OrgMember { viewer, org, slug, role: PhantomData })
    }
}
