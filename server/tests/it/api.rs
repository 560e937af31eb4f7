use crate::support::spawn;

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
async fn bad_query_parameters_are_clamped_not_errors() {
    let app = spawn().await;
    let (status, body) = app.json("/api/v1/organizations?per_page=100000&page=-3").await;
    assert_eq!(status, 200);
    assert_eq!(body["perPage"], 100);
    assert_eq!(body["page"], 1);
    assert_eq!(body["hits"].as_array().map(Vec::len), Some(100));
    let (status, body) = app.json("/api/v1/organizations?page=99999&sector=%3Cscript%3E&q=%25%27%22").await;
    assert_eq!(status, 200);
    assert_eq!(body["hits"].as_array().map(Vec::len), Some(0));
    let (status, err) = app.json("/api/v1/organizations?kind=dragon").await;
    assert_eq!(status, 400);
    assert_eq!(err["error"]["code"], "invalid_kind");
    let (status, err) = app.json("/api/v1/nothing-here").await;
    assert_eq!(status, 404);
    assert_eq!(err["error"]["code"], "route_not_found");
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
