//! The kind-specific rows of an organisation, and investors' portfolios.

use std::collections::HashSet;

use super::World;
use super::cx::Cx;
use super::names::{FIELDS, INDUSTRIES};
use super::orgs::{Draft, Extra};
use super::prose::join;

const HUB: &str = "INSERT INTO incubator_profiles (org_id, kind, capacity) VALUES ($1, $2, $3)";
const HUB_SERVICE: &str = "INSERT INTO incubator_services (org_id, service) VALUES ($1, $2)";
const STARTUP: &str = "INSERT INTO startup_profiles (org_id, kind, stage, team_size, incubated_by) VALUES ($1, 'startup', $2, $3, $4)";
const NEED: &str = "INSERT INTO startup_needs (org_id, need) VALUES ($1, $2)";
const INVESTOR: &str = "INSERT INTO investor_profiles (org_id, kind, investor_type, ticket_min_vnd, ticket_max_vnd) \
    VALUES ($1, 'investor', $2, $3, $4)";
const INVESTOR_STAGE: &str = "INSERT INTO investor_stages (org_id, stage) VALUES ($1, $2)";
const INSTITUTE: &str = "INSERT INTO institute_profiles (org_id, kind, research_areas_vi, research_areas_en, labs_vi, labs_en, \
    researcher_count) VALUES ($1, $2, $3, $4, $5, $6, $7)";
const ENTERPRISE: &str = "INSERT INTO enterprise_profiles (org_id, kind, size, industry_vi, industry_en, innovation_needs_vi, \
    innovation_needs_en) VALUES ($1, 'enterprise', $2, $3, $4, $5, $6)";
const BROKER_SERVICE: &str = "INSERT INTO intermediary_services (org_id, kind, service) VALUES ($1, 'intermediary', $2)";
const INVESTMENT: &str = "INSERT INTO investments (investor_id, startup_id, round, amount_vnd, year) VALUES ($1, $2, $3, $4, $5)";

pub async fn insert(cx: &mut Cx<'_>, w: &World, id: i64, d: &Draft) -> Result<(), sqlx::Error> {
    match &d.extra {
        Extra::Hub { services, capacity } => {
            cx.exec(sqlx::query(HUB).bind(id).bind(d.kind.as_str()).bind(capacity)).await?;
            for s in services {
                cx.exec(sqlx::query(HUB_SERVICE).bind(id).bind(*s)).await?;
            }
        }
        Extra::Startup { stage, team, needs, incubator, .. } => {
            let inc = incubator.map(|i| w.orgs[i].id);
            cx.exec(sqlx::query(STARTUP).bind(id).bind(*stage).bind(team).bind(inc)).await?;
            for n in needs {
                cx.exec(sqlx::query(NEED).bind(id).bind(*n)).await?;
            }
        }
        Extra::Investor { typ, min, max, stages } => {
            cx.exec(sqlx::query(INVESTOR).bind(id).bind(*typ).bind(min).bind(max)).await?;
            for s in stages {
                cx.exec(sqlx::query(INVESTOR_STAGE).bind(id).bind(*s)).await?;
            }
        }
        Extra::Knowledge { field, researchers, labs, areas } => {
            let (fv, fe, _) = FIELDS[*field];
            let areas_vi: Vec<String> = areas.iter().map(|a| a.0.to_owned()).collect();
            let areas_en: Vec<String> = areas.iter().map(|a| a.1.to_owned()).collect();
            let q = sqlx::query(INSTITUTE)
                .bind(id)
                .bind(d.kind.as_str())
                .bind(format!("{fv}: {}", join(&areas_vi, "và")))
                .bind(format!("{fe}: {}", join(&areas_en, "and")))
                .bind(labs.iter().map(|l| l.0).collect::<Vec<_>>().join("; "))
                .bind(labs.iter().map(|l| l.1).collect::<Vec<_>>().join("; "))
                .bind(researchers);
            cx.exec(q).await?;
        }
        Extra::Enterprise { industry, size, .. } => {
            let ind = &INDUSTRIES[*industry];
            let q = sqlx::query(ENTERPRISE).bind(id).bind(*size).bind(ind.vi).bind(ind.en).bind(ind.needs_vi).bind(ind.needs_en);
            cx.exec(q).await?;
        }
        Extra::Broker { services } => {
            for s in services {
                cx.exec(sqlx::query(BROKER_SERVICE).bind(id).bind(*s)).await?;
            }
        }
        Extra::Agency { .. } => {}
    }
    Ok(())
}

/// Investors' portfolios: rounds that fit the startup's stage and the investor's ticket.
pub async fn investments(cx: &mut Cx<'_>, w: &World) -> Result<(), sqlx::Error> {
    if w.investors.is_empty() || w.startups.is_empty() {
        return Ok(());
    }
    let mut seen = HashSet::new();
    let target = cx.count(90);
    let mut made = 0;
    let mut attempts = 0;
    while made < target && attempts < target * 20 {
        attempts += 1;
        let inv = &w.orgs[*cx.pick(&w.investors)];
        let su = &w.orgs[*cx.pick(&w.startups)];
        let stage = su.stage.unwrap_or("mvp");
        if !inv.stages.contains(&stage) {
            continue;
        }
        let public = inv.investor_type == Some("public_fund");
        let round = match (public, stage) {
            (true, "idea" | "mvp") => "grant",
            (true, _) => "seed",
            (false, "idea") => "pre_seed",
            (false, "mvp") => *cx.pick(&["pre_seed", "seed", "seed"]),
            (false, "early_revenue") => *cx.pick(&["seed", "series_a"]),
            (false, _) => *cx.pick(&["series_a", "series_a", "series_b"]),
        };
        if !seen.insert((inv.id, su.id, round)) {
            continue;
        }
        let amount: i64 = match round {
            "grant" => cx.range(1..11) * 100_000_000,
            "pre_seed" => cx.range(2..16) * 100_000_000,
            "seed" => cx.range(10..51) * 100_000_000,
            "series_a" => cx.range(10..41) * 1_000_000_000,
            _ => cx.range(50..151) * 1_000_000_000,
        };
        let amount = if inv.ticket.1 > 0 { amount.clamp(inv.ticket.0, inv.ticket.1) } else { amount };
        let year: i64 = match stage { "idea" | "mvp" => cx.range(2024..2027), _ => cx.range(2021..2027) };
        cx.exec(sqlx::query(INVESTMENT).bind(inv.id).bind(su.id).bind(round).bind(amount).bind(year)).await?;
        made += 1;
    }
    Ok(())
}
