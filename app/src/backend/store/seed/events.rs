//! Events (techmarts, demo days, forums, workshops, trainings) spread from mid-2025 to
//! mid-2027, so there are past and upcoming ones, with registrations. The demo's "now" is
//! [`SEED_NOW`]; once the calendar has passed it, events move forward in whole weeks so the
//! demo always has upcoming events (the same seed gives the same data within a week).

use super::batch::{Row, T};
use super::catalogue::technologies;
use super::cx::{ANCHOR, Cx, DAY, HOUR, ts, year_of};
use super::prose::{self, NOTE_EN, NOTE_VI, cap};
use super::{World, taken_slugs};
use crate::backend::text::fold;
use crate::domain::Sector;

const TYPES: [&str; 18] = [
    "techmart", "demo_day", "forum", "workshop", "training", "techmart", "demo_day", "workshop", "forum", "training",
    "workshop", "demo_day", "techmart", "forum", "workshop", "training", "demo_day", "forum",
];
const SKILLS: &[(&str, &str)] = &[
    ("quản trị tài sản trí tuệ cho doanh nghiệp", "IP management for companies"),
    ("xây dựng hồ sơ gọi vốn", "preparing an investment pitch"),
    ("chuyển đổi số cho hợp tác xã", "digital transformation for cooperatives"),
    ("định giá công nghệ", "technology valuation"),
];

/// The day the demo data treats as today (2026-11-23): programmes, challenges and events
/// before it are past.
pub const SEED_NOW: i64 = ANCHOR + 175 * DAY;
const WEEK: i64 = 7 * DAY;

/// How far to move events (and offers' expiry) so that the demo's "now" is no more than a week
/// behind `now`.
pub(super) fn shift(now: i64) -> i64 {
    ((now - SEED_NOW).max(0) / WEEK) * WEEK
}

/// How an upcoming event's registrations are filled.
#[derive(Clone, Copy, PartialEq)]
enum Fill {
    Usual,
    /// every place taken and people waiting
    FullWithWaitlist,
    /// three places left
    NearlyFull,
}

pub async fn insert(cx: &mut Cx<'_>, w: &mut World) -> Result<(), sqlx::Error> {
    let mut slugs = taken_slugs(cx, "SELECT slug FROM events").await?;
    let total = cx.count_of(18);
    let shift = w.shift;
    let mut featured = [Fill::FullWithWaitlist, Fill::NearlyFull].into_iter();
    for i in 0..total {
        let kind = TYPES[i % 18];
        let org = match kind {
            "techmart" => w.dept,
            "demo_day" => *cx.pick(&w.hubs),
            "forum" => *cx.pick(&w.agencies[..w.agencies.len().min(6)]),
            "workshop" if cx.chance(0.6) => *cx.pick(&w.knowledge),
            "workshop" => *cx.pick(&w.brokers),
            _ => *cx.pick(&w.hubs),
        };
        // spread evenly over 2025-06 … 2027-06, local start 08:00 or 13:30 (UTC+7)
        let day = -365 + (i as i64 * 760) / total as i64 + cx.range(0..15);
        let starts = shift + ANCHOR + day * DAY + if cx.chance(0.6) { HOUR } else { 6 * HOUR + 1800 };
        let ends = starts
            + match kind {
                "techmart" => DAY + 9 * HOUR,
                "demo_day" => 5 * HOUR,
                "workshop" => 4 * HOUR,
                _ => 8 * HOUR,
            };
        let y = year_of(starts).to_string();
        let sector = *cx.pick(&w.orgs[org].sectors);
        let s = Sector::by_code(sector).map_or(("Đổi mới sáng tạo", "Innovation"), |s| (s.name_vi, s.name_en));
        let org_name = w.orgs[org].name_vi.clone();
        let (title_vi, title_en) = match kind {
            "techmart" => (format!("Techmart {} Ninh Bình {y}", s.0), format!("Ninh Bình {} Techmart {y}", s.1)),
            "demo_day" => (format!("Demo Day {y} — {org_name}"), format!("Demo Day {y} — {org_name}")),
            "forum" => (
                format!("Diễn đàn đổi mới sáng tạo: {} {y}", prose::low(s.0)),
                format!("Innovation forum: {} {y}", prose::low(s.1)),
            ),
            "workshop" => {
                let (t, e) = cx.pick(technologies(sector)).name;
                (format!("Hội thảo: {t}"), format!("Workshop: {e}"))
            }
            _ => {
                let (t, e) = *cx.pick(SKILLS);
                (format!("Tập huấn {t}"), format!("Training: {e}"))
            }
        };
        let place = w.orgs[org].place.or(if w.places.is_empty() { None } else { Some(cx.range(0..w.places.len())) });
        let pname = w.place_name(place).to_owned();
        let venue = match cx.range(0..3) {
            0 => format!("Hội trường tầng 3, {org_name}, {pname}"),
            1 => format!("Trung tâm Hội nghị {} (mẫu), {pname}", cap(cx.pick(super::names::PLACES))),
            _ => format!("Không gian trưng bày đổi mới sáng tạo, {pname}"),
        };
        let mut capacity: i64 = match kind {
            "techmart" => cx.range(300..801),
            "forum" => cx.range(150..401),
            _ => cx.range(40..151),
        };
        // The first workshops and demo days a week or more ahead show a full event with a
        // waiting list and one about to fill.
        let fill = if matches!(kind, "workshop" | "demo_day") && starts > SEED_NOW + shift + WEEK {
            featured.next().unwrap_or(Fill::Usual)
        } else {
            Fill::Usual
        };
        if fill != Fill::Usual {
            capacity = 30;
        }
        let description_vi = format!(
            "{org_name} tổ chức sự kiện {} tại {pname}.\n\n{}\n\n{NOTE_VI}",
            prose::low(&title_vi),
            prose::bullets(&[
                "Giới thiệu công nghệ, sản phẩm đổi mới sáng tạo tiêu biểu".to_owned(),
                "Kết nối cung – cầu công nghệ giữa viện, trường và doanh nghiệp".to_owned(),
                format!("Dự kiến {capacity} đại biểu tham dự"),
            ])
        );
        let description_en = format!(
            "{org_name} hosts this event in {pname}.\n\n- Showcases of innovative technology and products\n- Matching technology supply and demand\n- About {capacity} participants expected\n\n{NOTE_EN}"
        );
        let id = w.next.event;
        w.next.event += 1;
        let created = starts - cx.range(20..90) * DAY;
        let q = Row::new(T::Events)
            .bind(id)
            .bind(slugs.make(&title_vi))
            .bind(w.orgs[org].id)
            .bind(kind)
            .bind(&title_vi)
            .bind(&title_en)
            .bind(fold(&title_vi))
            .bind(description_vi)
            .bind(description_en)
            .bind(ts(starts))
            .bind(ts(ends))
            .bind(venue)
            .bind(w.place_code(place))
            .bind(capacity)
            .bind(1_i64)
            .bind(ts(created))
            .bind(ts(created + DAY));
        cx.push(q).await?;
        cx.push(Row::new(T::EventSectors).bind(id).bind(sector)).await?;
        if let Some(other) = w.orgs[org].sectors.iter().find(|s| **s != sector) {
            cx.push(Row::new(T::EventSectors).bind(id).bind(*other)).await?;
        }
        registrations(cx, w, id, (starts, SEED_NOW + shift), capacity, fill).await?;
        w.report.events += 1;
    }
    Ok(())
}

