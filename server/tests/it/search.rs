//! Search through HTTP: the JSON contract, hostile input, the search page, suggestions, and a
//! write by another connection reaching the results while the server runs.

use crate::support::{TestApp, result_count, spawn};
use app::backend::db;
use app::backend::db::sql;
use app::backend::text::fold;
use app::domain::query::encode;
use serde_json::Value;
use std::time::{Duration, Instant};

const FACETS: &[&str] = &["kind", "sector", "location", "stage", "type", "trl", "ip", "coop", "verified"];

#[tokio::test]
async fn search_api_has_the_contract_shape() {
    let app = spawn().await;
    let (status, body) = app.json("/api/v1/search?q=n%C3%B4ng+nghi%E1%BB%87p&per_page=5").await;
    assert_eq!(status, 200);
    let total = body["totalHits"].as_u64().expect("totalHits");
    assert!(total > 5, "{total}");
    assert_eq!(body["page"], 1);
    assert_eq!(body["perPage"], 5);
    assert!(body["processingTimeMs"].is_u64(), "{}", body["processingTimeMs"]);
    assert!(body["didYouMean"].is_null());
    assert_eq!(body["relaxed"], false);
    let hits = body["hits"].as_array().expect("hits");
    assert_eq!(hits.len(), 5);
    for hit in hits {
        for key in ["group", "kind", "slug", "url", "title"] {
            assert!(hit[key].as_str().is_some_and(|s| !s.is_empty()), "{key} in {hit}");
        }
        assert!(
            hit["url"].as_str().is_some_and(|u| u.starts_with('/') && u.ends_with(hit["slug"].as_str().unwrap_or("?")))
        );
        assert!(hit["snippet"]["text"].is_string() && hit["snippet"]["marks"].is_array(), "{hit}");
        assert!(hit["score"].as_f64().is_some_and(|s| s > 0.0), "{hit}");
        assert!(
            fold(hit["title"].as_str().unwrap_or("")).contains("nong")
                || !hit["snippet"]["marks"].as_array().is_some_and(Vec::is_empty)
        );
    }
    let facets = body["facets"].as_object().expect("facets map");
    for key in FACETS {
        let values = facets.get(*key).and_then(Value::as_object).unwrap_or_else(|| panic!("facet {key}"));
        assert!(values.values().all(Value::is_u64), "{key}: {values:?}");
    }
    let kinds: u64 = facets["kind"].as_object().expect("kinds").values().filter_map(Value::as_u64).sum();
    assert_eq!(kinds, total, "each hit has one kind");

    // a facet value's count is what filtering by it returns
    let (kind, count) = facets["kind"].as_object().and_then(|m| m.iter().next()).expect("a kind");
    let (_, filtered) = app.json(&format!("/api/v1/search?q=n%C3%B4ng+nghi%E1%BB%87p&kind={kind}")).await;
    assert_eq!(filtered["totalHits"], *count);
    assert!(filtered["hits"].as_array().expect("hits").iter().all(|h| h["kind"] == kind.as_str()));
}

