//! Who may take which step: a refused form keeps what was typed and writes nothing; only the
//! party a step belongs to may take it, and a refusal changes nothing.

use super::cast;
use super::send;
use super::signed_in;
use super::snapshot;
use super::step;
use crate::browser::Browser;
use crate::browser::location;
use app::backend::store::statements::collab;
use app::backend::store::statements::members;
use app::domain::account::MemberRole;

#[tokio::test]
async fn form_refusals_keep_values_and_write_nothing() {
    let app = crate::support::spawn_empty().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let b = signed_in(&app, &c.requester).await;
    // every request either organisation sent or the provider received
    let count = || async {
        let mut ids = std::collections::BTreeSet::new();
        for (org, inbox) in [(c.provider_org, true), (c.provider_org, false), (c.requester_org, false)] {
            let (_, total, rows) = collab::inbox(&pool, org, inbox, None, 1).await.expect("box");
            assert_eq!(total as usize, rows.len(), "one page holds them all");
            ids.extend(rows.into_iter().map(|r| r.id));
        }
        ids.len()
    };
    let before = count().await;
    let mine = c.requester_org.to_string();
    let theirs = c.provider_org.to_string();
    for (from, intent, message) in [
        (mine.as_str(), "licence", "   "),
        (mine.as_str(), "bribe", "Xin chào"),
        (theirs.as_str(), "licence", "Gửi từ chính tổ chức nhận"),
        ("999999", "licence", "Tổ chức không phải của tôi"),
        ("", "licence", "Chưa chọn tổ chức"),
    ] {
        let res = b
            .post("/collab/send", &[("offer", &c.offer), ("from_org", from), ("intent", intent), ("message", message)])
            .await;
        assert_eq!(res.status().as_u16(), 303);
        assert!(location(&res).starts_with("/collab/new?offer="), "back to the form");
    }
    assert_eq!(count().await, before, "nothing written");
    // the refused form comes back with the message typed and a field error
    b.post(
        "/collab/send",
        &[("offer", &c.offer), ("from_org", &mine), ("intent", ""), ("message", "Giữ lại nội dung này")],
    )
    .await;
    let (_, page) = b.page(&format!("/collab/new?offer={}", c.offer)).await;
    assert!(page.contains("Giữ lại nội dung này") && page.contains("data-testid=\"error-summary\""));
    // an open request for the same target is not sent twice
    send(&b, &c, "Lần đầu").await;
    let res = b
        .post("/collab/send", &[("offer", &c.offer), ("from_org", &mine), ("intent", "pilot"), ("message", "Lần hai")])
        .await;
    assert!(location(&res).starts_with("/collab/new"), "duplicate refused");
    assert_eq!(count().await, before + 1);
    // signed out: 401
    let res = Browser::new(&app)
        .post("/collab/send", &[("offer", &c.offer), ("from_org", &mine), ("intent", "pilot"), ("message", "x")])
        .await;
    assert_eq!(res.status().as_u16(), 401);
}

#[tokio::test]
async fn only_the_right_party_takes_each_step() {
    let app = crate::support::spawn_empty().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let requester = signed_in(&app, &c.requester).await;
    let provider = signed_in(&app, &c.provider).await;
    let stranger = signed_in(&app, &c.stranger).await;
    let anon = Browser::new(&app);
    let id = send(&requester, &c, "Ma trận quyền").await;
    // (who, action, expected status) from `sent`: each refused with nothing changed
    let refused: Vec<(&Browser, &str, u16)> = vec![
        (&requester, "accept", 403),
        (&requester, "decline", 403),
        (&provider, "withdraw", 403),
        (&stranger, "accept", 404),
        (&stranger, "withdraw", 404),
        (&anon, "accept", 401),
        (&anon, "withdraw", 401),
        // not yet possible from `sent`: back to the page with a message
        (&provider, "start", 303),
        (&requester, "close", 303),
        (&provider, "agree", 400),
    ];
    let before = snapshot(&pool, id).await;
    for (who, action, status) in &refused {
        assert_eq!(step(who, id, action, "lý do").await, *status, "{action}");
        assert_eq!(snapshot(&pool, id).await, before, "{action} changed nothing");
    }
    for who in [&stranger, &anon] {
        let res = who.post(&format!("/collab/{id}/messages"), &[("body", "chen ngang")]).await;
        assert!(matches!(res.status().as_u16(), 401 | 404));
    }
    let (status, _) = stranger.page(&format!("/collab/{id}")).await;
    assert_eq!(status, 404, "a stranger cannot tell the request exists");
    let (status, _) = stranger.page("/collab/99999999").await;
    assert_eq!(status, 404);
    assert_eq!(snapshot(&pool, id).await, before);
    // a decline needs its reason
    assert_eq!(step(&provider, id, "decline", "  ").await, 303);
    assert_eq!(snapshot(&pool, id).await, before);
    // any member of the receiving organisation may act: an editor accepts
    let owner = &c.provider_owner.owner;
    let token = members::invite(&pool, owner.id, c.provider_org, &c.stranger, MemberRole::Editor)
        .await
        .expect("invite")
        .expect("not a member yet");
    members::accept(&pool, c.stranger_user.id, &c.stranger, &token).await.expect("accept").expect("invitation");
    assert_eq!(step(&stranger, id, "accept", "").await, 303);
    // replays answer OK and write nothing
    let after = snapshot(&pool, id).await;
    assert_eq!(after.0, "accepted");
    assert_eq!(step(&provider, id, "accept", "").await, 303);
    assert_eq!(snapshot(&pool, id).await, after, "accepting twice writes once");
    // after acceptance the requester can no longer withdraw
    assert_eq!(step(&requester, id, "withdraw", "").await, 303);
    assert_eq!(snapshot(&pool, id).await, after);
    // closing without a deal ends the thread
    assert_eq!(step(&requester, id, "close", "Chưa thống nhất được giá").await, 303);
    assert_eq!(snapshot(&pool, id).await.0, "closed_no_deal");
    let s = snapshot(&pool, id).await;
    requester.post(&format!("/collab/{id}/messages"), &[("body", "muộn rồi")]).await;
    assert_eq!(snapshot(&pool, id).await, s, "no messages after closing");
}
