//! Reads of the programme pages that depend on who is looking: the edit form, the apply box
//! and form, the owner's board and application, the applicant's list. Each decides access on
//! the server from the session and answers 401 / 403 / 404 with an `Access` the page explains.

use crate::domain::programmes::{
    Access, ApplicationView, ApplyPage, Board, OrgApplications, ProgrammeActions, ProgrammeEdit,
};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::backend::auth::guard;
    pub use crate::backend::state::AppState;
    pub use crate::backend::store::statements::{applications as apps, org_manage, pipeline, programme_edit};
    pub use crate::domain::account::{MemberRole, Viewer};
    pub use crate::domain::programmes::Access;
    use leptos::prelude::*;

    pub(crate) use crate::server_fns::internal as failed;

    /// Per-user pages are never cached, and refusals carry their status.
    pub fn answer<T>(a: Access<T>) -> Access<T> {
        crate::server_fns::private();
        match &a {
            Access::Granted(_) => {}
            Access::SignedOut => crate::server_fns::refuse(http::StatusCode::UNAUTHORIZED),
            Access::Forbidden => crate::server_fns::refuse(http::StatusCode::FORBIDDEN),
            Access::NotFound => crate::server_fns::refuse(http::StatusCode::NOT_FOUND),
        }
        a
    }

    /// The viewer as a member (or admin) of `org`, or the refusal.
    pub fn member<T>(v: Option<Viewer>, org: i64) -> Result<Viewer, Access<T>> {
        guard::org_member(v, org, MemberRole::Editor).map_err(|d| match d {
            crate::backend::auth::Denied::SignedOut => Access::SignedOut,
            crate::backend::auth::Denied::Forbidden => Access::Forbidden,
        })
    }

    /// The viewer as a member of the owner of programme `slug`: (viewer, programme id).
    pub async fn owner<T>(state: &AppState, slug: &str) -> Result<Result<(Viewer, i64), Access<T>>, ServerFnError> {
        let v = crate::server_fns::viewer().await.1;
        let Some(p) = programme_edit::by_slug(state.store.db(), slug).await.map_err(failed)? else {
            return Ok(Err(Access::NotFound));
        };
        Ok(member(v, p.org_id).map(|v| (v, p.id)))
    }
}

/// The edit form: of programme `slug`, or (empty `slug`) a new one for organisation `org`.
#[server(prefix = "/srv", endpoint = "programme_edit", input = GetUrl)]
pub async fn load_programme_edit(org: String, slug: String) -> Result<Access<ProgrammeEdit>, ServerFnError> {
    use ssr::*;
    let state = expect_context::<AppState>();
    let db = state.store.db();
    let v = crate::server_fns::viewer().await.1;
    let (org_id, id) = if slug.is_empty() {
        match org_manage::id_by_slug(db, &org).await.map_err(failed)? {
            Some(o) => (o, None),
            None => return Ok(answer(if v.is_none() { Access::SignedOut } else { Access::NotFound })),
        }
    } else {
        match programme_edit::by_slug(db, &slug).await.map_err(failed)? {
            Some(p) => (p.org_id, Some(p.id)),
            None => return Ok(answer(Access::NotFound)),
        }
    };
    if let Err(a) = member(v, org_id) {
        return Ok(answer(a));
    }
    Ok(answer(match programme_edit::load(db, org_id, id).await.map_err(failed)? {
        Some(e) if !e.types.is_empty() => Access::Granted(e),
        Some(_) => Access::Forbidden,
        None => Access::NotFound,
    }))
}

/// On the public programme page: may the viewer manage it, and as which organisations may
/// they apply.
#[server(prefix = "/srv", endpoint = "programme_actions", input = GetUrl)]
pub async fn load_programme_actions(slug: String) -> Result<ProgrammeActions, ServerFnError> {
    use ssr::*;
    let state = expect_context::<AppState>();
    let db = state.store.db();
    let _ = answer(Access::Granted(()));
    let Some(v) = crate::server_fns::viewer().await.1 else { return Ok(ProgrammeActions::default()) };
    let Some(p) = apps::published(db, &slug).await.map_err(failed)? else {
        return Ok(ProgrammeActions::default());
    };
    let ids: Vec<i64> = v.memberships.iter().map(|m| m.org_id).collect();
    let mut apply_as = Vec::new();
    for o in apps::orgs(db, &ids).await.map_err(failed)? {
        if p.admits(o.id, o.kind) {
            apply_as.push((o.slug, o.name, apps::state_of(db, p.id, o.id).await.map_err(failed)?));
        }
    }
    Ok(ProgrammeActions {
        manage: v.role.is_admin() || v.role_in(p.org_id).is_some(),
        apply_as,
        window: Some(crate::domain::programmes::window(&p.opens_on, &p.closes_on, &crate::backend::today())),
    })
}

