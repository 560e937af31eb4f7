//! One organisation's page: its card, long description, kind-specific profile and relations.

use super::catalogues;
use super::rows::{OrgCardRow, OrgRefRow, kind, refs};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::markdown::to_safe_html;
use crate::backend::store::StoreError;
use crate::domain::dto::*;
use crate::domain::*;

#[derive(sqlx::FromRow)]
struct DetailRow {
    id: i64,
    #[sqlx(flatten)]
    card: OrgCardRow,
    description_vi: String,
    description_en: Option<String>,
    address: Option<String>,
    website: Option<String>,
    contact_name: Option<String>,
    contact_email: Option<String>,
    contact_phone: Option<String>,
    verified_at: Option<String>,
}

const DETAIL_SQL: &str = "
    SELECT o.id, o.slug, o.kind, o.name_vi, o.name_en, o.short_vi, o.short_en, l.name_vi AS location,
           o.founded_year, o.verified, o.sample, sp.stage, ip.investor_type,
           (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM org_sectors s WHERE s.org_id = o.id) AS sectors, o.logo_path AS logo,
           o.description_vi, o.description_en, o.address, o.website, o.contact_name, o.contact_email,
           o.contact_phone, o.verified_at
      FROM organizations o
      LEFT JOIN startup_profiles sp ON sp.org_id = o.id
      LEFT JOIN investor_profiles ip ON ip.org_id = o.id
      LEFT JOIN locations l ON l.code = o.location_code
     WHERE o.slug = $1 AND o.hidden = FALSE";

pub async fn detail(pool: &Db, slug: &str) -> Result<Option<OrgDetail>, StoreError> {
    let Some(row) = sql::query_as::<DetailRow>(DETAIL_SQL).bind(slug).fetch_optional(pool).await? else {
        return Ok(None);
    };
    let id = row.id;
    let org_kind = kind(&row.card.kind)?;
    let profile = profile(pool, id, org_kind).await?;
    let related = |cat| catalogues::by_org(pool, cat, id, 12);
    Ok(Some(OrgDetail {
        card: row.card.into_card()?,
        description_html: Text::new(to_safe_html(&row.description_vi), row.description_en.as_deref().map(to_safe_html)),
        address: row.address,
        website: row.website,
        contact_name: row.contact_name,
        contact_email: row.contact_email,
        contact_phone: row.contact_phone,
        verified_at: row.verified_at,
        profile,
        offers: related(Catalogue::Offers).await?,
        challenges: related(Catalogue::Challenges).await?,
        research: related(Catalogue::Research).await?,
        programmes: related(Catalogue::Programmes).await?,
        events: related(Catalogue::Events).await?,
    }))
}

fn codes<T>(rows: Vec<(String,)>, parse: fn(&str) -> Option<T>) -> Vec<T> {
    rows.iter().filter_map(|(c,)| parse(c)).collect()
}

