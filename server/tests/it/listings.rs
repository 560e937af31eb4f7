//! Publishing through HTTP: a member drafts, submits and (after a moderator approves) publishes
//! an offer that search then finds; refused forms come back with every value and translated
//! messages; every step out of turn, by the wrong person or signed out changes nothing; task
//! orders and research links keep their rules; the expiry reminder goes out once.

use crate::browser::{Browser, location};
use crate::search::wait_for;
use app::backend::db::sql;

use crate::support::{TestApp, spawn};
use app::backend::db::Db;
use app::backend::secrets::password;
use app::backend::store::sqlite::users;
use reqwest::StatusCode;

const PASSWORD: &str = "Tràng An mùa lúa chín";

async fn account(pool: &Db, email: &str, role: &str) -> i64 {
    let hash = password::hash(PASSWORD.to_string()).await;
    let id = users::create(pool, email, "Người thử", Some(&hash), true).await.expect("create").expect("new e-mail");
    sql::query("UPDATE users SET role = $2 WHERE id = $1").bind(id).bind(role).execute(pool).await.expect("role");
    id
}

/// The first visible organisation of `kind` not yet used by this test (`skip`).
async fn org(pool: &Db, kind: &str, skip: i64) -> (i64, String) {
    sql::query_as(
        "SELECT id, slug FROM organizations WHERE kind = $1 AND hidden = FALSE AND id <> $2 ORDER BY id LIMIT 1",
    )
    .bind(kind)
    .bind(skip)
    .fetch_one(pool)
    .await
    .expect("an organisation of the kind")
}

async fn join(pool: &Db, user: i64, org: i64, role: &str) {
    sql::query(
        "INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1, $2, $3, '2026-01-01T00:00:00Z')",
    )
    .bind(user)
    .bind(org)
    .bind(role)
    .execute(pool)
    .await
    .expect("membership");
}

async fn browser(app: &TestApp, email: &str) -> Browser {
    let b = Browser::new(app);
    b.sign_in(email, PASSWORD).await;
    b
}

/// What a refused step must leave untouched: the row's lifecycle columns and the audit log.
async fn snapshot(pool: &Db, table: &str, slug: &str) -> (String, String) {
    let sql = format!(
        "SELECT status || '|' || coalesce(submitted_at, '-') || '|' || coalesce(review_outcome, '-') || '|' ||
                coalesce(review_note, '-') || '|' || updated_at || '|' || title_vi FROM {table} WHERE slug = $1"
    );
    let row: String = sql::query_scalar(sqlx::AssertSqlSafe(sql)).bind(slug).fetch_one(pool).await.expect("row");
    let audit: i64 = sql::query_scalar("SELECT count(*) FROM audit_log").fetch_one(pool).await.expect("audit");
    (row, audit.to_string())
}

const COMPLETE_OFFER: &[(&str, &str)] = &[
    ("title_vi", "Máy sấy lúa Zephyrix tiết kiệm điện"),
    ("summary_vi", "Máy sấy lúa dùng **bơm nhiệt**. <script>alert(1)</script>"),
    ("problem_vi", "Lúa ướt sau thu hoạch bị hỏng."),
    ("advantages_vi", "Giảm 40% điện năng."),
    ("applications_vi", "Hợp tác xã nông nghiệp."),
    ("trl", "7"),
    ("ip_status", "pending_patent"),
    ("ip_number", "1-2026-01234"),
    ("price_vnd", "1.500.000.000"),
    ("sector", "high-tech-agriculture"),
    ("coop", "licence"),
    ("coop", "pilot"),
];

fn with(
    base: &[(&'static str, &'static str)],
    extra: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    let mut v = base.to_vec();
    v.extend_from_slice(extra);
    v
}