/// Sample users and invented guests; past events have attendance, upcoming ones take
/// places up to the capacity. `(starts, now)`: the event's start and the demo's "now".
async fn registrations(
    cx: &mut Cx<'_>,
    w: &World,
    event: i64,
    (starts, now): (i64, i64),
    capacity: i64,
    fill: Fill,
) -> Result<(), sqlx::Error> {
    let past = starts < now;
    let n = match fill {
        Fill::Usual => cx.range(8..40).min(capacity as usize),
        Fill::FullWithWaitlist => capacity as usize + 4,
        Fill::NearlyFull => capacity as usize - 3,
    };
    let users = cx.pick_n(&w.users, n / 3);
    let mut taken = 0;
    for k in 0..n {
        let (user, name, email) = match users.get(k) {
            Some(u) => (Some(u.id), u.name.clone(), u.email.clone()),
            None => (None, super::names::person(cx), format!("khach.{k}.{event}@example.com")),
        };
        let org = if cx.chance(0.7) { Some(w.orgs[cx.range(0..w.orgs.len())].id) } else { None };
        let roll = cx.range(0..100);
        let status = if past {
            match roll {
                0..=69 => "attended",
                70..=84 => "cancelled",
                _ => "registered",
            }
        } else if fill == Fill::Usual && roll >= 90 {
            "cancelled"
        } else if taken < capacity as usize {
            taken += 1;
            "registered"
        } else {
            "waitlisted"
        };
        // in order of arrival (the waiting list holds the latest comers), never after "now"
        let at = (starts - (40 - (k * 39 / n.max(1)) as i64) * DAY - cx.range(0..10) * HOUR)
            .min(now - (n - k) as i64 * HOUR);
        cx.push(
            Row::new(T::EventRegistrations)
                .bind(event)
                .bind(user)
                .bind(org)
                .bind(name)
                .bind(email)
                .bind(status)
                .bind(ts(at)),
        )
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_follow_the_calendar_in_whole_weeks() {
        assert_eq!(shift(SEED_NOW - 30 * DAY), 0);
        assert_eq!(shift(SEED_NOW + 6 * DAY), 0);
        assert_eq!(shift(SEED_NOW + 7 * DAY), WEEK);
        assert_eq!(shift(SEED_NOW + 400 * DAY), 57 * WEEK);
    }
}
