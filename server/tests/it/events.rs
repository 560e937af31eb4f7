//! Events end to end over HTTP: an organiser creates (refused input keeps what was typed),
//! edits, publishes and cancels; people register, wait, cancel and move up; the last places
//! go to exactly as many people as there are places under concurrent registration; the
//! attendee list downloads as CSV and XLSX with Vietnamese intact; strangers and signed-out
//! clients change nothing; the `.ics` file parses and carries the right times.

use crate::browser::{Browser, DEMO_PASSWORD, location};
use crate::support::{TestApp, spawn_with};
use app::backend::auth::settings::{AuthSettings, RateLimitSettings};
use app::backend::db::Db;
use app::backend::db::sql;
use app::backend::ics::icalendar::{self, Component, EventLike};
use app::backend::secrets::password;
use app::backend::store::sqlite::users;

const PASSWORD: &str = "Tràng An mùa lúa chín";

/// The app, with room for the many sign-ins these tests make from one address.
async fn spawn() -> TestApp {
    spawn_with(AuthSettings { rate_limit: RateLimitSettings { burst: 200, per_minute: 2000 }, ..Default::default() })
        .await
}

/// A confirmed member account, signed in.
async fn person(app: &TestApp, pool: &Db, email: &str, name: &str) -> Browser {
    let hash = password::hash(PASSWORD.to_string()).await;
    users::create(pool, email, name, Some(&hash), true).await.expect("create").expect("new e-mail");
    let b = Browser::new(app);
    b.sign_in(email, PASSWORD).await;
    b
}

/// A demo member who manages an organisation that holds events: (browser, org slug).
async fn organiser(app: &TestApp, pool: &Db) -> (Browser, String) {
    let (email, slug): (String, String) = sql::query_as(
        "SELECT u.email, o.slug FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.org_id
         WHERE u.role = 'member' AND u.disabled = FALSE AND o.hidden = FALSE
           AND o.kind IN ('incubator', 'innovation_space', 'agency', 'institute', 'university', 'intermediary', 'rnd_center')
         ORDER BY u.id LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .expect("an organiser in the demo data");
    let b = Browser::new(app);
    b.sign_in(&email, DEMO_PASSWORD).await;
    (b, slug)
}

/// `days` from today at `hh:mm` Vietnam time, as a `datetime-local` value.
async fn local(pool: &Db, days: i64, hhmm: &str) -> String {
    let _ = pool;
    format!("{}T{hhmm}", crate::support::vn_date(days))
}

fn event_form<'a>(title: &'a str, starts: &'a str, ends: &'a str, capacity: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("type", "workshop"),
        ("title_vi", title),
        ("title_en", ""),
        ("description_vi", "**Chương trình**: giới thiệu công nghệ sấy lạnh <script>alert(1)</script>"),
        ("starts", starts),
        ("ends", ends),
        ("venue", "Hội trường tầng 3, Phường Hoa Lư"),
        ("location", ""),
        ("capacity", capacity),
        ("sector", "high-tech-agriculture"),
    ]
}

/// Creates a published event through the form; returns its slug.
async fn create_event(b: &Browser, pool: &Db, org: &str, title: &str, capacity: &str) -> String {
    let (starts, ends) = (local(pool, 20, "08:00").await, local(pool, 20, "17:30").await);
    let mut form = event_form(title, &starts, &ends, capacity);
    form.push(("org", org));
    form.push(("publish", "1"));
    let res = b.post("/events/create", &form).await;
    assert_eq!(res.status().as_u16(), 303);
    let to = location(&res);
    assert!(to.starts_with("/events/") && to.ends_with("/edit"), "{to}");
    to.trim_start_matches("/events/").trim_end_matches("/edit").to_string()
}

async fn status_of(pool: &Db, slug: &str, email: &str) -> Option<String> {
    sql::query_scalar(
        "SELECT r.status FROM event_registrations r JOIN events e ON e.id = r.event_id WHERE e.slug = $1 AND r.email = $2",
    )
    .bind(slug)
    .bind(email)
    .fetch_optional(pool)
    .await
    .expect("status")
}

async fn count(pool: &Db, sql: &'static str, slug: &str) -> i64 {
    sql::query_scalar(sql).bind(slug).fetch_one(pool).await.expect(sql)
}

