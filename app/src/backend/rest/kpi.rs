//! `GET /api/v1/kpi`: the plan's 15 targets with baseline, target, yearly actuals and status,
//! in the list shape of every `/api/v1` list (all on one page: there are only 15).

use super::ApiError;
use crate::backend::state::AppState;
use crate::domain::kpi::KpiIndicator;
use axum::Json;
use axum::extract::State;
use serde::Serialize;

/// Every indicator of the plan, in its order.
#[derive(Serialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct KpiList {
    pub hits: Vec<KpiIndicator>,
    pub total_hits: u64,
    pub page: u32,
    pub per_page: u32,
}

#[utoipa::path(
    get,
    path = "/api/v1/kpi",
    tag = "kpi",
    responses(
        (status = 200, description = "The plan's targets with yearly actuals and status", body = KpiList),
        (status = 429, description = "Too many requests", body = super::error_body::ErrorBody)
    )
)]
pub async fn kpi(State(state): State<AppState>) -> Result<Json<KpiList>, ApiError> {
    let hits = state.store.kpis(crate::backend::this_year()).await?;
    let n = hits.len();
    Ok(Json(KpiList { hits, total_hits: n as u64, page: 1, per_page: n.max(1) as u32 }))
}
