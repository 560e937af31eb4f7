//! The organiser's side: create (refused input keeps what was typed), edit, publish, cancel;
//! only organising kinds may; strangers and signed-out clients change nothing.

use super::{event_at, event_form, events_of, local, notes, organiser, person, spawn, status_of};
use crate::browser::{Browser, location};
use crate::builders::{event, org};
use app::backend::db::Db;
use app::backend::store::statements::{admin, registrations};
use app::domain::admin::AdminQuery;
use app::domain::kind::OrgKind;

#[tokio::test]
async fn organiser_creates_edits_publishes_and_cancels() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (b, own) = organiser(&app, &pool).await;
    let org = own.slug.clone();
    let (status, html) = b.page(&format!("/events/new?org={org}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"event-form\""), "the form is offered");

    // Refused: no title, end before start, places not a number; nothing written, values kept.
    let (starts, early) = (local(10, "14:00"), local(10, "09:00"));
    let mut form = event_form("", &starts, &early, "nhiều");
    form.push(("org", &org));
    let res = b.post("/events/create", &form).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), format!("/events/new?org={org}"));
    assert_eq!(events_of(&pool, &own).await, 0);
    let (_, html) = b.page(&location(&res)).await;
    assert!(html.contains("data-testid=\"error-summary\""));
    assert!(
        html.contains("href=\"#f-title_vi\"")
            && html.contains("href=\"#f-ends\"")
            && html.contains("href=\"#f-capacity\"")
    );
    assert!(html.contains("Thời điểm kết thúc phải sau"), "message in Vietnamese");
    assert!(html.contains("Hội trường tầng 3, Phường Hoa Lư") && html.contains("value=\"nhiều\""), "typed values kept");

    // A start in the past is refused for a new event.
    let past = local(-2, "08:00");
    let mut form = event_form("Hội thảo quá khứ", &past, &past, "");
    form.push(("org", &org));
    b.post("/events/create", &form).await;
    assert_eq!(events_of(&pool, &own).await, 0);

    // A draft: stored in UTC, not public.
    let (starts, ends) = (local(15, "08:00"), local(15, "11:30"));
    let mut form = event_form("Hội thảo sấy lạnh nông sản", &starts, &ends, "40");
    form.push(("org", &org));
    form.push(("publish", "0"));
    let res = b.post("/events/create", &form).await;
    let slug = location(&res).trim_start_matches("/events/").trim_end_matches("/edit").to_string();
    assert_eq!(slug, "hoi-thao-say-lanh-nong-san");
    let created = event_at(&pool, &slug).await;
    assert!(!created.published);
    assert_eq!(created.starts_at, format!("{}T01:00:00Z", &starts[..10]), "08:00 in Vietnam is 01:00 UTC");
    assert_eq!(created.capacity, Some(40));
    assert_eq!(app.get(&format!("/events/{slug}")).await.status().as_u16(), 404, "a draft is not public");
    let (status, html) = b.page(&format!("/events/{slug}/edit")).await;
    assert_eq!(status, 200);
    assert!(html.contains("value=\"Hội thảo sấy lạnh nông sản\"") && html.contains(&format!("value=\"{starts}\"")));

    // Publish, then edit: the public page shows the change, the description sanitised.
    assert_eq!(b.post(&format!("/events/{slug}/publish"), &[]).await.status().as_u16(), 303);
    let mut form = event_form("Hội thảo sấy lạnh nông sản 2026", &starts, &ends, "");
    form.push(("type", "forum"));
    let res = b.post(&format!("/events/{slug}/save"), &form).await;
    assert_eq!(location(&res), format!("/events/{slug}/edit"));
    let (status, html) = app.html(&format!("/events/{slug}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Hội thảo sấy lạnh nông sản 2026") && html.contains("<strong>Chương trình</strong>"));
    assert!(!html.contains("<script>alert(1)"), "description sanitised");
    assert!(html.contains(&format!("/events/{slug}/calendar.ics")), "add-to-calendar link");
    assert_eq!(event_at(&pool, &slug).await.capacity, None, "empty places means no limit");

    // Someone registers; the organiser cancels; the registrant is notified and no one else can register.
    let (guest, huy) = person(&app, &pool, "Trần Văn Huy").await;
    guest.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(status_of(&pool, &slug, &huy.email).await, Some("registered"));
    assert_eq!(b.post(&format!("/events/{slug}/cancel"), &[]).await.status().as_u16(), 303);
    assert_eq!(notes(&pool, &huy, "event.cancelled").await.len(), 1);
    let (late, muon) = person(&app, &pool, "Lê Thị Muộn").await;
    late.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(status_of(&pool, &slug, &muon.email).await, None, "a cancelled event takes no registrations");
    let (_, html) = app.html(&format!("/events/{slug}")).await;
    assert!(html.contains("data-testid=\"event-cancelled\""));
}

