//! What downloads: the attendee list as CSV and XLSX, the `.ics` calendar file.

use super::{create_event, event_at, local, organiser, person, spawn, status_of};
use crate::browser::location;
use crate::builders::event;
use app::backend::ics::icalendar::{self, Component, EventLike};
use app::backend::store::statements::registrations;

#[tokio::test]
async fn attendee_list_exports_as_csv_and_xlsx() {
    use calamine::{Reader, Xlsx};
    let app = spawn().await;
    let pool = app.pool().await;
    let (org_b, own) = organiser(&app, &pool).await;
    let ev = event(&own).title("Tập huấn định giá công nghệ").capacity(1).create(&pool).await;
    let slug = ev.slug.clone();
    let (anh_b, anh) = person(&app, &pool, "Nguyễn Thị Ánh").await;
    anh_b.post(&format!("/events/{slug}/register"), &[]).await;
    let (dung_b, _) = person(&app, &pool, "=HYPERLINK(\"x\")").await;
    dung_b.post(&format!("/events/{slug}/register"), &[]).await;

    // Mark Ánh attended.
    let (_, html) = org_b.page(&format!("/events/{slug}/attendees")).await;
    assert!(html.contains("data-testid=\"attendee-table\"") && html.contains("Nguyễn Thị Ánh"));
    let listed = registrations::attendees(&pool, event_at(&pool, &slug).await.id).await.expect("attendees");
    let id = listed.iter().find(|a| a.email == anh.email).expect("Ánh's registration").id;
    let res = org_b.post(&format!("/events/{slug}/attendance/{id}"), &[("attended", "1")]).await;
    assert_eq!(location(&res), format!("/events/{slug}/attendees"));
    assert_eq!(status_of(&pool, &slug, &anh.email).await, Some("attended"));

    let res = org_b.get(&format!("/events/{slug}/attendees.csv")).await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(res.headers()["content-disposition"].to_str().expect("ascii").starts_with("attachment; filename="));
    let bytes = res.bytes().await.expect("body");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte-order mark for Excel");
    let text = std::str::from_utf8(&bytes[3..]).expect("utf-8");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("Họ và tên,E-mail,Đơn vị,Trạng thái,Thời điểm đăng ký"));
    let first = format!("Nguyễn Thị Ánh,{},,Đã tham dự,", anh.email);
    assert!(lines.next().expect("Ánh").starts_with(&first));
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

#[tokio::test]
async fn calendar_file_parses_with_the_right_times() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (org_b, own) = organiser(&app, &pool).await;
    // Through the form: what the organiser typed is what the calendar file carries.
    let slug = create_event(&org_b, &own.slug, "Techmart Nông nghiệp; Ninh Bình, 2026", "").await;
    let starts = local(20, "08:00");
    let ends = local(20, "17:30");
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
