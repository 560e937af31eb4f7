use crate::backend::store::StoreError;
use crate::backend::web::Failure;
use crate::i18n::Lang;
use axum::Json;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

/// An API failure with a stable code; the message never leaks internals. The body is written
/// in English; `localize` rewrites it for `?lang=vi` (the handler need not know the language).
///
/// The JSON form of a web [`Failure`] too: `ApiError::from(failure)` keeps its status, and a
/// store error passes through `Failure` so its cause is logged once, there.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    NotFound(&'static str),
    BadRequest(&'static str),
    /// Sign-in needed (401).
    Unauthorized,
    /// Signed in, not allowed (403).
    Forbidden,
    /// The database cannot be reached (503).
    Unavailable,
    /// A query parameter (named) whose value the OpenAPI document does not allow.
    InvalidParam(&'static str),
    MethodNotAllowed,
    /// Seconds to wait before the next request.
    TooManyRequests(u64),
    Internal,
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        Failure::from(e).into()
    }
}

impl From<Failure> for ApiError {
    /// A failure's JSON twin. Its cause, if ours, was logged when the `Failure` was made.
    fn from(f: Failure) -> Self {
        match f {
            Failure::NotFound => ApiError::NotFound("not_found"),
            // a refused form has no JSON form: the request was not one we accept
            Failure::BadRequest | Failure::Refused { .. } => ApiError::BadRequest("bad_request"),
            Failure::SignedOut(_) => ApiError::Unauthorized,
            Failure::Denied(_) => ApiError::Forbidden,
            Failure::Unavailable | Failure::StorageFull => ApiError::Unavailable,
            Failure::Internal => ApiError::Internal,
        }
    }
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) | ApiError::InvalidParam(_) => StatusCode::BAD_REQUEST,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden => StatusCode::FORBIDDEN,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
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
            ApiError::Unauthorized => "unauthorized".into(),
            ApiError::Forbidden => "forbidden".into(),
            ApiError::Unavailable => "unavailable".into(),
            ApiError::Internal => "internal".into(),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let s = lang.opendata();
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
            ApiError::Unauthorized => s.err_unauthorized.into(),
            ApiError::Forbidden => s.err_forbidden.into(),
            ApiError::Unavailable => s.err_unavailable.into(),
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

#[cfg(test)]
mod tests {
    use super::*;

    async fn body(res: Response) -> serde_json::Value {
        let bytes = axum::body::to_bytes(res.into_body(), 4096).await.expect("body");
        serde_json::from_slice(&bytes).expect("json")
    }

    #[tokio::test]
    async fn a_failure_answers_json_with_its_status_a_stable_code_and_no_internal_text() {
        for (failure, status, code) in [
            (Failure::NotFound, 404, "not_found"),
            (Failure::BadRequest, 400, "bad_request"),
            (Failure::SignedOut(Lang::Vi), 401, "unauthorized"),
            (Failure::Denied(Lang::En), 403, "forbidden"),
            (Failure::Refused { to: "/orgs/new".into() }, 400, "bad_request"),
            (sqlx::Error::PoolTimedOut.into(), 503, "unavailable"),
            (StoreError::Corrupt("a secret".into()).into(), 500, "internal"),
        ] {
            let res = ApiError::from(failure).response(Lang::En);
            assert_eq!(res.status().as_u16(), status);
            let json = body(res).await;
            assert_eq!(json["error"]["code"], code);
            let message = json["error"]["message"].as_str().expect("a message");
            assert!(!message.is_empty() && !message.contains("secret"), "{message}");
        }
    }

    #[test]
    fn a_store_error_in_the_api_is_an_internal_error() {
        assert_eq!(ApiError::from(StoreError::Corrupt("x".into())), ApiError::Internal);
    }
}
