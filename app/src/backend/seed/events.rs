//! Events (techmarts, demo days, forums, workshops, trainings) spread from mid-2025 to
//! mid-2027, so there are past and upcoming ones, with registrations.

use super::batch::{Row, T};
use super::cx::{ANCHOR, Cx, DAY, HOUR, ts, year_of};
use super::prose::{self, NOTE_EN, NOTE_VI, cap};
use super::topics::technologies;
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

pub async fn insert(cx: &mut Cx<'_>, w: &mut World) -> Result<(), sqlx::Error> {
    let mut slugs = taken_slugs(cx, "SELECT slug FROM events").await?;
    let total = cx.count_of(18);
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
        let starts = ANCHOR + day * DAY + if cx.chance(0.6) { HOUR } else { 6 * HOUR + 1800 };
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
                let (t, e) = *cx.pick(technologies(sector));
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
        let capacity: i64 = match kind {
            "techmart" => cx.range(300..801),
            "forum" => cx.range(150..401),
            _ => cx.range(40..151),
        };
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
        registrations(cx, w, id, starts, capacity).await?;
        w.report.events += 1;
    }
    Ok(())
}

/// Sample users and invented guests; past events have attendance, upcoming ones a waitlist.
async fn registrations(cx: &mut Cx<'_>, w: &World, event: i64, starts: i64, capacity: i64) -> Result<(), sqlx::Error> {
    let past = starts < ANCHOR + 175 * DAY;
    let n = cx.range(8..40).min(capacity as usize);
    let users = cx.pick_n(&w.users, n / 3);
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
        } else {
            match roll {
                0..=84 => "registered",
                85..=94 => "waitlisted",
                _ => "cancelled",
            }
        };
        let at = starts - cx.range(1..40) * DAY - cx.range(0..10) * HOUR;
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
