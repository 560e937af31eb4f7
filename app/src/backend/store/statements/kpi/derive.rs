//! The yearly figures the platform counts itself, from [`PLAN_START`] to this year. Each
//! derivation is one grouped query over an index (see `migrations/sqlite/0011_kpi.sql`), so the
//! dashboard stays fast on a large corpus. Years without a row count 0.
//!
//! - `provincial_tasks` (#4): S&T task orders (challenges with `is_task_order = TRUE`, ordered by
//!   the Department with funding) published that year, drafts excluded.
//! - `patent_applications` (#8): research outputs of type patent or utility solution recorded
//!   with that year (the filing year the organisation states).
//! - `incubators` (#9): incubators and innovation spaces the Department has verified by the end
//!   of that year and that are not hidden — a level, so every year counts all verified so far.
//!   Unverified entries are self-declared and do not count toward the province's network.
//! - `innovative_startups` (#11): startups verified by the end of that year, not hidden (as #9).
//! - `products_commercialised` (#12): agreements (a collaboration that reached a signed licence,
//!   contract, investment or joint project) by the year of `signed_on`.
//! - `province_funded_projects` (#13): applications accepted that year (the transition to
//!   `accepted`, still accepted now) into a programme with funding owned by a provincial agency.

use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::domain::kpi::PLAN_START;

/// The indicators counted here; any other code is entered by admins.
pub const DERIVED: &[&str] = &[
    "provincial_tasks",
    "patent_applications",
    "incubators",
    "innovative_startups",
    "products_commercialised",
    "province_funded_projects",
];

/// Per-year counts: `(year, count)` grouped by the query, for `$1 <= date < $2`.
fn flow_sql(code: &str) -> Option<&'static str> {
    Some(match code {
        "provincial_tasks" => {
            "SELECT CAST(substr(published_at, 1, 4) AS BIGINT) AS y, COUNT(*) FROM challenges
              WHERE is_task_order = TRUE AND published_at >= $1 AND published_at < $2 AND status <> 'draft'
              GROUP BY y"
        }
        "patent_applications" => {
            "SELECT year AS y, COUNT(*) FROM research_outputs
              WHERE year >= CAST(substr($1, 1, 4) AS BIGINT) AND year < CAST(substr($2, 1, 4) AS BIGINT)
                AND output_type IN ('patent', 'utility_solution') AND status = 'published'
              GROUP BY y"
        }
        "products_commercialised" => {
            "SELECT CAST(substr(signed_on, 1, 4) AS BIGINT) AS y, COUNT(*) FROM agreements
              WHERE signed_on >= $1 AND signed_on < $2 GROUP BY y"
        }
        "province_funded_projects" => {
            "SELECT CAST(substr(t.at, 1, 4) AS BIGINT) AS y, COUNT(DISTINCT t.application_id)
               FROM application_transitions t
               JOIN applications a ON a.id = t.application_id
               JOIN programmes p ON p.id = a.programme_id
               JOIN organizations o ON o.id = p.org_id
              WHERE t.to_state = 'accepted' AND t.at >= $1 AND t.at < $2
                AND a.state = 'accepted' AND p.funding_vnd > 0 AND o.kind = 'agency'
              GROUP BY y"
        }
        _ => return None,
    })
}

/// Levels: how many exist at the end of year `$1 - 1` (verified before `$1`-01-01).
fn level_sql(code: &str) -> Option<&'static str> {
    Some(match code {
        "incubators" => {
            "SELECT COUNT(*) FROM organizations
              WHERE kind IN ('incubator', 'innovation_space') AND hidden = FALSE AND verified_at < $1"
        }
        "innovative_startups" => {
            "SELECT COUNT(*) FROM organizations WHERE kind = 'startup' AND hidden = FALSE AND verified_at < $1"
        }
        _ => return None,
    })
}

/// The live `(year, value)` series of `code` from the plan's start to `this_year`, or `None`
/// when the platform does not count this indicator.
pub async fn series(pool: &Db, code: &str, this_year: i64) -> Result<Option<Vec<(i64, f64)>>, sqlx::Error> {
    if this_year < PLAN_START {
        return Ok(Some(Vec::new()));
    }
    let start = |y: i64| format!("{y:04}-01-01");
    if let Some(sql) = flow_sql(code) {
        let rows: Vec<(i64, i64)> =
            sql::query_as(sql).bind(start(PLAN_START)).bind(start(this_year + 1)).fetch_all(pool).await?;
        let out =
            (PLAN_START..=this_year).map(|y| (y, rows.iter().find(|r| r.0 == y).map_or(0.0, |r| r.1 as f64))).collect();
        return Ok(Some(out));
    }
    if let Some(sql) = level_sql(code) {
        let mut out = Vec::new();
        for y in PLAN_START..=this_year {
            let (n,): (i64,) = sql::query_as(sql).bind(start(y + 1)).fetch_one(pool).await?;
            out.push((y, n as f64));
        }
        return Ok(Some(out));
    }
    Ok(None)
}

/// Every derivation's SQL with sample parameters, for `EXPLAIN QUERY PLAN` checks.
pub fn queries() -> Vec<(&'static str, &'static str)> {
    DERIVED.iter().map(|c| (*c, flow_sql(c).or_else(|| level_sql(c)).unwrap_or_default())).collect()
}
