//! Steps out of turn, by the wrong person or signed out: nothing changes.

use super::{COMPLETE_OFFER, listings_of, offer_at, snapshot, with};
use crate::browser::{Browser, location};
use crate::builders::{org, user};
use crate::support::spawn_empty;
use app::domain::account::PlatformRole;
use app::domain::kind::OrgKind;
use app::domain::listing::Stage;
use reqwest::StatusCode;

#[tokio::test]
async fn steps_out_of_turn_or_by_the_wrong_person_change_nothing() {
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let own = org(OrgKind::University).create(&pool).await;
    let other = org(OrgKind::University).create(&pool).await;
    let moderator = user().role(PlatformRole::Moderator).create(&pool).await;
    let org = own.slug.as_str();
    let b = own.owner.browser(&app).await;
    b.post(&format!("/offers/new?org={org}"), &with(COMPLETE_OFFER, &[("intent", "draft")])).await;
    let slug = "may-say-lua-zephyrix-tiet-kiem-dien";
    let id = offer_at(&pool, slug).await.id;
    let before = snapshot(&pool, &own, slug).await;

    // the owner cannot skip review, pause a draft or submit without the form
    for action in ["pause", "resume", "transfer", "archive", "renew", "approve", "submit", "bogus"] {
        let res = b.post(&format!("/offers/{slug}/status"), &[("action", action)]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{action}");
        assert_eq!(snapshot(&pool, &own, slug).await, before, "{action} changed the draft");
    }
    // a member is not a moderator: 403; signed out: 401
    let res = b.post(&format!("/admin/moderation/offers/{id}"), &[("action", "approve")]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = Browser::new(&app).post(&format!("/admin/moderation/offers/{id}"), &[("action", "approve")]).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(Browser::new(&app).get("/srv/moderation_queue").await.text().await.expect("body"), "null");
    // another organisation's member can neither edit nor step nor create for this organisation
    let o = other.owner.browser(&app).await;
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
    assert_eq!(snapshot(&pool, &own, slug).await, before);
    let mut fakes = 0;
    for o in [&own, &other] {
        let titles = listings_of(&pool, o).await.into_iter().map(|r| r.title.vi);
        fakes += titles.filter(|t| t == "Tin giả" || t == "Chiếm quyền").count();
    }
    assert_eq!(fakes, 0);
    // a moderator cannot decide what was never submitted
    let m = moderator.browser(&app).await;
    for action in ["approve", "reject"] {
        m.post(&format!("/admin/moderation/offers/{id}"), &[("action", action), ("note", "Lý do")]).await;
        assert_eq!(snapshot(&pool, &own, slug).await, before, "{action}");
    }

    // published, then paused, transferred: the terminal state refuses everything after
    let res = b.post(&format!("/offers/{slug}/edit"), &with(COMPLETE_OFFER, &[("intent", "submit")])).await;
    assert_eq!(location(&res), format!("/org/{org}/listings"), "submitted");
    let res = m.post(&format!("/admin/moderation/offers/{id}"), &[("action", "approve")]).await;
    assert_eq!(location(&res), "/admin/moderation");
    let res = m.post(&format!("/admin/moderation/offers/{id}"), &[("action", "reject"), ("note", "Muộn")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    for (action, want) in [("pause", Stage::Paused), ("resume", Stage::Published), ("transfer", Stage::Transferred)] {
        b.post(&format!("/offers/{slug}/status"), &[("action", action)]).await;
        assert_eq!(offer_at(&pool, slug).await.stage, want, "{action}");
    }
    let done = snapshot(&pool, &own, slug).await;
    for action in ["pause", "resume", "archive", "renew", "transfer"] {
        b.post(&format!("/offers/{slug}/status"), &[("action", action)]).await;
    }
    b.post(&format!("/offers/{slug}/edit"), &with(COMPLETE_OFFER, &[])).await;
    assert_eq!(snapshot(&pool, &own, slug).await, done, "a transferred offer stays as it is");
}
