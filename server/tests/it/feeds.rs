//! The lists' Atom feeds (`/feeds/{name}.atom`): valid Atom, newest first, only what the list
//! shows, in the visitor's language, announced by each list page.

use crate::support::{TestApp, spawn};
use app::backend::db::sql;
use atom_syndication::Feed;

async fn feed(app: &TestApp, path: &str) -> Feed {
    let res = app.get(path).await;
    assert_eq!(res.status().as_u16(), 200, "{path}");
    let kind = res.headers()["content-type"].to_str().expect("ascii").to_string();
    assert!(kind.starts_with("application/atom+xml"), "{path}: {kind}");
    let body = res.text().await.expect("body");
    body.parse::<Feed>().unwrap_or_else(|e| panic!("{path} is not Atom: {e}\n{body}"))
}

/// The slug an entry's address ends with.
fn slug(id: &str) -> &str {
    id.rsplit('/').next().expect("a path")
}

#[tokio::test]
async fn every_list_has_a_feed_of_its_newest_public_entries() {
    let app = spawn().await;
    let db = app.pool().await;
    // What the lists leave out must stay out of the feeds: an organisation hidden by the
    // administrators, an offer past its expiry.
    let hidden: String = sql::query_scalar(
        "SELECT slug FROM organizations WHERE kind = 'startup' AND hidden = FALSE ORDER BY created_at DESC LIMIT 1",
    )
    .fetch_one(&db)
    .await
    .expect("a startup");
    sql::query("UPDATE organizations SET hidden = TRUE WHERE slug = $1")
        .bind(hidden.as_str())
        .execute(&db)
        .await
        .expect("hide");
    let expired: String = sql::query_scalar(
        "SELECT slug FROM technology_offers WHERE status = 'published' ORDER BY published_at DESC LIMIT 1",
    )
    .fetch_one(&db)
    .await
    .expect("an offer");
    sql::query("UPDATE technology_offers SET expires_at = '2020-01-01T00:00:00Z' WHERE slug = $1")
        .bind(expired.as_str())
        .execute(&db)
        .await
        .expect("expire");

    for name in [
        "startups",
        "investors",
        "incubators",
        "enterprises",
        "offers",
        "challenges",
        "research",
        "programmes",
        "events",
    ] {
        let f = feed(&app, &format!("/feeds/{name}.atom")).await;
        assert!(!f.entries.is_empty() && f.entries.len() <= 30, "{name}: {} entries", f.entries.len());
        assert_eq!(f.id, format!("{}/feeds/{name}.atom", app.base));
        assert_eq!(f.lang.as_deref(), Some("vi"));
        assert!(f.links.iter().any(|l| l.rel == "self"), "{name}");
        let published: Vec<_> = f.entries.iter().map(|e| e.published.expect("published")).collect();
        assert!(published.windows(2).all(|w| w[0] >= w[1]), "{name}: newest first");
        for e in &f.entries {
            assert!(e.id.starts_with(&app.base), "{name}: {}", e.id);
            assert!(e.updated >= e.published.expect("published"), "{name}: {}", e.id);
            assert!(!e.title.value.is_empty() && !e.authors.is_empty(), "{name}: {}", e.id);
            assert_ne!(slug(&e.id), hidden, "{name} lists a hidden organisation");
            assert_ne!(slug(&e.id), expired, "{name} lists an expired offer");
        }
        // the first entry's page is there for a visitor
        let first = f.entries[0].links[0].href.trim_start_matches(&app.base).to_string();
        assert_eq!(app.get(&first).await.status().as_u16(), 200, "{name}: {first}");
    }
    // the newest startup is the one hidden: the feed goes on with the next one
    let startups = feed(&app, "/feeds/startups.atom").await;
    assert!(startups.entries.iter().all(|e| e.id.contains("/org/")));
}

#[tokio::test]
async fn the_english_feed_links_english_pages_and_unknown_feeds_are_404() {
    let app = spawn().await;
    let f = feed(&app, "/feeds/offers.atom?lang=en").await;
    assert_eq!(f.lang.as_deref(), Some("en"));
    assert!(f.entries.iter().all(|e| e.links[0].href.ends_with("?lang=en") && !e.id.contains("lang=")));
    for path in ["/feeds/nothing.atom", "/feeds/offers.rss", "/feeds/search.atom", "/feeds/kpi.atom", "/feeds/offers"] {
        assert_eq!(app.get(path).await.status().as_u16(), 404, "{path}");
    }
}

#[tokio::test]
async fn each_list_page_announces_its_feed() {
    let app = spawn().await;
    for (page, name) in [("/startups", "startups"), ("/offers", "offers"), ("/events", "events")] {
        let (status, html) = app.html(page).await;
        assert_eq!(status, 200);
        let want = format!(r#"href="{}/feeds/{name}.atom""#, app.base);
        let tag = html.split("<link ").find(|t| t.contains("application/atom+xml")).unwrap_or_default();
        assert!(tag.contains("rel=\"alternate\"") && tag.contains(&want), "{page}: {tag}");
    }
}
