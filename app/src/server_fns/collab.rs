//! Collaboration requests and notifications for the signed-in user. Every function answers
//! `None` to anyone who may not see the thing asked for, the same as for something that does
//! not exist, so ids cannot be probed.

use crate::domain::collab::{BoxPage, CollabView, NewRequestTarget, NotificationPage};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
use super::internal as failed;
#[cfg(feature = "ssr")]
use crate::backend::state::AppState;

/// The target named by the page's query (`?offer=slug`, `?challenge=`, `?org=`).
#[server(prefix = "/srv", endpoint = "collab_new", input = GetUrl)]
pub async fn load_new_request(search: String) -> Result<Option<NewRequestTarget>, ServerFnError> {
    use crate::backend::store::statements::collab;
    use crate::domain::collab::TargetType;
    let (AppState { store, .. }, Some(v)) = super::viewer().await else { return Ok(None) };
    let pool = store.db();
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(search.trim_start_matches('?').as_bytes()).into_owned().collect();
    let Some((kind, slug)) = pairs.into_iter().find_map(|(k, v)| Some((TargetType::parse(&k)?, v))) else {
        return Ok(None);
    };
    Ok(collab::new_target(pool, &v, kind, &slug).await.map_err(failed)?.map(|(t, _)| t))
}

/// The request page. Opening it as the receiving side records that it was viewed (once).
#[server(prefix = "/srv", endpoint = "collab_request", input = GetUrl)]
pub async fn load_request(id: i64) -> Result<Option<CollabView>, ServerFnError> {
    use crate::backend::store::statements::collab;
    use crate::domain::collab::{CollabAction, CollabState, Side};
    let (AppState { store, .. }, Some(v)) = super::viewer().await else { return Ok(None) };
    let pool = store.db();
    let Some(view) = collab::view(pool, &v, id).await.map_err(failed)? else { return Ok(None) };
    if view.state == CollabState::Sent && view.sides.contains(&Side::Receiver) {
        match collab::take_step(pool, &v, id, CollabAction::View, None, None).await {
            Ok(_) => return collab::view(pool, &v, id).await.map_err(failed),
            Err(e) => tracing::warn!(error = %e, "recording a view failed"),
        }
    }
    Ok(Some(view))
}

/// An organisation's inbox or sent box (members and admins only): 401 signed out, 404 for an
/// unknown organisation, 403 for someone else's (organisations are public, their boxes not).
#[server(prefix = "/srv", endpoint = "collab_box", input = GetUrl)]
pub async fn load_box(slug: String, search: String) -> Result<Option<BoxPage>, ServerFnError> {
    let res = use_context::<leptos_axum::ResponseOptions>();
    use crate::backend::store::statements::{collab, org_manage};
    use crate::domain::collab::CollabState;
    use crate::domain::dto::Text;
    let (AppState { store, .. }, Some(v)) = super::viewer().await else {
        super::refuse_on(&res, http::StatusCode::UNAUTHORIZED);
        return Ok(None);
    };
    let pool = store.db();
    let Some(org) = org_manage::id_by_slug(pool, &slug).await.map_err(failed)? else {
        super::refuse_on(&res, http::StatusCode::NOT_FOUND);
        return Ok(None);
    };
    if v.role_in(org).is_none() && !v.role.is_admin() {
        super::refuse_on(&res, http::StatusCode::FORBIDDEN);
        return Ok(None);
    }
    let q: Vec<(String, String)> =
        url::form_urlencoded::parse(search.trim_start_matches('?').as_bytes()).into_owned().collect();
    let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str()).unwrap_or("");
    let inbox = get("box") != "sent";
    let state = CollabState::parse(get("state"));
    let page = get("page").parse::<u32>().unwrap_or(1).clamp(1, 10_000);
    let (counts, total, rows) = collab::inbox(pool, org, inbox, state, page).await.map_err(failed)?;
    let Some(name) = crate::backend::store::statements::orgs::names(pool, org).await.map_err(failed)? else {
        return Ok(None);
    };
    Ok(Some(BoxPage { org_name: Text::new(name.0, name.1), slug, inbox, state, counts, total, page, rows }))
}

#[server(prefix = "/srv", endpoint = "notifications", input = GetUrl)]
pub async fn load_notifications(page: u32) -> Result<Option<NotificationPage>, ServerFnError> {
    use crate::backend::store::statements::notifications;
    let (AppState { store, .. }, Some(v)) = super::viewer().await else { return Ok(None) };
    let pool = store.db();
    let page = page.clamp(1, 10_000);
    let (rows, total) = notifications::list(pool, v.id, page).await.map_err(failed)?;
    let unread = notifications::unread(pool, v.id).await.map_err(failed)?;
    let preference = notifications::preference(pool, v.id).await.map_err(failed)?;
    Ok(Some(NotificationPage { rows, unread, total, page, preference }))
}

/// The offer's confidential details, for its provider and for accepted requesters only.
#[server(prefix = "/srv", endpoint = "offer_confidential", input = GetUrl)]
pub async fn offer_confidential(slug: String) -> Result<Option<String>, ServerFnError> {
    use crate::backend::store::statements::collab;
    let (AppState { store, .. }, Some(v)) = super::viewer().await else { return Ok(None) };
    let pool = store.db();
    collab::offer_confidential(pool, &v, &slug).await.map_err(failed)
}
