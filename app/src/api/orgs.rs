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
    super::store().org(&slug).await.map_err(super::internal)
}
