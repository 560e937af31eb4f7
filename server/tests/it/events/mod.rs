//! Events end to end over HTTP, each test on an empty database with its own organiser, people
//! and events: an organiser creates (refused input keeps what was typed), edits, publishes and
//! cancels; people register, wait, cancel and move up; the last places go to exactly as many
//! people as there are places under concurrent registration; the attendee list downloads as CSV
//! and XLSX with Vietnamese intact; strangers and signed-out clients change nothing; the `.ics`
//! file parses and carries the right times; the list splits upcoming and past.

mod files;
mod list;
mod manage;
mod register;

use crate::browser::{Browser, location};
use crate::builders::{Org, User, org, user};
use crate::support::{TestApp, spawn_empty_with};
use app::backend::auth::settings::{AuthSettings, RateLimitSettings};
use app::backend::db::Db;
use app::backend::store::statements::{event_manage, registrations};
use app::domain::kind::OrgKind;

/// An empty app, with room for the many sign-ins these tests make from one address.
async fn spawn() -> TestApp {
    spawn_empty_with(AuthSettings {
        rate_limit: RateLimitSettings { burst: 200, per_minute: 2000 },
        ..Default::default()
    })
    .await
}

/// A confirmed member account named `name`, signed in.
async fn person(app: &TestApp, db: &Db, name: &str) -> (Browser, User) {
    let who = user().name(name).create(db).await;
    (who.browser(app).await, who)
}

/// An incubator (a kind that holds events) and its owner, signed in.
async fn organiser(app: &TestApp, db: &Db) -> (Browser, Org) {
    let org = org(OrgKind::Incubator).create(db).await;
    (org.owner.browser(app).await, org)
}

/// `days` from today at `hh:mm` Vietnam time, as a `datetime-local` value.
fn local(days: i64, hhmm: &str) -> String {
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

/// Creates a published event through the form, in 20 days from 08:00 to 17:30; returns its slug.
async fn create_event(b: &Browser, org: &str, title: &str, capacity: &str) -> String {
    let (starts, ends) = (local(20, "08:00"), local(20, "17:30"));
    let mut form = event_form(title, &starts, &ends, capacity);
    form.push(("org", org));
    form.push(("publish", "1"));
    let res = b.post("/events/create", &form).await;
    assert_eq!(res.status().as_u16(), 303);
    let to = location(&res);
    assert!(to.starts_with("/events/") && to.ends_with("/edit"), "{to}");
    to.trim_start_matches("/events/").trim_end_matches("/edit").to_string()
}

/// The event at `slug`, as the store reads it.
async fn event_at(db: &Db, slug: &str) -> event_manage::EventRef {
    event_manage::by_slug(db, slug).await.expect("event").expect("the event")
}

/// The status of `email`'s registration for the event at `slug` (the attendee list).
async fn status_of(db: &Db, slug: &str, email: &str) -> Option<&'static str> {
    let ev = event_at(db, slug).await;
    let list = registrations::attendees(db, ev.id).await.expect("attendees");
    list.into_iter().find(|a| a.email == email).map(|a| a.status.as_str())
}

/// Places taken (registered or attended) and people waiting, as the registration box counts.
async fn places(db: &Db, slug: &str) -> (i64, i64) {
    let ev = event_at(db, slug).await;
    let panel = registrations::panel(db, &ev, None, false).await.expect("panel");
    (panel.taken, panel.waitlisted)
}

/// How many events `org` has, drafts included.
async fn events_of(db: &Db, org: &Org) -> usize {
    event_manage::org_events(db, org.id).await.expect("org events").len()
}

/// `who`'s notifications of `kind`: (link, Vietnamese text).
async fn notes(db: &Db, who: &User, kind: &str) -> Vec<(String, String)> {
    let (rows, _) = app::backend::store::statements::notifications::list(db, who.id, 1).await.expect("notifications");
    rows.into_iter().filter(|n| n.kind == kind).map(|n| (n.link, n.text.vi)).collect()
}
