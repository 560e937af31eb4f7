//! The public list: upcoming and past tabs, their order, filters kept, a full event.

use super::spawn;
use crate::builders::{event, org, registration, user};
use app::backend::store::statements::registrations::Outcome;
use app::domain::kind::OrgKind;

#[tokio::test]
async fn events_list_splits_upcoming_and_past() {
    let app = spawn().await;
    let pool = app.pool().await;
    let own = org(OrgKind::Institute).create(&pool).await;
    let other = org(OrgKind::University).create(&pool).await;
    for days in [3, 10, 20] {
        event(&own).on(days).create(&pool).await;
    }
    event(&other).on(6).kind("forum").create(&pool).await;
    for days in [-3, -10, -20] {
        event(&other).on(days).create(&pool).await;
    }
    event(&own).on(7).draft().create(&pool).await;
    // A full event with a waiting list.
    let full = event(&own).on(5).capacity(30).create(&pool).await;
    for i in 0..31 {
        let who = user().create(&pool).await;
        let outcome = registration(&pool, &full, &who).await;
        assert_eq!(outcome == Outcome::Registered, i < 30, "place {i}");
    }
    let published = 8;

    let (status, html) = app.html("/events").await;
    assert_eq!(status, 200);
    assert!(html.contains("aria-current=\"page\" data-testid=\"tab-upcoming\""), "upcoming is the default tab");
    let upcoming = crate::support::result_count(&html);
    let (_, past_html) = app.html("/events?when=past").await;
    let past = crate::support::result_count(&past_html);
    assert!(upcoming > 0 && past > 0, "both: {upcoming} upcoming, {past} past");
    assert_eq!(upcoming + past, published, "every published event, no draft");
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
    // The full event shows its waiting list.
    let (_, page) = app.html(&format!("/events/{}", full.slug)).await;
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
