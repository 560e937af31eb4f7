//! Who publishes what (task orders, research links), the expiry reminder, the moderation queue.

use super::{listings_of, told};
use crate::browser::{Browser, location};
use crate::builders::{offer, org, user};
use crate::search::wait_for;
use crate::support::{spawn, spawn_empty};
use app::domain::account::MemberRole;
use app::domain::kind::OrgKind;
use app::domain::listing::{ListingKind, Stage};
use reqwest::StatusCode;

#[tokio::test]
async fn who_publishes_what_and_task_orders() {
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let enterprise = org(OrgKind::Enterprise).create(&pool).await;
    let agency = org(OrgKind::Agency).create(&pool).await;
    let investor = org(OrgKind::Investor).create(&pool).await;
    let institute = org(OrgKind::Institute).create(&pool).await;
    let member = user()
        .member_of(&enterprise, MemberRole::Editor)
        .member_of(&agency, MemberRole::Editor)
        .member_of(&investor, MemberRole::Editor)
        .member_of(&institute, MemberRole::Editor)
        .create(&pool)
        .await;
    let (ent_slug, agency_slug, investor_slug, inst_slug) =
        (&enterprise.slug, &agency.slug, &investor.slug, &institute.slug);
    let b = member.browser(&app).await;
    // kinds that may not publish a kind are refused, whatever the form says
    for path in [
        format!("/offers/new?org={investor_slug}"),
        format!("/challenges/new?org={investor_slug}"),
        format!("/research/new?org={ent_slug}"),
        format!("/offers/new?org={agency_slug}"),
    ] {
        assert_eq!(
            b.post(&path, &[("title_vi", "Thử"), ("intent", "draft")]).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let challenge = [
        ("title_vi", "Đặt hàng cảm biến ngập lụt"),
        ("problem_vi", "Cảnh báo ngập."),
        ("desired_result_vi", "Mạng cảm biến."),
        ("sector", "digital-ai-iot"),
        ("deadline", "2099-12-31"),
        ("task_order", "1"),
        ("intent", "submit"),
    ];
    // an enterprise cannot order S&T tasks
    let res = b.post(&format!("/challenges/new?org={ent_slug}"), &challenge).await;
    assert_eq!(location(&res), format!("/challenges/new?org={ent_slug}"));
    let (_, page) = b.page(&location(&res)).await;
    assert!(page.contains("Chỉ Sở KH&amp;CN (cơ quan quản lý) được đặt hàng nhiệm vụ KH&amp;CN."), "{page}");
    // the Department must state funding and criteria
    b.post(&format!("/challenges/new?org={agency_slug}"), &challenge).await;
    let (_, page) = b.page(&format!("/challenges/new?org={agency_slug}")).await;
    assert!(
        page.contains("Nhiệm vụ đặt hàng cần nêu kinh phí.") && page.contains("value=\"Đặt hàng cảm biến ngập lụt\"")
    );
    let mut full = challenge.to_vec();
    full.extend([("funding_vnd", "2.000.000.000"), ("evaluation_criteria_vi", "Nghiệm thu theo số điểm đo vận hành.")]);
    let res = b.post(&format!("/challenges/new?org={agency_slug}"), &full).await;
    assert_eq!(location(&res), format!("/org/{agency_slug}/listings"));
    // submitted (a challenge in review is still a draft until approved), as a task order
    let listed = listings_of(&pool, &agency).await;
    let row = listed.iter().find(|r| r.slug == "dat-hang-cam-bien-ngap-lut").expect("the challenge");
    assert_eq!((row.kind, row.stage, row.task_order), (ListingKind::Challenge, Stage::InReview, true));
    assert_eq!(app.get("/challenges/dat-hang-cam-bien-ngap-lut").await.status(), StatusCode::NOT_FOUND);

    // research links only to the same organisation's offers
    let elsewhere = org(OrgKind::University).create(&pool).await;
    let foreign = offer(&elsewhere).create(&pool).await.slug;
    let res = b
        .post(
            &format!("/research/new?org={inst_slug}"),
            &[("title_vi", "Bài báo Quorvant"), ("offer", &foreign), ("intent", "draft")],
        )
        .await;
    assert_eq!(location(&res), format!("/research/new?org={inst_slug}"));
    let written = listings_of(&pool, &institute).await.into_iter().filter(|r| r.title.vi == "Bài báo Quorvant").count();
    assert_eq!(written, 0, "nothing half-written");
}

#[tokio::test]
async fn expiry_reminder_once_and_expired_offers_leave_public_lists() {
    use app::backend::listings::expiry::remind;
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let owner = org(OrgKind::Institute).create(&pool).await;
    let editor = user().member_of(&owner, MemberRole::Editor).create(&pool).await;
    let listed = offer(&owner).title("Công nghệ Vexomira xử lý nước").create(&pool).await;
    let slug = listed.slug.clone();
    // published today for twelve months; the reminder sweep is run as of days before that
    let row = listings_of(&pool, &owner).await.into_iter().find(|r| r.slug == slug).expect("listed");
    let expires =
        chrono::NaiveDate::parse_from_str(row.expires.as_deref().expect("an expiry"), "%Y-%m-%d").expect("a date");
    let before = |days: i64| format!("{}T00:00:00Z", expires - chrono::Duration::days(days));
    // further than 30 days away: not yet
    assert_eq!(remind(&pool, &before(61)).await.expect("sweep"), 0);
    assert_eq!(remind(&pool, &before(19)).await.expect("sweep"), 1);
    assert_eq!(remind(&pool, &before(19)).await.expect("sweep again"), 0, "once only");
    for member in [&owner.owner, &editor] {
        let links = told(&pool, member, "listing.expiring").await;
        assert_eq!(links, [format!("/offers/{slug}/edit")], "every member told once");
    }

    // past its date: gone from the page and search, until renewed
    let title = listed.title.as_str();
    wait_for(&app, title, "the listed offer is found", |_, hits| hits.iter().any(|h| h["slug"] == slug.as_str())).await;
    assert_eq!(app.get(&format!("/offers/{slug}")).await.status(), StatusCode::OK);
    // Time passes: no write of the app moves an expiry into the past, so the test does.
    app::backend::db::sql::query("UPDATE technology_offers SET expires_at = '2020-01-01T00:00:00Z' WHERE id = $1")
        .bind(listed.id)
        .execute(&pool)
        .await
        .expect("expire the offer");
    assert_eq!(app.get(&format!("/offers/{slug}")).await.status(), StatusCode::NOT_FOUND);
    wait_for(&app, title, "the expired offer leaves search", |_, hits| {
        !hits.iter().any(|h| h["slug"] == slug.as_str())
    })
    .await;
}

#[tokio::test]
async fn the_demo_queue_is_not_empty_for_the_demo_moderator() {
    // On the demo seed: it checks the demo moderator's account and the seeded queue themselves.
    let app = spawn().await;
    let b = Browser::new(&app);
    b.sign_in("demo.moderator@example.com", crate::browser::DEMO_PASSWORD).await;
    let (code, page) = b.page("/admin/moderation").await;
    assert_eq!(code, 200);
    assert!(page.contains("data-testid=\"moderation-queue\""), "queue shown");
    let pool = app.pool().await;
    let member = user().create(&pool).await.browser(&app).await;
    let (_, page) = member.page("/admin/moderation").await;
    assert!(page.contains("data-testid=\"admin-not-allowed\"") && !page.contains("moderation-queue"));
}
