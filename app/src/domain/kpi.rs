//! The plan's targets (KPI dashboard): indicators with their yearly actuals, and the rule that
//! judges each one's progress. Shared by the pages, the JSON API and the annual report.

use super::code_enum::code_enum;
use super::dto::Text;
use serde::{Deserialize, Serialize};

code_enum!(
    /// Which way is better: more (`at_least`), less (`at_most`, a rank), or done (`boolean`).
    Direction { AtLeast = "at_least", AtMost = "at_most", Boolean = "boolean" }
);

code_enum!(
    /// Where the yearly figures come from: counted by the platform, or entered by the Department.
    KpiSource { Derived = "derived", Manual = "manual" }
);

code_enum!(
    /// Progress of an indicator (see [`status`]).
    Status { Achieved = "achieved", OnTrack = "on_track", AtRisk = "at_risk", Behind = "behind" }
);

/// The first year of the plan (2026–2030). From this year on, derived indicators are counted
/// live from the platform's data; earlier years (the baseline) are official figures entered
/// with their source.
pub const PLAN_START: i64 = 2026;

/// The first year admins can enter a figure for: the plan's baseline year.
pub const FIRST_YEAR: i64 = 2020;

/// How far short of the trajectory still counts as "at risk" rather than "behind": a tenth of
/// the whole distance from the baseline to the target.
pub const AT_RISK_MARGIN: f64 = 0.10;

/// `source` of an actual the platform counted (shown translated, never stored).
pub const PLATFORM_SOURCE: &str = "platform";

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct KpiPoint {
    pub year: i64,
    pub value: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct KpiActual {
    pub year: i64,
    pub value: f64,
    /// Where the figure comes from (a yearbook, a decision…), or `"platform"` when counted live.
    pub source: String,
    #[serde(default)]
    pub note: String,
    /// Counted live from the platform's data (not entered).
    #[serde(default)]
    pub derived: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct KpiIndicator {
    pub code: String,
    /// The row number in the plan (1–15).
    pub position: i64,
    pub name: Text,
    pub unit: Text,
    pub direction: Direction,
    /// The target applies to every year (e.g. "≥ 50 tasks a year"), not only to the target year.
    pub per_year: bool,
    pub source: KpiSource,
    pub baseline: Option<KpiPoint>,
    pub target: KpiPoint,
    /// Oldest first, one per year.
    pub actuals: Vec<KpiActual>,
    /// `None` until there is an actual.
    pub status: Option<Status>,
}

impl KpiIndicator {
    pub fn latest(&self) -> Option<&KpiActual> {
        self.actuals.last()
    }

    pub fn actual(&self, year: i64) -> Option<&KpiActual> {
        self.actuals.iter().find(|a| a.year == year)
    }

    /// Whether an admin may enter `year`: manual indicators always; derived ones only for the
    /// years before the platform counts them.
    pub fn accepts_entry(&self, year: i64) -> bool {
        self.source == KpiSource::Manual || year < PLAN_START
    }

    /// The status rule applied to this indicator's latest actual.
    pub fn judge(&self) -> Option<Status> {
        let latest = self.latest()?;
        Some(status(self.direction, self.baseline, self.target, KpiPoint { year: latest.year, value: latest.value }))
    }
}

/// One saved entry of a year's value (admins see them all on the indicator page).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KpiHistoryEntry {
    pub year: i64,
    pub value: f64,
    pub source: String,
    pub note: String,
    pub entered_by: Option<String>,
    pub entered_at: String,
}

/// The value expected in `year` on the straight line from the baseline to the target (the
/// baseline itself before its year, the target after the target year); the target without a
/// baseline.
pub fn trajectory(baseline: Option<KpiPoint>, target: KpiPoint, year: i64) -> f64 {
    let Some(b) = baseline else { return target.value };
    if target.year <= b.year {
        return target.value;
    }
    let share = ((year - b.year) as f64 / (target.year - b.year) as f64).clamp(0.0, 1.0);
    b.value + (target.value - b.value) * share
}

/// The status rule, applied to the latest actual `latest`:
/// - `boolean` (e.g. the venture fund in operation): 1 is achieved; 0 is at risk before the
///   target year and behind from it.
/// - `at_least`: reaching the target is achieved. For a per-year target ("≥ 50 tasks a year")
///   the latest actual *is* that year's figure, so it is compared with the target directly and
///   the same rule serves both kinds. Otherwise the value is compared with the straight line
///   from the baseline to the target in the target year: on or above it is on track, short of
///   it by at most [`AT_RISK_MARGIN`] of the baseline-to-target distance is at risk, further
///   short is behind.
/// - `at_most` (a rank, lower is better): the same, mirrored.
pub fn status(direction: Direction, baseline: Option<KpiPoint>, target: KpiPoint, latest: KpiPoint) -> Status {
    let v = latest.value;
    let sign = match direction {
        Direction::Boolean => {
            return if v >= 0.5 {
                Status::Achieved
            } else if latest.year >= target.year {
                Status::Behind
            } else {
                Status::AtRisk
            };
        }
        Direction::AtLeast => 1.0,
        Direction::AtMost => -1.0,
    };
    // Work in "more is better" terms: a rank's values are negated.
    let (v, t) = (sign * v, sign * target.value);
    if v >= t {
        return Status::Achieved;
    }
    let expected = sign * trajectory(baseline, target, latest.year);
    if v >= expected {
        return Status::OnTrack;
    }
    let distance = baseline.map(|b| (t - sign * b.value).abs()).filter(|d| *d > 0.0).unwrap_or(t.abs().max(1.0));
    if (expected - v) / distance <= AT_RISK_MARGIN { Status::AtRisk } else { Status::Behind }
}

/// How many indicators are in each status: (achieved, on track, at risk, behind, no data).
pub fn summary(indicators: &[KpiIndicator]) -> [usize; 5] {
    let mut out = [0; 5];
    for i in indicators {
        let slot = match i.status {
            Some(Status::Achieved) => 0,
            Some(Status::OnTrack) => 1,
            Some(Status::AtRisk) => 2,
            Some(Status::Behind) => 3,
            None => 4,
        };
        out[slot] += 1;
    }
    out
}

/// One row of the annual report for `year`: the year before, the year itself, the share of the
/// target reached and the status judged on that year's value.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportRow<'a> {
    pub indicator: &'a KpiIndicator,
    pub previous: Option<&'a KpiActual>,
    pub current: Option<&'a KpiActual>,
    /// Percent of the target (a rank: target ÷ rank; yes/no: 0 or 100), capped at 999.
    pub rate: Option<f64>,
    pub status: Option<Status>,
}

