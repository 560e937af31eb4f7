//! The OpenAPI 3 document of the API, generated from the handlers (`#[utoipa::path]`), the DTOs
//! (`ToSchema`) and the parameter table (`params`), served at `/api/openapi.json`.

use super::params::{self, Endpoint, Values};
use super::{ErrorBody, SearchAnswer};
use crate::backend::state::AppState;
use crate::domain::dto::Catalogue;
use axum::Json;
use axum::extract::State;
use std::sync::OnceLock;
use utoipa::OpenApi;
use utoipa::openapi::path::{ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{Required, Server};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Kết Nối — open data API",
        description = "Dữ liệu công khai của hệ sinh thái đổi mới sáng tạo tỉnh Ninh Bình: tổ chức, chào bán công nghệ, \
            bài toán, kết quả nghiên cứu, chương trình, sự kiện và tìm kiếm. Chỉ đọc, không cần tài khoản.\n\n\
            The public data of the Ninh Bình innovation ecosystem: organisations, technology offers, challenges, \
            research outputs, programmes, events and search. Read-only, no account needed. Lists answer \
            `{hits, totalHits, page, perPage}`; errors `{\"error\": {\"code\", \"message\"}}` (`?lang=vi` for \
            Vietnamese messages); each client IP is rate-limited (429 with `Retry-After`).",
        license(name = "MIT", identifier = "MIT"),
    ),
    paths(
        super::organizations, super::organization,
        super::offers, super::offer,
        super::challenges, super::challenge,
        super::research_list, super::research,
        super::programmes, super::programme,
        super::events, super::event,
        super::search,
        super::kpi::kpi,
    ),
    components(schemas(ErrorBody, SearchAnswer)),
    tags(
        (name = "organizations", description = "Tổ chức / Organisations"),
        (name = "offers", description = "Chào bán công nghệ / Technology offers"),
        (name = "challenges", description = "Bài toán, đặt hàng / Challenges and task orders"),
        (name = "research", description = "Kết quả nghiên cứu / Research outputs"),
        (name = "programmes", description = "Chương trình / Programmes"),
        (name = "events", description = "Sự kiện / Events"),
        (name = "search", description = "Tìm kiếm / Search"),
        (name = "kpi", description = "Chỉ tiêu của kế hoạch / The plan's targets"),
    ),
    modifiers(&QueryParams),
)]
pub struct ApiDoc;

/// Adds each list endpoint's query parameters from the table the handlers validate with.
struct QueryParams;

impl utoipa::Modify for QueryParams {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        for (path, item) in doc.paths.paths.iter_mut() {
            let Some(ep) = endpoint(path) else { continue };
            let Some(op) = item.get.as_mut() else { continue };
            let list = op.parameters.get_or_insert_with(Vec::new);
            for p in params::params(ep) {
                list.push(parameter(&p).into());
            }
        }
    }
}

/// The list endpoint at this documented path.
pub fn endpoint(path: &str) -> Option<Endpoint> {
    match path {
        "/api/v1/organizations" => Some(Endpoint::Organizations),
        "/api/v1/search" => Some(Endpoint::Search),
        _ => {
            let rest = path.strip_prefix("/api/v1")?;
            Catalogue::ALL.iter().find(|c| c.path() == rest).map(|c| Endpoint::Catalogue(*c))
        }
    }
}

fn parameter(p: &params::Param) -> utoipa::openapi::path::Parameter {
    let schema = match &p.values {
        Values::Codes(codes) => ObjectBuilder::new().schema_type(Type::String).enum_values(Some(codes.clone())),
        Values::Int { min, max, .. } => {
            ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(*min)).maximum(max.map(|m| m))
        }
        Values::Slug => ObjectBuilder::new().schema_type(Type::String).pattern(Some("^[a-z0-9_-]{1,64}$")),
        Values::Text => ObjectBuilder::new().schema_type(Type::String),
    };
    ParameterBuilder::new()
        .name(p.name)
        .parameter_in(ParameterIn::Query)
        .required(Required::False)
        .description(Some(format!("{} / {}", p.en, p.vi)))
        .schema(Some(schema))
        .build()
}

/// The document without servers (those depend on the configured public address).
pub fn base() -> &'static utoipa::openapi::OpenApi {
    static DOC: OnceLock<utoipa::openapi::OpenApi> = OnceLock::new();
    DOC.get_or_init(|| {
        let mut doc = ApiDoc::openapi();
        doc.info.version = env!("CARGO_PKG_VERSION").to_string();
        doc
    })
}

/// The document as served: the site's public address as its server.
pub fn for_site(site: &str) -> utoipa::openapi::OpenApi {
    let mut doc = base().clone();
    doc.servers = Some(vec![Server::new(site)]);
    doc
}

/// The slug of the first public entry of a list, as the example of its detail's `{slug}`.
async fn first_slug(state: &AppState, list: &str) -> Option<String> {
    let q = crate::domain::ListQuery { per_page: 1, ..crate::domain::ListQuery::parse("") };
    match endpoint(list)? {
        Endpoint::Organizations => {
            let page = state.store.list_orgs(crate::domain::OrgKind::ALL, &[], &q).await.ok()?;
            page.page.hits.into_iter().next().map(|o| o.slug)
        }
        Endpoint::Catalogue(cat) => {
            let page = state.store.list_items(cat, &q, &crate::backend::today()).await.ok()?;
            page.page.hits.into_iter().next().map(|i| i.slug)
        }
        Endpoint::Search => None,
    }
}

/// The document as served, with a real, current slug as each detail endpoint's example (so
/// that clients and test generators reach an existing entry).
pub async fn document(State(state): State<AppState>) -> Json<utoipa::openapi::OpenApi> {
    let mut doc = for_site(&state.site_url());
    for (path, item) in doc.paths.paths.iter_mut() {
        let Some(list) = path.strip_suffix("/{slug}") else { continue };
        let Some(slug) = first_slug(&state, list).await else { continue };
        let params = item.get.as_mut().and_then(|op| op.parameters.as_mut());
        for p in params.into_iter().flatten() {
            if let utoipa::openapi::RefOr::T(p) = p
                && p.name == "slug"
            {
                *p = ParameterBuilder::from(p.clone()).example(Some(serde_json::Value::from(slug.clone()))).build();
            }
        }
    }
    Json(doc)
}
