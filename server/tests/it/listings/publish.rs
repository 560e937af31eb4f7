//! An offer from its draft to search, through review.

use super::{COMPLETE_OFFER, listings_of, offer_at, told, values, with};
use crate::browser::location;
use crate::builders::{org, user};
use crate::search::wait_for;
use crate::support::{audit_rows, spawn_empty};
use app::domain::account::{MemberRole, PlatformRole};
use app::domain::kind::OrgKind;
use app::domain::listing::Stage;
use reqwest::StatusCode;

#[tokio::test]
async fn offer_from_draft_to_search() {
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let institute = org(OrgKind::Institute).create(&pool).await;
    let member = user().member_of(&institute, MemberRole::Editor).create(&pool).await;
    let moderator = user().role(PlatformRole::Moderator).create(&pool).await;
    let org = institute.slug.as_str();
    let b = member.browser(&app).await;

    // a draft needs only its title
    let res =
        b.post(&format!("/offers/new?org={org}"), &[("title_vi", "Máy sấy lúa Zephyrix"), ("intent", "draft")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/offers/may-say-lua-zephyrix/edit");
    assert_eq!(offer_at(&pool, "may-say-lua-zephyrix").await.stage, Stage::Draft);
    let draft = values(&pool, "may-say-lua-zephyrix").await;
    let unset: Vec<&str> =
        ["trl", "ip_status", "price_negotiable"].into_iter().filter(|f| draft[*f].is_empty()).collect();
    assert_eq!(unset, ["trl", "ip_status", "price_negotiable"], "left unset: {draft:?}");
    // the form shows the draft, TRL still unchosen
    let (code, page) = b.page("/offers/may-say-lua-zephyrix/edit").await;
    assert_eq!(code, 200);
    assert!(page.contains("value=\"Máy sấy lúa Zephyrix\""), "title shown");
    assert!(!page.contains("<option value=\"1\" selected"), "TRL left unchosen");
    // not public yet, for anyone
    assert_eq!(app.get("/offers/may-say-lua-zephyrix").await.status(), StatusCode::NOT_FOUND);

    // submitting an incomplete form: field messages (vi), every value kept, nothing written
    let before = super::snapshot(&pool, &institute, "may-say-lua-zephyrix").await;
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
    assert_eq!(super::snapshot(&pool, &institute, "may-say-lua-zephyrix").await, before);
    // …and in English
    b.post("/offers/may-say-lua-zephyrix/edit?lang=en", &[("title_vi", "Máy"), ("trl", "0"), ("intent", "submit")])
        .await;
    let (_, page) = b.page("/offers/may-say-lua-zephyrix/edit?lang=en").await;
    assert!(page.contains("TRL is a number from 1 to 9."), "TRL message in English");

    // complete: in review, in the moderators' queue
    let res = b.post("/offers/may-say-lua-zephyrix/edit", &with(COMPLETE_OFFER, &[("intent", "submit")])).await;
    assert_eq!(location(&res), format!("/org/{org}/listings"));
    assert_eq!(offer_at(&pool, "may-say-lua-zephyrix").await.stage, Stage::InReview);
    let (_, listings) = b.page(&format!("/org/{org}/listings")).await;
    // (the English page set the language cookie)
    assert!(listings.contains("Máy sấy lúa Zephyrix tiết kiệm điện") && listings.contains("In review"));

    let m = moderator.browser(&app).await;
    let (code, queue) = m.page("/admin/moderation").await;
    assert_eq!(code, 200);
    assert!(queue.contains("data-testid=\"review-may-say-lua-zephyrix\""), "in the queue");
    assert!(queue.contains("<strong>bơm nhiệt</strong>") && !queue.contains("<script>alert"), "preview sanitised");
    let id = offer_at(&pool, "may-say-lua-zephyrix").await.id;

    // asking for changes needs a message; with one, the owner reads it
    let res = m.post(&format!("/admin/moderation/offers/{id}"), &[("action", "request_changes"), ("note", "")]).await;
    assert_eq!(location(&res), "/admin/moderation");
    assert_eq!(offer_at(&pool, "may-say-lua-zephyrix").await.stage, Stage::InReview);
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
    let row = listings_of(&pool, &institute).await.into_iter().find(|r| r.slug == "may-say-lua-zephyrix");
    let row = row.expect("listed");
    assert_eq!(row.stage, Stage::Published);
    let published = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let year: i32 = published[..4].parse().expect("year");
    assert_eq!(row.expires.as_deref(), Some(format!("{}{}", year + 1, &published[4..])).as_deref());
    assert_eq!(told(&pool, &member, "listing.approve").await.len(), 1);
    let trail = trail_of(&pool, id).await;
    assert_eq!(
        trail,
        ["offer.create", "offer.submit", "offer.request_changes", "offer.submit", "offer.approve"].map(String::from)
    );
    let (code, public) = app.html("/offers/may-say-lua-zephyrix").await;
    assert_eq!(code, 200);
    assert!(public.contains("<strong>bơm nhiệt</strong>") && !public.contains("<script>alert(1)"));
    wait_for(&app, "zephyrix", "the published offer is found", |n, _| n == 1).await;

    // a price change goes live at once; a new title waits for review while the approved version
    // stays public and searchable
    let mut cheaper = with(COMPLETE_OFFER, &[]);
    cheaper[8] = ("price_vnd", "900.000.000");
    b.post("/offers/may-say-lua-zephyrix/edit", &cheaper).await;
    let stage = offer_at(&pool, "may-say-lua-zephyrix").await.stage;
    let price = values(&pool, "may-say-lua-zephyrix").await["price_vnd"].clone();
    assert_eq!((stage, price.as_str()), (Stage::Published, "900000000"));
    let mut retitled = with(COMPLETE_OFFER, &[]);
    retitled[0] = ("title_vi", "Máy sấy lúa Zephyrix thế hệ mới");
    let res = b.post("/offers/may-say-lua-zephyrix/edit", &retitled).await;
    assert_eq!(location(&res), "/offers/may-say-lua-zephyrix/edit");
    assert_eq!(offer_at(&pool, "may-say-lua-zephyrix").await.stage, Stage::Published);
    let (code, public) = app.html("/offers/may-say-lua-zephyrix").await;
    assert_eq!(code, 200);
    assert!(
        public.contains("Máy sấy lúa Zephyrix tiết kiệm điện") && !public.contains("thế hệ mới"),
        "old title public"
    );
    let (_, edit) = b.page("/offers/may-say-lua-zephyrix/edit").await;
    assert!(edit.contains("value=\"Máy sấy lúa Zephyrix thế hệ mới\""), "the owner sees the edit");
    // (in English: the English page before set the language cookie)
    assert!(edit.contains("data-testid=\"edit-state\"") && edit.contains("Your edit is waiting for review"));
    // (the form's price went live at once, its text did not)
    assert_eq!(values(&pool, "may-say-lua-zephyrix").await["price_vnd"], "1500000000", "the price is live");
    let (_, listings) = b.page(&format!("/org/{org}/listings")).await;
    assert!(listings.contains("data-testid=\"edit-badge\"") && listings.contains("Edit in review"));
    let (_, queue) = m.page("/admin/moderation").await;
    assert!(queue.contains("data-testid=\"edit-of-live\"") && queue.contains("Máy sấy lúa Zephyrix thế hệ mới"));
    assert!(queue.contains("data-testid=\"live-title\""), "the title now public beside the proposed one");

    // changes asked for: out of the queue, the note on the form, still the old version public
    m.post(&format!("/admin/moderation/offers/{id}"), &[("action", "request_changes"), ("note", "Ghi rõ công suất.")])
        .await;
    let (_, queue) = m.page("/admin/moderation").await;
    assert!(!queue.contains("data-testid=\"review-may-say-lua-zephyrix\""), "handed back to the owner");
    let (_, edit) = b.page("/offers/may-say-lua-zephyrix/edit").await;
    assert!(edit.contains("Ghi rõ công suất.") && edit.contains("value=\"Máy sấy lúa Zephyrix thế hệ mới\""));
    assert_eq!(told(&pool, &member, "listing.edit_request_changes").await.len(), 1);
    // saved again: back in the queue; approved: the new title is public and found
    b.post("/offers/may-say-lua-zephyrix/edit", &retitled).await;
    m.post(&format!("/admin/moderation/offers/{id}"), &[("action", "approve")]).await;
    assert_eq!(told(&pool, &member, "listing.edit_approve").await.len(), 1);
    let (_, public) = app.html("/offers/may-say-lua-zephyrix").await;
    assert!(public.contains("Máy sấy lúa Zephyrix thế hệ mới"), "the approved edit is public");
    let (_, edit) = b.page("/offers/may-say-lua-zephyrix/edit").await;
    assert!(!edit.contains("data-testid=\"edit-state\""), "nothing waits any more");
    wait_for(&app, "thế hệ mới zephyrix", "the approved edit is found", |n, _| n == 1).await;

    // an edit turned down: dropped, the public version on the form again with the reason
    let mut renamed = with(COMPLETE_OFFER, &[]);
    renamed[0] = ("title_vi", "Zephyrix số một thế giới");
    b.post("/offers/may-say-lua-zephyrix/edit", &renamed).await;
    m.post(&format!("/admin/moderation/offers/{id}"), &[("action", "reject"), ("note", "Không có căn cứ.")]).await;
    let (_, public) = app.html("/offers/may-say-lua-zephyrix").await;
    assert!(public.contains("Máy sấy lúa Zephyrix thế hệ mới") && !public.contains("số một thế giới"));
    let (_, edit) = b.page("/offers/may-say-lua-zephyrix/edit").await;
    assert!(edit.contains("Không có căn cứ.") && edit.contains("value=\"Máy sấy lúa Zephyrix thế hệ mới\""));
    assert_eq!(offer_at(&pool, "may-say-lua-zephyrix").await.stage, Stage::Published);
    let trail = trail_of(&pool, id).await;
    assert_eq!(
        trail[trail.len() - 6..],
        [
            "offer.propose_edit",
            "offer.request_changes_edit",
            "offer.propose_edit",
            "offer.approve_edit",
            "offer.propose_edit",
            "offer.reject_edit"
        ]
        .map(String::from)
    );
}

/// The audit log's actions on offer `id`, oldest first.
async fn trail_of(pool: &app::backend::db::Db, id: i64) -> Vec<String> {
    let mut trail: Vec<String> = audit_rows(pool, "offer")
        .await
        .into_iter()
        .filter(|r| r.entity_type == "offer" && r.entity_id == id.to_string())
        .map(|r| r.action)
        .collect();
    trail.reverse();
    trail
}
