use crate::support::{result_count, spawn};

#[tokio::test]
async fn every_public_page_renders() {
    let app = spawn().await;
    for path in [
        "/",
        "/incubators",
        "/startups",
        "/investors",
        "/institutes",
        "/enterprises",
        "/agencies",
        "/offers",
        "/challenges",
        "/research",
        "/programmes",
        "/events",
        "/kpi",
        "/search?q=nong+nghiep",
    ] {
        let (status, html) = app.html(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(html.contains("<html lang=\"vi\""), "{path}");
        assert!(html.contains("<h1"), "{path}");
    }
}

#[tokio::test]
async fn directory_filters_narrow_and_count() {
    let app = spawn().await;
    let (_, all) = app.html("/startups").await;
    let total = result_count(&all);
    assert!(total >= 150);
    let (_, filtered) = app.html("/startups?sector=high-tech-agriculture").await;
    let narrowed = result_count(&filtered);
    assert!(narrowed > 0 && narrowed < total, "{narrowed} of {total}");
    // the facet link's count is what the filter gives
    let marker = "data-value=\"high-tech-agriculture\"";
    let at = all.find(marker).expect("sector facet");
    let count: String = all[at..]
        .split("class=\"count\">")
        .nth(1)
        .expect("count")
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .filter(char::is_ascii_digit)
        .collect();
    assert_eq!(count.parse::<u64>().ok(), Some(narrowed));
    // junk parameters are ignored
    let (status, junk) = app.html("/startups?page=abc&per_page=-1&stage=%3Cb%3E").await;
    assert_eq!(status, 200);
    assert_eq!(result_count(&junk), total);
}

#[tokio::test]
async fn unknown_addresses_are_404_pages() {
    let app = spawn().await;
    for path in ["/org/khong-ton-tai", "/offers/khong-ton-tai", "/events/x", "/no-such-page"] {
        let (status, html) = app.html(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(html.contains("data-testid=\"not-found\""), "{path}");
    }
}

#[tokio::test]
async fn startup_page_links_its_incubator_and_back() {
    let app = spawn().await;
    let (_, list) = app.json("/api/v1/organizations?kind=startup&per_page=100").await;
    let mut checked = false;
    for hit in list["hits"].as_array().expect("hits") {
        let slug = hit["slug"].as_str().expect("slug");
        let (_, org) = app.json(&format!("/api/v1/organizations/{slug}")).await;
        let Some(incubator) = org["profile"]["incubatedBy"]["slug"].as_str() else { continue };
        let (status, html) = app.html(&format!("/org/{slug}")).await;
        assert_eq!(status, 200);
        assert!(html.contains("data-testid=\"rel-incubator\""));
        assert!(html.contains(&format!("href=\"/org/{incubator}\"")));
        let (_, inc_html) = app.html(&format!("/org/{incubator}")).await;
        assert!(inc_html.contains("data-testid=\"rel-startups\""));
        assert!(inc_html.contains(&format!("href=\"/org/{slug}\"")));
        checked = true;
        break;
    }
    assert!(checked, "no incubated startup among the first 100");
}

#[tokio::test]
async fn language_follows_query_then_cookie() {
    let app = spawn().await;
    let res = app.get("/startups?lang=en").await;
    let cookie = res.headers().get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    assert!(cookie.starts_with("lang=en"), "{cookie}");
    let html = res.text().await.expect("body");
    assert!(html.contains("<html lang=\"en\""));
    assert!(html.contains("Startups"));
    let html = app
        .client
        .get(format!("{}/investors", app.base))
        .header("cookie", "lang=en")
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert!(html.contains("<html lang=\"en\"") && html.contains("Investors"));
    let (_, vi) = app.html("/investors?lang=xx").await;
    assert!(vi.contains("<html lang=\"vi\"") && vi.contains("Nhà đầu tư"));
}
