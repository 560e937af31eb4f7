//! The data of an organisation's management page, for its members (and admins) only.

use crate::domain::manage::OrgEdit;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// `Ok(None)`: no such organisation (404), or the viewer may not manage it (401 signed out,
/// 403 otherwise; the page says which from the session).
#[server(prefix = "/srv", endpoint = "org_edit", input = GetUrl)]
pub async fn load_org_edit(slug: String) -> Result<Option<OrgEdit>, ServerFnError> {
    let res = use_context::<leptos_axum::ResponseOptions>();
    use super::{denied_status, internal};
    use crate::backend::auth::guard;
    use crate::backend::store::statements::org_manage;
    use crate::domain::account::MemberRole;
    let (state, viewer) = super::viewer().await;
    let Some(org) = org_manage::id_by_slug(state.store.db(), &slug).await.map_err(internal)? else {
        super::refuse_on(&res, http::StatusCode::NOT_FOUND);
        return Ok(None);
    };
    let v = match guard::org_member(viewer, org, MemberRole::Editor) {
        Ok(v) => v,
        Err(d) => {
            super::refuse_on(&res, denied_status(d));
            return Ok(None);
        }
    };
    let mut edit = org_manage::load(state.store.db(), org).await.map_err(internal)?;
    if let Some(e) = edit.as_mut() {
        e.my_role = v.role_in(org);
    }
    Ok(edit)
}
