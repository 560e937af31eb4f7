//! The read-only public JSON API under `/api/v1`, its OpenAPI document (`/api/openapi.json`)
//! and `/healthz`. Lists answer `{hits, totalHits, page, perPage}`; errors
//! `{"error": {"code", "message"}}` (`?lang=vi` for Vietnamese messages).

pub mod docs;
pub(crate) mod edge;
mod error;
pub mod kpi;
pub mod openapi;
pub mod params;

use super::state::AppState;
pub use crate::backend::auth::settings::ApiSettings;
use crate::domain::dto::{Catalogue, ItemCard, ItemDetail, OrgCard, OrgDetail, Page};
use crate::domain::search::SearchHit;
use crate::domain::{FacetKey, ListQuery, OrgKind};
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
pub use error::{ApiError, localize};
use error_body::ErrorBody;
use params::Endpoint;
use serde::Serialize;
use std::collections::BTreeMap;

pub(crate) async fn healthz(State(state): State<AppState>) -> Response {
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

/// The lenient parse the pages use (kept for callers outside the API).
pub fn list_query(raw: Option<&str>) -> ListQuery {
    ListQuery::parse(raw.unwrap_or(""))
}

mod error_body {
    /// The shape of every error: `{"error": {"code": "org_not_found", "message": "…"}}`.
    #[derive(serde::Serialize, utoipa::ToSchema)]
    pub struct ErrorBody {
        pub error: ErrorDetail,
    }

    #[derive(serde::Serialize, utoipa::ToSchema)]
    pub struct ErrorDetail {
        /// Stable, machine-readable: `invalid_sector`, `org_not_found`, `rate_limited` …
        pub code: String,
        /// For people, in English or per `?lang=vi`.
        pub message: String,
    }
}

/// The search answer: the list shape plus `facets` (`{facet: {value: count}}`) and timing.
#[derive(Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SearchAnswer {
    pub hits: Vec<SearchHit>,
    pub total_hits: u64,
    pub page: u32,
    pub per_page: u32,
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
    pub processing_time_ms: u64,
    /// A corrected query that finds something, when this one found nothing.
    pub did_you_mean: Option<String>,
    /// No document had every word: these hits have most of them.
    pub relaxed: bool,
}

#[utoipa::path(get, path = "/api/v1/organizations", tag = "organizations", operation_id = "listOrganizations",
    summary = "Organisations / Tổ chức",
    description = "Public organisations of every kind, filtered like the directory pages.\n\n\
        Các tổ chức công khai, lọc như các trang danh bạ.",
    responses(
        (status = 200, description = "One page of organisations", body = Page<OrgCard>),
        (status = 400, description = "A parameter has a value outside those listed", body = ErrorBody),
        (status = 429, description = "Too many requests (see Retry-After)", body = ErrorBody),
    ))]
pub(crate) async fn organizations(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q = params::parse(raw.as_deref(), Endpoint::Organizations)?;
    let kinds: Vec<OrgKind> = match q.filter(FacetKey::Kind) {
        Some(k) => vec![OrgKind::parse(k).ok_or(ApiError::BadRequest("invalid_kind"))?],
        None => OrgKind::ALL.to_vec(),
    };
    Ok(Json(state.store.list_orgs(&kinds, &[], &q).await?.page).into_response())
}

#[utoipa::path(get, path = "/api/v1/organizations/{slug}", tag = "organizations", operation_id = "getOrganization",
    summary = "One organisation / Một tổ chức",
    description = "An organisation's public profile with its kind-specific facts and its public listings. \
        A merged duplicate's address redirects (301) to the organisation kept.\n\n\
        Hồ sơ công khai của một tổ chức; địa chỉ của bản trùng đã gộp chuyển hướng (301).",
    params(("slug" = String, Path, description = "The organisation's slug / Đường dẫn của tổ chức")),
    responses(
        (status = 200, description = "The organisation", body = OrgDetail),
        (status = 301, description = "Merged into another organisation (Location header)"),
        (status = 404, description = "No public organisation has this slug", body = ErrorBody),
        (status = 429, description = "Too many requests (see Retry-After)", body = ErrorBody),
    ))]
pub(crate) async fn organization(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    match state.store.org(&slug).await? {
        Some(org) => Ok(Json(org).into_response()),
        None => match crate::backend::store::statements::org_manage::redirect_target(state.store.db(), &slug).await {
            // a merged duplicate's address points at the organisation kept
            Ok(Some(target)) => {
                Ok(axum::response::Redirect::permanent(&format!("/api/v1/organizations/{target}")).into_response())
            }
            _ => Err(ApiError::NotFound("org_not_found")),
        },
    }
}

async fn catalogue(state: &AppState, raw: Option<&str>, cat: Catalogue) -> Result<Response, ApiError> {
    let q = params::parse(raw, Endpoint::Catalogue(cat))?;
    let today = crate::backend::today();
    Ok(Json(state.store.list_items(cat, &q, &today).await?.page).into_response())
}

