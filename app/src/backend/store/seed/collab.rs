//! Collaboration requests in every state with their audit trail, message threads and signed
//! agreements; and the plan's KPI actuals for 2025 and 2026.

use super::batch::{Row, T};
use super::cx::{ANCHOR, Cx, DAY, HOUR, date, ts};
use super::{DEMO_NOTE, World};
use crate::backend::db::sql;
use crate::domain::OrgKind;

const INSERT_KPI: &str = "INSERT INTO kpi_actuals (indicator_code, year, value, source_note, entered_by, entered_at) \
    SELECT $1, $2, $3, $4, $5, $6 \
    WHERE EXISTS (SELECT 1 FROM kpi_indicators WHERE code = $1 AND (source = 'manual' OR $2 < 2026)) \
    ON CONFLICT (indicator_code, year) DO NOTHING";

/// How many of every 60 requests end in each state.
const STATES: &[(&str, usize)] = &[
    ("sent", 8),
    ("viewed", 7),
    ("accepted", 6),
    ("declined", 7),
    ("withdrawn", 5),
    ("in_progress", 9),
    ("agreement", 12),
    ("closed_no_deal", 6),
];
const DECLINE_REASONS: &[&str] = &[
    "Công nghệ chưa phù hợp với quy mô sản xuất hiện tại của chúng tôi.",
    "Đơn vị đã có đối tác khác cho nội dung này.",
    "Ngân sách năm nay đã phân bổ hết; xin hẹn trao đổi lại vào năm sau.",
    "Đề xuất chưa đủ thông tin kỹ thuật để đánh giá.",
];
const REPLIES: &[&str] = &[
    "Cảm ơn quý đơn vị đã quan tâm. Chúng tôi đồng ý trao đổi tiếp; thông tin liên hệ đã được chia sẻ.",
    "Chúng tôi gửi kèm dự thảo hợp đồng và đề nghị lịch khảo sát hiện trường vào tuần tới.",
    "Hai bên đã thống nhất phạm vi thử nghiệm và tiến độ; xin xác nhận đầu mối kỹ thuật.",
    "Chúng tôi đã xem hồ sơ năng lực, xin bổ sung báo giá chi tiết.",
];

fn path(state: &str, short: bool) -> &'static [&'static str] {
    match state {
        "sent" => &["sent"],
        "viewed" => &["sent", "viewed"],
        "accepted" if short => &["sent", "accepted"],
        "accepted" => &["sent", "viewed", "accepted"],
        "declined" => &["sent", "viewed", "declined"],
        "withdrawn" if short => &["sent", "withdrawn"],
        "withdrawn" => &["sent", "viewed", "withdrawn"],
        "in_progress" => &["sent", "viewed", "accepted", "in_progress"],
        "agreement" => &["sent", "viewed", "accepted", "in_progress", "agreement"],
        _ if short => &["sent", "viewed", "accepted", "closed_no_deal"],
        _ => &["sent", "viewed", "accepted", "in_progress", "closed_no_deal"],
    }
}

/// A sender, preferring organisations that have members (so a demo user sees the request).
fn sender(cx: &mut Cx<'_>, w: &World, groups: &[&Vec<usize>], not: usize) -> usize {
    for attempt in 0..60 {
        let g = *cx.pick(groups);
        if g.is_empty() {
            continue;
        }
        let org = *cx.pick(g);
        if org != not && (!w.orgs[org].members.is_empty() || attempt >= 50) {
            return org;
        }
    }
    if w.startups[0] != not { w.startups[0] } else { w.enterprises[0] }
}

