use crate::support::spawn;
use app::backend::db::sql;

#[tokio::test]
async fn healthz_reports_the_database() {
    let app = spawn().await;
    let (status, body) = app.json("/healthz").await;
    assert_eq!(status, 200);
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn organizations_list_by_kind_has_the_contract_shape() {
    let app = spawn().await;
    let (status, body) = app.json("/api/v1/organizations?kind=startup&per_page=5").await;
    assert_eq!(status, 200);
    assert!(body["totalHits"].as_u64().expect("totalHits") >= 5);
    assert_eq!(body["page"], 1);
    assert_eq!(body["perPage"], 5);
    let hits = body["hits"].as_array().expect("hits");
    assert_eq!(hits.len(), 5);
    for hit in hits {
        assert_eq!(hit["kind"], "startup");
        assert!(hit["slug"].as_str().is_some_and(|s| !s.is_empty()));
        assert!(hit["name"]["vi"].as_str().is_some());
    }
    let (_, all) = app.json("/api/v1/organizations").await;
    let (_, startups) = app.json("/api/v1/organizations?kind=startup").await;
    assert!(startups["totalHits"].as_u64() >= Some(150));
    assert!(all["totalHits"].as_u64() > startups["totalHits"].as_u64());
}

#[tokio::test]
async fn organization_detail_and_unknown_slug() {
    let app = spawn().await;
    let (_, list) = app.json("/api/v1/organizations?kind=startup&per_page=1").await;
    let slug = list["hits"][0]["slug"].as_str().expect("slug").to_string();
    let (status, org) = app.json(&format!("/api/v1/organizations/{slug}")).await;
    assert_eq!(status, 200);
    assert_eq!(org["slug"], slug.as_str());
    assert_eq!(org["profile"]["type"], "startup");

    let (status, err) = app.json("/api/v1/organizations/khong-ton-tai").await;
    assert_eq!(status, 404);
    assert_eq!(err["error"]["code"], "org_not_found");
    assert!(err["error"]["message"].as_str().is_some());
}

#[tokio::test]
async fn bad_query_parameters_are_400_with_the_error_shape() {
    let app = spawn().await;
    // sizes are capped, not refused
    let (status, body) = app.json("/api/v1/organizations?per_page=100000&page=99999").await;
    assert_eq!(status, 200);
    assert_eq!(body["perPage"], 100);
    assert_eq!(body["hits"].as_array().map(Vec::len), Some(0));
    let (status, body) = app.json("/api/v1/organizations?per_page=100&utm_source=newsletter").await;
    assert_eq!(status, 200, "unknown parameters are ignored");
    assert_eq!(body["hits"].as_array().map(Vec::len), Some(100));
    for (url, code) in [
        ("/api/v1/organizations?kind=dragon", "invalid_kind"),
        ("/api/v1/organizations?page=-3", "invalid_page"),
        ("/api/v1/organizations?sector=%3Cscript%3E", "invalid_sector"),
        ("/api/v1/offers?trl=10", "invalid_trl"),
        ("/api/v1/offers?per_page=abc", "invalid_per_page"),
        ("/api/v1/challenges?status=draft", "invalid_status"),
        ("/api/v1/events?when=tomorrow", "invalid_when"),
        ("/api/v1/research?year=19x", "invalid_year"),
        ("/api/v1/search?q=x&sort=random", "invalid_sort"),
    ] {
        let (status, err) = app.json(url).await;
        assert_eq!(status, 400, "{url}");
        assert_eq!(err["error"]["code"], code, "{url}");
        assert!(err["error"]["message"].as_str().is_some_and(|m| m.contains("parameter")), "{url}: {err}");
    }
    let (status, err) = app.json("/api/v1/offers?trl=10&lang=vi").await;
    assert_eq!(status, 400);
    assert!(err["error"]["message"].as_str().is_some_and(|m| m.contains("không hợp lệ")), "{err}");
    let (status, err) = app.json("/api/v1/nothing-here").await;
    assert_eq!(status, 404);
    assert_eq!(err["error"]["code"], "route_not_found");
}

#[tokio::test]
async fn wrong_methods_are_405_and_reading_is_open_to_any_origin() {
    let app = spawn().await;
    let res = app
        .client
        .delete(format!("{}/api/v1/offers", app.base))
        .header("origin", app.base.as_str())
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), 405);
    assert!(res.headers().get("allow").is_some_and(|v| v.to_str().unwrap_or("").contains("GET")));
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["error"]["code"], "method_not_allowed");

    let res = app
        .client
        .get(format!("{}/api/v1/offers", app.base))
        .header("origin", "https://example.org")
        .send()
        .await
        .expect("get");
    assert_eq!(res.headers().get("access-control-allow-origin").map(|v| v.as_bytes()), Some(&b"*"[..]));
    let res = app
        .client
        .request(reqwest::Method::OPTIONS, format!("{}/api/v1/offers", app.base))
        .header("origin", "https://example.org")
        .header("access-control-request-method", "GET")
        .send()
        .await
        .expect("preflight");
    assert!(res.status().is_success());
    assert!(
        res.headers().get("access-control-allow-methods").is_some_and(|v| v.to_str().unwrap_or("").contains("GET"))
    );
}