const TAKEN: &str = "SELECT count(*) FROM event_registrations r JOIN events e ON e.id = r.event_id
                     WHERE e.slug = $1 AND r.status IN ('registered', 'attended')";
const WAITING: &str = "SELECT count(*) FROM event_registrations r JOIN events e ON e.id = r.event_id
                       WHERE e.slug = $1 AND r.status = 'waitlisted'";

#[tokio::test]
async fn organiser_creates_edits_publishes_and_cancels() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (b, org) = organiser(&app, &pool).await;
    let (status, html) = b.page(&format!("/events/new?org={org}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"event-form\""), "the form is offered");

    // Refused: no title, end before start, places not a number; nothing written, values kept.
    let before = count(&pool, "SELECT count(*) FROM events WHERE $1 <> ''", "x").await;
    let (starts, early) = (local(&pool, 10, "14:00").await, local(&pool, 10, "09:00").await);
    let mut form = event_form("", &starts, &early, "nhiều");
    form.push(("org", &org));
    let res = b.post("/events/create", &form).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), format!("/events/new?org={org}"));
    assert_eq!(count(&pool, "SELECT count(*) FROM events WHERE $1 <> ''", "x").await, before);
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
    let past = local(&pool, -2, "08:00").await;
    let mut form = event_form("Hội thảo quá khứ", &past, &past, "");
    form.push(("org", &org));
    b.post("/events/create", &form).await;
    assert_eq!(count(&pool, "SELECT count(*) FROM events WHERE $1 <> ''", "x").await, before);

    // A draft: stored in UTC, not public.
    let (starts, ends) = (local(&pool, 15, "08:00").await, local(&pool, 15, "11:30").await);
    let mut form = event_form("Hội thảo sấy lạnh nông sản", &starts, &ends, "40");
    form.push(("org", &org));
    form.push(("publish", "0"));
    let res = b.post("/events/create", &form).await;
    let slug = location(&res).trim_start_matches("/events/").trim_end_matches("/edit").to_string();
    assert_eq!(slug, "hoi-thao-say-lanh-nong-san");
    let (published, starts_at, capacity): (bool, String, Option<i64>) =
        sql::query_as("SELECT published, starts_at, capacity FROM events WHERE slug = $1")
            .bind(&slug)
            .fetch_one(&pool)
            .await
            .expect("created");
    assert!(!published);
    assert_eq!(starts_at, format!("{}T01:00:00Z", &starts[..10]), "08:00 in Vietnam is 01:00 UTC");
    assert_eq!(capacity, Some(40));
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
    let capacity: Option<i64> = sql::query_scalar("SELECT capacity FROM events WHERE slug = $1")
        .bind(&slug)
        .fetch_one(&pool)
        .await
        .expect("row");
    assert_eq!(capacity, None, "empty places means no limit");

    // Someone registers; the organiser cancels; the registrant is notified and no one else can register.
    let guest = person(&app, &pool, "khach.huy@example.vn", "Trần Văn Huy").await;
    guest.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(status_of(&pool, &slug, "khach.huy@example.vn").await.as_deref(), Some("registered"));
    assert_eq!(b.post(&format!("/events/{slug}/cancel"), &[]).await.status().as_u16(), 303);
    let notified: i64 = sql::query_scalar(
        "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1 AND n.kind = 'event.cancelled'",
    )
    .bind("khach.huy@example.vn")
    .fetch_one(&pool)
    .await
    .expect("notifications");
    assert_eq!(notified, 1);
    let late = person(&app, &pool, "khach.muon@example.vn", "Lê Thị Muộn").await;
    late.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(
        status_of(&pool, &slug, "khach.muon@example.vn").await,
        None,
        "a cancelled event takes no registrations"
    );
    let (_, html) = app.html(&format!("/events/{slug}")).await;
    assert!(html.contains("data-testid=\"event-cancelled\""));
}

