//! What crawlers and link previews see: robots.txt, the sitemap, canonical and OpenGraph tags.

use crate::support::spawn;
use app::backend::db::sql;

/// The `href` of the page's `<link rel="canonical">` tags.
fn canonicals(html: &str) -> Vec<&str> {
    html.split("<link ")
        .skip(1)
        .filter_map(|tag| tag.split_once('>').map(|(attrs, _)| attrs))
        .filter(|attrs| attrs.contains("rel=\"canonical\""))
        .filter_map(|attrs| attrs.split("href=\"").nth(1).and_then(|h| h.split('"').next()))
        .collect()
}

fn locs(xml: &str) -> Vec<&str> {
    xml.split("<loc>").skip(1).filter_map(|s| s.split_once("</loc>").map(|(l, _)| l)).collect()
}

#[tokio::test]
async fn robots_points_at_the_sitemap_and_keeps_private_areas_out() {
    let app = spawn().await;
    let (status, robots) = app.html("/robots.txt").await;
    assert_eq!(status, 200);
    assert!(robots.contains(&format!("Sitemap: {}/sitemap.xml", app.base)), "{robots}");
    for line in ["Disallow: /admin", "Disallow: /account", "Disallow: /srv/", "Disallow: /api/", "Allow: /api/docs"] {
        assert!(robots.lines().any(|l| l == line), "{line}");
    }
}

#[tokio::test]
async fn the_sitemap_lists_every_public_page_and_nothing_hidden() {
    let app = spawn().await;
    let res = app.get("/sitemap.xml").await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap_or("").starts_with("application/xml"));
    let xml = res.text().await.expect("body");
    assert!(xml.starts_with("<?xml") && xml.contains("<urlset"));
    let urls = locs(&xml);
    for page in ["/", "/startups", "/offers", "/kpi", "/api/docs"] {
        assert!(urls.contains(&format!("{}{page}", app.base).as_str()), "{page}");
    }
    let pool = app.pool().await;
    let (orgs,): (i64,) =
        sql::query_as("SELECT COUNT(*) FROM organizations WHERE hidden = FALSE").fetch_one(&pool).await.expect("n");
    let (research,): (i64,) = sql::query_as("SELECT COUNT(*) FROM research_outputs").fetch_one(&pool).await.expect("n");
    assert_eq!(urls.iter().filter(|u| u.contains("/org/")).count() as i64, orgs);
    assert_eq!(urls.iter().filter(|u| u.contains("/research/")).count() as i64, research);
    for prefix in ["/offers/", "/challenges/", "/programmes/", "/events/"] {
        assert!(urls.iter().any(|u| u.contains(prefix)), "{prefix}");
    }
    assert!(xml.contains("<lastmod>20"), "rows carry their last change");
    // a draft offer is not listed
    let (draft,): (String,) = sql::query_as("SELECT slug FROM technology_offers WHERE status = 'draft' LIMIT 1")
        .fetch_one(&pool)
        .await
        .expect("a draft offer in the demo data");
    assert!(!urls.iter().any(|u| u.ends_with(&format!("/offers/{draft}"))));
    // a hidden organisation leaves it
    let slug = urls.iter().find_map(|u| u.split("/org/").nth(1)).expect("an org").to_string();
    sql::query("UPDATE organizations SET hidden = TRUE WHERE slug = $1")
        .bind(&slug)
        .execute(&pool)
        .await
        .expect("hide");
    let (_, xml) = app.html("/sitemap.xml").await;
    assert!(!locs(&xml).iter().any(|u| u.ends_with(&format!("/org/{slug}"))));
    let (status, _) = app.html("/sitemap/1.xml").await;
    assert_eq!(status, 200);
    let (status, _) = app.html("/sitemap/99.xml").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_large_sitemap_becomes_an_index_of_files_that_cover_every_address_once() {
    let app = spawn().await;
    let pool = app.pool().await;
    let today = "2026-01-01";
    let total = app::backend::seo::count(&pool, today).await.expect("count");
    let per_file = 100;
    let root = app::backend::seo::root(&pool, &app.base, today, per_file).await.expect("root");
    assert!(root.contains("<sitemapindex"), "more than {per_file} addresses make an index");
    let files = locs(&root);
    assert_eq!(files.len() as u64, total.div_ceil(per_file));
    let mut seen = std::collections::HashSet::new();
    for n in 1..=files.len() as u64 {
        for (path, _) in app::backend::seo::file(&pool, today, n, per_file).await.expect("file") {
            assert!(seen.insert(path.clone()), "{path} twice");
        }
    }
    assert_eq!(seen.len() as u64, total);
}

#[tokio::test]
async fn public_pages_carry_canonical_and_opengraph_tags() {
    let app = spawn().await;
    let (_, list) = app.json("/api/v1/organizations?kind=startup&per_page=1").await;
    let org = list["hits"][0]["slug"].as_str().expect("slug").to_string();
    let (_, offers) = app.json("/api/v1/offers?per_page=1").await;
    let offer = offers["hits"][0]["slug"].as_str().expect("slug").to_string();
    let cases = [
        ("/".to_string(), format!("{}/", app.base)),
        ("/startups?page=1&utm_source=x&stage=mvp".to_string(), format!("{}/startups?stage=mvp", app.base)),
        ("/offers?page=2".to_string(), format!("{}/offers?page=2", app.base)),
        (format!("/org/{org}"), format!("{}/org/{org}", app.base)),
        (format!("/offers/{offer}?lang=en"), format!("{}/offers/{offer}", app.base)),
        ("/kpi".to_string(), format!("{}/kpi", app.base)),
        ("/api/docs".to_string(), format!("{}/api/docs", app.base)),
    ];
    for (path, canonical) in cases {
        let (status, html) = app.html(&path).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(canonicals(&html), vec![canonical.as_str()], "{path}: one canonical");
        assert!(html.contains(&format!("<meta property=\"og:url\" content=\"{canonical}\"")), "{path}");
        for tag in ["og:title", "og:description", "og:type", "og:site_name", "og:locale"] {
            assert!(html.contains(&format!("property=\"{tag}\"")), "{path}: {tag}");
        }
        assert!(html.contains("name=\"twitter:card\""), "{path}");
    }
    let (_, html) = app.html("/offers?lang=en").await;
    assert!(html.contains("content=\"en_US\""));
}
