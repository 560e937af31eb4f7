//! Programmes and their application pipeline through the real router: creating and editing a
//! programme, applying (draft, submit, deadline, required answers), the owner's board (allowed
//! and refused moves, reviews), acceptance recording the incubator on the startup's public
//! page, notifications, and who may see and do what — every refusal leaving nothing changed.

use crate::browser::{Browser, DEMO_PASSWORD, location};
use crate::support::{TestApp, spawn};
use app::backend::db::Db;
use app::backend::db::sql;

const PROGRAMME: &str = "chuong-trinh-uom-tao-thuong-xuyen-2026-2030";
const INCUBATOR: &str = "demo.incubator@example.com";
const STARTUP: &str = "demo.startup@example.com";

/// The demo journey's cast: the incubator (id, slug, name), the startup (id, slug) and the
/// standing programme's id.
struct Cast {
    hub: i64,
    hub_slug: String,
    hub_name: String,
    startup: i64,
    startup_slug: String,
    programme: i64,
}

async fn cast(pool: &Db) -> Cast {
    let member_of = |email: &'static str| {
        sql::query_as::<(i64, String, String)>(
            "SELECT o.id, o.slug, o.name_vi FROM memberships m JOIN users u ON u.id = m.user_id
             JOIN organizations o ON o.id = m.org_id WHERE u.email = $1",
        )
        .bind(email)
        .fetch_one(pool)
    };
    let (hub, hub_slug, hub_name) = member_of(INCUBATOR).await.expect("the demo incubator");
    let (startup, startup_slug, _) = member_of(STARTUP).await.expect("the demo startup");
    let programme = sql::query_scalar("SELECT id FROM programmes WHERE slug = $1")
        .bind(PROGRAMME)
        .fetch_one(pool)
        .await
        .expect("the standing programme");
    Cast { hub, hub_slug, hub_name, startup, startup_slug, programme }
}

async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let b = Browser::new(app);
    b.sign_in(email, DEMO_PASSWORD).await;
    b
}

async fn count(pool: &Db, sql: &str) -> i64 {
    sql::query_scalar(sqlx::AssertSqlSafe(sql.to_string())).fetch_one(pool).await.expect(sql)
}

/// (id, required) of the programme's visible questions, in order.
async fn questions(pool: &Db, programme: i64) -> Vec<(i64, bool)> {
    sql::query_as(
        "SELECT id, required FROM programme_questions WHERE programme_id = $1 AND hidden = FALSE ORDER BY position",
    )
    .bind(programme)
    .fetch_all(pool)
    .await
    .expect("questions")
}

/// The startup's application to the standing programme: (id, state).
async fn application(pool: &Db, c: &Cast) -> Option<(i64, String)> {
    sql::query_as("SELECT id, state FROM applications WHERE programme_id = $1 AND applicant_org_id = $2")
        .bind(c.programme)
        .bind(c.startup)
        .fetch_optional(pool)
        .await
        .expect("application")
}

/// Everything a refused pipeline write might have touched.
async fn pipeline_snapshot(pool: &Db) -> String {
    sql::query_scalar(
        "SELECT (SELECT group_concat(id || state, ',') FROM applications) || '|' ||
                (SELECT count(*) FROM application_transitions) || '|' ||
                (SELECT count(*) || coalesce(group_concat(score || comment), '') FROM application_reviews) || '|' ||
                (SELECT count(*) FROM application_answers) || '|' ||
                (SELECT count(*) FROM notifications) || '|' || (SELECT count(*) FROM audit_log) || '|' ||
                (SELECT count(*) FROM programmes) || (SELECT count(*) FROM programme_questions) || '|' ||
                (SELECT coalesce(group_concat(org_id || ':' || incubated_by), '') FROM startup_profiles WHERE incubated_by IS NOT NULL)",
    )
    .fetch_one(pool)
    .await
    .expect("snapshot")
}

/// The startup submits complete answers to the standing programme; the application's id.
async fn submit(app: &TestApp, pool: &Db, c: &Cast) -> i64 {
    let b = signed_in(app, STARTUP).await;
    let qs = questions(pool, c.programme).await;
    let names: Vec<String> = qs.iter().map(|(id, _)| format!("answer-{id}")).collect();
    let mut form: Vec<(&str, &str)> = vec![("org", &c.startup_slug), ("action", "submit")];
    for n in &names {
        form.push((n, "Cảm biến độ ẩm đất cho ruộng lúa Yên Mô."));
    }
    let res = b.post(&format!("/programmes/{PROGRAMME}/apply"), &form).await;
    assert_eq!(res.status().as_u16(), 303);
    let (id, state) = application(pool, c).await.expect("submitted");
    assert_eq!(state, "submitted");
    id
}

