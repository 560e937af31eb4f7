//! `/kpi`: the plan's 15 targets with progress.

use crate::api::kpi::kpi_rows;
use crate::components::page_meta::PageMeta;
use crate::components::status::{LoadError, Loading};
use crate::domain::dto::KpiRow;
use crate::i18n::{Lang, format, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn KpiPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let data = Resource::new(|| (), |_| kpi_rows());
    view! {
        <Title text=t.kpi_title />
        <PageMeta title=t.kpi_title.to_string() description=t.kpi_lead.to_string() />
        <div class="container">
            <header class="page-header">
                <h1>{t.kpi_title}</h1>
                <p class="lead">{t.kpi_lead}</p>
            </header>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(rows) => view! { <KpiTable rows /> }.into_any(),
                        Err(_) => view! { <LoadError /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

fn value(lang: Lang, row: &KpiRow, v: f64) -> String {
    if row.direction == "boolean" {
        let t = lang.t();
        return (if v >= 1.0 { t.kpi_yes } else { t.kpi_no }).to_string();
    }
    format!("{} {}", format::decimal(lang, v), lang.text(&row.unit))
}

/// Share of the target reached, 0–100 (a rank target counts down to it).
fn progress(row: &KpiRow) -> Option<f64> {
    let (_, latest) = *row.actuals.last()?;
    let p = match row.direction.as_str() {
        // a rank: reaching the target rank (or better) is 100 %
        "at_most" => row.target_value / latest.max(1.0) * 100.0,
        _ if row.target_value > 0.0 => latest / row.target_value * 100.0,
        _ => return None,
    };
    Some(p.clamp(0.0, 100.0))
}

#[component]
fn KpiTable(rows: Vec<KpiRow>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    view! {
        <div class="table-wrap">
            <table class="kpi-table">
                <thead>
                    <tr>
                        <th scope="col">"#"</th>
                        <th scope="col">{t.kpi_indicator}</th>
                        <th scope="col">{t.kpi_baseline}</th>
                        <th scope="col">{t.kpi_latest}</th>
                        <th scope="col">{t.kpi_target}</th>
                        <th scope="col">{t.kpi_progress}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let baseline = row.baseline_value.map(|v| {
                                let year = row.baseline_year.map(|y| format!(" ({y})")).unwrap_or_default();
                                format!("{}{year}", value(lang, &row, v))
                            });
                            let latest = row.actuals.last().map(|(y, v)| format!("{} ({y})", value(lang, &row, *v)));
                            let target = value(lang, &row, row.target_value);
                            let pct = progress(&row);
                            let source = if row.derived { t.kpi_derived } else { t.kpi_manual };
                            view! {
                                <tr>
                                    <td>{row.position}</td>
                                    <th scope="row">
                                        {lang.text(&row.name)}
                                        <small class="muted">{source}</small>
                                    </th>
                                    <td>{baseline.unwrap_or_else(|| "—".into())}</td>
                                    <td>{latest.unwrap_or_else(|| "—".into())}</td>
                                    <td>{target}</td>
                                    <td>
                                        {pct.map(|p| view! {
                                            <meter min="0" max="100" value=p.to_string() aria-label=t.kpi_progress></meter>
                                            <span class="pct">{format!("{}%", p.round())}</span>
                                        })}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
