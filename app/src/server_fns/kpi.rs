//! The KPI dashboard's reads: every indicator (public), one indicator with its entry history
//! (the history for admins only), and the admins' entry page.

use crate::domain::kpi::{KpiHistoryEntry, KpiIndicator};
use crate::domain::matching::QualityMonth;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::backend::this_year;

#[server(prefix = "/srv", endpoint = "kpi", input = GetUrl)]
pub async fn kpi_indicators() -> Result<Vec<KpiIndicator>, ServerFnError> {
    super::store().kpis(this_year()).await.map_err(super::internal)
}

/// The annual report's data: today's date (Vietnam) and every indicator.
#[server(prefix = "/srv", endpoint = "kpi_report", input = GetUrl)]
pub async fn kpi_report() -> Result<(String, Vec<KpiIndicator>), ServerFnError> {
    Ok((crate::backend::today(), super::store().kpis(this_year()).await.map_err(super::internal)?))
}

/// An indicator's page: the indicator, and its entries when an admin is looking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KpiDetail {
    pub indicator: KpiIndicator,
    pub history: Option<Vec<KpiHistoryEntry>>,
}

#[server(prefix = "/srv", endpoint = "kpi_detail", input = GetUrl)]
pub async fn kpi_indicator_page(code: String) -> Result<Option<KpiDetail>, ServerFnError> {
    use crate::backend::state::AppState;
    use crate::backend::store::statements::kpi;
    let state = expect_context::<AppState>();
    let db = state.store.db();
    let Some(indicator) = kpi::one(db, &code, this_year()).await.map_err(super::internal)? else {
        super::refuse(http::StatusCode::NOT_FOUND);
        return Ok(None);
    };
    let viewer = match leptos_axum::extract::<tower_sessions::Session>().await {
        Ok(sess) => crate::backend::auth::session::viewer(&sess, db).await,
        Err(_) => None,
    };
    let history = match viewer {
        Some(v) if v.role.is_admin() => {
            super::private();
            Some(kpi::history(db, &code).await.map_err(super::internal)?)
        }
        _ => None,
    };
    Ok(Some(KpiDetail { indicator, history }))
}

/// The admins' entry page: every indicator with its current actuals (admins only).
/// Beside them, the matching-quality table (the last 12 months).
#[server(prefix = "/srv", endpoint = "admin_kpi", input = GetUrl)]
pub async fn admin_kpi() -> Result<(i64, Vec<KpiIndicator>, Vec<QualityMonth>), ServerFnError> {
    use crate::backend::store::statements::match_feedback;
    super::admin::require_admin().await?;
    let year = this_year();
    let store = super::store();
    let kpis = store.kpis(year).await.map_err(super::internal)?;
    let quality = match_feedback::quality(store.db(), 12).await.map_err(super::internal)?;
    Ok((year, kpis, quality))
}
