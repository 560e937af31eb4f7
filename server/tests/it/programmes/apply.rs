//! The applicant's side: a draft, then submitting with the required answers; the deadline and
//! the opening enforced on the server.

use super::{application, pipeline_snapshot, questions, signed_in, spawn_cast, told};
use crate::builders::reschedule;
use crate::support::vn_date;
use app::backend::store::statements::pipeline as board;

#[tokio::test]
async fn apply_draft_then_submit_with_required_answers() {
    let (app, pool, c) = spawn_cast().await;
    let programme = c.slug().to_string();
    let startup = c.startup.slug.as_str();
    let s = signed_in(&app, &c.startup.owner).await;
    let (_, html) = s.page(&format!("/programmes/{programme}")).await;
    assert!(html.contains("data-testid=\"apply-link\""), "the programme page offers to apply");
    let (status, html) = s.page(&format!("/programmes/{programme}/apply?org={startup}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"apply-form\""));
    let qs = questions(&pool, &c.hub, c.programme.id).await;
    assert!(qs[0].1 && qs[1].1, "two required questions");
    let (a0, a1) = (format!("answer-{}", qs[0].0), format!("answer-{}", qs[1].0));
    let url = format!("/programmes/{programme}/apply");

    // a draft keeps what is answered
    let res = s.post(&url, &[("org", startup), ("action", "draft"), (&a0, "Bản nháp đầu tiên")]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (id, state) = application(&pool, &c).await.expect("draft");
    assert_eq!(state, "draft");
    let (_, html) = s.page(&format!("/programmes/{programme}/apply?org={startup}")).await;
    assert!(html.contains("Bản nháp đầu tiên"));
    // the owner's board does not show drafts
    let b = signed_in(&app, &c.hub.owner).await;
    assert_eq!(b.page(&format!("/programmes/{programme}/applications/{id}")).await.0, 404);

    // submitting without a required answer is refused, nothing changes
    let before = pipeline_snapshot(&app, &pool, &c, &[]).await;
    s.post(&url, &[("org", startup), ("action", "submit"), (&a0, "Đã sửa")]).await;
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[]).await, before);
    assert_eq!(application(&pool, &c).await.expect("still").1, "draft");
    let (_, html) = s.page(&format!("/programmes/{programme}/apply?org={startup}")).await;
    assert!(html.contains(&format!("href=\"#f-{a1}\"")), "the summary links the missing answer");
    assert!(html.contains("Đã sửa"), "typed answer kept");

    // complete: submitted, trail written, owner and applicant told
    let res = s.post(&url, &[("org", startup), ("action", "submit"), (&a0, "Giải pháp"), (&a1, "Đội ngũ")]).await;
    assert_eq!(res.status().as_u16(), 303);
    let detail = board::detail(&pool, c.programme.id, id, 0).await.expect("detail").expect("submitted");
    assert_eq!(detail.card.state.as_str(), "submitted");
    assert!(detail.card.submitted_at.is_some());
    let trail: Vec<(Option<&str>, &str)> =
        detail.transitions.iter().map(|t| (t.from.map(|s| s.as_str()), t.to.as_str())).collect();
    assert_eq!(trail, vec![(None, "draft"), (Some("draft"), "submitted")]);
    let links = told(&pool, &c.hub.owner, "application.submitted").await;
    assert_eq!(
        links.iter().filter(|l| l.contains("/applications/")).count(),
        1,
        "the incubator's member is told of the new application"
    );

    // read-only after submission: the page shows answers without a form; posting is refused
    let (_, html) = s.page(&format!("/programmes/{programme}/apply?org={startup}")).await;
    assert!(!html.contains("data-testid=\"apply-form\"") && html.contains("data-testid=\"read-only\""));
    let before = pipeline_snapshot(&app, &pool, &c, &[]).await;
    s.post(&url, &[("org", startup), ("action", "draft"), (&a0, "Sửa sau khi nộp")]).await;
    s.post(&url, &[("org", startup), ("action", "submit"), (&a0, "Sửa"), (&a1, "Sửa")]).await;
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[]).await, before, "no change after submission");

    // the applicant's list shows the status, never a score
    let (status, html) = s.page(&format!("/org/{startup}/applications")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Đã nộp") && !html.contains("card-score"));
}

#[tokio::test]
async fn the_deadline_and_the_opening_are_enforced_on_the_server() {
    let (app, pool, c) = spawn_cast().await;
    let programme = c.slug().to_string();
    let startup = c.startup.slug.as_str();
    let s = signed_in(&app, &c.startup.owner).await;
    let qs = questions(&pool, &c.hub, c.programme.id).await;
    let names: Vec<String> = qs.iter().map(|(id, _)| format!("answer-{id}")).collect();
    let mut full: Vec<(&str, &str)> = vec![("org", startup)];
    for n in &names {
        full.push((n, "Trả lời"));
    }
    let url = format!("/programmes/{programme}/apply");
    let with = |action: &'static str| {
        let mut f = full.clone();
        f.push(("action", action));
        f
    };
    // a draft saved while open
    s.post(&url, &with("draft")).await;
    assert_eq!(application(&pool, &c).await.expect("draft").1, "draft");

    // closed yesterday (Vietnam time): neither submitted nor changed
    reschedule(&pool, &c.hub, &c.programme, "2020-01-01", &vn_date(-1)).await;
    let before = pipeline_snapshot(&app, &pool, &c, &[]).await;
    let res = s.post(&url, &with("submit")).await;
    assert_eq!(res.status().as_u16(), 303);
    s.post(&url, &with("draft")).await;
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[]).await, before, "late: nothing written");
    let (_, html) = s.page(&format!("/programmes/{programme}/apply?org={startup}")).await;
    assert!(html.contains("Đã hết hạn nộp hồ sơ"));

    // opening tomorrow: a draft may be prepared, not submitted
    reschedule(&pool, &c.hub, &c.programme, &vn_date(1), "2030-12-31").await;
    let before = pipeline_snapshot(&app, &pool, &c, &[]).await;
    s.post(&url, &with("submit")).await;
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[]).await, before, "early: nothing written");
    assert_eq!(application(&pool, &c).await.expect("draft").1, "draft");
    let (_, html) = s.page(&format!("/programmes/{programme}/apply?org={startup}")).await;
    assert!(html.contains("chưa mở nhận hồ sơ"));

    // closing today: still open until the end of the day
    reschedule(&pool, &c.hub, &c.programme, "2020-01-01", &vn_date(0)).await;
    s.post(&url, &with("submit")).await;
    assert_eq!(application(&pool, &c).await.expect("submitted").1, "submitted");
}
