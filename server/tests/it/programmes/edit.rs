//! The owner's programme form: create and edit with ordered questions; answered questions are
//! hidden, not deleted.

use super::{pipeline_snapshot, questions, signed_in, spawn_cast, submit};
use crate::browser::{Browser, location};
use crate::support::audit_rows;
use app::backend::store::statements::{pipeline as board, programme_edit, search_source};

#[tokio::test]
async fn owners_create_and_edit_programmes_with_ordered_questions() {
    let (app, pool, c) = spawn_cast().await;
    let hub_slug = c.hub.slug.as_str();
    let b = signed_in(&app, &c.hub.owner).await;
    let (status, html) = b.page(&format!("/programmes/new?org={hub_slug}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"programme-form\""));

    // refused: no title, closing before opening, a kind incubators do not run; all kept
    let before = search_source::count_all(&pool).await.expect("documents");
    let bad = [
        ("org", hub_slug),
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
    assert_eq!(location(&res), format!("/programmes/new?org={hub_slug}"));
    assert_eq!(search_source::count_all(&pool).await.expect("documents"), before, "nothing written");
    let (_, html) = b.page(&format!("/programmes/new?org={hub_slug}")).await;
    assert!(html.contains("data-testid=\"error-summary\""));
    assert!(html.contains("Ngày kết thúc không được trước ngày bắt đầu."), "dates in order");
    assert!(html.contains("Lựa chọn không hợp lệ."), "type refused");
    assert!(html.contains("Hãy nhập một số nguyên dương."), "capacity refused");
    assert!(html.contains("href=\"#f-title_vi\""), "summary links the title");
    assert!(html.contains("Mô tả giữ nguyên") && html.contains("Câu hỏi giữ nguyên"), "typed values kept");

    // accepted: two questions given in reverse order, one blank row ignored
    let good = [
        ("org", hub_slug),
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
    let created = programme_edit::by_slug(&pool, &slug).await.expect("programme").expect("created");
    let id = created.id;
    let edit = programme_edit::load(&pool, c.hub.id, Some(id)).await.expect("load").expect("created");
    let field = |k: &str| edit.fields[k].clone();
    assert_eq!(
        (created.org_id, field("closes_on").as_str(), field("funding_vnd").as_str()),
        (c.hub.id, "2027-02-28", "1500000000")
    );
    let prompts: Vec<(String, bool)> = edit.questions.iter().map(|q| (q.prompt_vi.clone(), q.required)).collect();
    assert_eq!(prompts, vec![("Câu thứ nhất".into(), true), ("Câu thứ hai".into(), false)]);
    let created_entries = audit_rows(&pool, "programme.create").await;
    assert!(
        created_entries.iter().filter(|r| r.action == "programme.create" && r.entity_id == id.to_string()).count() == 1
    );
    let (status, html) = app.html(&format!("/programmes/{slug}")).await;
    assert_eq!(status, 200, "published programme is public");
    assert!(html.contains("Khóa ươm tạo nông nghiệp số 2027"));

    // editing: swap, remove one, add one
    let qs = questions(&pool, &c.hub, id).await;
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
    let stored = programme_edit::load(&pool, c.hub.id, Some(id)).await.expect("load").expect("programme");
    let prompts: Vec<String> = stored.questions.into_iter().map(|q| q.prompt_vi).collect();
    assert_eq!(prompts, vec!["Câu thứ hai, sửa lại", "Câu mới"], "unanswered question deleted, order kept");

    // a question id of another programme is refused, nothing changes
    let before = pipeline_snapshot(&app, &pool, &c, &[id]).await;
    let foreign = questions(&pool, &c.hub, c.programme.id).await[0].0.to_string();
    let mut tampered: Vec<(&str, &str)> = good[1..12].to_vec();
    tampered.extend([("q_id", foreign.as_str()), ("q_vi", "Chiếm"), ("q_en", ""), ("q_order", "1")]);
    b.post(&format!("/programmes/{slug}/save"), &tampered).await;
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[id]).await, before);

    // who may not: the startup (on the hub's behalf, or for itself), nobody signed in
    let s = signed_in(&app, &c.startup.owner).await;
    assert_eq!(s.post("/programmes/create", &good).await.status().as_u16(), 403);
    let mut own = good.to_vec();
    own[0] = ("org", c.startup.slug.as_str());
    own[1] = ("type", "competition");
    assert_eq!(s.post("/programmes/create", &own).await.status().as_u16(), 403);
    assert_eq!(s.post(&format!("/programmes/{slug}/save"), &edit).await.status().as_u16(), 403);
    assert_eq!(s.page(&format!("/programmes/{slug}/edit")).await.0, 403);
    let anon = Browser::new(&app);
    assert_eq!(anon.post("/programmes/create", &good).await.status().as_u16(), 401);
    assert_eq!(anon.post(&format!("/programmes/{slug}/save"), &edit).await.status().as_u16(), 401);
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[id]).await, before, "refusals changed nothing");
}

#[tokio::test]
async fn answered_questions_are_hidden_not_deleted() {
    let (app, pool, c) = spawn_cast().await;
    let programme = c.slug().to_string();
    let app_id = submit(&app, &pool, &c).await;
    let qs = questions(&pool, &c.hub, c.programme.id).await;
    let b = signed_in(&app, &c.hub.owner).await;
    let (_, html) = b.page(&format!("/programmes/{programme}/edit")).await;
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
    let res = b.post(&format!("/programmes/{programme}/save"), &form).await;
    assert_eq!(location(&res), format!("/programmes/{programme}/edit"));
    let detail = board::detail(&pool, c.programme.id, app_id, 0).await.expect("detail").expect("the application");
    let kept = detail.answers.iter().find(|a| a.question_id == qs[0].0).expect("kept");
    assert!(kept.hidden);
    assert_eq!(questions(&pool, &c.hub, c.programme.id).await.len(), 2);
    let answers = detail.answers.iter().filter(|a| !a.answer.is_empty()).count();
    assert_eq!(answers, 3, "no answer lost");
    let (_, html) = b.page(&format!("/programmes/{programme}/applications/{app_id}")).await;
    assert!(html.contains("câu hỏi đã ẩn"), "reviewers still read the hidden question's answer");
    // the type cannot change once applications are in
    let mut retype = form.to_vec();
    retype[0] = ("type", "competition");
    let before = pipeline_snapshot(&app, &pool, &c, &[]).await;
    b.post(&format!("/programmes/{programme}/save"), &retype).await;
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[]).await, before);
}
