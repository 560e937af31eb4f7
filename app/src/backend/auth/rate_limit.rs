//! The per-client rate limit on sign-in, sign-up and password reset. Keyed on the TCP peer
//! address: `X-Forwarded-For` and friends are spoofable, so they are not trusted by default.
//! (Per-account lockout after repeated failures is in `store::statements::users`.)

use super::settings::RateLimitSettings;
use axum::body::Body;
use governor::middleware::NoOpMiddleware;
use http::{HeaderValue, Method, Response, StatusCode, header};
use tower_governor::GovernorLayer;
use tower_governor::errors::GovernorError;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::PeerIpKeyExtractor;

pub type Layer = GovernorLayer<PeerIpKeyExtractor, NoOpMiddleware<governor::clock::QuantaInstant>, Body>;

pub fn layer(settings: &RateLimitSettings) -> Layer {
    let per_minute = u64::from(settings.per_minute.max(1));
    let config = GovernorConfigBuilder::default()
        .per_millisecond((60_000 / per_minute).max(1))
        .burst_size(settings.burst.max(1))
        .methods(vec![Method::POST])
        .finish()
        .expect("rate limit: period and burst are non-zero");
    GovernorLayer::new(config).error_handler(too_many)
}

/// 429 with `Retry-After`, in both languages (the limiter runs before the language is known).
fn too_many(error: GovernorError) -> Response<Body> {
    let (status, wait) = match error {
        GovernorError::TooManyRequests { wait_time, .. } => (StatusCode::TOO_MANY_REQUESTS, wait_time.max(1)),
        other => {
            tracing::error!(error = %other, "rate limiter could not identify the client");
            (StatusCode::INTERNAL_SERVER_ERROR, 1)
        }
    };
    let body = format!(
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Quá nhiều yêu cầu · Too many requests</title></head>\
         <body><h1>Quá nhiều yêu cầu</h1><p>Vui lòng thử lại sau {wait} giây.</p>\
         <h2 lang=\"en\">Too many requests</h2><p lang=\"en\">Please try again in {wait} seconds.</p>\
         <p><a href=\"/login\">Đăng nhập · Sign in</a></p></body></html>"
    );
    let mut res = Response::new(Body::from(body));
    *res.status_mut() = status;
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(wait));
    res
}