#[tokio::test]
async fn only_organising_kinds_create_events() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (email, slug): (String, String) = sql::query_as(
        "SELECT u.email, o.slug FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.org_id
         WHERE u.role = 'member' AND o.kind = 'startup' ORDER BY u.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("a startup member");
    let b = Browser::new(&app);
    b.sign_in(&email, DEMO_PASSWORD).await;
    let (_, html) = b.page(&format!("/events/new?org={slug}")).await;
    assert!(html.contains("data-testid=\"cannot-organise\"") && !html.contains("data-testid=\"event-form\""));
    let before = count(&pool, "SELECT count(*) FROM events WHERE $1 <> ''", "x").await;
    let (starts, ends) = (local(&pool, 9, "08:00").await, local(&pool, 9, "10:00").await);
    let mut form = event_form("Sự kiện của startup", &starts, &ends, "");
    form.push(("org", &slug));
    b.post("/events/create", &form).await;
    assert_eq!(count(&pool, "SELECT count(*) FROM events WHERE $1 <> ''", "x").await, before);
}

#[tokio::test]
async fn register_wait_cancel_and_move_up() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (org_b, org) = organiser(&app, &pool).await;
    let slug = create_event(&org_b, &pool, &org, "Demo day mùa đông", "1").await;
    let an = person(&app, &pool, "an@example.vn", "Nguyễn Văn An").await;
    let binh = person(&app, &pool, "binh@example.vn", "Phạm Thị Bình").await;
    let chi = person(&app, &pool, "chi@example.vn", "Đỗ Minh Chi").await;

    let res = an.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(location(&res), format!("/events/{slug}"));
    assert_eq!(status_of(&pool, &slug, "an@example.vn").await.as_deref(), Some("registered"));
    binh.post(&format!("/events/{slug}/register"), &[]).await;
    chi.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(status_of(&pool, &slug, "binh@example.vn").await.as_deref(), Some("waitlisted"));
    assert_eq!(status_of(&pool, &slug, "chi@example.vn").await.as_deref(), Some("waitlisted"));
    let (_, html) = chi.page(&format!("/events/{slug}")).await;
    assert!(html.contains("data-status=\"waitlisted\"") && html.contains("vị trí số 2."), "position shown");

    // A second registration is refused politely, with the current status on the page.
    let res = binh.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = binh.page(&format!("/events/{slug}")).await;
    assert!(html.contains("Bạn đã đăng ký sự kiện này rồi"));
    assert!(html.contains("vị trí số 1."));
    assert_eq!(count(&pool, WAITING, &slug).await, 2);

    // Someone else's organisation is not a choice.
    let res = chi.post(&format!("/events/{slug}/unregister"), &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let foreign: i64 =
        sql::query_scalar("SELECT id FROM organizations ORDER BY id LIMIT 1").fetch_one(&pool).await.expect("org");
    chi.post(&format!("/events/{slug}/register"), &[("org", &foreign.to_string())]).await;
    assert_eq!(status_of(&pool, &slug, "chi@example.vn").await.as_deref(), Some("cancelled"), "refused, unchanged");

    // An cancels: Bình moves up in the same transaction and is notified.
    an.post(&format!("/events/{slug}/unregister"), &[]).await;
    assert_eq!(status_of(&pool, &slug, "an@example.vn").await.as_deref(), Some("cancelled"));
    assert_eq!(status_of(&pool, &slug, "binh@example.vn").await.as_deref(), Some("registered"));
    assert_eq!(count(&pool, TAKEN, &slug).await, 1, "never over capacity");
    let (link, payload): (String, String) = sql::query_as(
        "SELECT n.payload ->> 'link', CAST(n.payload AS TEXT) FROM notifications n JOIN users u ON u.id = n.user_id
         WHERE u.email = 'binh@example.vn' AND n.kind = 'event.promoted'",
    )
    .fetch_one(&pool)
    .await
    .expect("Bình is notified");
    assert_eq!(link, format!("/events/{slug}"));
    assert!(payload.contains("Demo day mùa đông"));

    // A cancelled registration can register again, at the back of the queue.
    chi.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(status_of(&pool, &slug, "chi@example.vn").await.as_deref(), Some("waitlisted"));
}

