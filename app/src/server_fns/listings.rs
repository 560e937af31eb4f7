//! The data of the publishing pages: a listing's edit form, an organisation's listings, the
//! moderation queue. Each answers `Ok(None)` when the viewer may not see it (the page says why
//! from the session, the status says so: 401 signed out, 403 not theirs, 404 unknown); the POST
//! handlers check again on every write.

use crate::domain::listing::{ListingEdit, ListingKind, OrgListings, ReviewItem};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
use super::{denied_status, internal, viewer};

/// The form of listing `slug`, or a new one for organisation `org` (when `slug` is empty).
#[server(prefix = "/srv", endpoint = "listing_edit", input = GetUrl)]
pub async fn load_listing_edit(
    kind: ListingKind,
    slug: String,
    org: String,
) -> Result<Option<ListingEdit>, ServerFnError> {
    use crate::backend::auth::guard;
    use crate::backend::store::statements::listings::read;
    use crate::domain::account::MemberRole;
    let (state, v) = viewer().await;
    let db = state.store.db();
    let (org, listing) = if slug.is_empty() {
        let Some(o) = read::org(db, &org).await.map_err(internal)? else { return Ok(None) };
        (o, None)
    } else {
        let Some(l) = read::listing(db, kind, &slug).await.map_err(internal)? else { return Ok(None) };
        (l.org.clone(), Some(l))
    };
    if guard::org_member(v, org.id, MemberRole::Editor).is_err() || !kind.allowed_org(org.kind) {
        return Ok(None);
    }
    let values = match &listing {
        Some(l) => read::values(db, kind, l.id).await.map_err(internal)?,
        None => Default::default(),
    };
    let mut edit = read::edit(&org, listing.as_ref().map(|l| (slug.as_str(), l)), values);
    if kind == ListingKind::Research {
        edit.offers = read::org_offers(db, org.id).await.map_err(internal)?;
    }
    Ok(Some(edit))
}

#[server(prefix = "/srv", endpoint = "org_listings", input = GetUrl)]
pub async fn load_org_listings(slug: String) -> Result<Option<OrgListings>, ServerFnError> {
    let res = use_context::<leptos_axum::ResponseOptions>();
    use crate::backend::auth::guard;
    use crate::backend::store::statements::listings::read;
    use crate::domain::account::MemberRole;
    let (state, v) = viewer().await;
    let Some(org) = read::org(state.store.db(), &slug).await.map_err(internal)? else {
        super::refuse_on(&res, http::StatusCode::NOT_FOUND);
        return Ok(None);
    };
    if let Err(d) = guard::org_member(v, org.id, MemberRole::Editor) {
        super::refuse_on(&res, denied_status(d));
        return Ok(None);
    }
    let rows = read::org_listings(state.store.db(), org.id, &crate::backend::today()).await.map_err(internal)?;
    Ok(Some(OrgListings { org_slug: org.slug, org_name: org.name, org_kind: org.kind, rows }))
}

#[server(prefix = "/srv", endpoint = "moderation_queue", input = GetUrl)]
pub async fn load_moderation() -> Result<Option<Vec<ReviewItem>>, ServerFnError> {
    use crate::backend::auth::guard;
    let (state, v) = viewer().await;
    if guard::moderator(v).is_err() {
        return Ok(None);
    }
    crate::backend::store::statements::listings::queue::pending(state.store.db()).await.map(Some).map_err(internal)
}