pub async fn insert(cx: &mut Cx<'_>, w: &mut World) -> Result<(), sqlx::Error> {
    let offers: Vec<usize> =
        (0..w.offers.len()).filter(|i| matches!(w.offers[*i].status, "published" | "paused" | "transferred")).collect();
    let challenges: Vec<usize> = (0..w.challenges.len()).filter(|i| w.challenges[*i].status != "draft").collect();
    let mut batch: Vec<&str> = STATES.iter().flat_map(|(s, n)| std::iter::repeat_n(*s, *n)).collect();
    for i in 0..cx.count_of(60) {
        if i % 60 == 0 {
            cx.shuffle(&mut batch);
        }
        let state = batch[i % 60];
        let roll = cx.range(0..100);
        let (target, to, from, offer, challenge, intent, subject) = if roll < 50 && !offers.is_empty() {
            // prefer offers whose provider has members, so both sides of the trail have actors
            let mut o = &w.offers[*cx.pick(&offers)];
            for _ in 0..3 {
                if !w.orgs[o.org].members.is_empty() {
                    break;
                }
                o = &w.offers[*cx.pick(&offers)];
            }
            let from = sender(cx, w, &[&w.enterprises, &w.startups, &w.investors, &w.enterprises], o.org);
            let intent = match w.orgs[from].kind {
                OrgKind::Investor => "investment",
                OrgKind::Startup => *cx.pick(&["licence", "joint_rnd", "pilot"]),
                _ => *cx.pick(&["licence", "pilot", "purchase", "technical_service", "joint_rnd"]),
            };
            ("offer", o.org, from, Some(o.id), None, intent, o.title_vi.clone())
        } else if roll < 80 && !challenges.is_empty() {
            let c = &w.challenges[*cx.pick(&challenges)];
            let from = sender(cx, w, &[&w.knowledge, &w.startups, &w.knowledge, &w.brokers], c.org);
            let intent = match w.orgs[from].kind {
                OrgKind::Startup => *cx.pick(&["pilot", "technical_service"]),
                OrgKind::Intermediary => *cx.pick(&["technical_service", "other"]),
                _ => *cx.pick(&["joint_rnd", "technical_service", "joint_rnd"]),
            };
            ("challenge", c.org, from, None, Some(c.id), intent, c.title_vi.clone())
        } else {
            let from = sender(cx, w, &[&w.startups, &w.enterprises], usize::MAX);
            let (group, intent) = if w.orgs[from].kind == OrgKind::Startup {
                *cx.pick(&[
                    (&w.investors, "investment"),
                    (&w.investors, "investment"),
                    (&w.hubs, "other"),
                    (&w.knowledge, "joint_rnd"),
                ])
            } else {
                *cx.pick(&[(&w.knowledge, "joint_rnd"), (&w.knowledge, "technical_service"), (&w.startups, "purchase")])
            };
            let to = *cx.pick(group);
            let to = if to == from { w.knowledge[0] } else { to };
            let field = super::prose::sectors(&w.orgs[to].sectors[..1]).0;
            ("org", to, from, None, None, intent, field)
        };
        let message = match intent {
            "licence" => format!(
                "Chúng tôi quan tâm đến việc nhận chuyển giao quyền sử dụng “{subject}”. Xin được trao đổi về điều kiện li-xăng và lộ trình triển khai tại nhà máy của chúng tôi."
            ),
            "joint_rnd" if target == "org" => format!(
                "Chúng tôi đề xuất hợp tác nghiên cứu chung với quý đơn vị trong lĩnh vực {subject}, có thể cùng đăng ký nhiệm vụ khoa học và công nghệ cấp tỉnh."
            ),
            "technical_service" if target == "org" => format!(
                "Chúng tôi cần dịch vụ kỹ thuật của quý đơn vị trong lĩnh vực {subject}: khảo sát, thử nghiệm và đào tạo vận hành."
            ),
            "purchase" if target == "org" => format!(
                "Chúng tôi quan tâm đến sản phẩm của quý đơn vị trong lĩnh vực {subject} và mong nhận được báo giá cho {} cơ sở.",
                cx.range(2..12)
            ),
            "other" if target == "org" => format!(
                "Chúng tôi mong muốn tham gia chương trình ươm tạo của {} để phát triển sản phẩm trong lĩnh vực {subject}.",
                w.orgs[to].name_vi
            ),
            "pilot" if target == "challenge" => format!(
                "Chúng tôi đề xuất triển khai thử nghiệm giải pháp của mình cho bài toán “{subject}” ngay tại cơ sở của quý đơn vị, chi phí thử nghiệm do hai bên cùng chia sẻ."
            ),
            "pilot" => format!(
                "Chúng tôi muốn thử nghiệm “{subject}” tại cơ sở của mình trong 3 tháng. Xin được trao đổi về phạm vi và chi phí thử nghiệm."
            ),
            "purchase" => format!(
                "Chúng tôi có nhu cầu mua giải pháp liên quan đến “{subject}” cho {} cơ sở. Đề nghị quý đơn vị gửi báo giá và điều kiện bảo hành.",
                cx.range(2..12)
            ),
            "technical_service" if target == "offer" => format!(
                "Chúng tôi cần dịch vụ kỹ thuật liên quan đến “{subject}”: khảo sát hiện trạng, lắp đặt và đào tạo vận hành cho nhân sự của chúng tôi."
            ),
            "technical_service" => format!(
                "Chúng tôi có thể cung cấp dịch vụ kỹ thuật cho “{subject}”, gồm khảo sát, lắp đặt và đào tạo vận hành."
            ),
            "investment" if target == "offer" => format!(
                "Quỹ quan tâm đến tiềm năng thương mại hóa của “{subject}” và muốn trao đổi về phương án đầu tư hoặc thành lập doanh nghiệp spin-off."
            ),
            "joint_rnd" => format!(
                "Chúng tôi đề xuất hợp tác nghiên cứu chung về “{subject}”, có thể cùng đăng ký nhiệm vụ khoa học và công nghệ cấp tỉnh."
            ),
            "investment" => format!(
                "{} đang gọi vốn cho giai đoạn mở rộng. Chúng tôi mong được giới thiệu sản phẩm và kế hoạch tăng trưởng tới {}.",
                w.orgs[from].name_vi, w.orgs[to].name_vi
            ),
            _ => format!("Chúng tôi mong muốn được kết nối với {} để trao đổi về “{subject}”.", w.orgs[to].name_vi),
        };
        let steps = path(state, cx.chance(0.3));
        let mut t = cx.instant(-330..100);
        let mut times = Vec::with_capacity(steps.len());
        for (k, step) in steps.iter().enumerate() {
            if k > 0 {
                t += if *step == "agreement" {
                    cx.range(10..41) * DAY
                } else {
                    cx.range(1..13) * DAY + cx.range(0..8) * HOUR
                };
            }
            times.push(t);
        }
        let last = times[times.len() - 1];
        let reason = (state == "declined").then(|| *cx.pick(DECLINE_REASONS));
        let (from_user, to_user) = (w.member_of(from), w.member_of(to));
        let id = w.next.request;
        w.next.request += 1;
        cx.push(
            Row::new(T::Requests)
                .bind(id)
                .bind(w.orgs[from].id)
                .bind(from_user)
                .bind(w.orgs[to].id)
                .bind(target)
                .bind(offer)
                .bind(challenge)
                .bind(intent)
                .bind(&message)
                .bind(state)
                .bind(reason)
                .bind(ts(times[0]))
                .bind(ts(last)),
        )
        .await?;
        let mut prev: Option<&str> = None;
        for (step, at) in steps.iter().zip(&times) {
            let actor = if matches!(*step, "sent" | "withdrawn") { from_user } else { to_user };
            let note = match *step {
                "declined" => reason,
                "agreement" => Some("Hai bên đã ký kết thỏa thuận."),
                _ => None,
            };
            cx.push(
                Row::new(T::RequestTransitions).bind(id).bind(prev).bind(*step).bind(actor).bind(note).bind(ts(*at)),
            )
            .await?;
            prev = Some(step);
        }
        // the thread: the sender follows up; after acceptance the parties alternate
        let engaged = steps.contains(&"accepted");
        let n = if engaged {
            cx.range(2..5)
        } else if state == "declined" {
            2
        } else {
            cx.range(1..3)
        };
        for k in 0..n {
            let to_side = (engaged && k % 2 == 1) || (state == "declined" && k == 1);
            let (org, user, body) = if to_side {
                (
                    to,
                    to_user,
                    if state == "declined" {
                        reason.unwrap_or(REPLIES[0]).to_owned()
                    } else {
                        (*cx.pick(REPLIES)).to_owned()
                    },
                )
            } else if k == 0 {
                (
                    from,
                    from_user,
                    "Gửi kèm hồ sơ năng lực và tài liệu giới thiệu của chúng tôi để quý đơn vị tham khảo.".to_owned(),
                )
            } else {
                (from, from_user, (*cx.pick(REPLIES)).to_owned())
            };
            let anchor_step = if to_side { times.len().min(3) - 1 } else { 0 };
            let at = times[anchor_step] + (k as i64 + 1) * HOUR;
            cx.push(Row::new(T::RequestMessages).bind(id).bind(user).bind(w.orgs[org].id).bind(body).bind(ts(at)))
                .await?;
        }
        if state == "agreement" {
            let (kind, value): (&str, i64) = match intent {
                "licence" => ("licence", cx.range(2..31) * 100_000_000),
                "investment" => ("investment", cx.range(1..21) * 1_000_000_000),
                "joint_rnd" => ("joint_project", cx.range(5..51) * 100_000_000),
                _ => ("contract", cx.range(1..21) * 100_000_000),
            };
            cx.push(Row::new(T::Agreements).bind(id).bind(kind).bind(value).bind(date(last)).bind(ts(last))).await?;
        }
        w.report.collaborations += 1;
    }
    Ok(())
}