async fn profile(pool: &Db, id: i64, kind: OrgKind) -> Result<Profile, StoreError> {
    Ok(match kind {
        OrgKind::Startup => {
            let Some((stage, team_size)) = sql::query_as::<(String, Option<i64>)>(
                "SELECT stage, team_size FROM startup_profiles WHERE org_id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?
            else {
                return Ok(Profile::None);
            };
            let needs = sql::query_as("SELECT need FROM startup_needs WHERE org_id = $1 ORDER BY need")
                .bind(id)
                .fetch_all(pool)
                .await?;
            let incubator: Option<OrgRefRow> = sql::query_as(
                "SELECT o.slug, o.kind, o.name_vi, o.name_en, o.verified FROM startup_profiles sp
                   JOIN organizations o ON o.id = sp.incubated_by WHERE sp.org_id = $1 AND o.hidden = FALSE",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?;
            let investors: Vec<OrgRefRow> = sql::query_as(
                "SELECT DISTINCT o.slug, o.kind, o.name_vi, o.name_en, o.verified, o.name_folded FROM investments i
                   JOIN organizations o ON o.id = i.investor_id WHERE i.startup_id = $1 AND o.hidden = FALSE ORDER BY o.name_folded",
            )
            .bind(id)
            .fetch_all(pool)
            .await?;
            Profile::Startup {
                stage: Stage::parse(&stage).ok_or_else(|| StoreError::Corrupt(format!("stage {stage}")))?,
                team_size,
                needs: codes(needs, Need::parse),
                incubated_by: incubator.map(OrgRefRow::into_ref).transpose()?,
                investors: refs(investors)?,
            }
        }
        OrgKind::Incubator | OrgKind::InnovationSpace => {
            let capacity: Option<(Option<i64>,)> =
                sql::query_as("SELECT capacity FROM incubator_profiles WHERE org_id = $1")
                    .bind(id)
                    .fetch_optional(pool)
                    .await?;
            let services = sql::query_as("SELECT service FROM incubator_services WHERE org_id = $1 ORDER BY service")
                .bind(id)
                .fetch_all(pool)
                .await?;
            let startups: Vec<OrgRefRow> = sql::query_as(
                "SELECT o.slug, o.kind, o.name_vi, o.name_en, o.verified FROM startup_profiles sp
                   JOIN organizations o ON o.id = sp.org_id WHERE sp.incubated_by = $1 AND o.hidden = FALSE ORDER BY o.name_folded",
            )
            .bind(id)
            .fetch_all(pool)
            .await?;
            Profile::Incubator {
                capacity: capacity.and_then(|c| c.0),
                services: codes(services, IncubatorService::parse),
                startups: refs(startups)?,
            }
        }
        OrgKind::Investor => {
            let Some((t, min, max)) = sql::query_as::<(String, Option<i64>, Option<i64>)>(
                "SELECT investor_type, ticket_min_vnd, ticket_max_vnd FROM investor_profiles WHERE org_id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?
            else {
                return Ok(Profile::None);
            };
            let stages =
                sql::query_as("SELECT stage FROM investor_stages WHERE org_id = $1").bind(id).fetch_all(pool).await?;
            let mut stages = codes(stages, Stage::parse);
            stages.sort();
            let rows: Vec<PortfolioRow> = sql::query_as(
                "SELECT o.slug, o.kind, o.name_vi, o.name_en, o.verified, i.round, i.amount_vnd, i.year
                   FROM investments i JOIN organizations o ON o.id = i.startup_id
                  WHERE i.investor_id = $1 AND o.hidden = FALSE ORDER BY i.year DESC, o.name_folded",
            )
            .bind(id)
            .fetch_all(pool)
            .await?;
            let mut portfolio = Vec::with_capacity(rows.len());
            for r in rows {
                let Some(round) = InvestmentRound::parse(&r.round) else { continue };
                portfolio.push(Investment {
                    startup: r.org.into_ref()?,
                    round,
                    amount_vnd: r.amount_vnd,
                    year: i32::try_from(r.year).unwrap_or_default(),
                });
            }
            Profile::Investor {
                investor_type: InvestorType::parse(&t)
                    .ok_or_else(|| StoreError::Corrupt(format!("investor type {t}")))?,
                ticket_min_vnd: min,
                ticket_max_vnd: max,
                stages,
                portfolio,
            }
        }
        OrgKind::Institute | OrgKind::University | OrgKind::RndCenter => {
            let row: Option<InstituteRow> = sql::query_as(
                "SELECT research_areas_vi, research_areas_en, labs_vi, labs_en, researcher_count
                   FROM institute_profiles WHERE org_id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?;
            match row {
                Some(r) => Profile::Institute {
                    research_areas: Text::new(r.research_areas_vi, r.research_areas_en),
                    labs: Text::new(r.labs_vi, r.labs_en),
                    researcher_count: r.researcher_count,
                },
                None => Profile::None,
            }
        }
        OrgKind::Enterprise => {
            let row: Option<EnterpriseRow> = sql::query_as(
                "SELECT size, industry_vi, industry_en, innovation_needs_vi, innovation_needs_en
                   FROM enterprise_profiles WHERE org_id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?;
            match row.and_then(|r| Some((EnterpriseSize::parse(&r.size)?, r))) {
                Some((size, r)) => Profile::Enterprise {
                    size,
                    industry: Text::new(r.industry_vi, r.industry_en),
                    innovation_needs: Text::new(r.innovation_needs_vi, r.innovation_needs_en),
                },
                None => Profile::None,
            }
        }
        OrgKind::Intermediary => {
            let services =
                sql::query_as("SELECT service FROM intermediary_services WHERE org_id = $1 ORDER BY service")
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
            Profile::Intermediary { services: codes(services, IntermediaryService::parse) }
        }
        OrgKind::Agency => Profile::None,
    })
}

#[derive(sqlx::FromRow)]
struct InstituteRow {
    research_areas_vi: String,
    research_areas_en: Option<String>,
    labs_vi: String,
    labs_en: Option<String>,
    researcher_count: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct EnterpriseRow {
    size: String,
    industry_vi: String,
    industry_en: Option<String>,
    innovation_needs_vi: String,
    innovation_needs_en: Option<String>,
}

#[derive(sqlx::FromRow)]
struct PortfolioRow {
    #[sqlx(flatten)]
    org: OrgRefRow,
    round: String,
    amount_vnd: Option<i64>,
    year: i64,
}
