//! Technology offers (chào bán công nghệ), with their sectors, cooperation types and links to
//! the provider's research outputs.

use super::batch::{Row, T};
use super::catalogue::{Tech, problems};
use super::cx::{Cx, DAY, plus_year, ts};
use super::prose::{BENEFITS, bullets, cap, customers};
use super::research::{provider, topic};
use super::{OfferRef, World, taken_slugs};
use crate::backend::text::fold;
use crate::domain::SECTORS;

const COOP: &[&str] = &["licence", "assignment", "joint_rnd", "technical_service", "pilot", "spin_off"];
const ADVANTAGES: &[&str] = &[
    "Chi phí đầu tư thấp hơn 30–40% so với giải pháp nhập khẩu",
    "Vận hành đơn giản, giao diện và tài liệu bằng tiếng Việt",
    "Linh kiện, vật tư sẵn có trong nước",
    "Đã được kiểm chứng tại cơ sở sản xuất thực tế",
    "Dễ mở rộng quy mô theo nhu cầu",
    "Bảo hành và hỗ trợ kỹ thuật tại chỗ trong tỉnh",
    "Thân thiện với môi trường, đáp ứng tiêu chuẩn hiện hành",
];

/// Offers linked to the provider's research outputs so far, and how many should be.
struct Links {
    target: usize,
    done: usize,
}

pub async fn insert(cx: &mut Cx<'_>, w: &mut World) -> Result<(), sqlx::Error> {
    w.offer_slugs = taken_slugs(cx, "SELECT slug FROM technology_offers").await?;
    let mut links = Links { target: cx.count_of(40), done: 0 };
    for _ in 0..cx.count_of(130) {
        let org = provider(cx, w, 0.7);
        let (sector, topic) = topic(cx, w, org);
        offer(cx, w, &mut links, (org, sector, topic), false).await?;
    }
    Ok(())
}

/// Offers published in the demo's last months, drawn after everything else: with them about
/// 125 offers are live on any day (expiry takes a few of the others). Each is, where the
/// draws allow, a technology no offer has yet, so the catalogue grows more varied, not
/// more repetitive.
pub async fn newer(cx: &mut Cx<'_>, w: &mut World) -> Result<(), sqlx::Error> {
    let mut links = Links { target: cx.count_of(10), done: 0 };
    for _ in 0..cx.count_of(30) {
        let mut draw = None;
        for _ in 0..12 {
            let org = provider(cx, w, 0.6);
            let (sector, tech) = topic(cx, w, org);
            draw = Some((org, sector, tech));
            if !w.offers.iter().any(|o| o.tech == tech.name.0) {
                break;
            }
        }
        let draw = draw.expect("twelve draws");
        offer(cx, w, &mut links, draw, true).await?;
    }
    Ok(())
}

