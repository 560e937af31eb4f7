//! The data of an organisation's management page, for its members (and admins) only.

use crate::domain::manage::OrgEdit;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// `Ok(None)`: no such organisation, or the viewer may not manage it (the page says which
/// from the session).
#[server(prefix = "/srv", endpoint = "org_edit", input = GetUrl)]
pub async fn load_org_edit(slug: String) -> Result<Option<OrgEdit>, ServerFnError> {
    use crate::backend::AppState;
    use crate::backend::auth::{guard, session};
    use crate::backend::store::sqlite::org_manage;
    use crate::domain::account::MemberRole;
    let state = expect_context::<AppState>();
    let sess = leptos_axum::extract::<tower_sessions::Session>().await?;
    let viewer = session::viewer(&sess, &state.db).await;
    let internal = |e: sqlx::Error| {
        tracing::error!(error = %e, "loading an organisation to edit failed");
        ServerFnError::new("internal")
    };
    let Some(org) = org_manage::id_by_slug(&state.db, &slug).await.map_err(internal)? else { return Ok(None) };
    let Ok(v) = guard::org_member(viewer, org, MemberRole::Editor) else { return Ok(None) };
    let mut edit = org_manage::load(&state.db, org).await.map_err(internal)?;
    if let Some(e) = edit.as_mut() {
        e.my_role = v.role_in(org);
    }
    Ok(edit)
}
