//! What the server answers when it cannot serve a request: while it waits for its database at
//! start, and when more requests are in flight than it takes at once. 503 in the shape each
//! address normally has, with `Retry-After` so clients and balancers come back.

use app::backend::rest::ApiError;
use axum::Json;
use axum::response::{Html, IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

/// Still starting: `/healthz` says the database is not there yet; come back in 5 s.
pub fn starting(path: &str) -> Response {
    let health = serde_json::json!({"status": "starting", "database": "unavailable"});
    response(path, health, STARTING_PAGE, "5")
}

/// Too many requests in flight: this one is refused at once rather than queued; come back in
/// a second.
pub fn busy(path: &str) -> Response {
    response(path, serde_json::json!({"status": "busy"}), BUSY_PAGE, "1")
}

fn response(path: &str, health: serde_json::Value, page: &'static str, retry_after: &'static str) -> Response {
    let mut res = if path == "/healthz" {
        (StatusCode::SERVICE_UNAVAILABLE, Json(health)).into_response()
    } else if path.starts_with("/api/") {
        ApiError::Unavailable.into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, Html(page)).into_response()
    };
    res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(retry_after));
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Both languages at once: the language preference lives in the database's sessions.
const STARTING_PAGE: &str = r#"<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5"><title>Kết Nối — đang khởi động</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.4rem}p{line-height:1.5}.en{color:#6b7280}</style></head>
<body><h1>Kết Nối đang khởi động</h1>
<p>Hệ thống đang kết nối tới cơ sở dữ liệu. Trang sẽ tự tải lại sau vài giây.</p>
<p class="en" lang="en">Kết Nối is starting and waiting for its database. This page reloads by itself in a few seconds.</p>
</body></html>"#;

const BUSY_PAGE: &str = r#"<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kết Nối — hệ thống đang bận</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.4rem}p{line-height:1.5}.en{color:#6b7280}</style></head>
<body><h1>Hệ thống đang bận</h1>
<p>Có quá nhiều yêu cầu cùng lúc nên yêu cầu này chưa được xử lý. Vui lòng thử lại sau vài giây.</p>
<p class="en" lang="en">Too many requests at once, so this one was not processed. Please try again in a few seconds.</p>
</body></html>"#;
