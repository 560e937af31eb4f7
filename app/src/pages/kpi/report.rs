//! `/kpi/report?year=YYYY`: the annual report in the layout of a provincial report — title
//! block, one table (STT, indicator, unit, 2030 target, previous year, report year, share and
//! assessment, source) — made to be printed; the same table downloads as XLSX.

use super::indicator::source_text;
use crate::components::status::{LoadError, Loading};
use crate::domain::kpi::{KpiIndicator, report_rows, report_years};
use crate::i18n::kpi::{status_class, status_label};
use crate::i18n::kpi_values::{target_text, value_text};
use crate::i18n::{format, use_lang};
use crate::server_fns::kpi::kpi_report;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn KpiReportPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.kpi();
    let query = use_query_map();
    let asked = move || query.read().get("year").and_then(|y| y.trim().parse::<i64>().ok());
    let data = Resource::new(|| (), |_| kpi_report());
    view! {
        <Title text=t.report_link />
        <div class="container kpi-report">
            <nav class="breadcrumb no-print"><a href="/kpi">{t.back}</a></nav>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok((today, indicators)) => {
                            let years = report_years(&indicators);
                            // an unknown year falls back to the latest one with figures
                            let year = asked().filter(|y| years.contains(y)).unwrap_or(years[0]);
                            view! { <Report indicators years year today /> }.into_any()
                        }
                        Err(_) => view! { <LoadError /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Report(indicators: Vec<KpiIndicator>, years: Vec<i64>, year: i64, today: String) -> impl IntoView {
    let lang = use_lang();
    let t = lang.kpi();
    let today = format::date(&today);
    let rows = report_rows(&indicators, year)
        .into_iter()
        .map(|r| {
            let ind = r.indicator;
            let cell = |a: Option<&crate::domain::kpi::KpiActual>| {
                a.map(|a| value_text(lang, ind, a.value)).unwrap_or_else(|| "—".into())
            };
            view! {
                <tr data-testid="kpi-report-row">
                    <td class="num">{ind.position}</td>
                    <th scope="row">{lang.text(&ind.name)}</th>
                    <td>{lang.text(&ind.unit)}</td>
                    <td>{target_text(lang, ind)}</td>
                    <td class="num">{cell(r.previous)}</td>
                    <td class="num">{cell(r.current)}</td>
                    <td>
                        {r.rate.map(|p| format!("{}%", format::decimal(lang, p.round())))}
                        " "
                        <span class=status_class(r.status)>{status_label(lang, r.status)}</span>
                    </td>
                    <td>{r.current.map(|a| source_text(lang, a)).unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <header class="report-head">
            <p class="report-issuer">{t.report_issuer}</p>
            <h1>{format!("{} — {} {year}", t.report_title, t.report_year)}</h1>
            <p class="muted">{format!("{} {today}", t.report_made_on)}</p>
        </header>
        <form method="get" action="/kpi/report" class="report-controls no-print">
            <label for="report-year">{t.report_choose_year}</label>
            <select id="report-year" name="year">
                {years.into_iter().map(|y| view! { <option value=y.to_string() selected=y == year>{y.to_string()}</option> }).collect_view()}
            </select>
            <button type="submit" class="button-secondary">{t.report_show}</button>
            <a class="button" href=format!("/kpi/report.xlsx?year={year}&lang={}", lang.code()) data-testid="kpi-xlsx" download>
                {t.report_xlsx}
            </a>
        </form>
        <p class="hint no-print">{t.report_print}</p>
        <div class="table-wrap">
            <table class="kpi-table report-table" data-testid="kpi-report">
                <thead>
                    <tr>
                        <th scope="col">{t.report_no}</th>
                        <th scope="col">{t.indicator}</th>
                        <th scope="col">{t.unit}</th>
                        <th scope="col">{t.target}</th>
                        <th scope="col">{format!("{} {}", t.report_previous, year - 1)}</th>
                        <th scope="col">{format!("{} {}", t.report_previous, year)}</th>
                        <th scope="col">{format!("{} / {}", t.report_rate, t.report_assessment)}</th>
                        <th scope="col">{t.source}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="muted report-foot">{t.report_footnote}</p>
    }
}