pub fn report_rows(indicators: &[KpiIndicator], year: i64) -> Vec<ReportRow<'_>> {
    indicators
        .iter()
        .map(|ind| {
            let current = ind.actual(year);
            let rate = current.and_then(|a| {
                let r = match ind.direction {
                    Direction::AtLeast if ind.target.value > 0.0 => a.value / ind.target.value * 100.0,
                    Direction::AtMost if a.value > 0.0 => ind.target.value / a.value * 100.0,
                    Direction::Boolean => {
                        if a.value >= 0.5 {
                            100.0
                        } else {
                            0.0
                        }
                    }
                    _ => return None,
                };
                Some(r.clamp(0.0, 999.0))
            });
            let status =
                current.map(|a| status(ind.direction, ind.baseline, ind.target, KpiPoint { year, value: a.value }));
            ReportRow { indicator: ind, previous: ind.actual(year - 1), current, rate, status }
        })
        .collect()
}

/// The years a report can be made for: from the earliest actual (or the baseline) to the latest.
pub fn report_years(indicators: &[KpiIndicator]) -> Vec<i64> {
    let years = indicators.iter().flat_map(|i| i.actuals.iter().map(|a| a.year));
    let (lo, hi) = years.fold((i64::MAX, i64::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    if lo > hi { vec![PLAN_START] } else { (lo..=hi).rev().collect() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(year: i64, value: f64) -> KpiPoint {
        KpiPoint { year, value }
    }

    #[test]
    fn trajectory_is_a_straight_line_clamped_to_the_plan() {
        let (b, t) = (Some(p(2025, 85.0)), p(2030, 150.0));
        assert_eq!(trajectory(b, t, 2025), 85.0);
        assert_eq!(trajectory(b, t, 2026), 98.0);
        assert_eq!(trajectory(b, t, 2030), 150.0);
        assert_eq!(trajectory(b, t, 2033), 150.0);
        assert_eq!(trajectory(b, t, 2020), 85.0);
        assert_eq!(trajectory(None, t, 2026), 150.0);
    }

    #[test]
    fn at_least_levels() {
        let (b, t) = (Some(p(2025, 85.0)), p(2030, 150.0));
        let s = |v| status(Direction::AtLeast, b, t, p(2026, v));
        // expected in 2026: 98; the margin is 6.5 (a tenth of 65)
        assert_eq!(s(150.0), Status::Achieved);
        assert_eq!(s(160.0), Status::Achieved);
        assert_eq!(s(98.0), Status::OnTrack);
        assert_eq!(s(120.0), Status::OnTrack);
        assert_eq!(s(92.0), Status::AtRisk);
        assert_eq!(s(91.4), Status::Behind);
        assert_eq!(s(52.0), Status::Behind);
    }

    #[test]
    fn per_year_targets_compare_that_years_figure_with_the_target() {
        let (b, t) = (Some(p(2025, 25.0)), p(2030, 60.0));
        // expected in 2027: 39; margin 3.5
        let s = |v| status(Direction::AtLeast, b, t, p(2027, v));
        assert_eq!(s(60.0), Status::Achieved);
        assert_eq!(s(40.0), Status::OnTrack);
        assert_eq!(s(36.0), Status::AtRisk);
        assert_eq!(s(30.0), Status::Behind);
        // in the target year itself anything short of the target is behind or at risk
        assert_eq!(status(Direction::AtLeast, b, t, p(2030, 59.0)), Status::AtRisk);
        assert_eq!(status(Direction::AtLeast, b, t, p(2030, 40.0)), Status::Behind);
    }

    #[test]
    fn ranks_count_down() {
        let (b, t) = (Some(p(2025, 28.0)), p(2030, 15.0));
        // expected in 2026: 25.4; margin 1.3
        let s = |v| status(Direction::AtMost, b, t, p(2026, v));
        assert_eq!(s(15.0), Status::Achieved);
        assert_eq!(s(9.0), Status::Achieved);
        assert_eq!(s(21.0), Status::OnTrack);
        assert_eq!(s(26.0), Status::AtRisk);
        assert_eq!(s(28.0), Status::Behind);
    }

    #[test]
    fn report_rows_take_the_year_and_the_one_before() {
        let actual = |year, value| KpiActual { year, value, source: "x".into(), note: String::new(), derived: false };
        let ind = KpiIndicator {
            code: "pii_rank".into(),
            position: 14,
            name: Text::default(),
            unit: Text::default(),
            direction: Direction::AtMost,
            per_year: false,
            source: KpiSource::Manual,
            baseline: Some(p(2025, 28.0)),
            target: p(2030, 15.0),
            actuals: vec![actual(2025, 26.0), actual(2026, 20.0)],
            status: None,
        };
        let list = [ind];
        let rows = report_rows(&list, 2026);
        assert_eq!(rows[0].previous.map(|a| a.value), Some(26.0));
        assert_eq!(rows[0].current.map(|a| a.value), Some(20.0));
        assert_eq!(rows[0].rate, Some(75.0));
        assert_eq!(rows[0].status, Some(Status::OnTrack));
        let none = report_rows(&list, 2027);
        assert_eq!((none[0].current, none[0].rate, none[0].status), (None, None, None));
        assert_eq!(report_years(&list), vec![2026, 2025]);
    }

    #[test]
    fn boolean_is_done_or_not() {
        let (b, t) = (Some(p(2025, 0.0)), p(2030, 1.0));
        assert_eq!(status(Direction::Boolean, b, t, p(2026, 1.0)), Status::Achieved);
        assert_eq!(status(Direction::Boolean, b, t, p(2026, 0.0)), Status::AtRisk);
        assert_eq!(status(Direction::Boolean, b, t, p(2030, 0.0)), Status::Behind);
    }

    #[test]
    fn without_a_baseline_the_target_is_the_line() {
        let t = p(2030, 10.0);
        assert_eq!(status(Direction::AtLeast, None, t, p(2026, 9.5)), Status::AtRisk);
        assert_eq!(status(Direction::AtLeast, None, t, p(2026, 5.0)), Status::Behind);
    }
}
