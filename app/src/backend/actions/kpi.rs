//! The KPI dashboard's routes outside the page router: admins' entry of a year's figure
//! (`POST /admin/kpi`) and the annual report's XLSX download (`GET /kpi/report.xlsx`).

use super::{Refusal, done, internal};
use crate::backend::forms::fields::Fields;
use crate::backend::forms::validate;
use crate::backend::state::AppState;
use crate::backend::store::statements::kpi::{self as store, Entry, SaveError};
use crate::backend::this_year;
use crate::backend::web::{Admin, Failure, WebResult};
use crate::domain::account::{FormError, Notice};
use crate::domain::kpi::Direction;
use crate::i18n::Lang;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::IntoResponse;
use tower_sessions::Session;

/// Admin pages share one flash form name (the frame shows its error summary).
const FORM: &str = "admin";
const PAGE: &str = "/admin/kpi";

/// A number as people type it: `12,5`, `12.5`, `1.234`, `5,000`, `1.234,5`. A single separator
/// followed by exactly three digits groups thousands (`1.234` = 1234); otherwise it is the
/// decimal mark.
pub fn parse_number(raw: &str) -> Result<f64, FormError> {
    let s: String = raw.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
    if s.is_empty() {
        return Err(FormError::Required);
    }
    let (dots, commas) = (s.matches('.').count(), s.matches(',').count());
    let plain = match (dots, commas) {
        (0, 0) => s.clone(),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let (int, frac) = s.rsplit_once(sep).unwrap_or((&s, ""));
            let grouped = dots + commas > 1 || (frac.len() == 3 && !matches!(int.trim_start_matches('-'), "" | "0"));
            if grouped { s.replace(sep, "") } else { format!("{}.{frac}", int) }
        }
        _ => {
            // both: the last one is the decimal mark
            let dec = if s.rfind('.') > s.rfind(',') { '.' } else { ',' };
            let group = if dec == '.' { ',' } else { '.' };
            s.replace(group, "").replace(dec, ".")
        }
    };
    let v: f64 = plain.parse().map_err(|_| FormError::DecimalInvalid)?;
    if !v.is_finite() || v.abs() >= 1e12 { Err(FormError::DecimalInvalid) } else { Ok(v) }
}

/// `POST /admin/kpi`: code, year, value, source, note.
pub(crate) async fn enter(
    State(state): State<AppState>,
    Admin(admin): Admin,
    session: Session,
    body: Bytes,
) -> WebResult {
    let f = Fields::parse(&body);
    let mut r = Refusal::new(FORM);
    for k in ["code", "year", "value", "source", "note"] {
        r.keep(k, f.get(k));
    }
    let year_now = this_year();
    let indicator = match store::one(state.store.db(), f.get("code"), year_now).await {
        Ok(i) => i,
        Err(e) => return internal(&session, FORM, PAGE, e).await,
    };
    let indicator = r.check("code", indicator.ok_or(FormError::ChoiceInvalid));
    let year = r.check(
        "year",
        f.get("year")
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|y| (crate::domain::kpi::FIRST_YEAR..=year_now).contains(y))
            .ok_or(FormError::YearInvalid),
    );
    // a derived target's plan years are the platform's to count
    if let (Some(i), Some(y)) = (&indicator, year)
        && !i.accepts_entry(y)
    {
        r.error("year", FormError::ChoiceInvalid);
    }
    let value = r.check(
        "value",
        parse_number(f.get("value")).and_then(|v| match indicator.as_ref().map(|i| (i.direction, i.code.as_str())) {
            Some((Direction::Boolean, _)) if v != 0.0 && v != 1.0 => Err(FormError::DecimalInvalid),
            // a rank is a whole number from 1
            Some((Direction::AtMost, _)) if v < 1.0 || v.fract() != 0.0 => Err(FormError::DecimalInvalid),
            // only a growth rate can fall below zero
            Some((_, code)) if v < 0.0 && !code.contains("growth") => Err(FormError::DecimalInvalid),
            _ => Ok(v),
        }),
    );
    let source = r.check("source", validate::line(f.get("source"), 300));
    let note = r.check("note", validate::optional(f.get("note"), 1000));
    let (Some(indicator), Some(year), Some(value), Some(source), Some(note), true) =
        (indicator, year, value, source, note, r.is_clean())
    else {
        return r.send(&session, PAGE).await;
    };
    let entry = Entry { code: &indicator.code, year, value, source: &source, note: note.as_deref().unwrap_or("") };
    let back = format!("{PAGE}?code={}&year={year}", indicator.code);
    match store::save(state.store.db(), admin.id, &entry).await {
        Ok(()) => done(&session, Notice::Saved, &back).await,
        Err(SaveError::NotFound) => {
            r.error("code", FormError::ChoiceInvalid);
            r.send(&session, PAGE).await
        }
        Err(SaveError::Derived) => {
            r.error("year", FormError::ChoiceInvalid);
            r.send(&session, PAGE).await
        }
        Err(SaveError::Db(e)) => internal(&session, FORM, PAGE, e).await,
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct ReportQuery {
    year: Option<String>,
}

/// `GET /kpi/report.xlsx?year=YYYY&lang=vi|en`: the annual report as a workbook.
pub(crate) async fn report_xlsx(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Query(q): Query<ReportQuery>,
) -> WebResult {
    let indicators = state.store.kpis(this_year()).await?;
    let years = crate::domain::kpi::report_years(&indicators);
    let year = q.year.and_then(|y| y.trim().parse().ok()).filter(|y| years.contains(y)).unwrap_or(years[0]);
    let bytes = crate::backend::kpi_report::workbook(lang, &indicators, year, &crate::backend::today())
        .map_err(Failure::internal)?;
    let name =
        if lang == Lang::Vi { format!("bao-cao-chi-tieu-{year}.xlsx") } else { format!("kpi-report-{year}.xlsx") };
    Ok((
        [
            (
                http::header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string(),
            ),
            (http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::parse_number;
    use crate::domain::account::FormError;

    #[test]
    fn numbers_as_people_type_them() {
        assert_eq!(parse_number("12,5"), Ok(12.5));
        assert_eq!(parse_number("12.5"), Ok(12.5));
        assert_eq!(parse_number(" 1.234 "), Ok(1234.0));
        assert_eq!(parse_number("5,000"), Ok(5000.0));
        assert_eq!(parse_number("1.234.567"), Ok(1_234_567.0));
        assert_eq!(parse_number("1.234,5"), Ok(1234.5));
        assert_eq!(parse_number("1,234.5"), Ok(1234.5));
        assert_eq!(parse_number("0,125"), Ok(0.125));
        assert_eq!(parse_number("-2,5"), Ok(-2.5));
        assert_eq!(parse_number("57"), Ok(57.0));
        assert_eq!(parse_number(""), Err(FormError::Required));
        assert_eq!(parse_number("mười"), Err(FormError::DecimalInvalid));
        assert_eq!(parse_number("1e400"), Err(FormError::DecimalInvalid));
        assert_eq!(parse_number("NaN"), Err(FormError::DecimalInvalid));
    }
}
