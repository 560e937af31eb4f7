//! Organisations of every kind: who they are, their sectors and places.

use super::catalogue::technologies;
use super::cx::Cx;
use super::draft::{Draft, Extra};
use super::names::*;
use super::org_rows::add;
use super::prose::customers;
use super::{World, profiles, taken_slugs};
use crate::domain::{OrgKind, SECTORS};

const HUB_SERVICES: &[&str] =
    &["workspace", "mentoring", "training", "funding_access", "legal", "lab", "market_access", "networking"];
const NEEDS: &[&str] = &["funding", "mentoring", "pilot_customer", "technology", "talent"];
const BROKER_SERVICES: &[&str] = &["brokerage", "valuation", "ip", "legal", "testing", "consulting"];

pub async fn insert(cx: &mut Cx<'_>, w: &mut World) -> Result<(), sqlx::Error> {
    let mut slugs = taken_slugs(cx, "SELECT slug FROM organizations").await?;
    let mut brands = Pool::new(pairs(BRAND_FIRST.len(), BRAND_SECOND.len()), cx);
    let mut brand = move || {
        let ((a, b), round) = brands.take();
        numbered(format!("{} {}", BRAND_FIRST[a], BRAND_SECOND[b]), round)
    };
    // agencies: the Department first, then the other departments, then communes' committees
    for i in 0..cx.count_of(AGENCIES.len()) {
        let (vi, en, sectors) = if let Some((vi, en, s)) = AGENCIES.get(i) {
            ((*vi).to_owned(), (*en).to_owned(), s.to_vec())
        } else if !w.places.is_empty() {
            let p = &w.places[i % w.places.len()].name;
            (
                format!("Ủy ban nhân dân {p} (mẫu)"),
                format!("People's Committee of {p} (sample)"),
                vec!["high-tech-agriculture", "digital-ai-iot"],
            )
        } else {
            (
                format!("Ủy ban nhân dân cấp xã số {i} (mẫu)"),
                format!("Commune People's Committee no. {i} (sample)"),
                vec!["digital-ai-iot"],
            )
        };
        let place = w.places.iter().position(|p| p.code == "hoa-lu").or(if w.places.is_empty() {
            None
        } else {
            Some(i % w.places.len())
        });
        let d = Draft {
            kind: OrgKind::Agency,
            name_vi: vi,
            name_en: en,
            sectors,
            place,
            year: 2025,
            featured: true,
            extra: Extra::Agency { dept: i == 0 },
        };
        let idx = add(cx, w, &mut slugs, d).await?;
        w.agencies.push(idx);
    }
    w.dept = w.agencies[0];

    let mut hubs = Pool::new(pairs(HUB_FORMS.len(), HUB_BRANDS.len()), cx);
    for _ in 0..cx.count_of(8) {
        let ((f, b), round) = hubs.take();
        let (vi, en, kind) = HUB_FORMS[f];
        let brand = numbered(HUB_BRANDS[b].to_owned(), round);
        let n = cx.range(3..7);
        let services: Vec<&str> = cx.pick_n(HUB_SERVICES, n).into_iter().copied().collect();
        let capacity = cx.range(2..9) * 5;
        let d = Draft {
            kind,
            name_vi: vi.replace("{b}", &brand),
            name_en: en.replace("{b}", &brand),
            sectors: sectors(cx, 2..4),
            place: place(cx, w, 0.0),
            year: cx.range(2016..2025),
            featured: false,
            extra: Extra::Hub { services, capacity },
        };
        let idx = add(cx, w, &mut slugs, d).await?;
        w.hubs.push(idx);
    }

    let mut fields = Pool::new((0..FIELDS.len()).collect(), cx);
    let mut forms = Pool::new(pairs(KNOWLEDGE_FORMS.len(), PLACES.len()), cx);
    for _ in 0..cx.count_of(14) {
        let (field, _) = fields.take();
        let ((mut form, p), round) = forms.take();
        if FIELDS[field].0.starts_with("Sư phạm") || FIELDS[field].0.starts_with("Kinh tế") {
            form = 0;
        }
        let (vi, en, kind) = KNOWLEDGE_FORMS[form];
        let pl = numbered(PLACES[p].to_owned(), round);
        let (fv, fe, fs) = FIELDS[field];
        let researchers = match kind {
            OrgKind::University => cx.range(80..600),
            OrgKind::Institute => cx.range(30..200),
            _ => cx.range(15..120),
        };
        let n = cx.range(2..5);
        let labs = cx.pick_n(super::prose::LABS, n).into_iter().copied().collect();
        let areas: Vec<(&str, &str)> =
            fs.iter().flat_map(|s| technologies(s).iter().take(2).map(|t| t.name)).take(3).collect();
        let d = Draft {
            kind,
            name_vi: vi.replace("{f}", fv).replace("{p}", &pl),
            name_en: en.replace("{f}", fe).replace("{p}", &pl),
            sectors: fs.to_vec(),
            place: place(cx, w, 0.1),
            year: cx.range(1965..2016),
            featured: false,
            extra: Extra::Knowledge { field, researchers, labs, areas },
        };
        let idx = add(cx, w, &mut slugs, d).await?;
        w.knowledge.push(idx);
    }

    let mut forms = Pool::new((0..INVESTOR_FORMS.len()).collect(), cx);
    for i in 0..cx.count_of(22) {
        let featured = i < PUBLIC_FUNDS.len();
        let (vi, en, typ) = if let Some((vi, en)) = PUBLIC_FUNDS.get(i) {
            ((*vi).to_owned(), (*en).to_owned(), "public_fund")
        } else {
            let ((f, _), b) = (forms.take(), brand());
            let (vi, en, typ) = INVESTOR_FORMS[f];
            (vi.replace("{b}", &b), en.replace("{b}", &b), typ)
        };
        let (min, max, stages): (i64, i64, &[&str]) = match typ {
            "angel" => (cx.range(1..6) * 100_000_000, cx.range(10..31) * 100_000_000, &["idea", "mvp"]),
            "vc" => {
                (cx.range(20..51) * 100_000_000, cx.range(20..81) * 1_000_000_000, &["mvp", "early_revenue", "growth"])
            }
            "corporate" => {
                (cx.range(10..51) * 100_000_000, cx.range(10..41) * 1_000_000_000, &["early_revenue", "growth"])
            }
            _ => (500_000_000, 10_000_000_000, &["idea", "mvp", "early_revenue"]),
        };
        let stages: Vec<&str> = if typ == "vc" {
            let n = cx.range(2..4);
            let chosen = cx.pick_n(stages, n);
            stages.iter().filter(|s| chosen.contains(s)).copied().collect()
        } else {
            stages.to_vec()
        };
        let hanoi = if typ == "public_fund" { 0.0 } else { 0.35 };
        let d = Draft {
            kind: OrgKind::Investor,
            name_vi: vi,
            name_en: en,
            sectors: sectors(cx, 2..5),
            place: place(cx, w, hanoi),
            year: if typ == "public_fund" { 2026 } else { cx.range(2008..2025) },
            featured,
            extra: Extra::Investor { typ, min, max, stages },
        };
        let idx = add(cx, w, &mut slugs, d).await?;
        w.orgs[idx].investor_type = Some(typ);
        w.investors.push(idx);
    }

    for _ in 0..cx.count_of(65) {
        let industry = cx.range(0..INDUSTRIES.len());
        let ind = &INDUSTRIES[industry];
        let b = brand();
        let (vi, en) = if ind.coop && cx.chance(0.3) {
            (format!("Hợp tác xã {} {b}", ind.vi), format!("{b} {} Cooperative", ind.en))
        } else {
            let (fv, fe) = *cx.pick(COMPANY_FORMS);
            (format!("{fv} {} {b}", ind.vi), format!("{b} {} {fe}", ind.en))
        };
        let size = *cx.pick(&["micro", "small", "small", "small", "medium", "medium", "large"]);
        let employees = match size {
            "micro" => cx.range(3..10),
            "small" => cx.range(10..100),
            "medium" => cx.range(100..300),
            _ => cx.range(300..2500),
        };
        let d = Draft {
            kind: OrgKind::Enterprise,
            name_vi: vi,
            name_en: en,
            sectors: ind.sectors.to_vec(),
            place: place(cx, w, 0.0),
            year: cx.range(1992..2024),
            featured: false,
            extra: Extra::Enterprise { industry, size, employees },
        };
        let idx = add(cx, w, &mut slugs, d).await?;
        w.enterprises.push(idx);
    }

    for _ in 0..cx.count_of(8) {
        let (vi, en, base) = *cx.pick(INTERMEDIARY_FORMS);
        let b = brand();
        let mut services = base.to_vec();
        let extra = *cx.pick(BROKER_SERVICES);
        if !services.contains(&extra) && cx.chance(0.5) {
            services.push(extra);
        }
        let d = Draft {
            kind: OrgKind::Intermediary,
            name_vi: vi.replace("{b}", &b),
            name_en: en.replace("{b}", &b),
            sectors: sectors(cx, 1..4),
            place: place(cx, w, 0.15),
            year: cx.range(2005..2024),
            featured: false,
            extra: Extra::Broker { services },
        };
        let idx = add(cx, w, &mut slugs, d).await?;
        w.brokers.push(idx);
    }

    let mut startups = Pool::new(pairs(STARTUP_ROOTS.len(), STARTUP_SUFFIXES.len()), cx);
    for _ in 0..cx.count_of(160) {
        let ((r, s), round) = startups.take();
        let brand = numbered(format!("{}{}", STARTUP_ROOTS[r], STARTUP_SUFFIXES[s]), round);
        let (vi, en) = match cx.range(0..10) {
            0..=4 => (format!("Công ty Cổ phần Công nghệ {brand}"), format!("{brand} Technology JSC")),
            5..=7 => (format!("Công ty TNHH {brand}"), format!("{brand} Co., Ltd.")),
            _ => (brand.clone(), brand.clone()),
        };
        let stage = *cx.pick(&[
            "idea",
            "idea",
            "mvp",
            "mvp",
            "mvp",
            "early_revenue",
            "early_revenue",
            "early_revenue",
            "growth",
            "growth",
        ]);
        let team = match stage {
            "idea" => cx.range(2..6),
            "mvp" => cx.range(3..13),
            "early_revenue" => cx.range(5..31),
            _ => cx.range(15..121),
        };
        let n = cx.range(1..4);
        let mut needs: Vec<&str> = cx.pick_n(NEEDS, n).into_iter().copied().collect();
        if stage != "growth" && !needs.contains(&"funding") && cx.chance(0.5) {
            needs.push("funding");
        }
        let incubator = if cx.chance(0.6) && !w.hubs.is_empty() { Some(*cx.pick(&w.hubs)) } else { None };
        let secs = sectors(cx, 1..3);
        let topic = cx.pick(technologies(secs[0]));
        let customer = *cx.pick(customers(secs[0]));
        let year = match stage {
            "idea" => cx.range(2024..2027),
            "mvp" => cx.range(2022..2027),
            "early_revenue" => cx.range(2019..2026),
            _ => cx.range(2015..2023),
        };
        let d = Draft {
            kind: OrgKind::Startup,
            name_vi: vi,
            name_en: en,
            sectors: secs,
            place: place(cx, w, 0.03),
            year,
            featured: false,
            extra: Extra::Startup { stage, team, needs, incubator, topic, customer },
        };
        let idx = add(cx, w, &mut slugs, d).await?;
        w.orgs[idx].stage = Some(stage);
        w.startups.push(idx);
    }
    profiles::investments(cx, w).await
}

/// 1–4 sectors, the first one a priority sector more often than not.
fn sectors(cx: &mut Cx<'_>, n: std::ops::Range<usize>) -> Vec<&'static str> {
    let n = cx.range(n);
    let mut out: Vec<&'static str> = Vec::with_capacity(n);
    if cx.chance(0.6) {
        out.push(cx.pick(&SECTORS[..6]).code);
    }
    while out.len() < n {
        let s = cx.pick(SECTORS).code;
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// A ward or commune of the province, or (with probability `hanoi`) Hà Nội.
fn place(cx: &mut Cx<'_>, w: &World, hanoi: f64) -> Option<usize> {
    if w.places.is_empty() || (w.has_hanoi && cx.chance(hanoi)) { None } else { Some(cx.range(0..w.places.len())) }
}