async fn move_to(b: &Browser, app: i64, to: &str) -> reqwest::Response {
    b.post(&format!("/programmes/{PROGRAMME}/applications/{app}/move"), &[("to", to)]).await
}

#[tokio::test]
async fn owners_create_and_edit_programmes_with_ordered_questions() {
    let app = spawn().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let b = signed_in(&app, INCUBATOR).await;
    let (status, html) = b.page(&format!("/programmes/new?org={}", c.hub_slug)).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"programme-form\""));

    // refused: no title, closing before opening, a kind incubators do not run; all kept
    let before = count(&pool, "SELECT count(*) FROM programmes").await;
    let bad = [
        ("org", c.hub_slug.as_str()),
        ("type", "task_call"),
        ("title_vi", ""),
        ("description_vi", "Mô tả giữ nguyên"),
        ("opens_on", "2027-03-10"),
        ("closes_on", "2027-03-01"),
        ("capacity", "không"),
        ("q_id", ""),
        ("q_vi", "Câu hỏi giữ nguyên"),
        ("q_en", ""),
        ("q_order", "1"),
    ];
    let res = b.post("/programmes/create", &bad).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), format!("/programmes/new?org={}", c.hub_slug));
    assert_eq!(count(&pool, "SELECT count(*) FROM programmes").await, before, "nothing written");
    let (_, html) = b.page(&format!("/programmes/new?org={}", c.hub_slug)).await;
    assert!(html.contains("data-testid=\"error-summary\""));
    assert!(html.contains("Ngày kết thúc không được trước ngày bắt đầu."), "dates in order");
    assert!(html.contains("Lựa chọn không hợp lệ."), "type refused");
    assert!(html.contains("Hãy nhập một số nguyên dương."), "capacity refused");
    assert!(html.contains("href=\"#f-title_vi\""), "summary links the title");
    assert!(html.contains("Mô tả giữ nguyên") && html.contains("Câu hỏi giữ nguyên"), "typed values kept");

    // accepted: two questions given in reverse order, one blank row ignored
    let good = [
        ("org", c.hub_slug.as_str()),
        ("type", "incubation"),
        ("title_vi", "Khóa ươm tạo nông nghiệp số 2027"),
        ("description_vi", "Ươm tạo các dự án nông nghiệp số."),
        ("opens_on", "2027-01-05"),
        ("closes_on", "28/02/2027"),
        ("starts_on", "2027-03-15"),
        ("ends_on", "2027-09-15"),
        ("capacity", "12"),
        ("funding_vnd", "1.500.000.000"),
        ("sector", "high-tech-agriculture"),
        ("published", "1"),
        ("q_id", ""),
        ("q_vi", "Câu thứ hai"),
        ("q_en", ""),
        ("q_order", "2"),
        ("q_id", ""),
        ("q_vi", "Câu thứ nhất"),
        ("q_en", "First"),
        ("q_order", "1"),
        ("q_required", "1"),
        ("q_id", ""),
        ("q_vi", ""),
        ("q_en", ""),
        ("q_order", ""),
    ];
    let res = b.post("/programmes/create", &good).await;
    assert_eq!(res.status().as_u16(), 303);
    let slug = location(&res).trim_start_matches("/programmes/").trim_end_matches("/edit").to_string();
    assert_eq!(slug, "khoa-uom-tao-nong-nghiep-so-2027");
    let (id, org, closes, funding): (i64, i64, String, i64) =
        sql::query_as("SELECT id, org_id, closes_on, funding_vnd FROM programmes WHERE slug = $1")
            .bind(&slug)
            .fetch_one(&pool)
            .await
            .expect("created");
    assert_eq!((org, closes.as_str(), funding), (c.hub, "2027-02-28", 1_500_000_000));
    let prompts: Vec<(String, bool)> =
        sql::query_as("SELECT prompt_vi, required FROM programme_questions WHERE programme_id = $1 ORDER BY position")
            .bind(id)
            .fetch_all(&pool)
            .await
            .expect("questions");
    assert_eq!(prompts, vec![("Câu thứ nhất".into(), true), ("Câu thứ hai".into(), false)]);
    assert!(
        count(
            &pool,
            &format!("SELECT count(*) FROM audit_log WHERE action = 'programme.create' AND entity_id = '{id}'")
        )
        .await
            == 1
    );
    let (status, html) = app.html(&format!("/programmes/{slug}")).await;
    assert_eq!(status, 200, "published programme is public");
    assert!(html.contains("Khóa ươm tạo nông nghiệp số 2027"));

    // editing: swap, remove one, add one
    let qs = questions(&pool, id).await;
    let (first, second) = (qs[0].0.to_string(), qs[1].0.to_string());
    let mut edit: Vec<(&str, &str)> = good[1..12].to_vec();
    edit.extend([
        ("q_id", first.as_str()),
        ("q_vi", "Câu thứ nhất"),
        ("q_en", ""),
        ("q_order", "2"),
        ("q_remove", "0"),
        ("q_id", second.as_str()),
        ("q_vi", "Câu thứ hai, sửa lại"),
        ("q_en", ""),
        ("q_order", "1"),
        ("q_id", ""),
        ("q_vi", "Câu mới"),
        ("q_en", ""),
        ("q_order", "3"),
    ]);
    let res = b.post(&format!("/programmes/{slug}/save"), &edit).await;
    assert_eq!(location(&res), format!("/programmes/{slug}/edit"));
    let prompts: Vec<String> =
        sql::query_scalar("SELECT prompt_vi FROM programme_questions WHERE programme_id = $1 ORDER BY position")
            .bind(id)
            .fetch_all(&pool)
            .await
            .expect("questions");
    assert_eq!(prompts, vec!["Câu thứ hai, sửa lại", "Câu mới"], "unanswered question deleted, order kept");

    // a question id of another programme is refused, nothing changes
    let before = pipeline_snapshot(&pool).await;
    let foreign = questions(&pool, c.programme).await[0].0.to_string();
    let mut tampered: Vec<(&str, &str)> = good[1..12].to_vec();
    tampered.extend([("q_id", foreign.as_str()), ("q_vi", "Chiếm"), ("q_en", ""), ("q_order", "1")]);
    b.post(&format!("/programmes/{slug}/save"), &tampered).await;
    assert_eq!(pipeline_snapshot(&pool).await, before);

    // who may not: the startup (on the hub's behalf, or for itself), nobody signed in
    let s = signed_in(&app, STARTUP).await;
    assert_eq!(s.post("/programmes/create", &good).await.status().as_u16(), 403);
    let mut own = good.to_vec();
    own[0] = ("org", c.startup_slug.as_str());
    own[1] = ("type", "competition");
    assert_eq!(s.post("/programmes/create", &own).await.status().as_u16(), 403);
    assert_eq!(s.post(&format!("/programmes/{slug}/save"), &edit).await.status().as_u16(), 403);
    assert_eq!(s.page(&format!("/programmes/{slug}/edit")).await.0, 403);
    let anon = Browser::new(&app);
    assert_eq!(anon.post("/programmes/create", &good).await.status().as_u16(), 401);
    assert_eq!(anon.post(&format!("/programmes/{slug}/save"), &edit).await.status().as_u16(), 401);
    assert_eq!(pipeline_snapshot(&pool).await, before, "refusals changed nothing");
}

