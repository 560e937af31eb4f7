use crate::domain::dto::{CatalogPage, Catalogue, ItemDetail};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[server(prefix = "/srv", endpoint = "catalogue", input = GetUrl)]
pub async fn list_catalogue(cat: Catalogue, search: String) -> Result<CatalogPage, ServerFnError> {
    use crate::domain::{FacetKey, ListQuery};
    let mut q = ListQuery::parse(&search);
    // The events page opens on what is still to come; past events are one tab away.
    if cat == Catalogue::Events && q.filter(FacetKey::When).is_none() {
        q.filters.push((FacetKey::When, "upcoming".into()));
        q.filters.sort();
    }
    super::store().list_items(cat, &q, &crate::backend::today()).await.map_err(super::internal)
}

#[server(prefix = "/srv", endpoint = "item", input = GetUrl)]
pub async fn get_item(cat: Catalogue, slug: String) -> Result<Option<ItemDetail>, ServerFnError> {
    super::store().item(cat, &slug).await.map_err(super::internal)
}
