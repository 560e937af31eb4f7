//! People's side: register, wait, cancel and move up; the last places under concurrent
//! registration; no registration once the event has begun.

use super::{notes, person, places, spawn, status_of};
use crate::browser::location;
use crate::builders::{event, move_start, org};
use app::domain::kind::OrgKind;

#[tokio::test]
async fn register_wait_cancel_and_move_up() {
    let app = spawn().await;
    let pool = app.pool().await;
    let own = org(OrgKind::Incubator).create(&pool).await;
    let slug = event(&own).title("Demo day mùa đông").capacity(1).create(&pool).await.slug;
    let (an, an_u) = person(&app, &pool, "Nguyễn Văn An").await;
    let (binh, binh_u) = person(&app, &pool, "Phạm Thị Bình").await;
    let (chi, chi_u) = person(&app, &pool, "Đỗ Minh Chi").await;

    let res = an.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(location(&res), format!("/events/{slug}"));
    assert_eq!(status_of(&pool, &slug, &an_u.email).await, Some("registered"));
    binh.post(&format!("/events/{slug}/register"), &[]).await;
    chi.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(status_of(&pool, &slug, &binh_u.email).await, Some("waitlisted"));
    assert_eq!(status_of(&pool, &slug, &chi_u.email).await, Some("waitlisted"));
    let (_, html) = chi.page(&format!("/events/{slug}")).await;
    assert!(html.contains("data-status=\"waitlisted\"") && html.contains("vị trí số 2."), "position shown");

    // A second registration is refused politely, with the current status on the page.
    let res = binh.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = binh.page(&format!("/events/{slug}")).await;
    assert!(html.contains("Bạn đã đăng ký sự kiện này rồi"));
    assert!(html.contains("vị trí số 1."));
    assert_eq!(places(&pool, &slug).await.1, 2);

    // Someone else's organisation is not a choice.
    let res = chi.post(&format!("/events/{slug}/unregister"), &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let foreign = org(OrgKind::Enterprise).create(&pool).await;
    chi.post(&format!("/events/{slug}/register"), &[("org", &foreign.id.to_string())]).await;
    assert_eq!(status_of(&pool, &slug, &chi_u.email).await, Some("cancelled"), "refused, unchanged");

    // An cancels: Bình moves up in the same transaction and is notified.
    an.post(&format!("/events/{slug}/unregister"), &[]).await;
    assert_eq!(status_of(&pool, &slug, &an_u.email).await, Some("cancelled"));
    assert_eq!(status_of(&pool, &slug, &binh_u.email).await, Some("registered"));
    assert_eq!(places(&pool, &slug).await.0, 1, "never over capacity");
    let promoted = notes(&pool, &binh_u, "event.promoted").await;
    let (link, text) = promoted.first().expect("Bình is notified");
    assert_eq!(link, &format!("/events/{slug}"));
    assert!(text.contains("Demo day mùa đông"));

    // A cancelled registration can register again, at the back of the queue.
    chi.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(status_of(&pool, &slug, &chi_u.email).await, Some("waitlisted"));
}

#[tokio::test]
async fn the_last_places_go_to_exactly_as_many_people() {
    const PEOPLE: usize = 10;
    const PLACES: i64 = 3;
    let app = spawn().await;
    let pool = app.pool().await;
    let own = org(OrgKind::Incubator).create(&pool).await;
    let slug = event(&own).title("Techmart cuối năm").capacity(5).create(&pool).await.slug;
    // Two places already taken, three left.
    for name in ["Một", "Hai"] {
        person(&app, &pool, name).await.0.post(&format!("/events/{slug}/register"), &[]).await;
    }
    assert_eq!(places(&pool, &slug).await.0, 5 - PLACES);
    let mut browsers = Vec::new();
    let mut racers = Vec::new();
    for i in 0..PEOPLE {
        let (b, who) = person(&app, &pool, &format!("Người đua {i}")).await;
        browsers.push(b);
        racers.push(who.email);
    }
    let mut set = tokio::task::JoinSet::new();
    for b in browsers {
        let path = format!("/events/{slug}/register");
        set.spawn(async move { b.post(&path, &[]).await.status().as_u16() });
    }
    while let Some(status) = set.join_next().await {
        assert_eq!(status.expect("task"), 303);
    }
    let (taken, waiting) = places(&pool, &slug).await;
    assert_eq!(taken, 5, "exactly full");
    assert_eq!(waiting, PEOPLE as i64 - PLACES);
    let mut racers_in = 0;
    for email in &racers {
        racers_in += i64::from(status_of(&pool, &slug, email).await == Some("registered"));
    }
    assert_eq!(racers_in, PLACES);
}

#[tokio::test]
async fn no_registration_once_started() {
    let app = spawn().await;
    let pool = app.pool().await;
    let own = org(OrgKind::Incubator).create(&pool).await;
    let ev = event(&own).title("Diễn đàn đang diễn ra").create(&pool).await;
    let slug = ev.slug.clone();
    let (early, som) = person(&app, &pool, "Sớm").await;
    early.post(&format!("/events/{slug}/register"), &[]).await;
    // The event begins: its organiser moves the start to an hour ago.
    move_start(&pool, &own, &ev, &crate::support::utc_time(-1)).await;
    let (late, tre) = person(&app, &pool, "Trễ").await;
    let res = late.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(status_of(&pool, &slug, &tre.email).await, None);
    let (_, html) = late.page(&format!("/events/{slug}")).await;
    assert!(html.contains("Sự kiện đã bắt đầu nên không thể đăng ký"));
    early.post(&format!("/events/{slug}/unregister"), &[]).await;
    assert_eq!(status_of(&pool, &slug, &som.email).await, Some("registered"), "nor cancel");
}
