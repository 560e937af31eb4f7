use crate::domain::api_docs::ApiDocs;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The content of `/api/docs`, generated from the OpenAPI document with real example answers.
#[server(prefix = "/srv", endpoint = "api_docs", input = GetUrl)]
pub async fn load_api_docs() -> Result<ApiDocs, ServerFnError> {
    let state = expect_context::<crate::backend::state::AppState>();
    Ok(crate::backend::rest::docs::build(&state, crate::backend::routes::api()).await)
}