#[tokio::test]
async fn unknown_kind_is_a_400_with_the_error_shape() {
    let app = spawn().await;
    let (status, err) = app.json("/api/v1/search?q=abc&kind=dragon").await;
    assert_eq!(status, 400);
    assert_eq!(err["error"]["code"], "invalid_kind");
    assert!(err["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
    // organisation kinds and document groups are both kinds
    for kind in ["startup", "offer", "research"] {
        let (status, body) = app.json(&format!("/api/v1/search?kind={kind}")).await;
        assert_eq!(status, 200, "{kind}");
        assert!(body["totalHits"].as_u64() > Some(0), "{kind}");
    }
}

#[tokio::test]
async fn hostile_queries_never_fail() {
    let app = spawn().await;
    let long = "đ\"(*:\\ ".repeat(80);
    let nasty = [
        "\"",
        "\"\"\"",
        "\"công nghệ",
        "(",
        ")",
        "AND",
        "a AND (b OR",
        "NOT",
        "*",
        "*:*",
        "title:x",
        ":",
        "\\",
        "-",
        "~",
        "^2",
        "[1 TO 5]",
        "{}",
        "/.*/",
        ".*",
        "%",
        "%%",
        "'; DROP TABLE organizations; --",
        "<script>alert(1)</script>",
        "\u{0}",
        "\u{0301}",
        "🌾",
        "   ",
        &long,
    ];
    for q in nasty {
        let encoded = encode(q);
        for path in [
            format!("/api/v1/search?q={encoded}"),
            format!("/api/v1/search?q={encoded}&sort=newest&lang=en&sector=energy"),
            format!("/search?q={encoded}"),
            format!("/srv/suggest?q={encoded}"),
        ] {
            let status = app.get(&path).await.status().as_u16();
            assert_eq!(status, 200, "{path}");
        }
    }
    // malformed encodings of the free text are ignored, not errors…
    for raw in ["q=%ZZ", "q=%FF%FE", "q=%", "q=%C3", "q=a&q=b&&&="] {
        let (status, body) = app.json(&format!("/api/v1/search?{raw}")).await;
        assert_eq!(status, 200, "{raw}");
        assert!(body["totalHits"].is_u64(), "{raw}");
    }
    // …while a value a parameter does not take is a 400 that names it (the API is strict)
    for (raw, code) in [("per_page=-1&page=abc", "invalid_per_page"), ("sector=%3Cx%3E", "invalid_sector")] {
        let (status, body) = app.json(&format!("/api/v1/search?{raw}")).await;
        assert_eq!(status, 400, "{raw}");
        assert_eq!(body["error"]["code"], code, "{raw}");
    }
}

#[tokio::test]
async fn paging_is_capped_and_past_the_end_is_empty() {
    let app = spawn().await;
    let (_, body) = app.json("/api/v1/search?kind=startup&per_page=1000").await;
    assert_eq!(body["perPage"], 100);
    assert_eq!(body["hits"].as_array().map(Vec::len), Some(100));
    let total = body["totalHits"].as_u64().expect("total");
    assert!(total > 100);

    let (_, first) = app.json("/api/v1/search?q=vuon+uom").await;
    let total = first["totalHits"].as_u64().expect("total");
    assert!(total > 0);
    let (status, past) = app.json("/api/v1/search?q=vuon+uom&page=500").await;
    assert_eq!(status, 200);
    assert_eq!(past["hits"].as_array().map(Vec::len), Some(0));
    assert_eq!(past["totalHits"], total);
    assert_eq!(past["page"], 500);
}

#[tokio::test]
async fn search_page_shows_hits_and_filters_change_the_count() {
    let app = spawn().await;
    let (status, html) = app.html("/search?q=nong+nghiep").await;
    assert_eq!(status, 200);
    let (_, api) = app.json("/api/v1/search?q=nong+nghiep").await;
    let total = api["totalHits"].as_u64().expect("total");
    assert_eq!(result_count(&html), total);
    assert_eq!(html.matches("data-testid=\"search-hit\"").count() as u64, total.min(24));
    let first = api["hits"][0]["url"].as_str().expect("first url");
    assert!(html.contains(&format!("href=\"{first}\"")), "the first hit links to {first}");

    let (status, filtered) = app.html("/search?q=nong+nghiep&kind=startup").await;
    assert_eq!(status, 200);
    let (_, api) = app.json("/api/v1/search?q=nong+nghiep&kind=startup").await;
    let narrowed = result_count(&filtered);
    assert_eq!(narrowed, api["totalHits"].as_u64().expect("total"));
    assert!(narrowed > 0 && narrowed < total, "{narrowed} of {total}");

    // nothing found: the page says so and offers the correction
    let (status, html) = app.html("/search?q=nghieppp").await;
    assert_eq!(status, 200);
    assert_eq!(result_count(&html), 0);
    assert!(html.contains("data-testid=\"did-you-mean\""));
}

#[tokio::test]
async fn suggest_server_function_answers_json() {
    let app = spawn().await;
    let (status, body) = app.json("/srv/suggest?q=vuon+uom").await;
    assert_eq!(status, 200);
    let list = body.as_array().expect("a list");
    assert!(list.len() >= 3, "{body}");
    for s in list {
        assert!(s["title"].as_str().is_some_and(|t| t.starts_with("Vườn ươm")), "{s}");
        assert!(["org", "offer", "challenge"].contains(&s["group"].as_str().unwrap_or("")), "{s}");
        assert!(s["url"].as_str().is_some_and(|u| u.starts_with('/')), "{s}");
    }
    assert_eq!(list[0]["kind"], "incubator");
    let (status, body) = app.json("/srv/suggest?q=").await;
    assert_eq!(status, 200);
    assert_eq!(body, serde_json::json!([]));
}

/// Polls the search API until `done(totalHits, hits)` holds; panics after five seconds.
pub(crate) async fn wait_for(app: &TestApp, q: &str, what: &str, done: impl Fn(u64, &[Value]) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (status, body) = app.json(&format!("/api/v1/search?q={}", encode(q))).await;
        assert_eq!(status, 200);
        let hits = body["hits"].as_array().cloned().unwrap_or_default();
        let total = body["totalHits"].as_u64().unwrap_or(0);
        if done(total, &hits) {
            return;
        }
        assert!(Instant::now() < deadline, "after 5 s, {what}: {q:?} gives {total} hits");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Another writer (a CLI import, a second server) changes the database: the running server's
/// indexer picks it up from the outbox within seconds.
#[tokio::test]
async fn writes_by_another_connection_reach_the_results() {
    let app = spawn().await;
    let pool = db::connect(&app.database_url).await.expect("second connection");
    let name = "Công ty TNHH Xylofantra Ninh Bình";
    let (_, before) = app.json("/api/v1/search?q=xylofantra").await;
    assert_eq!(before["totalHits"], 0);

    let id: i64 = sql::query_scalar(
        "INSERT INTO organizations (slug, kind, name_vi, name_folded, short_vi, created_at, updated_at)
         VALUES ('xylofantra', 'enterprise', $1, $2, 'Cơ khí chính xác.', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
         RETURNING id",
    )
    .bind(name)
    .bind(fold(name))
    .fetch_one(&pool)
    .await
    .expect("insert");
    wait_for(&app, "xylofantra", "the new organisation appears", |n, hits| {
        n == 1 && hits[0]["slug"] == "xylofantra" && hits[0]["title"] == name
    })
    .await;

    sql::query("UPDATE organizations SET name_vi = 'Công ty TNHH Quillomira', name_folded = 'cong ty tnhh quillomira' WHERE id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .expect("update");
    wait_for(&app, "quillomira", "the new name is found", |n, _| n == 1).await;
    wait_for(&app, "xylofantra", "the old name is gone", |n, _| n == 0).await;

    sql::query("UPDATE organizations SET hidden = TRUE WHERE id = $1").bind(id).execute(&pool).await.expect("hide");
    wait_for(&app, "quillomira", "the hidden organisation disappears", |n, _| n == 0).await;
}
