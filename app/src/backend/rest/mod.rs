//! The read-only public JSON API under `/api/v1` and `/healthz`.
//! Lists answer `{hits, totalHits, page, perPage}`; errors `{"error": {"code", "message"}}`.

mod error;
pub mod kpi;

use super::AppState;
use crate::domain::dto::Catalogue;
use crate::domain::{FacetKey, ListQuery, OrgKind};
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
pub use error::ApiError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/api/v1/organizations", get(organizations))
        .route("/api/v1/organizations/{slug}", get(organization))
        .route("/api/v1/offers", get(|s, q| catalogue(s, q, Catalogue::Offers)))
        .route("/api/v1/challenges", get(|s, q| catalogue(s, q, Catalogue::Challenges)))
        .route("/api/v1/research", get(|s, q| catalogue(s, q, Catalogue::Research)))
        .route("/api/v1/programmes", get(|s, q| catalogue(s, q, Catalogue::Programmes)))
        .route("/api/v1/events", get(|s, q| catalogue(s, q, Catalogue::Events)))
        .route("/api/v1/search", get(search))
        .route("/api/v1/kpi", get(kpi::kpi))
        .route("/api/v1/{*rest}", get(|| async { ApiError::NotFound("route_not_found") }))
}

async fn healthz(State(state): State<AppState>) -> Response {
    match state.store.health().await {
        Ok(()) => Json(serde_json::json!({"status": "ok", "database": "ok"})).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (
                http::StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({"status": "error", "database": "unavailable"})),
            )
                .into_response()
        }
    }
}

pub fn list_query(raw: Option<&str>) -> ListQuery {
    ListQuery::parse(raw.unwrap_or(""))
}

async fn organizations(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = list_query(raw.as_deref());
    let kinds: Vec<OrgKind> = match q.filter(FacetKey::Kind) {
        Some(k) => vec![OrgKind::parse(k).ok_or(ApiError::BadRequest("invalid_kind"))?],
        None => OrgKind::ALL.to_vec(),
    };
    Ok(Json(state.store.list_orgs(&kinds, &[], &q).await?.page).into_response())
}

async fn organization(State(state): State<AppState>, Path(slug): Path<String>) -> Result<Response, ApiError> {
    match state.store.org(&slug).await? {
        Some(org) => Ok(Json(org).into_response()),
        None => match crate::backend::store::sqlite::org_manage::redirect_target(&state.db, &slug).await {
            // a merged duplicate's address points at the organisation kept
            Ok(Some(target)) => {
                Ok(axum::response::Redirect::permanent(&format!("/api/v1/organizations/{target}")).into_response())
            }
            _ => Err(ApiError::NotFound("org_not_found")),
        },
    }
}

async fn catalogue(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    cat: Catalogue,
) -> Result<Response, ApiError> {
    let q = list_query(raw.as_deref());
    let today = crate::backend::today();
    Ok(Json(state.store.list_items(cat, &q, &today).await?.page).into_response())
}

/// `GET /api/v1/search?q=&kind=&sector=&…&sort=newest&page=&per_page=&lang=en`:
/// Meilisearch-style `{hits, totalHits, facets: {facet: {value: count}}, processingTimeMs, …}`.
async fn search(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    use crate::domain::search::DocGroup;
    let q = list_query(raw.as_deref());
    if let Some(kind) = q.filter(FacetKey::Kind)
        && OrgKind::parse(kind).is_none()
        && DocGroup::parse(kind).is_none()
    {
        return Err(ApiError::BadRequest("invalid_kind"));
    }
    let english = raw.as_deref().unwrap_or("").split('&').any(|p| p == "lang=en");
    let results = crate::backend::search::search(&state, q, english).await.map_err(|e| {
        tracing::error!(error = %e, "search failed in API");
        ApiError::Internal
    })?;
    let facets: serde_json::Map<String, serde_json::Value> = results
        .facets
        .iter()
        .map(|f| {
            let counts = f.values.iter().map(|v| (v.value.clone(), serde_json::Value::from(v.count))).collect();
            (f.key.as_str().to_string(), serde_json::Value::Object(counts))
        })
        .collect();
    Ok(Json(serde_json::json!({
        "hits": results.hits,
        "totalHits": results.total_hits,
        "page": results.page,
        "perPage": results.per_page,
        "facets": facets,
        "processingTimeMs": results.processing_time_ms,
        "didYouMean": results.did_you_mean,
        "relaxed": results.relaxed,
    }))
    .into_response())
}