#[tokio::test]
async fn the_last_places_go_to_exactly_as_many_people() {
    const PEOPLE: usize = 10;
    const PLACES: i64 = 3;
    let app = spawn().await;
    let pool = app.pool().await;
    let (org_b, org) = organiser(&app, &pool).await;
    let slug = create_event(&org_b, &pool, &org, "Techmart cuối năm", "5").await;
    // Two places already taken, three left.
    for (email, name) in [("mot@example.vn", "Một"), ("hai@example.vn", "Hai")] {
        person(&app, &pool, email, name).await.post(&format!("/events/{slug}/register"), &[]).await;
    }
    assert_eq!(count(&pool, TAKEN, &slug).await, 5 - PLACES);
    let mut browsers = Vec::new();
    for i in 0..PEOPLE {
        browsers.push(person(&app, &pool, &format!("dua.{i}@example.vn"), &format!("Người đua {i}")).await);
    }
    let mut set = tokio::task::JoinSet::new();
    for b in browsers {
        let path = format!("/events/{slug}/register");
        set.spawn(async move { b.post(&path, &[]).await.status().as_u16() });
    }
    while let Some(status) = set.join_next().await {
        assert_eq!(status.expect("task"), 303);
    }
    assert_eq!(count(&pool, TAKEN, &slug).await, 5, "exactly full");
    assert_eq!(count(&pool, WAITING, &slug).await, PEOPLE as i64 - PLACES);
    let racers_in: i64 = sql::query_scalar(
        "SELECT count(*) FROM event_registrations r JOIN events e ON e.id = r.event_id
         WHERE e.slug = $1 AND r.email LIKE 'dua.%' AND r.status = 'registered'",
    )
    .bind(&slug)
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(racers_in, PLACES);
}

#[tokio::test]
async fn no_registration_once_started() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (org_b, org) = organiser(&app, &pool).await;
    let slug = create_event(&org_b, &pool, &org, "Diễn đàn đang diễn ra", "").await;
    let early = person(&app, &pool, "som@example.vn", "Sớm").await;
    early.post(&format!("/events/{slug}/register"), &[]).await;
    // The event begins (as another process would move it).
    sql::query("UPDATE events SET starts_at = $2 WHERE slug = $1")
        .bind(&slug)
        .bind(crate::support::utc_time(-1))
        .execute(&pool)
        .await
        .expect("start it");
    let late = person(&app, &pool, "tre@example.vn", "Trễ").await;
    let res = late.post(&format!("/events/{slug}/register"), &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(status_of(&pool, &slug, "tre@example.vn").await, None);
    let (_, html) = late.page(&format!("/events/{slug}")).await;
    assert!(html.contains("Sự kiện đã bắt đầu nên không thể đăng ký"));
    early.post(&format!("/events/{slug}/unregister"), &[]).await;
    assert_eq!(status_of(&pool, &slug, "som@example.vn").await.as_deref(), Some("registered"), "nor cancel");
}

#[tokio::test]
async fn attendee_list_exports_as_csv_and_xlsx() {
    use calamine::{Reader, Xlsx};
    let app = spawn().await;
    let pool = app.pool().await;
    let (org_b, org) = organiser(&app, &pool).await;
    let slug = create_event(&org_b, &pool, &org, "Tập huấn định giá công nghệ", "1").await;
    person(&app, &pool, "anh@example.vn", "Nguyễn Thị Ánh").await.post(&format!("/events/{slug}/register"), &[]).await;
    person(&app, &pool, "dung@example.vn", "=HYPERLINK(\"x\")")
        .await
        .post(&format!("/events/{slug}/register"), &[])
        .await;

    // Mark Ánh attended.
    let (_, html) = org_b.page(&format!("/events/{slug}/attendees")).await;
    assert!(html.contains("data-testid=\"attendee-table\"") && html.contains("Nguyễn Thị Ánh"));
    let id: i64 = sql::query_scalar("SELECT id FROM event_registrations WHERE email = 'anh@example.vn'")
        .fetch_one(&pool)
        .await
        .expect("id");
    let res = org_b.post(&format!("/events/{slug}/attendance/{id}"), &[("attended", "1")]).await;
    assert_eq!(location(&res), format!("/events/{slug}/attendees"));
    assert_eq!(status_of(&pool, &slug, "anh@example.vn").await.as_deref(), Some("attended"));

    let res = org_b.get(&format!("/events/{slug}/attendees.csv")).await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(res.headers()["content-disposition"].to_str().expect("ascii").starts_with("attachment; filename="));
    let bytes = res.bytes().await.expect("body");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte-order mark for Excel");
    let text = std::str::from_utf8(&bytes[3..]).expect("utf-8");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("Họ và tên,E-mail,Đơn vị,Trạng thái,Thời điểm đăng ký"));
    assert!(lines.next().expect("Ánh").starts_with("Nguyễn Thị Ánh,anh@example.vn,,Đã tham dự,"));
    assert!(text.contains("\"'=HYPERLINK(\"\"x\"\")\""), "a formula is kept as text: {text}");

    let res = org_b.get(&format!("/events/{slug}/attendees.xlsx?lang=en")).await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    let bytes = res.bytes().await.expect("body").to_vec();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).expect("an XLSX file");
    let range = book.worksheet_range("Registrations").expect("the sheet");
    let cell = |r: u32, c: u32| range.get_value((r, c)).map(|v| v.to_string()).unwrap_or_default();
    assert_eq!(cell(0, 0), "Name");
    assert_eq!(cell(0, 3), "Status");
    assert_eq!(cell(1, 0), "Nguyễn Thị Ánh", "Vietnamese round-trips");
    assert_eq!(cell(1, 3), "Attended");
    assert_eq!(cell(2, 0), "=HYPERLINK(\"x\")", "stored as a string, not a formula");
}

