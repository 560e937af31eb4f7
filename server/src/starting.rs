//! What the server answers while it waits for its database at start: 503 everywhere, in the
//! shape each address normally has, with `Retry-After` so clients and balancers come back.

use app::backend::rest::ApiError;
use axum::Json;
use axum::response::{Html, IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

/// Seconds a client is asked to wait before trying again.
const RETRY_AFTER: &str = "5";

pub fn response(path: &str) -> Response {
    let mut res = if path == "/healthz" {
        (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({"status": "starting", "database": "unavailable"})))
            .into_response()
    } else if path.starts_with("/api/") {
        ApiError::Unavailable.into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, Html(PAGE)).into_response()
    };
    res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER));
    res
}

/// Both languages at once: the language preference lives in the database's sessions.
const PAGE: &str = r#"<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5"><title>Kết Nối — đang khởi động</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.4rem}p{line-height:1.5}.en{color:#6b7280}</style></head>
<body><h1>Kết Nối đang khởi động</h1>
<p>Hệ thống đang kết nối tới cơ sở dữ liệu. Trang sẽ tự tải lại sau vài giây.</p>
<p class="en" lang="en">Kết Nối is starting and waiting for its database. This page reloads by itself in a few seconds.</p>
</body></html>"#;
