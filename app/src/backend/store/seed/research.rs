//! Research outputs: papers, patents, utility solutions, theses and datasets.

use super::batch::{Row, T};
use super::catalogue::{Tech, technologies};
use super::cx::{Cx, DAY, ts};
use super::names::person;
use super::prose::{BENEFITS, cap, fill};
use super::{World, taken_slugs};
use crate::backend::text::fold;
use crate::domain::OrgKind;

const PAPER: &[(&str, &str)] = &[
    ("Đánh giá hiệu quả {t} tại tỉnh Ninh Bình", "Assessing {e} in Ninh Bình province"),
    ("Tối ưu hóa {t}: kết quả thực nghiệm", "Optimising {e}: experimental results"),
    ("Ứng dụng {t} trong doanh nghiệp nhỏ và vừa", "Applying {e} in small and medium enterprises"),
    ("Mô hình hóa và mô phỏng {t}", "Modelling and simulation of {e}"),
    ("Phát triển {t} phù hợp điều kiện đồng bằng sông Hồng", "Developing {e} for Red River Delta conditions"),
];
const THESIS: &[(&str, &str)] = &[
    ("Nghiên cứu {t} (luận án tiến sĩ)", "Research on {e} (doctoral thesis)"),
    ("Thiết kế và đánh giá {t} (luận văn thạc sĩ)", "Design and evaluation of {e} (master's thesis)"),
];
const METHODS: &[(&str, &str)] = &[
    (
        "Thực nghiệm được tiến hành tại {n} cơ sở sản xuất trên địa bàn tỉnh trong {m} tháng.",
        "Field trials ran at {n} production sites in the province over {m} months.",
    ),
    (
        "Nhóm tác giả xây dựng mô hình và kiểm chứng trên bộ dữ liệu gồm {n}00 mẫu.",
        "The authors built a model and validated it on {n}00 samples.",
    ),
    (
        "Phương pháp kết hợp khảo sát thực địa với phân tích thống kê trong {m} tháng.",
        "The method combines field surveys with {m} months of statistical analysis.",
    ),
];
const CLOSINGS: &[(&str, &str)] = &[
    (
        "Kết quả có thể chuyển giao cho doanh nghiệp và hợp tác xã.",
        "The results can be transferred to companies and cooperatives.",
    ),
    (
        "Nghiên cứu mở ra hướng thương mại hóa trong giai đoạn 2026–2030.",
        "The work opens a path to commercialisation in 2026–2030.",
    ),
    ("Dữ liệu và mã nguồn được chia sẻ theo giấy phép mở.", "Data and code are shared under an open licence."),
];

/// A sector of the org and one of its technologies.
pub fn topic(cx: &mut Cx<'_>, w: &World, org: usize) -> (&'static str, &'static Tech) {
    let sector = *cx.pick(&w.orgs[org].sectors);
    (sector, cx.pick(technologies(sector)))
}

/// An org that produces knowledge: mostly institutes and universities, some companies.
pub fn provider(cx: &mut Cx<'_>, w: &World, knowledge_share: f64) -> usize {
    let roll: f64 = cx.range(0.0..1.0);
    let group = if roll < knowledge_share || (w.startups.is_empty() && w.enterprises.is_empty()) {
        &w.knowledge
    } else if roll < knowledge_share + (1.0 - knowledge_share) * 0.65 && !w.startups.is_empty() {
        &w.startups
    } else if !w.enterprises.is_empty() {
        &w.enterprises
    } else {
        &w.startups
    };
    *cx.pick(group)
}

