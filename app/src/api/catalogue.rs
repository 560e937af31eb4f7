use crate::domain::dto::{CatalogPage, Catalogue, ItemDetail};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[server(prefix = "/srv", endpoint = "catalogue", input = GetUrl)]
pub async fn list_catalogue(cat: Catalogue, search: String) -> Result<CatalogPage, ServerFnError> {
    use crate::domain::ListQuery;
    let q = ListQuery::parse(&search);
    super::store().list_items(cat, &q, &crate::backend::today()).await.map_err(super::internal)
}

#[server(prefix = "/srv", endpoint = "item", input = GetUrl)]
pub async fn get_item(cat: Catalogue, slug: String) -> Result<Option<ItemDetail>, ServerFnError> {
    super::store().item(cat, &slug).await.map_err(super::internal)
}
