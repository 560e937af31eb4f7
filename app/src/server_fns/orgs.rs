use crate::domain::Directory;
use crate::domain::dto::{DirectoryPage, OrgDetail};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// One page of a directory; `search` is the page's raw URL query string.
#[server(prefix = "/srv", endpoint = "directory", input = GetUrl)]
pub async fn list_directory(dir: Directory, search: String) -> Result<DirectoryPage, ServerFnError> {
    use crate::domain::ListQuery;
    let q = ListQuery::parse(&search);
    super::store().list_orgs(dir.kinds(), dir.facets(), &q).await.map_err(super::internal)
}

#[server(prefix = "/srv", endpoint = "org", input = GetUrl)]
pub async fn get_org(slug: String) -> Result<Option<OrgDetail>, ServerFnError> {
    let org = super::store().org(&slug).await.map_err(super::internal)?;
    if org.is_none() {
        // A merged duplicate's address answers with a permanent redirect to the one kept.
        let store = super::store();
        match crate::backend::store::statements::org_manage::redirect_target(store.db(), &slug).await {
            Ok(Some(target)) => {
                leptos_axum::redirect(&format!("/org/{target}"));
                if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                    res.set_status(http::StatusCode::MOVED_PERMANENTLY);
                }
            }
            Ok(None) => {}
            Err(e) => tracing::error!(error = %e, "looking up an organisation redirect failed"),
        }
    }
    Ok(org)
}