pub async fn insert(cx: &mut Cx<'_>, w: &mut World) -> Result<(), sqlx::Error> {
    let mut slugs = taken_slugs(cx, "SELECT slug FROM research_outputs").await?;
    for _ in 0..cx.count_of(220) {
        let org = provider(cx, w, 0.8);
        let knowledge = matches!(w.orgs[org].kind, OrgKind::Institute | OrgKind::University | OrgKind::RndCenter);
        let kind = match cx.range(0..100) {
            0..=54 => "paper",
            55..=64 => "patent",
            65..=72 => "utility_solution",
            73..=87 if knowledge => "thesis",
            88..=99 if knowledge => "dataset",
            _ => "paper",
        };
        let (sector, tech) = topic(cx, w, org);
        let (t, e) = tech.name;
        let year: i64 =
            *cx.pick(&[2018, 2019, 2020, 2021, 2022, 2022, 2023, 2023, 2024, 2024, 2024, 2025, 2025, 2025, 2026]);
        let y = year.to_string();
        let pair = match kind {
            "paper" => *cx.pick(PAPER),
            "patent" => ("{T} và phương pháp thực hiện", "{E} and method thereof"),
            "utility_solution" => ("Giải pháp cải tiến {t}", "Improved {e}"),
            "thesis" => *cx.pick(THESIS),
            _ => ("Bộ dữ liệu phục vụ {t}, năm {y}", "Dataset for {e}, {y}"),
        };
        let keys = [("T", cap(t)), ("E", cap(e)), ("t", t.to_owned()), ("e", e.to_owned()), ("y", y.clone())];
        let keys: Vec<(&str, &str)> = keys.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let title_vi = cap(&fill(pair.0, &keys));
        let title_en = cap(&fill(pair.1, &keys));
        let n_authors = if kind == "thesis" { 1 } else { cx.range(1..7) };
        let authors: Vec<String> = (0..n_authors).map(|_| person(cx)).collect();
        let id = w.next.research;
        w.next.research += 1;
        let doi = match kind {
            "paper" if cx.chance(0.9) => Some(format!("10.5555/kn.{year}.{id:05}")),
            "dataset" if cx.chance(0.7) => Some(format!("10.5555/kn-data.{year}.{id:05}")),
            _ => None,
        };
        let patent = match kind {
            "patent" => Some(format!("1-00{:05}", cx.range(10_000..99_999))),
            "utility_solution" => Some(format!("2-000{:04}", cx.range(1_000..9_999))),
            _ => None,
        };
        let international = match kind {
            "paper" => cx.chance(0.35),
            "dataset" => cx.chance(0.2),
            _ => false,
        };
        let (n, m) = (cx.range(2..12).to_string(), cx.range(6..37).to_string());
        let pct = cx.range(12..45).to_string();
        let method = *cx.pick(METHODS);
        // the draws stay so that the generator's stream (and every slug after it) is unchanged;
        // the result stated is the technology's own
        let _ = (pct, cx.pick(BENEFITS));
        let closing = *cx.pick(CLOSINGS);
        let x = [("n", n.as_str()), ("m", m.as_str())];
        let abstract_vi = format!(
            "Nghiên cứu trình bày {t}. {} {} Kết quả cho thấy {t} giúp {} so với cách làm truyền thống. {}",
            tech.how.0,
            fill(method.0, &x),
            tech.gain.0,
            closing.0
        );
        let abstract_en = format!(
            "This work presents {e}. {} {} The results show that it {} compared with conventional practice. {}",
            tech.how.1,
            fill(method.1, &x),
            tech.gain.1,
            closing.1
        );
        let english = cx.chance(0.85) || international;
        let created = cx.instant(-500..-10);
        let updated = created + cx.range(0..30) * DAY;
        let q = Row::new(T::Research)
            .bind(id)
            .bind(slugs.make(&title_vi))
            .bind(w.orgs[org].id)
            .bind(kind)
            .bind(&title_vi)
            .bind(english.then_some(&title_en))
            .bind(fold(&title_vi))
            .bind(authors.join("; "))
            .bind(year)
            .bind(doi)
            .bind(patent)
            .bind(abstract_vi)
            .bind(english.then_some(abstract_en))
            .bind(i64::from(international))
            .bind(ts(created))
            .bind(ts(updated));
        cx.push(q).await?;
        cx.push(Row::new(T::ResearchSectors).bind(id).bind(sector)).await?;
        if let Some(other) = w.orgs[org].sectors.iter().find(|s| **s != sector)
            && cx.chance(0.4)
        {
            cx.push(Row::new(T::ResearchSectors).bind(id).bind(*other)).await?;
        }
        w.research_by_org.entry(org).or_default().push(id);
        w.report.research += 1;
    }
    Ok(())
}
