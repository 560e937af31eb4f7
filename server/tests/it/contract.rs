//! The public JSON contract of `/api/v1`, snapshotted on the demo data: any change in the
//! answers' shapes (a renamed field, a new one, a changed code) shows as a diff of the `.snap`
//! files under `snapshots/`. Values that move with the clock are redacted.
//!
//! After an intended change: `cargo insta test -p server --test it -- contract` (or run with
//! `INSTA_UPDATE=always`), review the diff, commit the `.snap` files. CI runs with `CI=true`,
//! where a missing or different snapshot fails.

use crate::support::{TestApp, spawn};
use serde_json::Value;

/// The answer to `path`, which must have `status`.
async fn answer(app: &TestApp, path: &str, status: u16) -> Value {
    let (got, body) = app.json(path).await;
    assert_eq!(got, status, "{path}: {body}");
    body
}

/// Snapshots `$value` with the clock's values redacted: timings, search scores, and every date
/// or instant (the demo's are set relative to the day it is seeded).
macro_rules! contract {
    ($name:expr, $value:expr) => {
        let value: Value = $value;
        insta::with_settings!({ sort_maps => true, omit_expression => true }, {
            insta::assert_json_snapshot!($name, value, {
                ".processingTimeMs" => "[ms]",
                // relevance includes freshness, which moves with the clock
                ".hits[].score" => "[score]",
                ".**.date" => "[date]",
                ".**.endDate" => "[date]",
            });
        });
    };
}

/// `value`'s shape: each scalar replaced by its type, each array by its first element's shape.
/// For the answers whose demo content moves with the calendar (upcoming events, open
/// programmes, this year's KPI figures, titles carrying the year).
fn shape(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), shape(v))).collect()),
        Value::Array(items) => Value::Array(items.first().map(shape).into_iter().collect()),
        Value::String(_) => "string".into(),
        Value::Number(_) => "number".into(),
        Value::Bool(_) => "bool".into(),
        Value::Null => Value::Null,
    }
}

#[tokio::test]
async fn the_api_answers_keep_their_shape() {
    let app = spawn().await;
    let orgs = answer(&app, "/api/v1/organizations?per_page=2", 200).await;
    let slug = orgs["hits"][0]["slug"].as_str().expect("an organisation").to_string();
    contract!("organizations", orgs);
    contract!("organization", answer(&app, &format!("/api/v1/organizations/{slug}"), 200).await);
    for (list, dated) in
        [("offers", false), ("challenges", false), ("research", false), ("programmes", true), ("events", true)]
    {
        let body = answer(&app, &format!("/api/v1/{list}?per_page=2"), 200).await;
        let slug = body["hits"][0]["slug"].as_str().expect("a hit").to_string();
        let detail = answer(&app, &format!("/api/v1/{list}/{slug}"), 200).await;
        let (body, detail) = if dated { (shape(&body), shape(&detail)) } else { (body, detail) };
        contract!(list, body);
        contract!(format!("{list}_detail"), detail);
    }
    contract!("search", answer(&app, "/api/v1/search?q=n%C3%B4ng%20nghi%E1%BB%87p&per_page=3", 200).await);
    contract!("kpi", shape(&answer(&app, "/api/v1/kpi", 200).await));
    contract!("error_not_found", answer(&app, "/api/v1/organizations/khong-ton-tai", 404).await);
    contract!("error_bad_parameter", answer(&app, "/api/v1/organizations?per_page=abc", 400).await);
}
