//! The UI language of a request: `?lang=` (remembered in a cookie), else the cookie, else
//! Vietnamese. A middleware stores it in the request's extensions for pages and handlers.

use crate::i18n::Lang;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::HeaderValue;
use http::header::{COOKIE, SET_COOKIE};

pub const COOKIE_NAME: &str = "lang";

pub async fn middleware(mut req: Request, next: Next) -> Response {
    let from_query =
        req.uri().query().and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("lang=")).and_then(Lang::parse));
    let from_cookie = req
        .headers()
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix("lang=").and_then(Lang::parse));
    let lang = from_query.or(from_cookie).unwrap_or_default();
    req.extensions_mut().insert(lang);
    let mut res = next.run(req).await;
    if from_query.is_some() && from_query != from_cookie {
        let cookie = format!("{COOKIE_NAME}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.code());
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            res.headers_mut().append(SET_COOKIE, v);
        }
    }
    res
}