async fn item(state: &AppState, slug: &str, cat: Catalogue) -> Result<Response, ApiError> {
    match state.store.item(cat, slug).await? {
        Some(item) => Ok(Json(item).into_response()),
        None => Err(ApiError::NotFound(match cat {
            Catalogue::Offers => "offer_not_found",
            Catalogue::Challenges => "challenge_not_found",
            Catalogue::Research => "research_not_found",
            Catalogue::Programmes => "programme_not_found",
            Catalogue::Events => "event_not_found",
        })),
    }
}

/// A list and a detail endpoint of one catalogue, documented.
macro_rules! catalogue_endpoints {
    ($cat:expr, $list:ident, $detail:ident, $path:literal, $tag:literal, $what:literal, $list_id:literal, $detail_id:literal) => {
        #[utoipa::path(get, path = concat!("/api/v1/", $path), tag = $tag, operation_id = $list_id,
                    summary = $what,
                    description = concat!("Public entries, filtered, sorted and paged like the page at /", $path,
                        ".\n\nCác mục công khai, lọc, sắp xếp và phân trang như trang /", $path, "."),
                    responses(
                        (status = 200, description = "One page of entries", body = Page<ItemCard>),
                        (status = 400, description = "A parameter has a value outside those listed", body = ErrorBody),
                        (status = 429, description = "Too many requests (see Retry-After)", body = ErrorBody),
                    ))]
        pub(crate) async fn $list(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
            catalogue(&state, raw.as_deref(), $cat).await
        }

        #[utoipa::path(get, path = concat!("/api/v1/", $path, "/{slug}"), tag = $tag, operation_id = $detail_id,
                    summary = $what,
                    description = "One public entry with its sections (safe HTML), key facts and related entries; \
                drafts and hidden entries answer 404.\n\nMột mục công khai; bản nháp và mục ẩn trả về 404.",
                    params(("slug" = String, Path, description = "The entry's slug / Đường dẫn của mục")),
                    responses(
                        (status = 200, description = "The entry", body = ItemDetail),
                        (status = 404, description = "No public entry has this slug", body = ErrorBody),
                        (status = 429, description = "Too many requests (see Retry-After)", body = ErrorBody),
                    ))]
        pub(crate) async fn $detail(State(state): State<AppState>, Path(slug): Path<String>) -> Result<Response, ApiError> {
            item(&state, &slug, $cat).await
        }
    };
}

catalogue_endpoints!(
    Catalogue::Offers,
    offers,
    offer,
    "offers",
    "offers",
    "Technology offers / Chào bán công nghệ",
    "listOffers",
    "getOffer"
);
catalogue_endpoints!(
    Catalogue::Challenges,
    challenges,
    challenge,
    "challenges",
    "challenges",
    "Challenges and S&T task orders / Bài toán, đặt hàng",
    "listChallenges",
    "getChallenge"
);
catalogue_endpoints!(
    Catalogue::Research,
    research_list,
    research,
    "research",
    "research",
    "Research outputs / Kết quả nghiên cứu",
    "listResearch",
    "getResearch"
);
catalogue_endpoints!(
    Catalogue::Programmes,
    programmes,
    programme,
    "programmes",
    "programmes",
    "Programmes and calls / Chương trình",
    "listProgrammes",
    "getProgramme"
);
catalogue_endpoints!(
    Catalogue::Events,
    events,
    event,
    "events",
    "events",
    "Events / Sự kiện",
    "listEvents",
    "getEvent"
);

/// `GET /api/v1/search?q=&kind=&sector=&…&sort=newest&page=&per_page=&lang=en`:
/// Meilisearch-style `{hits, totalHits, facets: {facet: {value: count}}, processingTimeMs, …}`.
#[utoipa::path(get, path = "/api/v1/search", tag = "search", operation_id = "search",
    summary = "Search / Tìm kiếm",
    description = "Ranked full-text search over everything public: diacritics optional, typo tolerant, \
        phrases in quotes; facet counts as if each facet's own filter were not set.\n\n\
        Tìm kiếm toàn văn trên mọi dữ liệu công khai, có hoặc không dấu.",
    responses(
        (status = 200, description = "One page of results with facets", body = SearchAnswer),
        (status = 400, description = "A parameter has a value outside those listed", body = ErrorBody),
        (status = 429, description = "Too many requests (see Retry-After)", body = ErrorBody),
    ))]
pub(crate) async fn search(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = params::parse(raw.as_deref(), Endpoint::Search)?;
    let english = raw.as_deref().unwrap_or("").split('&').any(|p| p == "lang=en");
    let results = crate::backend::search::search(&state.searcher, &state.store, q, english).await.map_err(|e| {
        tracing::error!(error = %e, "search failed in API");
        ApiError::Internal
    })?;
    let facets = results
        .facets
        .iter()
        .map(|f| (f.key.as_str().to_string(), f.values.iter().map(|v| (v.value.clone(), v.count)).collect()))
        .collect();
    Ok(Json(SearchAnswer {
        hits: results.hits,
        total_hits: results.total_hits,
        page: results.page,
        per_page: results.per_page,
        facets,
        processing_time_ms: results.processing_time_ms,
        did_you_mean: results.did_you_mean,
        relaxed: results.relaxed,
    })
    .into_response())
}