#[tokio::test]
async fn detail_endpoints_show_public_entries_only() {
    let app = spawn().await;
    let pool = app.pool().await;
    for (table, path) in [("technology_offers", "offers"), ("challenges", "challenges")] {
        let (slug,): (String,) =
            sql::query_as(sqlx::AssertSqlSafe(format!("SELECT slug FROM {table} WHERE status <> 'draft' LIMIT 1")))
                .fetch_one(&pool)
                .await
                .expect("a public entry");
        sql::query(sqlx::AssertSqlSafe(format!("UPDATE {table} SET status = 'draft' WHERE slug = $1")))
            .bind(&slug)
            .execute(&pool)
            .await
            .expect("make it a draft");
        let (status, err) = app.json(&format!("/api/v1/{path}/{slug}")).await;
        assert_eq!(status, 404, "{path}/{slug}");
        assert!(err["error"]["code"].as_str().is_some_and(|c| c.ends_with("_not_found")));
    }
    let (_, list) = app.json("/api/v1/offers?per_page=1").await;
    let slug = list["hits"][0]["slug"].as_str().expect("slug");
    let res = app.get(&format!("/api/v1/offers/{slug}")).await;
    assert_eq!(res.status(), 200);
    let text = res.text().await.expect("body");
    assert!(!text.contains("confidential"), "confidential details never leave the server");
    let offer: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(offer["card"]["slug"], slug);
}

#[tokio::test]
async fn the_api_is_rate_limited_per_client() {
    use app::backend::rest::ApiSettings;
    let mut api = ApiSettings::default();
    api.rate_limit.burst = 3;
    api.rate_limit.per_minute = 1;
    let app = crate::support::spawn_configured(Default::default(), api).await;
    for _ in 0..3 {
        assert_eq!(app.get("/api/v1/events?per_page=1").await.status(), 200);
    }
    let res = app.get("/api/v1/events?per_page=1").await;
    assert_eq!(res.status(), 429);
    let wait: u64 = res.headers()["retry-after"].to_str().expect("ascii").parse().expect("seconds");
    assert!(wait >= 1);
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["error"]["code"], "rate_limited");
    // pages are not counted against the API's budget
    assert_eq!(app.get("/events").await.status(), 200);
}

#[tokio::test]
async fn catalogue_endpoints_list_public_items() {
    let app = spawn().await;
    for (path, min) in [("/api/v1/offers", 90), ("/api/v1/challenges", 35), ("/api/v1/research", 200)] {
        let (status, body) = app.json(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(body["totalHits"].as_u64() >= Some(min), "{path}: {}", body["totalHits"]);
    }
}
