//! Events: organisers create, edit, publish, unpublish and cancel them and mark attendance;
//! signed-in people register and cancel; anyone downloads a public event's calendar file.
//! Each handler decides who may act on its first lines.

mod files;
mod form;
mod register;

pub use files::{calendar, csv, xlsx};
pub use register::{register, unregister};

use super::{Refusal, done, internal};
use crate::backend::auth::{Denied, guard};
use crate::backend::forms::fields::Fields;
use crate::backend::state::AppState;
use crate::backend::store::statements::event_manage::{self, EventRef};
use crate::backend::store::statements::registrations;
use crate::backend::web::{Failure, Viewing, WebResult};
use crate::domain::OrgKind;
use crate::domain::account::{FormError, MemberRole, Notice, Viewer};
use crate::domain::events::organises_events;
use crate::i18n::Lang;
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use tower_sessions::Session;

/// The event behind `slug` as the public sees it: 404 unless published.
async fn public_event(state: &AppState, slug: &str) -> Result<EventRef, Failure> {
    event_manage::by_slug(state.store.db(), slug).await?.filter(EventRef::is_public).ok_or(Failure::NotFound)
}

/// The event and the viewer, if they manage its organiser (an editor or owner, or an admin):
/// 401 signed out; for others 403 on a public event and 404 on a draft (its existence is
/// not theirs to learn).
pub(crate) async fn organiser_of(
    state: &AppState,
    viewer: Option<Viewer>,
    lang: Lang,
    slug: &str,
) -> Result<(Viewer, EventRef), Failure> {
    let ev = event_manage::by_slug(state.store.db(), slug).await?.ok_or(Failure::NotFound)?;
    match guard::org_member(viewer, ev.org_id, MemberRole::Editor) {
        Ok(v) => Ok((v, ev)),
        Err(Denied::Forbidden) if !ev.is_public() => Err(Failure::NotFound),
        Err(d) => Err(Failure::denied(lang, d)),
    }
}

pub(crate) async fn create(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Viewing(viewer): Viewing,
    session: Session,
    body: Bytes,
) -> WebResult {
    let f = Fields::parse(&body);
    let org_slug = f.get("org").to_string();
    let (org_id, kind) = match event_manage::organiser(state.store.db(), &org_slug).await? {
        Some(o) => (o.id, OrgKind::parse(&o.kind)),
        None if viewer.is_none() => return Err(Failure::SignedOut(lang)),
        None => return Err(Failure::NotFound),
    };
    let v = guard::org_member(viewer, org_id, MemberRole::Editor).map_err(|d| Failure::denied(lang, d))?;
    let back =
        format!("/events/new?org={}", url::form_urlencoded::byte_serialize(org_slug.as_bytes()).collect::<String>());
    let mut r = Refusal::new("event");
    if !kind.is_some_and(organises_events) {
        r.error("", FormError::CannotOrganise);
    }
    let Some(input) = form::parse(&state, &f, &mut r, true).await else { return r.send(&session, &back).await };
    if !r.is_clean() {
        return r.send(&session, &back).await;
    }
    let publish = f.get("publish") == "1";
    match event_manage::create(state.store.db(), v.id, org_id, &input, publish).await {
        Ok(slug) => {
            state.store.invalidate();
            done(&session, Notice::EventCreated, &format!("/events/{slug}/edit")).await
        }
        Err(e) => internal(&session, "event", &back, e).await,
    }
}

pub(crate) async fn save(
    State(state): State<AppState>,
    Viewing(viewer): Viewing,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
    body: Bytes,
) -> WebResult {
    let (v, ev) = organiser_of(&state, viewer, lang, &slug).await?;
    let back = format!("/events/{slug}/edit");
    let f = Fields::parse(&body);
    let mut r = Refusal::new("event");
    let Some(input) = form::parse(&state, &f, &mut r, false).await else { return r.send(&session, &back).await };
    match event_manage::update(state.store.db(), v.id, &ev, &input).await {
        Ok(()) => {
            state.store.invalidate();
            done(&session, Notice::EventSaved, &back).await
        }
        Err(e) => internal(&session, "event", &back, e).await,
    }
}

async fn set_published(
    state: AppState,
    viewer: Option<Viewer>,
    lang: Lang,
    session: Session,
    slug: String,
    published: bool,
) -> WebResult {
    let (v, ev) = organiser_of(&state, viewer, lang, &slug).await?;
    let back = format!("/events/{slug}/edit");
    if ev.cancelled {
        let mut r = Refusal::new("event_status");
        r.error("", FormError::EventCancelled);
        return r.send(&session, &back).await;
    }
    match event_manage::set_published(state.store.db(), v.id, &ev, published).await {
        Ok(()) => {
            state.store.invalidate();
            let notice = if published { Notice::EventPublished } else { Notice::EventUnpublished };
            done(&session, notice, &back).await
        }
        Err(e) => internal(&session, "event_status", &back, e).await,
    }
}

pub(crate) async fn publish(
    State(state): State<AppState>,
    Viewing(viewer): Viewing,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
) -> WebResult {
    set_published(state, viewer, lang, session, slug, true).await
}

pub(crate) async fn unpublish(
    State(state): State<AppState>,
    Viewing(viewer): Viewing,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
) -> WebResult {
    set_published(state, viewer, lang, session, slug, false).await
}

pub(crate) async fn cancel(
    State(state): State<AppState>,
    Viewing(viewer): Viewing,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
) -> WebResult {
    let (v, ev) = organiser_of(&state, viewer, lang, &slug).await?;
    let back = format!("/events/{slug}/edit");
    match event_manage::cancel(state.store.db(), v.id, &ev).await {
        Ok(()) => {
            state.store.invalidate();
            done(&session, Notice::EventCancelled, &back).await
        }
        Err(e) => internal(&session, "event_status", &back, e).await,
    }
}

/// Marks one registration attended (`attended=1`) or back to registered (`attended=0`).
pub(crate) async fn attendance(
    State(state): State<AppState>,
    Viewing(viewer): Viewing,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> WebResult {
    let (v, ev) = organiser_of(&state, viewer, lang, &slug).await?;
    let back = format!("/events/{slug}/attendees");
    let attended = Fields::parse(&body).get("attended") == "1";
    match registrations::set_attended(state.store.db(), v.id, ev.id, id, attended).await {
        Ok(true) => done(&session, Notice::AttendanceSaved, &back).await,
        Ok(false) => {
            let mut r = Refusal::new("attendees");
            r.error("", FormError::NotFound);
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "attendees", &back, e).await,
    }
}
