//! "Suggested for you" through the real router: an offer's page lists suggestions with their
//! reasons; the dashboard is for signed-in users, one section per organisation.

use crate::browser::{Browser, location};
use crate::support::spawn;
use app::backend::db::sql;

#[tokio::test]
async fn offer_page_shows_suggestions_with_reasons() {
    let app = spawn().await;
    let pool = app.pool().await;
    let slug: String = sql::query_scalar(
        "SELECT t.slug FROM technology_offers t WHERE t.status = 'published'
           AND (t.expires_at IS NULL OR t.expires_at >= $1)
           AND EXISTS (SELECT 1 FROM offer_sectors s JOIN challenge_sectors c ON c.sector_code = s.sector_code
                        JOIN challenges ch ON ch.id = c.challenge_id
                       WHERE s.offer_id = t.id AND ch.status = 'open')
         ORDER BY t.id LIMIT 1",
    )
    .bind(crate::support::utc_time(0)[..10].to_string())
    .fetch_one(&pool)
    .await
    .expect("a published offer");
    let (status, html) = app.html(&format!("/offers/{slug}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"suggestions\""), "no suggestions section");
    assert!(html.contains("Gợi ý cho bạn"));
    let cards = html.matches("data-testid=\"suggestion\"").count();
    assert!((1..=6).contains(&cards), "{cards} suggestion cards");
    assert!(html.contains("Cùng lĩnh vực: "), "no shared-sector reason");
    assert!(html.contains("Phù hợp cao") || html.contains("Phù hợp khá") || html.contains("Có thể phù hợp"));
    // the offer never suggests itself, and links lead to enterprises and challenges only
    assert!(!html.contains(&format!("class=\"card-title\" href=\"/offers/{slug}\"")));
    let (_, en) = app.html(&format!("/offers/{slug}?lang=en")).await;
    assert!(en.contains("Suggested for you") && en.contains("Same sector: "));
}

#[tokio::test]
async fn dashboard_needs_sign_in_and_shows_each_organisation() {
    let app = spawn().await;
    let b = Browser::new(&app);
    let res = b.get("/dashboard").await;
    assert!(res.status().is_redirection(), "{}", res.status());
    assert_eq!(location(&res), "/login?next=/dashboard");
    let pool = app.pool().await;
    let (email, orgs): (String, i64) = sql::query_as(
        "SELECT u.email, COUNT(*) FROM users u JOIN memberships m ON m.user_id = u.id
          WHERE u.email LIKE 'demo.%' AND u.disabled = FALSE GROUP BY u.id ORDER BY u.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("a demo member");
    b.sign_in(&email, "KetNoi-demo-2030").await;
    let (status, html) = b.page("/dashboard").await;
    assert_eq!(status, 200);
    assert_eq!(html.matches("data-testid=\"dashboard-section\"").count() as i64, orgs);
    assert!(html.contains("data-testid=\"dashboard-link\""), "header links to the dashboard");
    assert!(html.contains("data-testid=\"suggestion\""), "no suggestions on the dashboard");
}
