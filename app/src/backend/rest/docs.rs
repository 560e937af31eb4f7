//! Builds the API docs page's content from the OpenAPI document, with each endpoint's example
//! request run in-process against the real data (so the examples are never stale).

use super::openapi;
use crate::backend::state::AppState;
use crate::domain::api_docs::{ApiDocs, EndpointDoc, ParamDoc};
use crate::domain::dto::Text;
use axum::body::Body;
use serde_json::Value;
use std::collections::HashMap;
use tower::ServiceExt;

/// Longest example answer shown, in lines.
const EXAMPLE_LINES: usize = 40;

/// "English / Tiếng Việt" (summaries, parameters) or "English\n\nTiếng Việt" (descriptions).
fn bilingual(s: &str, sep: &str) -> Text {
    match s.split_once(sep) {
        Some((en, vi)) => Text::new(vi.trim(), Some(en.trim().to_string())),
        None => Text::new(s, None),
    }
}

fn values(schema: &Value) -> String {
    if let Some(codes) = schema["enum"].as_array() {
        return codes.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", ");
    }
    let ty = schema["type"].as_str().unwrap_or("string");
    match (schema["minimum"].as_i64(), schema["maximum"].as_i64()) {
        (Some(min), Some(max)) => format!("{ty} {min}–{max}"),
        (Some(min), None) => format!("{ty} ≥ {min}"),
        _ => match schema["pattern"].as_str() {
            Some(p) => format!("{ty} {p}"),
            None => ty.to_string(),
        },
    }
}

async fn run(api: &axum::Router, uri: &str) -> Option<Value> {
    let req = http::Request::get(uri).body(Body::empty()).ok()?;
    let res = api.clone().oneshot(req).await.ok()?;
    let bytes = axum::body::to_bytes(res.into_body(), 8 * 1024 * 1024).await.ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn shorten(v: &Value) -> String {
    let pretty = serde_json::to_string_pretty(v).unwrap_or_default();
    let lines: Vec<&str> = pretty.lines().collect();
    if lines.len() <= EXAMPLE_LINES { pretty } else { format!("{}\n  …", lines[..EXAMPLE_LINES].join("\n")) }
}

/// The example request of a list endpoint.
fn list_example(path: &str) -> String {
    match path {
        "/api/v1/organizations" => format!("{path}?kind=startup&per_page=1"),
        "/api/v1/search" => format!("{path}?q=nong+nghiep&per_page=1"),
        _ => format!("{path}?per_page=1"),
    }
}

/// The docs page with each endpoint's example answered by `api` (`routes::api()`, the JSON API
/// without its edge), run in-process.
pub async fn build(state: &AppState, api: axum::Router<AppState>) -> ApiDocs {
    let api = api.with_state(state.clone());
    let doc = serde_json::to_value(openapi::base()).unwrap_or_default();
    let mut endpoints = Vec::new();
    // a list's first slug, for its detail endpoint's example
    let mut first_slug: HashMap<String, String> = HashMap::new();
    let Some(paths) = doc["paths"].as_object() else {
        return ApiDocs { site: state.site_url(), endpoints };
    };
    for (path, item) in paths {
        let Some(op) = item.get("get") else { continue };
        let example = match path.strip_suffix("/{slug}") {
            Some(list) => path.replace("{slug}", first_slug.get(list).map_or("slug", String::as_str)),
            None => list_example(path),
        };
        let answer = run(&api, &example).await.unwrap_or(Value::Null);
        if let Some(slug) = answer["hits"][0]["slug"].as_str() {
            first_slug.insert(path.clone(), slug.to_string());
        }
        let params = op["parameters"]
            .as_array()
            .map(|ps| {
                ps.iter()
                    .map(|p| ParamDoc {
                        name: p["name"].as_str().unwrap_or_default().to_string(),
                        location: p["in"].as_str().unwrap_or_default().to_string(),
                        required: p["required"].as_bool().unwrap_or(false),
                        values: values(&p["schema"]),
                        description: bilingual(p["description"].as_str().unwrap_or_default(), " / "),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let responses = op["responses"]
            .as_object()
            .map(|rs| {
                rs.iter()
                    .filter_map(|(code, r)| {
                        Some((code.parse().ok()?, r["description"].as_str().unwrap_or_default().to_string()))
                    })
                    .collect()
            })
            .unwrap_or_default();
        endpoints.push(EndpointDoc {
            id: op["operationId"].as_str().unwrap_or_default().to_string(),
            method: "GET".into(),
            path: path.clone(),
            summary: bilingual(op["summary"].as_str().unwrap_or_default(), " / "),
            description: bilingual(op["description"].as_str().unwrap_or_default(), "\n\n"),
            params,
            responses,
            example,
            example_response: shorten(&answer),
        });
    }
    ApiDocs { site: state.site_url(), endpoints }
}
