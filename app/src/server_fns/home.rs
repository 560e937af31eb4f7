use crate::domain::dto::HomeData;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[server(prefix = "/srv", endpoint = "home", input = GetUrl)]
pub async fn get_home() -> Result<HomeData, ServerFnError> {
    super::store().home(&crate::backend::today()).await.map_err(super::internal)
}
