//! The OpenAPI document: valid, complete, and true of the real answers.

use crate::schema::{errors, refs, resolve};
use crate::support::{TestApp, spawn};
use serde_json::Value;

/// The addresses PRODUCT.md promises (and the detail endpoints beside them).
const CONTRACT: &[&str] = &[
    "/api/v1/organizations",
    "/api/v1/organizations/{slug}",
    "/api/v1/offers",
    "/api/v1/offers/{slug}",
    "/api/v1/challenges",
    "/api/v1/challenges/{slug}",
    "/api/v1/research",
    "/api/v1/research/{slug}",
    "/api/v1/programmes",
    "/api/v1/programmes/{slug}",
    "/api/v1/events",
    "/api/v1/events/{slug}",
    "/api/v1/search",
    "/api/v1/kpi",
];

async fn document(app: &TestApp) -> Value {
    let (status, doc) = app.json("/api/openapi.json").await;
    assert_eq!(status, 200);
    doc
}

/// Checks a real answer against the document's schema for that path and status.
async fn conforms(app: &TestApp, doc: &Value, template: &str, url: &str, status: u16) -> Value {
    let (got, body) = app.json(url).await;
    assert_eq!(got, status, "{url}: {}", body.to_string().chars().take(300).collect::<String>());
    let schema =
        &doc["paths"][template]["get"]["responses"][status.to_string()]["content"]["application/json"]["schema"];
    assert!(schema.is_object(), "{template} documents no {status} body");
    let errs = errors(doc, schema, &body);
    assert!(errs.is_empty(), "{url} breaks its schema: {errs:#?}");
    body
}

#[tokio::test]
async fn the_document_is_openapi_3_complete_and_resolves() {
    let app = spawn().await;
    let doc = document(&app).await;
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")), "{}", doc["openapi"]);
    assert_eq!(doc["info"]["license"]["name"], "MIT");
    assert!(doc["info"]["description"].as_str().is_some_and(|d| d.contains("Ninh Bình") && d.contains("public data")));
    assert_eq!(doc["servers"][0]["url"], app.base.as_str());
    let paths = doc["paths"].as_object().expect("paths");
    for path in CONTRACT {
        // a contract route the server answers must be documented (kpi joins when it lands)
        let probe = path.replace("{slug}", "x");
        let (_, body) = app.json(&probe).await;
        if body["error"]["code"] == "route_not_found" {
            assert!(!paths.contains_key(*path), "{path} is documented but not served");
            continue;
        }
        assert!(paths.contains_key(*path), "{path} is served but not in the document");
    }
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(all.len() > 20);
    for r in all {
        assert!(resolve(&doc, &r).is_some(), "unresolved {r}");
    }
    // every operation documents its errors with the error shape
    for (path, item) in paths {
        let responses = &item["get"]["responses"];
        assert!(responses["200"].is_object(), "{path}");
        assert!(responses["429"]["content"]["application/json"]["schema"].is_object(), "{path}");
        // a detail can miss (404); a list with parameters can be asked wrongly (400)
        let has_query = item["get"]["parameters"].as_array().is_some_and(|ps| ps.iter().any(|p| p["in"] == "query"));
        for (bad, applies) in [("404", path.contains('{')), ("400", has_query)] {
            if applies {
                assert!(responses[bad]["content"]["application/json"]["schema"].is_object(), "{path} {bad}");
            }
        }
    }
    // enumerated parameters carry their values
    let params = doc["paths"]["/api/v1/organizations"]["get"]["parameters"].as_array().expect("params");
    let kind = params.iter().find(|p| p["name"] == "kind").expect("kind parameter");
    assert!(kind["schema"]["enum"].as_array().is_some_and(|e| e.contains(&Value::from("startup"))));
}

#[tokio::test]
async fn real_answers_validate_against_the_document() {
    let app = spawn().await;
    let doc = document(&app).await;
    for (list, detail) in [
        ("/api/v1/offers", "/api/v1/offers/{slug}"),
        ("/api/v1/challenges", "/api/v1/challenges/{slug}"),
        ("/api/v1/research", "/api/v1/research/{slug}"),
        ("/api/v1/programmes", "/api/v1/programmes/{slug}"),
        ("/api/v1/events", "/api/v1/events/{slug}"),
    ] {
        let page = conforms(&app, &doc, list, &format!("{list}?per_page=5&sort=newest"), 200).await;
        let slug = page["hits"][0]["slug"].as_str().unwrap_or_else(|| panic!("{list} is empty")).to_string();
        conforms(&app, &doc, detail, &detail.replace("{slug}", &slug), 200).await;
        conforms(&app, &doc, detail, &detail.replace("{slug}", "khong-ton-tai"), 404).await;
        conforms(&app, &doc, list, &format!("{list}?page=0"), 400).await;
    }
    // one organisation of every kind, so every profile variant is checked
    for kind in ["startup", "incubator", "investor", "institute", "enterprise", "intermediary", "agency"] {
        let url = format!("/api/v1/organizations?kind={kind}&per_page=3");
        let page = conforms(&app, &doc, "/api/v1/organizations", &url, 200).await;
        let slug = page["hits"][0]["slug"].as_str().expect("an organisation of each kind");
        conforms(&app, &doc, "/api/v1/organizations/{slug}", &format!("/api/v1/organizations/{slug}"), 200).await;
    }
    conforms(&app, &doc, "/api/v1/search", "/api/v1/search?q=nong+nghiep&per_page=10", 200).await;
    conforms(&app, &doc, "/api/v1/search", "/api/v1/search?q=zzzxqy", 200).await;
    conforms(&app, &doc, "/api/v1/search", "/api/v1/search?sector=bogus", 400).await;
}

#[tokio::test]
async fn the_docs_page_shows_every_endpoint_with_real_examples() {
    let app = spawn().await;
    let doc = document(&app).await;
    for (lang, heading, params) in [("vi", "API dữ liệu mở", "Tham số"), ("en", "Open data API", "Parameters")]
    {
        let (status, html) = app.html(&format!("/api/docs?lang={lang}")).await;
        assert_eq!(status, 200);
        assert!(html.contains(heading) && html.contains(params), "{lang}");
        for path in doc["paths"].as_object().expect("paths").keys() {
            assert!(html.contains(&format!("<code>{path}")), "{lang}: {path}");
        }
        assert_eq!(
            html.matches("data-testid=\"api-endpoint\"").count(),
            doc["paths"].as_object().map_or(0, |p| p.len())
        );
        assert!(
            html.contains(&format!("curl -s &#x27;{}/api/v1/offers?per_page=1&#x27;", app.base))
                || html.contains(&format!("curl -s '{}/api/v1/offers?per_page=1'", app.base)),
            "{lang}: curl example"
        );
        assert!(html.contains("&quot;totalHits&quot;") || html.contains("\"totalHits\""), "{lang}: a real answer");
        assert!(!html.contains("<script>"), "no script without a nonce");
    }
    let (_, home) = app.html("/").await;
    assert!(home.contains("href=\"/api/docs\""), "the footer links the docs");
}
