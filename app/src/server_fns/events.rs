//! Reads of the events pages that depend on who is looking: the registration box, the
//! organisers' edit and create pages, the attendee list. Checked here, on the server, from the
//! session; refusals carry their status (401 signed out, 403 not theirs, 404 unknown or a
//! draft of someone else's).

use crate::domain::events::{AttendeeList, EventEdit, EventPanel, NewEvent};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
mod ssr {
    use crate::backend::auth::{Denied, guard};
    use crate::backend::state::AppState;
    use crate::backend::store::statements::event_manage::{self, EventRef};
    use crate::domain::account::{MemberRole, Viewer};
    use leptos::prelude::*;

    pub(crate) use crate::server_fns::{internal as failed, viewer};

    pub fn refuse(status: http::StatusCode, code: &str) -> ServerFnError {
        crate::server_fns::refuse(status);
        ServerFnError::new(code)
    }

    /// The event and the viewer managing its organiser, or the refusal with its status.
    pub async fn organiser_of(slug: &str) -> Result<(AppState, Viewer, EventRef), ServerFnError> {
        let (state, viewer) = viewer().await;
        let ev = event_manage::by_slug(state.store.db(), slug).await.map_err(failed)?;
        let Some(ev) = ev else { return Err(refuse(http::StatusCode::NOT_FOUND, "not_found")) };
        match guard::org_member(viewer, ev.org_id, MemberRole::Editor) {
            Ok(v) => Ok((state, v, ev)),
            Err(Denied::SignedOut) => Err(refuse(http::StatusCode::UNAUTHORIZED, "signed_out")),
            Err(Denied::Forbidden) if !ev.is_public() => Err(refuse(http::StatusCode::NOT_FOUND, "not_found")),
            Err(Denied::Forbidden) => Err(refuse(http::StatusCode::FORBIDDEN, "forbidden")),
        }
    }
}

/// The registration box of a published event; `None` for an unknown or unpublished one.
#[server(prefix = "/srv", endpoint = "event_panel", input = GetUrl)]
pub async fn load_event_panel(slug: String) -> Result<Option<EventPanel>, ServerFnError> {
    use crate::backend::auth::guard;
    use crate::backend::store::statements::{event_manage, registrations};
    use crate::domain::account::MemberRole;
    let (state, viewer) = ssr::viewer().await;
    let Some(ev) = event_manage::by_slug(state.store.db(), &slug).await.map_err(ssr::failed)? else { return Ok(None) };
    if !ev.is_public() {
        return Ok(None);
    }
    let can_manage = guard::org_member(viewer.clone(), ev.org_id, MemberRole::Editor).is_ok();
    registrations::panel(state.store.db(), &ev, viewer.as_ref(), can_manage).await.map(Some).map_err(ssr::failed)
}

#[server(prefix = "/srv", endpoint = "event_edit", input = GetUrl)]
pub async fn load_event_edit(slug: String) -> Result<EventEdit, ServerFnError> {
    use crate::backend::store::statements::event_manage;
    let (state, _, ev) = ssr::organiser_of(&slug).await?;
    event_manage::load_edit(state.store.db(), &ev).await.map_err(ssr::failed)
}

#[server(prefix = "/srv", endpoint = "event_new", input = GetUrl)]
pub async fn load_event_new(org: String) -> Result<NewEvent, ServerFnError> {
    use crate::backend::store::statements::event_manage;
    use crate::domain::OrgKind;
    use crate::domain::dto::Text;
    use crate::domain::events::{EventFields, organises_events};
    let (state, viewer) = ssr::viewer().await;
    let db = state.store.db();
    let Some(v) = viewer else { return Err(ssr::refuse(http::StatusCode::UNAUTHORIZED, "signed_out")) };
    let mut out = NewEvent::default();
    let orgs = event_manage::organisers_for(db, &v).await.map_err(ssr::failed)?;
    if !org.is_empty() {
        let found = event_manage::organiser(db, &org).await.map_err(ssr::failed)?;
        let Some(event_manage::Organiser { id, kind, name_vi, name_en }) = found else {
            return Err(ssr::refuse(http::StatusCode::NOT_FOUND, "not_found"));
        };
        if crate::backend::auth::guard::org_member(Some(v.clone()), id, crate::domain::account::MemberRole::Editor)
            .is_err()
        {
            return Err(ssr::refuse(http::StatusCode::FORBIDDEN, "forbidden"));
        }
        if OrgKind::parse(&kind).is_some_and(organises_events) {
            out.form = Some(EventEdit {
                org_slug: org,
                org_name: Text::new(name_vi, name_en),
                fields: EventFields { event_type: String::new(), ..Default::default() },
                locations: event_manage::locations(db).await.map_err(ssr::failed)?,
                ..Default::default()
            });
            out.events = event_manage::org_events(db, id).await.map_err(ssr::failed)?;
        } else {
            out.cannot_organise = true;
        }
    }
    out.choices = orgs;
    Ok(out)
}

#[server(prefix = "/srv", endpoint = "event_attendees", input = GetUrl)]
pub async fn load_attendees(slug: String) -> Result<AttendeeList, ServerFnError> {
    use crate::backend::store::statements::registrations;
    use crate::domain::dto::Text;
    let (state, _, ev) = ssr::organiser_of(&slug).await?;
    let rows = registrations::attendees(state.store.db(), ev.id).await.map_err(ssr::failed)?;
    Ok(AttendeeList {
        slug: ev.slug,
        title: Text::new(ev.title_vi, ev.title_en),
        starts_at: ev.starts_at,
        capacity: ev.capacity,
        rows,
    })
}
