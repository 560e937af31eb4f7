//! Vietnam time (UTC+7, no daylight saving) for what people type and read; the database
//! holds UTC (`YYYY-MM-DDTHH:MM:SSZ`).

use chrono::{DateTime, Duration, NaiveDateTime, Utc};

const OFFSET_HOURS: i64 = 7;

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
}
