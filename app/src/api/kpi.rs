use crate::domain::dto::KpiRow;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[server(prefix = "/srv", endpoint = "kpi", input = GetUrl)]
pub async fn kpi_rows() -> Result<Vec<KpiRow>, ServerFnError> {
    super::store().kpis().await.map_err(super::internal)
}