#[tokio::test]
async fn answered_questions_are_hidden_not_deleted() {
    let app = spawn().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let app_id = submit(&app, &pool, &c).await;
    let qs = questions(&pool, c.programme).await;
    let b = signed_in(&app, INCUBATOR).await;
    let (_, html) = b.page(&format!("/programmes/{PROGRAMME}/edit")).await;
    assert!(html.contains("Đã có người trả lời"), "the page says removing hides");
    let (q0, q1, q2) = (qs[0].0.to_string(), qs[1].0.to_string(), qs[2].0.to_string());
    let form = [
        ("type", "incubation"),
        ("title_vi", "Chương trình ươm tạo thường xuyên"),
        ("description_vi", "Mô tả"),
        ("opens_on", "2026-01-01"),
        ("closes_on", "2030-12-31"),
        ("published", "1"),
        ("q_id", q0.as_str()),
        ("q_vi", "Câu một"),
        ("q_en", ""),
        ("q_order", "1"),
        ("q_remove", "0"),
        ("q_id", q1.as_str()),
        ("q_vi", "Câu hai"),
        ("q_en", ""),
        ("q_order", "2"),
        ("q_id", q2.as_str()),
        ("q_vi", "Câu ba"),
        ("q_en", ""),
        ("q_order", "3"),
    ];
    let res = b.post(&format!("/programmes/{PROGRAMME}/save"), &form).await;
    assert_eq!(location(&res), format!("/programmes/{PROGRAMME}/edit"));
    let hidden: i64 = sql::query_scalar("SELECT hidden FROM programme_questions WHERE id = $1")
        .bind(qs[0].0)
        .fetch_one(&pool)
        .await
        .expect("kept");
    assert_eq!(hidden, 1);
    assert_eq!(questions(&pool, c.programme).await.len(), 2);
    let answers =
        count(&pool, &format!("SELECT count(*) FROM application_answers WHERE application_id = {app_id}")).await;
    assert_eq!(answers, 3, "no answer lost");
    let (_, html) = b.page(&format!("/programmes/{PROGRAMME}/applications/{app_id}")).await;
    assert!(html.contains("câu hỏi đã ẩn"), "reviewers still read the hidden question's answer");
    // the type cannot change once applications are in
    let mut retype = form.to_vec();
    retype[0] = ("type", "competition");
    let before = pipeline_snapshot(&pool).await;
    b.post(&format!("/programmes/{PROGRAMME}/save"), &retype).await;
    assert_eq!(pipeline_snapshot(&pool).await, before);
}