/// The event row, its registrations and the audit log: what a refused request must not touch.
async fn fingerprint(pool: &Db, slug: &str) -> String {
    sql::query_scalar(
        "SELECT e.title_vi || e.published || coalesce(e.cancelled_at, '-') || e.updated_at || '|' ||
            coalesce((SELECT group_concat(r.email || r.status, ',') FROM event_registrations r WHERE r.event_id = e.id), '') || '|' ||
            (SELECT count(*) FROM audit_log)
         FROM events e WHERE e.slug = $1",
    )
    .bind(slug)
    .fetch_one(pool)
    .await
    .expect("fingerprint")
}

#[tokio::test]
async fn strangers_and_signed_out_clients_change_nothing() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (org_b, org) = organiser(&app, &pool).await;
    let public = create_event(&org_b, &pool, &org, "Sự kiện công khai", "10").await;
    let draft = create_event(&org_b, &pool, &org, "Sự kiện nháp", "10").await;
    org_b.post(&format!("/events/{draft}/unpublish"), &[]).await;
    let guest = person(&app, &pool, "khach@example.vn", "Khách").await;
    guest.post(&format!("/events/{public}/register"), &[]).await;
    let reg: i64 = sql::query_scalar("SELECT id FROM event_registrations WHERE email = 'khach@example.vn'")
        .fetch_one(&pool)
        .await
        .expect("registration");
    let stranger = person(&app, &pool, "la@example.vn", "Người lạ").await;
    let nobody = Browser::new(&app);
    let (start, end) = (local(&pool, 30, "08:00").await, local(&pool, 30, "09:00").await);
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
    let before = count(&pool, "SELECT count(*) FROM events WHERE $1 <> ''", "x").await;
    let mut create = form.clone();
    create.push(("org", &org));
    assert_eq!(stranger.post("/events/create", &create).await.status().as_u16(), 403);
    assert_eq!(nobody.post("/events/create", &create).await.status().as_u16(), 401);
    assert_eq!(nobody.post(&format!("/events/{public}/register"), &[]).await.status().as_u16(), 401);
    assert_eq!(stranger.post(&format!("/events/{draft}/register"), &[]).await.status().as_u16(), 404);
    assert_eq!(count(&pool, "SELECT count(*) FROM events WHERE $1 <> ''", "x").await, before);
    assert_eq!(app.get(&format!("/events/{draft}/calendar.ics")).await.status().as_u16(), 404);
    // The organiser's own downloads work.
    assert_eq!(org_b.get(&format!("/events/{draft}/attendees.csv")).await.status().as_u16(), 200);
}