#[tokio::test]
async fn offer_from_draft_to_search() {
    let app = spawn().await;
    let pool = app.pool().await;
    let user = account(&pool, "vien@vien-nb.vn", "member").await;
    account(&pool, "kiemduyet@so-khcn.vn", "moderator").await;
    let (org_id, org) = org(&pool, "institute", 0).await;
    join(&pool, user, org_id, "editor").await;
    let b = browser(&app, "vien@vien-nb.vn").await;

    // a draft needs only its title
    let res =
        b.post(&format!("/offers/new?org={org}"), &[("title_vi", "Máy sấy lúa Zephyrix"), ("intent", "draft")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/offers/may-say-lua-zephyrix/edit");
    let (status, trl_unset): (String, String) =
        sql::query_as("SELECT status, unset_fields FROM technology_offers WHERE slug = 'may-say-lua-zephyrix'")
            .fetch_one(&pool)
            .await
            .expect("draft");
    assert_eq!((status.as_str(), trl_unset.as_str()), ("draft", "trl,ip_status,price_negotiable"));
    // the form shows the draft, TRL still unchosen
    let (code, page) = b.page("/offers/may-say-lua-zephyrix/edit").await;
    assert_eq!(code, 200);
    assert!(page.contains("value=\"Máy sấy lúa Zephyrix\""), "title shown");
    assert!(!page.contains("<option value=\"1\" selected"), "TRL left unchosen");
    // not public yet, for anyone
    assert_eq!(app.get("/offers/may-say-lua-zephyrix").await.status(), StatusCode::NOT_FOUND);

    // submitting an incomplete form: field messages (vi), every value kept, nothing written
    let before = snapshot(&pool, "technology_offers", "may-say-lua-zephyrix").await;
    let res = b
        .post(
            "/offers/may-say-lua-zephyrix/edit",
            &[
                ("title_vi", "Máy sấy lúa Zephyrix"),
                ("summary_vi", "Tóm tắt chưa xong"),
                ("trl", "12"),
                ("intent", "submit"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/offers/may-say-lua-zephyrix/edit");
    let (_, page) = b.page("/offers/may-say-lua-zephyrix/edit").await;
    assert!(page.contains("data-testid=\"error-summary\""));
    assert!(page.contains("TRL là một số từ 1 đến 9."), "TRL message in Vietnamese");
    assert!(page.contains("Nhập giá chào bán hoặc chọn “Giá thỏa thuận”."));
    assert!(page.contains("Tóm tắt chưa xong"), "typed summary kept");
    assert_eq!(snapshot(&pool, "technology_offers", "may-say-lua-zephyrix").await, before);
    // …and in English
    b.post("/offers/may-say-lua-zephyrix/edit?lang=en", &[("title_vi", "Máy"), ("trl", "0"), ("intent", "submit")])
        .await;
    let (_, page) = b.page("/offers/may-say-lua-zephyrix/edit?lang=en").await;
    assert!(page.contains("TRL is a number from 1 to 9."), "TRL message in English");

    // complete: in review, in the moderators' queue
    let res = b.post("/offers/may-say-lua-zephyrix/edit", &with(COMPLETE_OFFER, &[("intent", "submit")])).await;
    assert_eq!(location(&res), format!("/org/{org}/listings"));
    let status: String = sql::query_scalar("SELECT status FROM technology_offers WHERE slug = 'may-say-lua-zephyrix'")
        .fetch_one(&pool)
        .await
        .expect("row");
    assert_eq!(status, "in_review");
    let (_, listings) = b.page(&format!("/org/{org}/listings")).await;
    // (the English page set the language cookie)
    assert!(listings.contains("Máy sấy lúa Zephyrix tiết kiệm điện") && listings.contains("In review"));

    let m = browser(&app, "kiemduyet@so-khcn.vn").await;
    let (code, queue) = m.page("/admin/moderation").await;
    assert_eq!(code, 200);
    assert!(queue.contains("data-testid=\"review-may-say-lua-zephyrix\""), "in the queue");
    assert!(queue.contains("<strong>bơm nhiệt</strong>") && !queue.contains("<script>alert"), "preview sanitised");
    let id: i64 = sql::query_scalar("SELECT id FROM technology_offers WHERE slug = 'may-say-lua-zephyrix'")
        .fetch_one(&pool)
        .await
        .expect("id");

    // asking for changes needs a message; with one, the owner reads it
    let res = m.post(&format!("/admin/moderation/offers/{id}"), &[("action", "request_changes"), ("note", "")]).await;
    assert_eq!(location(&res), "/admin/moderation");
    assert_eq!(
        sql::query_scalar::<String>("SELECT status FROM technology_offers WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("query"),
        "in_review"
    );
    m.post(
        &format!("/admin/moderation/offers/{id}"),
        &[("action", "request_changes"), ("note", "Bổ sung số đơn sáng chế.")],
    )
    .await;
    let (_, edit) = b.page("/offers/may-say-lua-zephyrix/edit").await;
    assert!(edit.contains("Bổ sung số đơn sáng chế."), "the moderator's message on the form");
    b.post("/offers/may-say-lua-zephyrix/edit", &with(COMPLETE_OFFER, &[("intent", "submit")])).await;

    // approved: published for 12 months, the organisation told, the audit trail written
    let res = m.post(&format!("/admin/moderation/offers/{id}"), &[("action", "approve")]).await;
    assert_eq!(location(&res), "/admin/moderation");
    let (status, published, expires): (String, String, String) =
        sql::query_as("SELECT status, published_at, expires_at FROM technology_offers WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("row");
    assert_eq!(status, "published");
    let year: i32 = published[..4].parse().expect("year");
    assert_eq!(expires, format!("{}{}", year + 1, &published[4..]));
    let told: i64 =
        sql::query_scalar("SELECT count(*) FROM notifications WHERE user_id = $1 AND kind = 'listing.approve'")
            .bind(user)
            .fetch_one(&pool)
            .await
            .expect("notifications");
    assert_eq!(told, 1);
    let trail: Vec<String> =
        sql::query_scalar("SELECT action FROM audit_log WHERE entity_type = 'offer' AND entity_id = $1 ORDER BY id")
            .bind(id.to_string())
            .fetch_all(&pool)
            .await
            .expect("audit");
    assert_eq!(
        trail,
        ["offer.create", "offer.submit", "offer.request_changes", "offer.submit", "offer.approve"].map(String::from)
    );
    let (code, public) = app.html("/offers/may-say-lua-zephyrix").await;
    assert_eq!(code, 200);
    assert!(public.contains("<strong>bơm nhiệt</strong>") && !public.contains("<script>alert(1)"));
    wait_for(&app, "zephyrix", "the published offer is found", |n, _| n == 1).await;

    // a price change goes live at once; a new title sends it back to review (and out of search)
    let mut cheaper = with(COMPLETE_OFFER, &[]);
    cheaper[8] = ("price_vnd", "900.000.000");
    b.post("/offers/may-say-lua-zephyrix/edit", &cheaper).await;
    let (status, price): (String, i64) = sql::query_as("SELECT status, price_vnd FROM technology_offers WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .expect("query");
    assert_eq!((status.as_str(), price), ("published", 900_000_000));
    let mut retitled = with(COMPLETE_OFFER, &[]);
    retitled[0] = ("title_vi", "Máy sấy lúa Zephyrix thế hệ mới");
    b.post("/offers/may-say-lua-zephyrix/edit", &retitled).await;
    let status: String = sql::query_scalar("SELECT status FROM technology_offers WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .expect("query");
    assert_eq!(status, "in_review");
    wait_for(&app, "zephyrix", "the offer back in review leaves search", |n, _| n == 0).await;
}

#[tokio::test]
async fn steps_out_of_turn_or_by_the_wrong_person_change_nothing() {
    let app = spawn().await;
    let pool = app.pool().await;
    let owner = account(&pool, "chu@vien.vn", "member").await;
    let other = account(&pool, "khac@congty.vn", "member").await;
    account(&pool, "kiemduyet@so-khcn.vn", "moderator").await;
    let (other_org, _) = org(&pool, "university", 0).await;
    let (org_id, org) = org(&pool, "university", other_org).await;
    join(&pool, owner, org_id, "owner").await;
    join(&pool, other, other_org, "owner").await;
    let b = browser(&app, "chu@vien.vn").await;
    b.post(&format!("/offers/new?org={org}"), &with(COMPLETE_OFFER, &[("intent", "draft")])).await;
    let slug = "may-say-lua-zephyrix-tiet-kiem-dien";
    let id: i64 = sql::query_scalar("SELECT id FROM technology_offers WHERE slug = $1")
        .bind(slug)
        .fetch_one(&pool)
        .await
        .expect("id");
    let before = snapshot(&pool, "technology_offers", slug).await;

    // the owner cannot skip review, pause a draft or submit without the form
    for action in ["pause", "resume", "transfer", "archive", "renew", "approve", "submit", "bogus"] {
        let res = b.post(&format!("/offers/{slug}/status"), &[("action", action)]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{action}");
        assert_eq!(snapshot(&pool, "technology_offers", slug).await, before, "{action} changed the draft");
    }
    // a member is not a moderator: 403; signed out: 401
    let res = b.post(&format!("/admin/moderation/offers/{id}"), &[("action", "approve")]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = Browser::new(&app).post(&format!("/admin/moderation/offers/{id}"), &[("action", "approve")]).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(Browser::new(&app).get("/srv/moderation_queue").await.text().await.expect("body"), "null");
    // another organisation's member can neither edit nor step nor create for this organisation
    let o = browser(&app, "khac@congty.vn").await;
    for (path, form) in [
        (format!("/offers/{slug}/edit"), vec![("title_vi", "Chiếm quyền"), ("intent", "draft")]),
        (format!("/offers/{slug}/status"), vec![("action", "archive")]),
        (format!("/offers/new?org={org}"), vec![("title_vi", "Tin giả"), ("intent", "draft")]),
    ] {
        assert_eq!(o.post(&path, &form).await.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let anon = Browser::new(&app);
    assert_eq!(
        anon.post(&format!("/offers/{slug}/edit"), &[("title_vi", "x")]).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(snapshot(&pool, "technology_offers", slug).await, before);
    let fakes: i64 =
        sql::query_scalar("SELECT count(*) FROM technology_offers WHERE title_vi IN ('Tin giả', 'Chiếm quyền')")
            .fetch_one(&pool)
            .await
            .expect("query");
    assert_eq!(fakes, 0);
    // a moderator cannot decide what was never submitted
    let m = browser(&app, "kiemduyet@so-khcn.vn").await;
    for action in ["approve", "reject"] {
        m.post(&format!("/admin/moderation/offers/{id}"), &[("action", action), ("note", "Lý do")]).await;
        assert_eq!(snapshot(&pool, "technology_offers", slug).await, before, "{action}");
    }

    // published, then paused, transferred: the terminal state refuses everything after
    let res = b.post(&format!("/offers/{slug}/edit"), &with(COMPLETE_OFFER, &[("intent", "submit")])).await;
    assert_eq!(location(&res), format!("/org/{org}/listings"), "submitted");
    let res = m.post(&format!("/admin/moderation/offers/{id}"), &[("action", "approve")]).await;
    assert_eq!(location(&res), "/admin/moderation");
    let res = m.post(&format!("/admin/moderation/offers/{id}"), &[("action", "reject"), ("note", "Muộn")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    for (action, want) in [("pause", "paused"), ("resume", "published"), ("transfer", "transferred")] {
        b.post(&format!("/offers/{slug}/status"), &[("action", action)]).await;
        let s: String = sql::query_scalar("SELECT status FROM technology_offers WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("query");
        assert_eq!(s, want, "{action}");
    }
    let done = snapshot(&pool, "technology_offers", slug).await;
    for action in ["pause", "resume", "archive", "renew", "transfer"] {
        b.post(&format!("/offers/{slug}/status"), &[("action", action)]).await;
    }
    b.post(&format!("/offers/{slug}/edit"), &with(COMPLETE_OFFER, &[])).await;
    assert_eq!(snapshot(&pool, "technology_offers", slug).await, done, "a transferred offer stays as it is");
}

#[tokio::test]
async fn who_publishes_what_and_task_orders() {
    let app = spawn().await;
    let pool = app.pool().await;
    let user = account(&pool, "nhieu@to-chuc.vn", "member").await;
    let (enterprise, ent_slug) = org(&pool, "enterprise", 0).await;
    let (agency, agency_slug) = org(&pool, "agency", 0).await;
    let (investor, investor_slug) = org(&pool, "investor", 0).await;
    let (institute, inst_slug) = org(&pool, "institute", 0).await;
    for o in [enterprise, agency, investor, institute] {
        join(&pool, user, o, "editor").await;
    }
    let b = browser(&app, "nhieu@to-chuc.vn").await;
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
    let (status, submitted, order): (String, bool, bool) = sql::query_as(
        "SELECT status, submitted_at IS NOT NULL, is_task_order FROM challenges WHERE slug = 'dat-hang-cam-bien-ngap-lut'",
    )
    .fetch_one(&pool)
    .await
    .expect("challenge");
    assert_eq!((status.as_str(), submitted, order), ("draft", true, true));
    assert_eq!(app.get("/challenges/dat-hang-cam-bien-ngap-lut").await.status(), StatusCode::NOT_FOUND);

    // research links only to the same organisation's offers
    let foreign: String = sql::query_scalar("SELECT slug FROM technology_offers WHERE org_id <> $1 LIMIT 1")
        .bind(institute)
        .fetch_one(&pool)
        .await
        .expect("query");
    let res = b
        .post(
            &format!("/research/new?org={inst_slug}"),
            &[("title_vi", "Bài báo Quorvant"), ("offer", &foreign), ("intent", "draft")],
        )
        .await;
    assert_eq!(location(&res), format!("/research/new?org={inst_slug}"));
    let n: i64 = sql::query_scalar("SELECT count(*) FROM research_outputs WHERE title_vi = 'Bài báo Quorvant'")
        .fetch_one(&pool)
        .await
        .expect("query");
    assert_eq!(n, 0, "nothing half-written");
}

#[tokio::test]
async fn expiry_reminder_once_and_expired_offers_leave_public_lists() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (id, slug, org_id): (i64, String, i64) = sql::query_as(
        "SELECT t.id, t.slug, t.org_id FROM technology_offers t WHERE t.status = 'published'
          AND EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = t.org_id) ORDER BY t.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("a published offer with members");
    let members: i64 = sql::query_scalar("SELECT count(*) FROM memberships WHERE org_id = $1")
        .bind(org_id)
        .fetch_one(&pool)
        .await
        .expect("query");
    let now = "2026-06-01T08:00:00Z";
    sql::query("UPDATE technology_offers SET expires_at = NULL, expiry_reminded_at = NULL")
        .execute(&pool)
        .await
        .expect("query");
    sql::query("UPDATE technology_offers SET expires_at = '2026-06-20T08:00:00Z' WHERE id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .expect("query");
    use app::backend::listings::expiry::remind;
    assert_eq!(remind(&pool, now).await.expect("sweep"), 1);
    assert_eq!(remind(&pool, now).await.expect("sweep again"), 0, "once only");
    let told: i64 = sql::query_scalar(
        "SELECT count(*) FROM notifications WHERE kind = 'listing.expiring' AND CAST(payload AS TEXT) LIKE $1",
    )
    .bind(format!("%/offers/{slug}/edit%"))
    .fetch_one(&pool)
    .await
    .expect("query");
    assert_eq!(told, members);
    // further than 30 days away: not yet
    sql::query(
        "UPDATE technology_offers SET expires_at = '2026-08-01T08:00:00Z', expiry_reminded_at = NULL WHERE id = $1",
    )
    .bind(id)
    .execute(&pool)
    .await
    .expect("query");
    assert_eq!(remind(&pool, now).await.expect("query"), 0);

    // past its date: gone from the page and search, until renewed
    let title: String = sql::query_scalar("SELECT title_vi FROM technology_offers WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .expect("query");
    sql::query("UPDATE technology_offers SET expires_at = '2099-01-01T00:00:00Z' WHERE id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .expect("query");
    wait_for(&app, &title, "the listed offer is found", |_, hits| hits.iter().any(|h| h["slug"] == slug.as_str()))
        .await;
    assert_eq!(app.get(&format!("/offers/{slug}")).await.status(), StatusCode::OK);
    sql::query("UPDATE technology_offers SET expires_at = '2020-01-01T00:00:00Z' WHERE id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .expect("query");
    assert_eq!(app.get(&format!("/offers/{slug}")).await.status(), StatusCode::NOT_FOUND);
    wait_for(&app, &title, "the expired offer leaves search", |_, hits| {
        !hits.iter().any(|h| h["slug"] == slug.as_str())
    })
    .await;
}

#[tokio::test]
async fn the_demo_queue_is_not_empty_for_the_demo_moderator() {
    let app = spawn().await;
    let b = Browser::new(&app);
    b.sign_in("demo.moderator@example.com", crate::browser::DEMO_PASSWORD).await;
    let (code, page) = b.page("/admin/moderation").await;
    assert_eq!(code, 200);
    assert!(page.contains("data-testid=\"moderation-queue\""), "queue shown");
    let member = Browser::new(&app);
    let pool = app.pool().await;
    account(&pool, "thuong@congty.vn", "member").await;
    member.sign_in("thuong@congty.vn", PASSWORD).await;
    let (_, page) = member.page("/admin/moderation").await;
    assert!(page.contains("data-testid=\"admin-not-allowed\"") && !page.contains("moderation-queue"));
}