#[tokio::test]
async fn apply_draft_then_submit_with_required_answers() {
    let app = spawn().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let s = signed_in(&app, STARTUP).await;
    let (_, html) = s.page(&format!("/programmes/{PROGRAMME}")).await;
    assert!(html.contains("data-testid=\"apply-link\""), "the programme page offers to apply");
    let (status, html) = s.page(&format!("/programmes/{PROGRAMME}/apply?org={}", c.startup_slug)).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"apply-form\""));
    let qs = questions(&pool, c.programme).await;
    assert!(qs[0].1 && qs[1].1, "two required questions");
    let (a0, a1) = (format!("answer-{}", qs[0].0), format!("answer-{}", qs[1].0));
    let url = format!("/programmes/{PROGRAMME}/apply");

    // a draft keeps what is answered
    let res = s.post(&url, &[("org", &c.startup_slug), ("action", "draft"), (&a0, "Bản nháp đầu tiên")]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (id, state) = application(&pool, &c).await.expect("draft");
    assert_eq!(state, "draft");
    let (_, html) = s.page(&format!("/programmes/{PROGRAMME}/apply?org={}", c.startup_slug)).await;
    assert!(html.contains("Bản nháp đầu tiên"));
    // the owner's board does not show drafts
    let b = signed_in(&app, INCUBATOR).await;
    assert_eq!(b.page(&format!("/programmes/{PROGRAMME}/applications/{id}")).await.0, 404);

    // submitting without a required answer is refused, nothing changes
    let before = pipeline_snapshot(&pool).await;
    s.post(&url, &[("org", &c.startup_slug), ("action", "submit"), (&a0, "Đã sửa")]).await;
    assert_eq!(pipeline_snapshot(&pool).await, before);
    assert_eq!(application(&pool, &c).await.expect("still").1, "draft");
    let (_, html) = s.page(&format!("/programmes/{PROGRAMME}/apply?org={}", c.startup_slug)).await;
    assert!(html.contains(&format!("href=\"#f-{a1}\"")), "the summary links the missing answer");
    assert!(html.contains("Đã sửa"), "typed answer kept");

    // complete: submitted, trail written, owner and applicant told
    let res =
        s.post(&url, &[("org", &c.startup_slug), ("action", "submit"), (&a0, "Giải pháp"), (&a1, "Đội ngũ")]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (submitted_at, state): (Option<String>, String) =
        sql::query_as("SELECT submitted_at, state FROM applications WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("submitted");
    assert_eq!(state, "submitted");
    assert!(submitted_at.is_some());
    let trail: Vec<(Option<String>, String)> =
        sql::query_as("SELECT from_state, to_state FROM application_transitions WHERE application_id = $1 ORDER BY id")
            .bind(id)
            .fetch_all(&pool)
            .await
            .expect("trail");
    assert_eq!(trail, vec![(None, "draft".into()), (Some("draft".into()), "submitted".into())]);
    let told = count(
        &pool,
        "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id
         WHERE u.email = 'demo.incubator@example.com' AND n.kind = 'application.submitted'
           AND CAST(n.payload AS TEXT) LIKE '%/applications/%'",
    )
    .await;
    assert_eq!(told, 1, "the incubator's member is told of the new application");

    // read-only after submission: the page shows answers without a form; posting is refused
    let (_, html) = s.page(&format!("/programmes/{PROGRAMME}/apply?org={}", c.startup_slug)).await;
    assert!(!html.contains("data-testid=\"apply-form\"") && html.contains("data-testid=\"read-only\""));
    let before = pipeline_snapshot(&pool).await;
    s.post(&url, &[("org", &c.startup_slug), ("action", "draft"), (&a0, "Sửa sau khi nộp")]).await;
    s.post(&url, &[("org", &c.startup_slug), ("action", "submit"), (&a0, "Sửa"), (&a1, "Sửa")]).await;
    assert_eq!(pipeline_snapshot(&pool).await, before, "no change after submission");

    // the applicant's list shows the status, never a score
    let (status, html) = s.page(&format!("/org/{}/applications", c.startup_slug)).await;
    assert_eq!(status, 200);
    assert!(html.contains("Đã nộp") && !html.contains("card-score"));
}

#[tokio::test]
async fn the_deadline_and_the_opening_are_enforced_on_the_server() {
    let app = spawn().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let s = signed_in(&app, STARTUP).await;
    let qs = questions(&pool, c.programme).await;
    let names: Vec<String> = qs.iter().map(|(id, _)| format!("answer-{id}")).collect();
    let mut full: Vec<(&str, &str)> = vec![("org", &c.startup_slug)];
    for n in &names {
        full.push((n, "Trả lời"));
    }
    let url = format!("/programmes/{PROGRAMME}/apply");
    let with = |action: &'static str| {
        let mut f = full.clone();
        f.push(("action", action));
        f
    };
    // a draft saved while open
    s.post(&url, &with("draft")).await;
    assert_eq!(application(&pool, &c).await.expect("draft").1, "draft");

    // closed yesterday (Vietnam time): neither submitted nor changed
    sql::query("UPDATE programmes SET opens_on = '2020-01-01', closes_on = $2 WHERE id = $1")
        .bind(c.programme)
        .bind(crate::support::vn_date(-1))
        .execute(&pool)
        .await
        .expect("close");
    let before = pipeline_snapshot(&pool).await;
    let res = s.post(&url, &with("submit")).await;
    assert_eq!(res.status().as_u16(), 303);
    s.post(&url, &with("draft")).await;
    assert_eq!(pipeline_snapshot(&pool).await, before, "late: nothing written");
    let (_, html) = s.page(&format!("/programmes/{PROGRAMME}/apply?org={}", c.startup_slug)).await;
    assert!(html.contains("Đã hết hạn nộp hồ sơ"));

    // opening tomorrow: a draft may be prepared, not submitted
    sql::query("UPDATE programmes SET opens_on = $2, closes_on = '2030-12-31' WHERE id = $1")
        .bind(c.programme)
        .bind(crate::support::vn_date(1))
        .execute(&pool)
        .await
        .expect("reopen later");
    let before = pipeline_snapshot(&pool).await;
    s.post(&url, &with("submit")).await;
    assert_eq!(pipeline_snapshot(&pool).await, before, "early: nothing written");
    assert_eq!(application(&pool, &c).await.expect("draft").1, "draft");
    let (_, html) = s.page(&format!("/programmes/{PROGRAMME}/apply?org={}", c.startup_slug)).await;
    assert!(html.contains("chưa mở nhận hồ sơ"));

    // closing today: still open until the end of the day
    sql::query("UPDATE programmes SET opens_on = '2020-01-01', closes_on = $2 WHERE id = $1")
        .bind(c.programme)
        .bind(crate::support::vn_date(0))
        .execute(&pool)
        .await
        .expect("last day");
    s.post(&url, &with("submit")).await;
    assert_eq!(application(&pool, &c).await.expect("submitted").1, "submitted");
}

#[tokio::test]
async fn the_pipeline_moves_step_by_step_and_acceptance_records_the_incubator() {
    let app = spawn().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let id = submit(&app, &pool, &c).await;
    let b = signed_in(&app, INCUBATOR).await;
    let (status, html) = b.page(&format!("/programmes/{PROGRAMME}/applications")).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"column-submitted\"") && html.contains("data-testid=\"board-card\""));

    // skipping ahead and unknown states are refused with nothing changed
    let before = pipeline_snapshot(&pool).await;
    for to in ["accepted", "interview", "draft", "bogus"] {
        assert_eq!(move_to(&b, id, to).await.status().as_u16(), 303, "{to}");
    }
    assert_eq!(pipeline_snapshot(&pool).await, before);
    let (_, html) = b.page(&format!("/programmes/{PROGRAMME}/applications")).await;
    assert!(html.contains("Không thể chuyển hồ sơ sang bước này"));

    let seq: i64 = count(&pool, "SELECT coalesce(max(seq), 0) FROM search_outbox").await;
    for to in ["screening", "interview", "accepted"] {
        let res = move_to(&b, id, to).await;
        assert_eq!(location(&res), format!("/programmes/{PROGRAMME}/applications"));
        let told = count(
            &pool,
            &format!(
                "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id
                 WHERE u.email = '{STARTUP}' AND n.kind = 'application.{to}'"
            ),
        )
        .await;
        assert_eq!(told, 1, "the applicant is told of {to}");
    }
    assert_eq!(application(&pool, &c).await.expect("moved").1, "accepted");
    let trail: Vec<String> =
        sql::query_scalar("SELECT to_state FROM application_transitions WHERE application_id = $1 ORDER BY id")
            .bind(id)
            .fetch_all(&pool)
            .await
            .expect("trail");
    assert_eq!(trail, ["draft", "submitted", "screening", "interview", "accepted"]);
    assert_eq!(
        count(
            &pool,
            &format!("SELECT count(*) FROM audit_log WHERE action = 'application.move' AND entity_id = '{id}'")
        )
        .await,
        3
    );
    let incubated: Option<i64> = sql::query_scalar("SELECT incubated_by FROM startup_profiles WHERE org_id = $1")
        .bind(c.startup)
        .fetch_one(&pool)
        .await
        .expect("profile");
    assert_eq!(incubated, Some(c.hub));
    let (_, html) = app.html(&format!("/org/{}", c.startup_slug)).await;
    let rel = html.find("data-testid=\"rel-incubator\"").expect("incubator shown");
    assert!(html[rel..].contains(&c.hub_name), "the startup's page names the incubator");
    let queued =
        count(&pool, &format!("SELECT count(*) FROM search_outbox WHERE seq > {seq} AND doc = 'org:{}'", c.startup))
            .await;
    assert!(queued >= 1, "the startup is queued for reindexing");

    // final: no move out of accepted
    let before = pipeline_snapshot(&pool).await;
    move_to(&b, id, "rejected").await;
    assert_eq!(pipeline_snapshot(&pool).await, before);
}

