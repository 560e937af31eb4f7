//! An indicator's values as text in the reader's language, for the pages, the chart's text
//! alternative and the annual report alike.

use super::{Lang, format};
use crate::domain::kpi::{Direction, KpiIndicator};

/// A value in the indicator's unit ("12,5 người/vạn dân", "Đã vận hành").
pub fn value_text(lang: Lang, ind: &KpiIndicator, v: f64) -> String {
    if ind.direction == Direction::Boolean {
        let t = lang.kpi();
        return (if v >= 0.5 { t.yes } else { t.no }).to_string();
    }
    format!("{} {}", format::decimal(lang, v), lang.text(&ind.unit))
}

/// The latest result as "value (year)", "year to date" for the current year's live count.
pub fn latest_text(lang: Lang, ind: &KpiIndicator) -> String {
    match ind.latest() {
        Some(a) => format!("{} ({})", value_text(lang, ind, a.value), a.year),
        None => lang.kpi().no_data.to_string(),
    }
}

/// The target as written in the plan ("60 sản phẩm/năm mỗi năm" reads as a per-year target).
pub fn target_text(lang: Lang, ind: &KpiIndicator) -> String {
    let t = lang.kpi();
    let v = value_text(lang, ind, ind.target.value);
    let v = match ind.direction {
        Direction::AtLeast => format!("≥ {v}"),
        Direction::AtMost => format!("≤ {v}"),
        Direction::Boolean => v,
    };
    if ind.per_year { format!("{v} ({})", t.target_per_year) } else { v }
}

pub fn baseline_text(lang: Lang, ind: &KpiIndicator) -> String {
    ind.baseline.map(|b| format!("{} ({})", value_text(lang, ind, b.value), b.year)).unwrap_or_else(|| "—".into())
}
