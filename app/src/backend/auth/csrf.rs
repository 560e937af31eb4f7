//! Cross-site request forgery: every request that may change state (anything but GET, HEAD,
//! OPTIONS) must come from one of our own pages. Browsers send `Origin` on such requests (and
//! `Referer` otherwise); a request with neither, or from another site, is refused with 403.
//! Leptos server functions have no protection of their own, so this covers `/srv` too.

use super::settings::AuthSettings;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{Method, StatusCode, header};
use std::sync::Arc;

pub async fn middleware(State(auth): State<Arc<AuthSettings>>, req: Request, next: Next) -> Response {
    // The public API is read-only and cookie-free: its wrong methods answer 405 in its own shape.
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) || req.uri().path().starts_with("/api/v1/")
    {
        return next.run(req).await;
    }
    let headers = req.headers();
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let source = headers.get(header::ORIGIN).or_else(|| headers.get(header::REFERER)).and_then(|v| v.to_str().ok());
    if same_origin(source, host, auth.public_url.as_deref()) {
        next.run(req).await
    } else {
        tracing::warn!(origin = ?source, host = ?host, "cross-origin write refused");
        (StatusCode::FORBIDDEN, "cross-origin request refused").into_response()
    }
}

/// `source` (an Origin or Referer) names this site: its authority equals the request's `Host`
/// or the configured public URL's.
pub fn same_origin(source: Option<&str>, host: Option<&str>, public_url: Option<&str>) -> bool {
    let Some(authority) = source.and_then(authority_of) else { return false };
    host.is_some_and(|h| h.eq_ignore_ascii_case(authority))
        || public_url.and_then(authority_of).is_some_and(|p| p.eq_ignore_ascii_case(authority))
}

/// `host[:port]` of an absolute http(s) URL; `None` for anything else (`null`, relative…).
fn authority_of(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    (!authority.is_empty() && !authority.contains('@')).then_some(authority)
}

#[cfg(test)]
mod tests {
    use super::same_origin;

    #[test]
    fn only_our_own_pages() {
        let host = Some("127.0.0.1:3000");
        assert!(same_origin(Some("http://127.0.0.1:3000"), host, None));
        assert!(same_origin(Some("http://127.0.0.1:3000/login?x=1"), host, None));
        assert!(same_origin(Some("https://ketnoi.vn"), Some("internal:8080"), Some("https://ketnoi.vn")));
        assert!(!same_origin(Some("http://evil.example"), host, None));
        assert!(!same_origin(Some("http://127.0.0.1:3000.evil.example"), host, None));
        assert!(!same_origin(Some("http://user@127.0.0.1:3000"), host, None));
        assert!(!same_origin(Some("null"), host, None));
        assert!(!same_origin(None, host, None));
        assert!(!same_origin(Some("http://127.0.0.1:3000"), None, None));
    }
}
