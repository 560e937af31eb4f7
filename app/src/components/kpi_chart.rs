//! A server-rendered SVG bar chart of an indicator's yearly actuals with its target as a
//! dashed line. Accessible without seeing it: `role="img"` with `<title>`/`<desc>` that say
//! every value, and a visually-hidden table of the same data. Plain shapes and a pattern-free
//! palette that prints in black and white (the target line is dashed, bars are solid).

use crate::domain::kpi::{Direction, KpiIndicator};
use crate::i18n::kpi_values::value_text;
use crate::i18n::{Lang, format, use_lang};
use leptos::prelude::*;

/// The chart's text alternative: every year's value, then the target.
pub fn describe(lang: Lang, ind: &KpiIndicator) -> String {
    let t = lang.kpi();
    let mut parts: Vec<String> =
        ind.actuals.iter().map(|a| format!("{}: {}", a.year, value_text(lang, ind, a.value))).collect();
    if parts.is_empty() {
        parts.push(t.no_data.to_string());
    }
    format!(
        "{}. {} ({}): {}.",
        parts.join("; "),
        t.chart_desc_target,
        ind.target.year,
        value_text(lang, ind, ind.target.value)
    )
}

/// `large` draws the indicator page's chart; the dashboard's cards use the small one.
#[component]
pub fn KpiChart(indicator: KpiIndicator, #[prop(optional)] large: bool) -> impl IntoView {
    let lang = use_lang();
    let t = lang.kpi();
    let (w, h) = if large { (640.0, 280.0) } else { (320.0, 150.0) };
    let (left, right, top, bottom) = (8.0, 8.0, 14.0, 22.0);
    let plot_h = h - top - bottom;
    let max = indicator
        .actuals
        .iter()
        .map(|a| a.value)
        .chain([indicator.target.value, indicator.baseline.map_or(0.0, |b| b.value)])
        .fold(0.0_f64, f64::max)
        .max(1.0)
        * 1.15;
    let y_of = |v: f64| top + plot_h - (v.max(0.0) / max) * plot_h;
    let n = indicator.actuals.len().max(1) as f64;
    let slot = (w - left - right) / n;
    let bar_w = (slot * 0.6).min(if large { 72.0 } else { 40.0 });
    let id = format!("kpi-chart-{}{}", indicator.code, if large { "-large" } else { "" });
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let labelled = format!("{title_id} {desc_id}");
    let title = format!("{} — {}", lang.text(&indicator.name), t.chart_title);
    let desc = describe(lang, &indicator);
    let target_y = y_of(indicator.target.value);
    let bars = indicator
        .actuals
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let x = left + slot * i as f64 + (slot - bar_w) / 2.0;
            let y = y_of(a.value);
            let label = if indicator.direction == Direction::Boolean {
                value_text(lang, &indicator, a.value)
            } else {
                format::decimal(lang, a.value)
            };
            view! {
                <g class=if a.derived { "kpi-bar kpi-bar-derived" } else { "kpi-bar" }
                    data-year=a.year.to_string() data-value=a.value.to_string()>
                    <rect x=fmt(x) y=fmt(y) width=fmt(bar_w) height=fmt((top + plot_h - y).max(0.5)) />
                    <text class="kpi-bar-value" x=fmt(x + bar_w / 2.0) y=fmt((y - 3.0).max(top - 2.0)) text-anchor="middle">{label}</text>
                    <text class="kpi-bar-year" x=fmt(x + bar_w / 2.0) y=fmt(h - 6.0) text-anchor="middle">{a.year.to_string()}</text>
                </g>
            }
        })
        .collect_view();
    let rows = indicator
        .actuals
        .iter()
        .map(|a| view! { <tr><th scope="row">{a.year.to_string()}</th><td>{value_text(lang, &indicator, a.value)}</td></tr> })
        .collect_view();
    let target_text = value_text(lang, &indicator, indicator.target.value);
    view! {
        <figure class=if large { "kpi-chart kpi-chart-large" } else { "kpi-chart" } data-testid="kpi-chart">
            <svg id=id.clone() viewBox=format!("0 0 {w} {h}") role="img" aria-labelledby=labelled
                preserveAspectRatio="xMidYMid meet" focusable="false">
                <title id=title_id>{title}</title>
                <desc id=desc_id>{desc}</desc>
                <line class="kpi-axis" x1=fmt(left) x2=fmt(w - right) y1=fmt(top + plot_h) y2=fmt(top + plot_h) />
                {bars}
                <line class="kpi-target" x1=fmt(left) x2=fmt(w - right) y1=fmt(target_y) y2=fmt(target_y) />
                <text class="kpi-target-label" x=fmt(w - right) y=fmt((target_y - 3.0).max(10.0)) text-anchor="end">
                    {format!("{} {}", t.target, format::decimal(lang, indicator.target.value))}
                </text>
            </svg>
            <table class="visually-hidden" data-testid="kpi-chart-data">
                <caption>{format!("{}: {}", t.chart_data, lang.text(&indicator.name))}</caption>
                <thead><tr><th scope="col">{t.year}</th><th scope="col">{t.value}</th></tr></thead>
                <tbody>
                    {rows}
                    <tr><th scope="row">{format!("{} ({})", t.target, indicator.target.year)}</th><td>{target_text}</td></tr>
                </tbody>
            </table>
        </figure>
    }
}

/// SVG coordinates with one decimal: short markup, stable across renders.
fn fmt(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}
