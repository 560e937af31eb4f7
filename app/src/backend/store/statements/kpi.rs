//! The plan's indicators with their yearly actuals: entered rows (`kpi_actuals`) for manual
//! indicators and for derived ones' years before the plan, live counts ([`derive`]) for derived
//! ones from [`PLAN_START`]; and admins' entries with their history and audit entry.

pub mod derive;

use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::db::{begin_write, now_iso};
use crate::backend::store::StoreError;
use crate::backend::store::statements::audit;
use crate::domain::dto::Text;
use crate::domain::kpi::{
    Direction, KpiActual, KpiHistoryEntry, KpiIndicator, KpiPoint, KpiSource, PLAN_START, PLATFORM_SOURCE,
};

#[derive(sqlx::FromRow)]
struct IndicatorRow {
    code: String,
    position: i64,
    name_vi: String,
    name_en: String,
    unit_vi: String,
    unit_en: String,
    direction: String,
    per_year: bool,
    baseline_value: Option<f64>,
    baseline_year: Option<i64>,
    target_value: f64,
    target_year: i64,
    source: String,
}

/// Every column of `IndicatorRow`, for the list and the one-indicator reads.
macro_rules! indicators_sql {
    ($tail:literal) => {
        concat!(
            "SELECT code, position, name_vi, name_en, unit_vi, unit_en, direction, per_year, baseline_value,
                    baseline_year, target_value, target_year, source FROM kpi_indicators ",
            $tail
        )
    };
}

/// A year's value as an admin entered it (`kpi_actuals`).
#[derive(Clone, sqlx::FromRow)]
struct ActualRow {
    year: i64,
    value: f64,
    source_note: String,
    note: String,
}

/// An entered value with its indicator, for reading every indicator's at once.
#[derive(sqlx::FromRow)]
struct CodedActualRow {
    indicator_code: String,
    #[sqlx(flatten)]
    actual: ActualRow,
}

/// Every indicator in the plan's order, with actuals up to `this_year` and its status.
pub async fn all(pool: &Db, this_year: i64) -> Result<Vec<KpiIndicator>, StoreError> {
    let rows: Vec<IndicatorRow> = sql::query_as(indicators_sql!("ORDER BY position")).fetch_all(pool).await?;
    let entered: Vec<CodedActualRow> =
        sql::query_as("SELECT indicator_code, year, value, source_note, note FROM kpi_actuals ORDER BY year")
            .fetch_all(pool)
            .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let mine = entered.iter().filter(|e| e.indicator_code == row.code).map(|e| e.actual.clone()).collect();
        out.push(assemble(pool, row, mine, this_year).await?);
    }
    Ok(out)
}

/// One indicator by its code.
pub async fn one(pool: &Db, code: &str, this_year: i64) -> Result<Option<KpiIndicator>, StoreError> {
    let Some(row): Option<IndicatorRow> =
        sql::query_as(indicators_sql!("WHERE code = $1")).bind(code).fetch_optional(pool).await?
    else {
        return Ok(None);
    };
    let entered: Vec<ActualRow> =
        sql::query_as("SELECT year, value, source_note, note FROM kpi_actuals WHERE indicator_code = $1 ORDER BY year")
            .bind(code)
            .fetch_all(pool)
            .await?;
    Ok(Some(assemble(pool, row, entered, this_year).await?))
}

async fn assemble(
    pool: &Db,
    i: IndicatorRow,
    entered: Vec<ActualRow>,
    this_year: i64,
) -> Result<KpiIndicator, StoreError> {
    let source = KpiSource::parse(&i.source).unwrap_or(KpiSource::Manual);
    let live = match source {
        KpiSource::Derived => derive::series(pool, &i.code, this_year).await?.unwrap_or_default(),
        KpiSource::Manual => Vec::new(),
    };
    let mut actuals: Vec<KpiActual> = entered
        .into_iter()
        // derived years are the platform's to count; a stored row for them is not shown
        .filter(|a| a.year <= this_year && (source == KpiSource::Manual || a.year < PLAN_START))
        .map(|a| KpiActual { year: a.year, value: a.value, source: a.source_note, note: a.note, derived: false })
        .collect();
    actuals.extend(live.into_iter().map(|(year, value)| KpiActual {
        year,
        value,
        source: PLATFORM_SOURCE.into(),
        note: String::new(),
        derived: true,
    }));
    actuals.sort_by_key(|a| a.year);
    let mut indicator = KpiIndicator {
        code: i.code,
        position: i.position,
        name: Text::new(i.name_vi, Some(i.name_en)),
        unit: Text::new(i.unit_vi, Some(i.unit_en)),
        direction: Direction::parse(&i.direction).unwrap_or(Direction::AtLeast),
        per_year: i.per_year,
        source,
        baseline: i.baseline_value.zip(i.baseline_year).map(|(value, year)| KpiPoint { year, value }),
        target: KpiPoint { year: i.target_year, value: i.target_value },
        actuals,
        status: None,
    };
    indicator.status = indicator.judge();
    Ok(indicator)
}