/// One offer of `org` on `topic`; `newer` ones are published, within the demo's last months.
async fn offer(
    cx: &mut Cx<'_>,
    w: &mut World,
    links: &mut Links,
    (org, sector, tech): (usize, &'static str, &'static Tech),
    newer: bool,
) -> Result<(), sqlx::Error> {
    let variant = cx.pick(&tech.variants);
    let (title_vi, title_en) = (variant.title.0.to_owned(), variant.title.1.to_owned());
    let trl: i64 = cx.range(3..10);
    let (ip, ip_number) = match cx.range(0..100) {
        0..=19 => ("granted_patent", Some(format!("1-00{:05}", cx.range(10_000..99_999)))),
        20..=39 => ("pending_patent", Some(format!("1-{}-{:05}", cx.range(2024..2027), cx.range(100..9_999)))),
        40..=54 => ("utility_solution", Some(format!("2-000{:04}", cx.range(1_000..9_999)))),
        55..=74 => ("know_how", None),
        75..=84
            if matches!(sector, "digital-ai-iot" | "finance" | "education" | "cultural-industry" | "smart-tourism") =>
        {
            ("copyright", Some(format!("{}/{}/QTG", cx.range(100..9_999), cx.range(2022..2027))))
        }
        75..=84 => ("know_how", None),
        _ => ("none", None),
    };
    let negotiable = cx.chance(0.45);
    let price: Option<i64> = (!negotiable).then(|| cx.range(5..300i64) * 10_000_000);
    let status = match cx.range(0..100) {
        _ if newer => "published",
        0..=3 => "draft",
        4..=7 => "in_review",
        8..=11 => "paused",
        12..=15 => "transferred",
        16..=19 => "archived",
        _ => "published",
    };
    let listed = !matches!(status, "draft" | "in_review");
    let published = listed.then(|| match newer {
        true => cx.instant(60..170),
        false if cx.chance(0.08) => cx.instant(-540..-380),
        false => cx.instant(-170..170),
    });
    let created = match published {
        Some(p) => p - cx.range(1..20) * DAY,
        None => cx.instant(-60..170),
    };
    let updated = published.unwrap_or(created) + cx.range(0..5) * DAY;
    // the draws stay so that the generator's stream (and every slug after it) is unchanged;
    // what an offer states is its technology's own
    let _ = (cx.pick(BENEFITS), cx.range(15..50));
    let place = w.place_name(w.orgs[org].place).to_owned();
    let (status_vi, status_en) = match trl {
        ..=4 => {
            ("Công nghệ đã được kiểm chứng trong phòng thí nghiệm".to_owned(), "Validated in the laboratory".to_owned())
        }
        5..=6 => (format!("Công nghệ đã được thử nghiệm tại {place}"), format!("Piloted in {place}")),
        _ => (format!("Công nghệ đã được ứng dụng thực tế tại {place}"), format!("In real-world use in {place}")),
    };
    let (how, gain) = (tech.how, tech.gain);
    let summary_vi = format!("{} Giải pháp giúp {}. {status_vi}, đạt mức sẵn sàng công nghệ TRL {trl}.", how.0, gain.0);
    let summary_en = format!("{} It {}. {status_en}; TRL {trl}.", how.1, gain.1);
    let _ = cx.pick(problems(sector));
    let problem =
        format!("Nhiều {} đang gặp khó khăn trong việc {}.\n\n{}", tech.users[0], tech.solves, variant.detail);
    let usable: Vec<&str> =
        ADVANTAGES.iter().copied().filter(|a| trl >= 6 || !a.starts_with("Đã được kiểm chứng")).collect();
    // two of the technology's own strengths lead; one general advantage follows
    let general = cx.pick_n(&usable, 3).into_iter().map(|a| (*a).to_owned()).next();
    let adv: Vec<String> = tech.strengths.iter().map(|s| (*s).to_owned()).chain(general).collect();
    let _ = cx.pick_n(customers(sector), 2);
    let apps: Vec<String> = tech.users.iter().map(|u| cap(u)).collect();
    let confidential = format!(
        "Bản vẽ kỹ thuật, thông số quy trình và kết quả thử nghiệm chi tiết ({} trang); danh sách nhà cung cấp; điều kiện chuyển giao và đào tạo vận hành. Thông số tối ưu: nhiệt độ {}°C, chu kỳ {} phút.",
        cx.range(20..160),
        cx.range(25..90),
        cx.range(5..120)
    );
    let english = cx.chance(0.85);
    let id = w.next.offer;
    w.next.offer += 1;
    let q = Row::new(T::Offers)
        .bind(id)
        .bind(w.offer_slugs.make(&title_vi))
        .bind(w.orgs[org].id)
        .bind(&title_vi)
        .bind(english.then_some(&title_en))
        .bind(fold(&title_vi))
        .bind(summary_vi)
        .bind(english.then_some(summary_en))
        .bind(problem)
        .bind(bullets(&adv))
        .bind(bullets(&apps))
        .bind(trl)
        .bind(ip)
        .bind(ip_number)
        .bind(price)
        .bind(i64::from(negotiable))
        .bind(confidential)
        .bind(status)
        .bind(published.map(ts))
        // expiry follows the demo's "now" as events do, so the same offers stay live (and
        // the same few expired) whenever the demo is seeded; publication dates stay put
        // (KPIs count by year)
        .bind(published.map(|p| ts(plus_year(p) + w.shift)))
        .bind(ts(created))
        .bind(ts(updated));
    cx.push(q).await?;
    let mut sectors = vec![sector];
    for _ in 0..cx.range(0..3) {
        let s = if cx.chance(0.5) { *cx.pick(&w.orgs[org].sectors) } else { cx.pick(SECTORS).code };
        if !sectors.contains(&s) {
            sectors.push(s);
        }
    }
    for s in &sectors {
        cx.push(Row::new(T::OfferSectors).bind(id).bind(*s)).await?;
    }
    let n = cx.range(1..4);
    for c in cx.pick_n(COOP, n) {
        cx.push(Row::new(T::OfferCoop).bind(id).bind(*c)).await?;
    }
    if links.done < links.target
        && cx.chance(0.6)
        && let Some(outputs) = w.research_by_org.get(&org)
    {
        let n = cx.range(1..3);
        for r in cx.pick_n(outputs, n) {
            cx.push(Row::new(T::OfferResearch).bind(id).bind(*r)).await?;
        }
        links.done += 1;
    }
    w.offers.push(OfferRef { id, org, status, title_vi, tech: tech.name.0 });
    w.report.offers += 1;
    Ok(())
}
