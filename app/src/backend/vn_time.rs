//! The clock, and Vietnam time (UTC+7, no daylight saving) for what people type and read; the
//! database holds UTC (`YYYY-MM-DDTHH:MM:SSZ`).
//!
//! Every "now", "today" and "this year" of the web layer comes from [`now`], so a test can set
//! the whole process to a fixed instant with [`set_now`] instead of racing the wall clock.

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};
use std::sync::atomic::{AtomicI64, Ordering};

const OFFSET_HOURS: i64 = 7;

/// The instant set by [`set_now`] as unix seconds; `i64::MIN` while the wall clock rules.
static FIXED_NOW: AtomicI64 = AtomicI64::new(i64::MIN);

/// Now: the wall clock, or the instant a test fixed.
pub fn now() -> DateTime<Utc> {
    match FIXED_NOW.load(Ordering::Relaxed) {
        i64::MIN => Utc::now(),
        secs => DateTime::from_timestamp(secs, 0).unwrap_or_else(Utc::now),
    }
}

/// Fixes the process's clock at `at` (to the second), or gives it back to the wall clock with
/// `None`. For tests: it is process-wide, so a test that fixes it must not run beside one that
/// needs the real time.
pub fn set_now(at: Option<DateTime<Utc>>) {
    FIXED_NOW.store(at.map_or(i64::MIN, |t| t.timestamp()), Ordering::Relaxed);
}

/// Now in Vietnam, as a wall-clock reading.
fn local_now() -> NaiveDateTime {
    (now() + Duration::hours(OFFSET_HOURS)).naive_utc()
}

/// Today's date in Vietnam, ISO (`2026-12-15`): what "upcoming" and "open" are measured against.
pub fn today() -> String {
    local_now().format("%Y-%m-%d").to_string()
}

/// The current year in Vietnam: the bound of founding and result years, the KPI year.
pub fn this_year() -> i64 {
    i64::from(local_now().year())
}

/// A local time as typed — `2026-12-15T08:00` (a `datetime-local` field), `2026-12-15 08:00`
/// or `15/12/2026 08:00` — as the stored UTC instant.
pub fn to_utc(local: &str) -> Option<DateTime<Utc>> {
    let s = local.trim();
    let naive = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())?;
    Some((naive - Duration::hours(OFFSET_HOURS)).and_utc())
}

/// The stored form of an instant.
pub fn iso(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A stored instant parsed back; `None` if the column holds something else.
pub fn parse_iso(iso: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(iso).ok().map(|t| t.with_timezone(&Utc))
}

/// A stored instant as a `datetime-local` value in Vietnam time (`2026-12-15T08:00`).
pub fn to_local_input(iso: &str) -> String {
    parse_iso(iso).map(|t| (t + Duration::hours(OFFSET_HOURS)).format("%Y-%m-%dT%H:%M").to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_through_vietnam_time() {
        let t = to_utc("2026-12-15T08:00").expect("datetime-local");
        assert_eq!(iso(t), "2026-12-15T01:00:00Z");
        assert_eq!(to_utc("15/12/2026 08:00"), Some(t));
        assert_eq!(iso(to_utc("2027-01-01T03:30").expect("past midnight")), "2026-12-31T20:30:00Z");
        assert_eq!(to_local_input("2026-12-31T20:30:00Z"), "2027-01-01T03:30");
        assert_eq!(to_utc("31/02/2026 08:00"), None);
        assert_eq!(to_utc("ngày mai"), None);
    }

    #[test]
    fn the_fixed_clock_decides_today_and_the_year_in_vietnam() {
        // 17:30 UTC on New Year's Eve is already 00:30 on 1 January in Hà Nội
        set_now(to_utc("2027-01-01T00:30"));
        assert_eq!(today(), "2027-01-01");
        assert_eq!(this_year(), 2027);
        assert_eq!(iso(now()), "2026-12-31T17:30:00Z");
        set_now(None);
        assert!(now().timestamp() > 1_700_000_000);
    }
}
