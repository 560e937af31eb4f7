use crate::backend::store::StoreError;
use crate::i18n::Lang;
use axum::Json;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

/// An API failure with a stable code; the message never leaks internals. The body is written
/// in English; `localize` rewrites it for `?lang=vi` (the handler need not know the language).
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    NotFound(&'static str),
    BadRequest(&'static str),
    /// A query parameter (named) whose value the OpenAPI document does not allow.
    InvalidParam(&'static str),
    MethodNotAllowed,
    /// Seconds to wait before the next request.
    TooManyRequests(u64),
    Internal,
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        tracing::error!(error = %e, "store error in API");
        ApiError::Internal
    }
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) | ApiError::InvalidParam(_) => StatusCode::BAD_REQUEST,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable, machine-readable code (`org_not_found`, `invalid_sector`, …).
    pub fn code(&self) -> String {
        match self {
            ApiError::NotFound(code) | ApiError::BadRequest(code) => (*code).to_string(),
            ApiError::InvalidParam(param) => format!("invalid_{param}"),
            ApiError::MethodNotAllowed => "method_not_allowed".into(),
            ApiError::TooManyRequests(_) => "rate_limited".into(),
            ApiError::Internal => "internal".into(),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let s = lang.od();
        match self {
            ApiError::NotFound("route_not_found") => s.err_route_not_found.into(),
            ApiError::NotFound(_) => s.err_not_found.into(),
            ApiError::BadRequest(code) => match code.strip_prefix("invalid_") {
                Some(param) => s.err_invalid_param.replace("{param}", param),
                None => s.err_bad_request.into(),
            },
            ApiError::InvalidParam(param) => s.err_invalid_param.replace("{param}", param),
            ApiError::MethodNotAllowed => s.err_method.into(),
            ApiError::TooManyRequests(wait) => s.err_too_many.replace("{wait}", &wait.to_string()),
            ApiError::Internal => s.err_internal.into(),
        }
    }

    pub fn response(&self, lang: Lang) -> Response {
        let body = serde_json::json!({"error": {"code": self.code(), "message": self.message(lang)}});
        let mut res = (self.status(), Json(body)).into_response();
        if let ApiError::TooManyRequests(wait) = self {
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(*wait));
        }
        res.extensions_mut().insert(self.clone());
        res
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.response(Lang::En)
    }
}

/// Rewrites an API error in the language the request asked for (`?lang=vi`), keeping status
/// and headers.
pub fn localize(res: Response, lang: Lang) -> Response {
    if lang == Lang::En {
        return res;
    }
    let Some(error) = res.extensions().get::<ApiError>().cloned() else { return res };
    let (parts, _) = res.into_parts();
    let mut out = error.response(lang);
    for (name, value) in &parts.headers {
        if name != header::CONTENT_LENGTH {
            out.headers_mut().insert(name, value.clone());
        }
    }
    out
}
