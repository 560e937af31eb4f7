//! The build's static files under `/pkg` and `/fonts`. The compressed copies scripts/build.sh
//! writes beside each file (`.br` at brotli's highest quality, `.gz`) are sent as they are to a
//! browser that accepts them, instead of compressing the 2.6 MB bundle again on every request
//! (60–80 ms of CPU each). A fingerprinted name is immutable for a year; a plain one (a build
//! without fingerprints) is revalidated each time.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderValue, StatusCode, header};
use std::path::Path;
use tower_http::services::ServeDir;

pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
pub const REVALIDATE: &str = "public, no-cache";

/// `site_root/dir`, served with its precompressed copies and cache lifetimes.
pub fn service(site_root: &str, dir: &str) -> axum::Router {
    axum::Router::new()
        .fallback_service(ServeDir::new(Path::new(site_root).join(dir)).precompressed_br().precompressed_gzip())
        .layer(axum::middleware::from_fn(cache_control))
}

async fn cache_control(req: Request, next: Next) -> Response {
    let immutable = app::assets::is_fingerprinted(req.uri().path());
    let mut res = next.run(req).await;
    if res.status().is_success() || res.status() == StatusCode::NOT_MODIFIED {
        let value = if immutable { IMMUTABLE } else { REVALIDATE };
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    res
}
