use crate::backend::store::StoreError;
use axum::Json;
use axum::response::{IntoResponse, Response};
use http::StatusCode;

/// An API failure with a stable code; the message never leaks internals.
#[derive(Debug)]
pub enum ApiError {
    NotFound(&'static str),
    BadRequest(&'static str),
    Internal,
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        tracing::error!(error = %e, "store error in API");
        ApiError::Internal
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, message) = match self {
            ApiError::NotFound(code) => (StatusCode::NOT_FOUND, code, "Not found / Không tìm thấy"),
            ApiError::BadRequest(code) => (StatusCode::BAD_REQUEST, code, "Invalid request / Yêu cầu không hợp lệ"),
            ApiError::Internal => (StatusCode::INTERNAL_SERVER_ERROR, "internal", "Internal error / Lỗi hệ thống"),
        };
        (status, Json(serde_json::json!({"error": {"code": code, "message": message}}))).into_response()
    }
}