#[tokio::test]
async fn calendar_file_parses_with_the_right_times() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (org_b, org) = organiser(&app, &pool).await;
    let slug = create_event(&org_b, &pool, &org, "Techmart Nông nghiệp; Ninh Bình, 2026", "").await;
    let starts = local(&pool, 20, "08:00").await;
    let ends = local(&pool, 20, "17:30").await;
    // The Host header is the client's to choose; the link must not follow it.
    let res = app
        .client
        .get(format!("{}/events/{slug}/calendar.ics", app.base))
        .header("host", "evil.example")
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "text/calendar; charset=utf-8");
    assert_eq!(res.headers()["content-disposition"], format!("attachment; filename=\"{slug}.ics\"").as_str());
    let text = res.text().await.expect("text");
    let cal: icalendar::Calendar = text.parse().expect("valid iCalendar");
    let ev = cal.events().next().expect("a VEVENT");
    assert_eq!(ev.get_summary(), Some("Techmart Nông nghiệp; Ninh Bình, 2026"));
    assert_eq!(ev.get_location(), Some("Hội trường tầng 3, Phường Hoa Lư"));
    assert_eq!(ev.get_url(), Some(format!("{}/events/{slug}", app.base).as_str()));
    let description = ev.get_description().expect("description");
    assert!(description.starts_with("Chương trình: giới thiệu") && !description.contains("**"), "{description}");
    let utc = |local: &str| app::backend::vn_time::to_utc(local).expect("time");
    assert_eq!(
        ev.get_start(),
        Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(utc(&starts))))
    );
    assert_eq!(ev.get_end(), Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(utc(&ends)))));
    let stamp = format!("DTSTART:{}T010000Z", starts[..10].replace('-', ""));
    assert!(text.contains(&stamp), "08:00 Vietnam time is 01:00 UTC: {text}");
    let uid = ev.get_uid().expect("uid").to_string();
    let again: icalendar::Calendar =
        app.get(&format!("/events/{slug}/calendar.ics")).await.text().await.expect("text").parse().expect("parses");
    assert_eq!(again.events().next().and_then(|e| e.get_uid()), Some(uid.as_str()), "UID stable per event");
}

#[tokio::test]
async fn events_list_splits_upcoming_and_past() {
    let app = spawn().await;
    let (status, html) = app.html("/events").await;
    assert_eq!(status, 200);
    assert!(html.contains("aria-current=\"page\" data-testid=\"tab-upcoming\""), "upcoming is the default tab");
    let upcoming = crate::support::result_count(&html);
    let (_, past_html) = app.html("/events?when=past").await;
    let past = crate::support::result_count(&past_html);
    assert!(upcoming > 0 && past > 0, "the demo has both: {upcoming} upcoming, {past} past");
    let pool = app.pool().await;
    let total: i64 = sql::query_scalar(
        "SELECT count(*) FROM events e JOIN organizations o ON o.id = e.organiser_org_id WHERE e.published = TRUE AND o.hidden = FALSE",
    )
    .fetch_one(&pool)
    .await
    .expect("n");
    assert_eq!((upcoming + past) as i64, total);
    // Upcoming soonest first; past newest first (dates as shown, dd/mm/yyyy HH:mm).
    let dates = |html: &str| -> Vec<String> {
        html.split("data-testid=\"item-card\"").skip(1).filter_map(first_date).collect()
    };
    let up = dates(&html);
    assert!(up.len() > 2 && up.windows(2).all(|w| w[0] <= w[1]), "{up:?}");
    let down = dates(&past_html);
    assert!(down.len() > 2 && down.windows(2).all(|w| w[0] >= w[1]), "{down:?}");
    // Filters keep working with the tabs.
    let (_, filtered) = app.html("/events?type=workshop").await;
    assert!(crate::support::result_count(&filtered) <= upcoming);
    assert!(filtered.contains("when=past") && filtered.contains("type=workshop"), "tabs keep the other filters");
    // The seeded full event shows its waiting list.
    let full: String = sql::query_scalar(
        "SELECT e.slug FROM events e WHERE e.capacity = 30 AND
           (SELECT count(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted') > 0
         ORDER BY e.starts_at LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("a full event with a waiting list in the demo data");
    let (_, page) = app.html(&format!("/events/{full}")).await;
    assert!(page.contains("data-testid=\"places-left\">0 / 30"), "full");
}

/// The first `dd/mm/yyyy HH:mm` in `s`, as `yyyymmddHH:mm` for ordering.
fn first_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len()).find_map(|i| {
        let shape = [0, 1, 3, 4, 6, 7, 8, 9, 11, 12, 14, 15].iter().all(|k| digit(i + k))
            && b.get(i + 2) == Some(&b'/')
            && b.get(i + 5) == Some(&b'/')
            && b.get(i + 10) == Some(&b' ')
            && b.get(i + 13) == Some(&b':');
        shape.then(|| format!("{}{}{}{}", &s[i + 6..i + 10], &s[i + 3..i + 5], &s[i..i + 2], &s[i + 11..i + 16]))
    })
}
