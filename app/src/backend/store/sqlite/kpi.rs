//! The plan's indicators with their yearly actuals. Indicators the platform counts itself
//! (`source = 'derived'`) get the current year's figure from live data.

use crate::backend::store::StoreError;
use crate::domain::dto::{KpiRow, Text};
use sqlx::SqlitePool;

#[derive(sqlx::FromRow)]
struct IndicatorRow {
    code: String,
    position: i64,
    name_vi: String,
    name_en: String,
    unit_vi: String,
    unit_en: String,
    direction: String,
    baseline_value: Option<f64>,
    baseline_year: Option<i64>,
    target_value: f64,
    target_year: i64,
    source: String,
}

pub async fn all(pool: &SqlitePool) -> Result<Vec<KpiRow>, StoreError> {
    let indicators: Vec<IndicatorRow> = sqlx::query_as(
        "SELECT code, position, name_vi, name_en, unit_vi, unit_en, direction, baseline_value, baseline_year,
                target_value, target_year, source FROM kpi_indicators ORDER BY position",
    )
    .fetch_all(pool)
    .await?;
    let actuals: Vec<(String, i64, f64)> =
        sqlx::query_as("SELECT indicator_code, year, value FROM kpi_actuals ORDER BY year").fetch_all(pool).await?;
    let year = i64::from(chrono::Datelike::year(&chrono::Utc::now()));
    let mut out = Vec::with_capacity(indicators.len());
    for i in indicators {
        let mut series: Vec<(i64, f64)> = actuals.iter().filter(|a| a.0 == i.code).map(|a| (a.1, a.2)).collect();
        let derived = i.source == "derived";
        if derived && let Some(live) = live_value(pool, &i.code, year).await? {
            series.retain(|(y, _)| *y != year);
            series.push((year, live));
        }
        out.push(KpiRow {
            code: i.code,
            position: i.position,
            name: Text::new(i.name_vi, Some(i.name_en)),
            unit: Text::new(i.unit_vi, Some(i.unit_en)),
            direction: i.direction,
            baseline_value: i.baseline_value,
            baseline_year: i.baseline_year,
            target_value: i.target_value,
            target_year: i.target_year,
            derived,
            actuals: series,
        });
    }
    Ok(out)
}

/// The figure the platform's own data gives for `year`, where it holds that data.
async fn live_value(pool: &SqlitePool, code: &str, year: i64) -> Result<Option<f64>, StoreError> {
    let y = year.to_string();
    let sql = match code {
        "rnd_centres" => {
            "SELECT COUNT(*) FROM organizations WHERE kind = 'rnd_center' AND hidden = 0 AND $1 IS NOT NULL"
        }
        "incubators" => {
            "SELECT COUNT(*) FROM organizations WHERE kind IN ('incubator', 'innovation_space') AND hidden = 0 AND $1 IS NOT NULL"
        }
        "innovative_startups" => {
            "SELECT COUNT(*) FROM organizations WHERE kind = 'startup' AND hidden = 0 AND $1 IS NOT NULL"
        }
        "products_commercialised" => "SELECT COUNT(*) FROM agreements WHERE substr(signed_on, 1, 4) = $1",
        "provincial_tasks" => {
            "SELECT COUNT(*) FROM challenges WHERE is_task_order = 1 AND status <> 'draft' AND substr(published_at, 1, 4) = $1"
        }
        "patent_applications" => {
            "SELECT COUNT(*) FROM research_outputs WHERE output_type IN ('patent', 'utility_solution') AND status = 'published' AND CAST(year AS TEXT) = $1"
        }
        "province_funded_projects" => {
            "SELECT COUNT(*) FROM applications a JOIN programmes p ON p.id = a.programme_id
              WHERE a.state = 'accepted' AND p.funding_vnd IS NOT NULL AND substr(a.updated_at, 1, 4) = $1"
        }
        _ => return Ok(None),
    };
    let (n,): (i64,) = sqlx::query_as(sql).bind(y).fetch_one(pool).await?;
    Ok(Some(n as f64))
}
