//! The kind-specific rows of an organisation, and investors' portfolios.

use super::batch::{Row, T};
use std::collections::HashSet;

use super::World;
use super::cx::Cx;
use super::draft::{Draft, Extra};
use super::names::{FIELDS, INDUSTRIES};
use super::prose::join;

pub async fn insert(cx: &mut Cx<'_>, w: &World, id: i64, d: &Draft) -> Result<(), sqlx::Error> {
    match &d.extra {
        Extra::Hub { services, capacity } => {
            cx.push(Row::new(T::HubProfiles).bind(id).bind(d.kind.as_str()).bind(capacity)).await?;
            for s in services {
                cx.push(Row::new(T::HubServices).bind(id).bind(*s)).await?;
            }
        }
        Extra::Startup { stage, team, needs, incubator, .. } => {
            let inc = incubator.map(|i| w.orgs[i].id);
            cx.push(Row::new(T::StartupProfiles).bind(id).bind(*stage).bind(team).bind(inc)).await?;
            for n in needs {
                cx.push(Row::new(T::StartupNeeds).bind(id).bind(*n)).await?;
            }
        }
        Extra::Investor { typ, min, max, stages } => {
            cx.push(Row::new(T::InvestorProfiles).bind(id).bind(*typ).bind(min).bind(max)).await?;
            for s in stages {
                cx.push(Row::new(T::InvestorStages).bind(id).bind(*s)).await?;
            }
        }
        Extra::Knowledge { field, researchers, labs, areas } => {
            let (fv, fe, _) = FIELDS[*field];
            let areas_vi: Vec<String> = areas.iter().map(|a| a.0.to_owned()).collect();
            let areas_en: Vec<String> = areas.iter().map(|a| a.1.to_owned()).collect();
            let q = Row::new(T::InstituteProfiles)
                .bind(id)
                .bind(d.kind.as_str())
                .bind(format!("{fv}: {}", join(&areas_vi, "và")))
                .bind(format!("{fe}: {}", join(&areas_en, "and")))
                .bind(labs.iter().map(|l| l.0).collect::<Vec<_>>().join("; "))
                .bind(labs.iter().map(|l| l.1).collect::<Vec<_>>().join("; "))
                .bind(researchers);
            cx.push(q).await?;
        }
        Extra::Enterprise { industry, size, .. } => {
            let ind = &INDUSTRIES[*industry];
            let q = Row::new(T::EnterpriseProfiles)
                .bind(id)
                .bind(*size)
                .bind(ind.vi)
                .bind(ind.en)
                .bind(ind.needs_vi)
                .bind(ind.needs_en);
            cx.push(q).await?;
        }
        Extra::Broker { services } => {
            for s in services {
                cx.push(Row::new(T::BrokerServices).bind(id).bind(*s)).await?;
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
    let target = cx.count_of(90);
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
        let year: i64 = match stage {
            "idea" | "mvp" => cx.range(2024..2027),
            _ => cx.range(2021..2027),
        };
        cx.push(Row::new(T::Investments).bind(inv.id).bind(su.id).bind(round).bind(amount).bind(year)).await?;
        made += 1;
    }
    Ok(())
}
