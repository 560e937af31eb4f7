//! What every API response passes through: the per-client rate limit (keyed on the TCP peer
//! address, like sign-in's: forwarded headers are spoofable), open CORS for reading, the
//! error shape for wrong methods, and error messages in the language asked for.

use super::ApiError;
use crate::backend::auth::settings::ApiSettings;
use crate::backend::state::AppState;
use crate::i18n::Lang;
use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, Method, StatusCode, header};
use tower_governor::GovernorLayer;
use tower_governor::errors::GovernorError;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::PeerIpKeyExtractor;

pub fn wrap(routes: Router<AppState>, settings: &ApiSettings) -> Router<AppState> {
    let limit = &settings.rate_limit;
    let routes = if limit.per_minute == 0 {
        routes
    } else {
        let config = GovernorConfigBuilder::default()
            .per_millisecond((60_000 / u64::from(limit.per_minute)).max(1))
            .burst_size(limit.burst.max(1))
            .finish()
            .expect("API rate limit: period and burst are non-zero");
        routes.layer(GovernorLayer::<PeerIpKeyExtractor, _, Body>::new(config).error_handler(too_many))
    };
    routes.layer(axum::middleware::from_fn(edge))
}

fn too_many(error: GovernorError) -> Response<Body> {
    match error {
        GovernorError::TooManyRequests { wait_time, .. } => ApiError::TooManyRequests(wait_time.max(1)).into_response(),
        other => {
            tracing::error!(error = %other, "API rate limiter could not identify the client");
            ApiError::Internal.into_response()
        }
    }
}

/// `?lang=vi` asks for Vietnamese messages; English otherwise (machines read the code).
fn lang_of(req: &Request) -> Lang {
    let vi = req.uri().query().is_some_and(|q| q.split('&').any(|p| p == "lang=vi"));
    if vi { Lang::Vi } else { Lang::En }
}

async fn edge(req: Request, next: Next) -> Response {
    let lang = lang_of(&req);
    let mut res = if req.method() == Method::OPTIONS {
        // CORS preflight: only reading is allowed, from anywhere (open data)
        let mut res = StatusCode::NO_CONTENT.into_response();
        let h = res.headers_mut();
        h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, HEAD, OPTIONS"));
        h.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static("accept, accept-language, content-type"),
        );
        h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("86400"));
        h.insert(header::ALLOW, HeaderValue::from_static("GET, HEAD, OPTIONS"));
        res
    } else {
        let res = next.run(req).await;
        if res.status() == StatusCode::METHOD_NOT_ALLOWED && res.extensions().get::<ApiError>().is_none() {
            let allow = res.headers().get(header::ALLOW).cloned();
            let mut shaped = ApiError::MethodNotAllowed.into_response();
            shaped.headers_mut().insert(header::ALLOW, allow.unwrap_or(HeaderValue::from_static("GET, HEAD")));
            shaped
        } else {
            res
        }
    };
    res = super::localize(res, lang);
    res.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    res
}