/// A saved entry; `entered_by` is the admin's name, if the account still exists.
#[derive(sqlx::FromRow)]
struct HistoryRow {
    year: i64,
    value: f64,
    source_note: String,
    note: String,
    entered_by: Option<String>,
    entered_at: String,
}

/// Every saved entry of `code`, newest first, with who made it.
pub async fn history(pool: &Db, code: &str) -> Result<Vec<KpiHistoryEntry>, StoreError> {
    let rows: Vec<HistoryRow> = sql::query_as(
        "SELECT h.year, h.value, h.source_note, h.note, u.display_name AS entered_by, h.entered_at
           FROM kpi_actual_history h LEFT JOIN users u ON u.id = h.entered_by
          WHERE h.indicator_code = $1 ORDER BY h.entered_at DESC, h.id DESC",
    )
    .bind(code)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|h| KpiHistoryEntry {
            year: h.year,
            value: h.value,
            source: h.source_note,
            note: h.note,
            entered_by: h.entered_by,
            entered_at: h.entered_at,
        })
        .collect())
}

/// What an admin enters for one indicator and year (already parsed).
pub struct Entry<'a> {
    pub code: &'a str,
    pub year: i64,
    pub value: f64,
    pub source: &'a str,
    pub note: &'a str,
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("no such indicator")]
    NotFound,
    /// A derived indicator's year that the platform counts.
    #[error("counted by the platform")]
    Derived,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Sets the year's value (insert or replace), appends it to the history and records the audit
/// entry with the value before — all in one transaction.
pub async fn save(pool: &Db, admin: i64, e: &Entry<'_>) -> Result<(), SaveError> {
    let mut tx = begin_write(pool).await?;
    let source: Option<String> = sql::query_scalar("SELECT source FROM kpi_indicators WHERE code = $1")
        .bind(e.code)
        .fetch_optional(&mut *tx)
        .await?;
    match source.as_deref() {
        None => return Err(SaveError::NotFound),
        Some("derived") if e.year >= PLAN_START => return Err(SaveError::Derived),
        _ => {}
    }
    let before: Option<(f64, String, String)> =
        sql::query_as("SELECT value, source_note, note FROM kpi_actuals WHERE indicator_code = $1 AND year = $2")
            .bind(e.code)
            .bind(e.year)
            .fetch_optional(&mut *tx)
            .await?;
    let now = now_iso();
    sql::query(
        "INSERT INTO kpi_actuals (indicator_code, year, value, source_note, note, entered_by, entered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (indicator_code, year) DO UPDATE SET value = excluded.value, source_note = excluded.source_note,
             note = excluded.note, entered_by = excluded.entered_by, entered_at = excluded.entered_at",
    )
    .bind(e.code)
    .bind(e.year)
    .bind(e.value)
    .bind(e.source)
    .bind(e.note)
    .bind(admin)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    sql::query(
        "INSERT INTO kpi_actual_history (indicator_code, year, value, source_note, note, entered_by, entered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(e.code)
    .bind(e.year)
    .bind(e.value)
    .bind(e.source)
    .bind(e.note)
    .bind(admin)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    let json = |v: f64, s: &str, n: &str| serde_json::json!({"year": e.year, "value": v, "source": s, "note": n});
    audit::record(
        &mut tx,
        audit::Entry {
            actor: Some(admin),
            action: if before.is_some() { "kpi.update" } else { "kpi.enter" },
            entity_type: "kpi",
            entity_id: format!("{}/{}", e.code, e.year),
            before: before.map(|(v, s, n)| json(v, &s, &n)),
            after: Some(json(e.value, e.source, e.note)),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
