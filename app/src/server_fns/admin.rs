//! The admin area's reads. Each answers only an admin (checked here, on the server, from the
//! session — never from anything the browser sends): 401 signed out, 403 otherwise.

#[cfg(feature = "ssr")]
use crate::backend::store::statements::admin as store;
use crate::domain::admin::{AdminCounts, AdminPage, AuditRow, ClaimRow, OrgRow, UserRow};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The signed-in admin's id, or the refusal (with its status on the response).
#[cfg(feature = "ssr")]
pub(crate) async fn require_admin() -> Result<i64, ServerFnError> {
    use crate::backend::auth::{Denied, guard};
    let (_, viewer) = super::viewer().await;
    guard::admin(viewer).map(|v| v.id).map_err(|d| {
        super::refuse(super::denied_status(d));
        ServerFnError::new(match d {
            Denied::SignedOut => "signed_out",
            Denied::Forbidden => "forbidden",
        })
    })
}

#[cfg(feature = "ssr")]
use super::internal as failed;

/// For a list: the admin check, then the database and the filters in `search`.
#[cfg(feature = "ssr")]
async fn admin_list(search: &str) -> Result<(crate::backend::db::Db, crate::domain::admin::AdminQuery), ServerFnError> {
    require_admin().await?;
    let state = expect_context::<crate::backend::state::AppState>();
    Ok((state.store.db().clone(), crate::domain::admin::AdminQuery::parse(search)))
}

#[server(prefix = "/srv", endpoint = "admin_counts", input = GetUrl)]
pub async fn admin_overview() -> Result<AdminCounts, ServerFnError> {
    require_admin().await?;
    let state = expect_context::<crate::backend::state::AppState>();
    store::counts(state.store.db()).await.map_err(failed)
}

/// `search` is the page's raw query string (`q`, `filter`, `page`).
#[server(prefix = "/srv", endpoint = "admin_users", input = GetUrl)]
pub async fn admin_users(search: String) -> Result<AdminPage<UserRow>, ServerFnError> {
    let (db, query) = admin_list(&search).await?;
    store::list_users(&db, &query).await.map_err(failed)
}

#[server(prefix = "/srv", endpoint = "admin_claims", input = GetUrl)]
pub async fn admin_claims(search: String) -> Result<AdminPage<ClaimRow>, ServerFnError> {
    let (db, query) = admin_list(&search).await?;
    store::pending_claims(&db, &query).await.map_err(failed)
}

#[server(prefix = "/srv", endpoint = "admin_orgs", input = GetUrl)]
pub async fn admin_orgs(search: String) -> Result<AdminPage<OrgRow>, ServerFnError> {
    let (db, query) = admin_list(&search).await?;
    store::list_orgs(&db, &query).await.map_err(failed)
}

#[server(prefix = "/srv", endpoint = "admin_audit", input = GetUrl)]
pub async fn admin_audit(search: String) -> Result<AdminPage<AuditRow>, ServerFnError> {
    let (db, query) = admin_list(&search).await?;
    store::audit_log(&db, &query).await.map_err(failed)
}