/// Illustrative yearly values of the plan's 15 indicators; entries an admin made are kept. The
/// platform counts derived indicators itself from 2026 (`domain::kpi::PLAN_START`), so only their
/// 2025 figures are written.
pub async fn kpi_actuals(cx: &mut Cx<'_>, w: &World) -> Result<(), sqlx::Error> {
    const VALUES: &[(&str, f64, f64)] = &[
        ("rnd_centres", 0.0, 1.0),
        ("digital_workforce", 2150.0, 2780.0),
        ("researchers_per_10k", 7.1, 7.9),
        ("provincial_tasks", 36.0, 42.0),
        ("results_applied_pct", 48.0, 53.0),
        ("intl_publications_growth_pct", 7.5, 8.6),
        ("tfp_share_pct", 49.2, 51.4),
        ("patent_applications", 4.0, 6.0),
        ("incubators", 5.0, 8.0),
        ("innovative_enterprises_pct", 30.5, 33.8),
        ("innovative_startups", 104.0, 160.0),
        ("products_commercialised", 28.0, 37.0),
        ("province_funded_projects", 14.0, 19.0),
        ("pii_rank", 26.0, 21.0),
        ("venture_fund", 0.0, 1.0),
    ];
    for (code, y2025, y2026) in VALUES {
        for (year, value, at) in [(2025_i64, *y2025, ANCHOR - 137 * DAY), (2026, *y2026, ANCHOR + 150 * DAY)] {
            let q =
                sql::query(INSERT_KPI).bind(*code).bind(year).bind(value).bind(DEMO_NOTE).bind(w.admin).bind(ts(at));
            cx.exec(q).await?;
        }
    }
    Ok(())
}