#[tokio::test]
async fn reviewers_score_with_the_rubric_and_edit_their_own_review() {
    let app = spawn().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let id = submit(&app, &pool, &c).await;
    let b = signed_in(&app, INCUBATOR).await;
    let url = format!("/programmes/{PROGRAMME}/applications/{id}/review");
    let before = pipeline_snapshot(&pool).await;
    b.post(&url, &[("team", "7"), ("innovation", "4"), ("market", ""), ("feasibility", "3")]).await;
    assert_eq!(pipeline_snapshot(&pool).await, before, "out-of-range score refused");
    let (_, html) = b.page(&format!("/programmes/{PROGRAMME}/applications/{id}")).await;
    assert!(html.contains("Hãy chấm điểm từ 1 đến 5.") && html.contains("href=\"#f-market\""));

    let res = b
        .post(
            &url,
            &[("team", "5"), ("innovation", "4"), ("market", "4"), ("feasibility", "3"), ("comment", "Đội ngũ mạnh")],
        )
        .await;
    assert_eq!(location(&res), format!("/programmes/{PROGRAMME}/applications/{id}"));
    let row: (i64, i64, i64, String) = sql::query_as(
        "SELECT count(*), max(score), max(team), max(comment) FROM application_reviews WHERE application_id = $1",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .expect("review");
    assert_eq!(row, (1, 4, 5, "Đội ngũ mạnh".into()));
    b.post(&url, &[("team", "2"), ("innovation", "2"), ("market", "2"), ("feasibility", "2"), ("comment", "Xem lại")])
        .await;
    let row: (i64, i64, String) =
        sql::query_as("SELECT count(*), max(score), max(comment) FROM application_reviews WHERE application_id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("review");
    assert_eq!(row, (1, 2, "Xem lại".into()), "one review per reviewer, replaced");
    let (_, html) = b.page(&format!("/programmes/{PROGRAMME}/applications")).await;
    assert!(html.contains("Điểm TB 2"), "the board shows the average");

    // the applicant sees neither score nor comment anywhere
    let s = signed_in(&app, STARTUP).await;
    for page in [
        format!("/org/{}/applications", c.startup_slug),
        format!("/programmes/{PROGRAMME}/apply?org={}", c.startup_slug),
    ] {
        let (_, html) = s.page(&page).await;
        assert!(!html.contains("Xem lại") && !html.contains("Điểm TB"), "{page}");
    }
}

#[tokio::test]
async fn only_the_owner_sees_and_moves_applications() {
    let app = spawn().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let id = submit(&app, &pool, &c).await;
    let board = format!("/programmes/{PROGRAMME}/applications");
    let detail = format!("{board}/{id}");
    let review = [("team", "1"), ("innovation", "1"), ("market", "1"), ("feasibility", "1")];
    let before = pipeline_snapshot(&pool).await;

    let anon = Browser::new(&app);
    assert_eq!(anon.page(&board).await.0, 401);
    assert_eq!(anon.page(&detail).await.0, 401);
    assert_eq!(move_to(&anon, id, "screening").await.status().as_u16(), 401);
    assert_eq!(anon.post(&format!("{detail}/review"), &review).await.status().as_u16(), 401);
    assert_eq!(
        anon.post(&format!("/programmes/{PROGRAMME}/apply"), &[("org", &c.startup_slug)]).await.status().as_u16(),
        401
    );

    // the applicant: no board, no detail, no moves, no scores
    let s = signed_in(&app, STARTUP).await;
    assert_eq!(s.page(&board).await.0, 403);
    assert_eq!(s.page(&detail).await.0, 403);
    assert_eq!(move_to(&s, id, "screening").await.status().as_u16(), 403);
    assert_eq!(s.post(&format!("{detail}/review"), &review).await.status().as_u16(), 403);

    // a member of an unrelated organisation
    let (other,): (String,) = sql::query_as(
        "SELECT u.email FROM users u WHERE u.role = 'member' AND u.email LIKE 'demo.%' AND NOT EXISTS
           (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.org_id IN ($1, $2)) ORDER BY u.id LIMIT 1",
    )
    .bind(c.hub)
    .bind(c.startup)
    .fetch_one(&pool)
    .await
    .expect("an outsider");
    let o = signed_in(&app, &other).await;
    assert_eq!(o.page(&detail).await.0, 403);
    assert_eq!(move_to(&o, id, "screening").await.status().as_u16(), 403);
    // nor may they apply in the startup's name, nor the incubator (not an eligible kind)
    let apply = format!("/programmes/{PROGRAMME}/apply");
    assert_eq!(o.post(&apply, &[("org", &c.startup_slug), ("action", "draft")]).await.status().as_u16(), 403);
    let b = signed_in(&app, INCUBATOR).await;
    assert_eq!(b.post(&apply, &[("org", &c.hub_slug), ("action", "draft")]).await.status().as_u16(), 403);
    assert_eq!(pipeline_snapshot(&pool).await, before, "every refusal left everything as it was");

    // an application id of another programme under this programme's address
    let foreign: i64 = count(
        &pool,
        &format!("SELECT id FROM applications WHERE programme_id <> {} AND state = 'submitted' LIMIT 1", c.programme),
    )
    .await;
    assert_eq!(b.page(&format!("{board}/{foreign}")).await.0, 404);
    assert_eq!(move_to(&b, foreign, "screening").await.status().as_u16(), 404);
    assert_eq!(pipeline_snapshot(&pool).await, before);

    // the owner's member and an admin see it
    assert_eq!(b.page(&detail).await.0, 200);
    let admin = signed_in(&app, "demo.admin@example.com").await;
    let (status, html) = admin.page(&board).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"board-card\""));
}