#[tokio::test]
async fn only_organising_kinds_create_events() {
    let app = spawn().await;
    let pool = app.pool().await;
    let startup = org(OrgKind::Startup).create(&pool).await;
    let b = startup.owner.browser(&app).await;
    let slug = &startup.slug;
    let (_, html) = b.page(&format!("/events/new?org={slug}")).await;
    assert!(html.contains("data-testid=\"cannot-organise\"") && !html.contains("data-testid=\"event-form\""));
    let (starts, ends) = (local(9, "08:00"), local(9, "10:00"));
    let mut form = event_form("Sự kiện của startup", &starts, &ends, "");
    form.push(("org", slug));
    b.post("/events/create", &form).await;
    assert_eq!(super::events_of(&pool, &startup).await, 0);
}

/// The event, its registrations and the audit log's length: what a refused request must not
/// touch.
async fn fingerprint(pool: &Db, slug: &str) -> String {
    let ev = event_at(pool, slug).await;
    let list = registrations::attendees(pool, ev.id).await.expect("attendees");
    let audit = AdminQuery { q: None, filter: None, page: 1 };
    let entries = admin::audit_log(pool, &audit).await.expect("audit log").total;
    format!("{ev:?}|{list:?}|{entries}")
}

#[tokio::test]
async fn strangers_and_signed_out_clients_change_nothing() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (org_b, own) = organiser(&app, &pool).await;
    let public = event(&own).title("Sự kiện công khai").capacity(10).create(&pool).await.slug;
    let draft = event(&own).title("Sự kiện nháp").capacity(10).draft().create(&pool).await.slug;
    let (guest, khach) = person(&app, &pool, "Khách").await;
    guest.post(&format!("/events/{public}/register"), &[]).await;
    let listed = registrations::attendees(&pool, event_at(&pool, &public).await.id).await.expect("attendees");
    let reg = listed.iter().find(|a| a.email == khach.email).expect("the guest's registration").id;
    let (stranger, _) = person(&app, &pool, "Người lạ").await;
    let nobody = Browser::new(&app);
    let (start, end) = (local(30, "08:00"), local(30, "09:00"));
    let form = event_form("Đã bị chiếm", &start, &end, "");
    for (slug, forbidden) in [(&public, 403), (&draft, 404)] {
        let before = fingerprint(&pool, slug).await;
        for (who, expected) in [(&stranger, forbidden), (&nobody, 401)] {
            let posts: [(String, Vec<(&str, &str)>); 5] = [
                (format!("/events/{slug}/save"), form.clone()),
                (format!("/events/{slug}/publish"), vec![]),
                (format!("/events/{slug}/unpublish"), vec![]),
                (format!("/events/{slug}/cancel"), vec![]),
                (format!("/events/{slug}/attendance/{reg}"), vec![("attended", "1")]),
            ];
            for (path, body) in posts {
                assert_eq!(who.post(&path, &body).await.status().as_u16(), expected, "POST {path}");
            }
            for path in [
                format!("/events/{slug}/attendees.csv"),
                format!("/events/{slug}/attendees.xlsx"),
                format!("/srv/event_edit?slug={slug}"),
                format!("/srv/event_attendees?slug={slug}"),
            ] {
                assert_eq!(who.get(&path).await.status().as_u16(), expected, "GET {path}");
            }
        }
        assert_eq!(fingerprint(&pool, slug).await, before, "nothing changed on {slug}");
    }
    // Creating for someone else's organisation, or signed out.
    let before = events_of(&pool, &own).await;
    let mut create = form.clone();
    create.push(("org", &own.slug));
    assert_eq!(stranger.post("/events/create", &create).await.status().as_u16(), 403);
    assert_eq!(nobody.post("/events/create", &create).await.status().as_u16(), 401);
    assert_eq!(nobody.post(&format!("/events/{public}/register"), &[]).await.status().as_u16(), 401);
    assert_eq!(stranger.post(&format!("/events/{draft}/register"), &[]).await.status().as_u16(), 404);
    assert_eq!(events_of(&pool, &own).await, before);
    assert_eq!(app.get(&format!("/events/{draft}/calendar.ics")).await.status().as_u16(), 404);
    // The organiser's own downloads work.
    assert_eq!(org_b.get(&format!("/events/{draft}/attendees.csv")).await.status().as_u16(), 200);
}