/// The application form for organisation `org` (the viewer's first eligible one if empty).
#[server(prefix = "/srv", endpoint = "apply", input = GetUrl)]
pub async fn load_apply(slug: String, org: String) -> Result<Access<ApplyPage>, ServerFnError> {
    use ssr::*;
    let state = expect_context::<AppState>();
    let db = state.store.db();
    let v = crate::server_fns::viewer().await.1;
    let Some(p) = apps::published(db, &slug).await.map_err(failed)? else {
        return Ok(answer(Access::NotFound));
    };
    let Some(v) = v else { return Ok(answer(Access::SignedOut)) };
    let mut ids: Vec<i64> = v.memberships.iter().map(|m| m.org_id).collect();
    // an admin may act for any organisation, as the form handler allows
    let asked = org_manage::id_by_slug(db, &org).await.map_err(failed)?;
    if let Some(id) = asked.filter(|_| v.role.is_admin()) {
        ids.push(id);
    }
    let eligible: Vec<_> =
        apps::orgs(db, &ids).await.map_err(failed)?.into_iter().filter(|o| p.admits(o.id, o.kind)).collect();
    let chosen = if org.is_empty() { eligible.first() } else { eligible.iter().find(|o| o.slug == org) };
    let Some(chosen) = chosen.cloned() else { return Ok(answer(Access::Forbidden)) };
    let choices = eligible.iter().filter(|o| o.id != chosen.id).map(|o| (o.slug.clone(), o.name.clone())).collect();
    let page = apps::page(db, &p, (chosen.id, chosen.slug, chosen.name), choices, &crate::backend::today())
        .await
        .map_err(failed)?;
    Ok(answer(Access::Granted(page)))
}

/// The owner's board of programme `slug`.
#[server(prefix = "/srv", endpoint = "board", input = GetUrl)]
pub async fn load_board(slug: String) -> Result<Access<Board>, ServerFnError> {
    use ssr::*;
    let state = expect_context::<AppState>();
    Ok(answer(match owner(&state, &slug).await? {
        Ok((_, id)) => Access::Granted(pipeline::board(state.store.db(), id).await.map_err(failed)?),
        Err(a) => a,
    }))
}

/// One application of programme `slug`, for the owner's reviewers.
#[server(prefix = "/srv", endpoint = "application", input = GetUrl)]
pub async fn load_application(slug: String, id: i64) -> Result<Access<ApplicationView>, ServerFnError> {
    use ssr::*;
    let state = expect_context::<AppState>();
    Ok(answer(match owner(&state, &slug).await? {
        Ok((v, programme)) => match pipeline::detail(state.store.db(), programme, id, v.id).await.map_err(failed)? {
            Some(a) => Access::Granted(a),
            None => Access::NotFound,
        },
        Err(a) => a,
    }))
}

/// Organisation `slug`'s applications, for its members.
#[server(prefix = "/srv", endpoint = "org_applications", input = GetUrl)]
pub async fn load_org_applications(slug: String) -> Result<Access<OrgApplications>, ServerFnError> {
    use ssr::*;
    let state = expect_context::<AppState>();
    let db = state.store.db();
    let v = crate::server_fns::viewer().await.1;
    let Some(org) = org_manage::id_by_slug(db, &slug).await.map_err(failed)? else {
        return Ok(answer(Access::NotFound));
    };
    if let Err(a) = member(v, org) {
        return Ok(answer(a));
    }
    let Some((_, org_slug, name)) = programme_edit::org(db, org).await.map_err(failed)? else {
        return Ok(answer(Access::NotFound));
    };
    Ok(answer(Access::Granted(apps::of_org(db, org, org_slug, name).await.map_err(failed)?)))
}
