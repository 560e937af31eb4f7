//! Security headers on every response. A page gets a Content-Security-Policy that carries its
//! render's nonce (`csp_for_page`), so Leptos' inline hydration scripts run and nothing else
//! inline does; anything else gets a policy that allows nothing.
//!
//! The page's policy is derived here from the nonce the rendered HTML carries. Setting it through
//! Leptos' `ResponseOptions` proved unreliable: under concurrent load some page responses
//! came without any of the headers set there (seen in Chromium runs, not reproduced with curl),
//! and a page whose policy misses its nonce does not hydrate.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderValue, header};

/// For responses that are not pages (JSON, files, errors): nothing may run or embed them.
const BASELINE_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

pub fn csp_for_page(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// `secure`: the site is served over TLS, so browsers are told to stay on it (HSTS).
pub async fn middleware(State(secure): State<bool>, req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let mut res = with_page_policy(res).await;
    let h = res.headers_mut();
    let mut set = |name, value: &'static str| {
        if !h.contains_key(&name) {
            h.insert(name, HeaderValue::from_static(value));
        }
    };
    set(header::CONTENT_SECURITY_POLICY, BASELINE_CSP);
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "strict-origin-when-cross-origin");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(header::HeaderName::from_static("cross-origin-opener-policy"), "same-origin");
    set(header::HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=()");
    if secure {
        set(header::STRICT_TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
    }
    res
}

/// Largest page read to find its nonce; pages are rendered whole before they are sent anyway.
const PAGE_LIMIT: usize = 16 * 1024 * 1024;

/// An HTML page: read it, and give it the policy of the nonce its scripts carry. Pages are
/// per-user (the header shows who is signed in), so no shared cache may keep them.
async fn with_page_policy(res: Response) -> Response {
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if !is_html {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, PAGE_LIMIT).await else {
        tracing::error!("a page could not be read to set its policy");
        return Response::from_parts(parts, axum::body::Body::empty());
    };
    if let Some(nonce) = nonce_in(&bytes)
        && let Ok(v) = HeaderValue::from_str(&csp_for_page(nonce))
    {
        parts.headers.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    if !parts.headers.contains_key(header::CACHE_CONTROL) {
        parts.headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache"));
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// The nonce of the first `nonce="…"` attribute in the `<head>`, where Leptos' hydration
/// scripts come before anything a user wrote, if it looks like one (base64 characters).
fn nonce_in(html: &[u8]) -> Option<&str> {
    const MARK: &[u8] = b" nonce=\"";
    let head_end = html.windows(7).position(|w| w == b"</head>").unwrap_or(html.len());
    let head = &html[..head_end];
    let start = head.windows(MARK.len()).position(|w| w == MARK)? + MARK.len();
    let len = html[start..].iter().position(|&b| b == b'"')?;
    let nonce = std::str::from_utf8(&html[start..start + len]).ok()?;
    let ok =
        (16..=128).contains(&nonce.len()) && nonce.bytes().all(|b| b.is_ascii_alphanumeric() || b"+/=_-".contains(&b));
    ok.then_some(nonce)
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_the_render_nonce() {
        let page = b"<html><head><script nonce=\"AbC123+/xyzAbC123==\">x</script></head>";
        assert_eq!(super::nonce_in(page), Some("AbC123+/xyzAbC123=="));
        assert_eq!(super::nonce_in(b"<p>no scripts</p>"), None);
        let user_text =
            b"<head></head><body><p>x nonce=\"ChosenByTheAuthor123\"</p><script nonce=\"AbC123+/xyzAbC123==\">";
        assert_eq!(super::nonce_in(user_text), None, "only the head counts");
        assert_eq!(super::nonce_in(b"<script nonce=\"'; script-src *\">"), None, "only base64 characters");
    }
}
