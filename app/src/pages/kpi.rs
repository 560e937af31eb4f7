//! `/kpi`: the plan's 15 targets — how many are on track, then one card per indicator with its
//! latest result against the target, a status badge (colour and words) and a small chart.
//! `/kpi/{code}` is one indicator's page, `/kpi/report?year=` the printable annual report.

mod indicator;
mod report;

pub use indicator::KpiIndicatorPage;
pub use report::KpiReportPage;

use crate::components::kpi_chart::KpiChart;
use crate::components::page_meta::PageMeta;
use crate::components::status::{LoadError, Loading};
use crate::domain::kpi::{KpiIndicator, KpiSource, Status, summary};
use crate::i18n::kpi::{status_class, status_label};
use crate::i18n::kpi_values::{baseline_text, latest_text, target_text};
use crate::i18n::{format, use_lang};
use crate::server_fns::kpi::kpi_indicators;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn KpiPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.kpi();
    let data = Resource::new(|| (), |_| kpi_indicators());
    view! {
        <Title text=t.title />
        <PageMeta title=t.title.to_string() description=t.lead.to_string() />
        <div class="container kpi-page">
            <header class="page-header">
                <h1>{t.title}</h1>
                <p class="lead">{t.lead}</p>
                <p class="kpi-actions"><a href="/kpi/report" data-testid="kpi-report-link">{t.report_link}</a></p>
                <crate::components::download::DownloadLinks path="/kpi" query=crate::domain::ListQuery::parse("") />
            </header>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(indicators) => view! { <Dashboard indicators /> }.into_any(),
                        Err(_) => view! { <LoadError /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Dashboard(indicators: Vec<KpiIndicator>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.kpi();
    let counts = summary(&indicators);
    let tiles = [
        (Some(Status::Achieved), counts[0]),
        (Some(Status::OnTrack), counts[1]),
        (Some(Status::AtRisk), counts[2]),
        (Some(Status::Behind), counts[3]),
        (None, counts[4]),
    ];
    view! {
        <section aria-label=t.summary_label>
            <ul class="kpi-summary" data-testid="kpi-summary">
                {tiles
                    .into_iter()
                    .filter(|(s, n)| s.is_some() || *n > 0)
                    .map(|(s, n)| view! {
                        <li class=status_class(s)>
                            <span class="count">{format::number(lang, n as u64)}</span>
                            <span class="count-label">{status_label(lang, s)}</span>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
        <ol class="kpi-cards">
            {indicators.into_iter().map(|indicator| view! { <KpiCard indicator /> }).collect_view()}
        </ol>
        <p class="muted kpi-rule">{t.status_rule}</p>
    }
}

#[component]
fn KpiCard(indicator: KpiIndicator) -> impl IntoView {
    let lang = use_lang();
    let t = lang.kpi();
    let href = format!("/kpi/{}", indicator.code);
    let source = if indicator.source == KpiSource::Derived { t.derived } else { t.manual };
    let (code, position, name, status) =
        (indicator.code.clone(), indicator.position, lang.text(&indicator.name), indicator.status);
    let (latest, target, baseline) =
        (latest_text(lang, &indicator), target_text(lang, &indicator), baseline_text(lang, &indicator));
    view! {
        <li class="kpi-card card" data-testid="kpi-card" data-code=code>
            <header class="kpi-card-head">
                <span class="kpi-position" aria-hidden="true">{position}</span>
                <h2><a href=href>{name}</a></h2>
            </header>
            <p class=status_class(status) data-testid="kpi-status">{status_label(lang, status)}</p>
            <dl class="kpi-facts">
                <div><dt>{t.latest}</dt><dd data-testid="kpi-latest">{latest}</dd></div>
                <div><dt>{t.target}</dt><dd>{target}</dd></div>
                <div><dt>{t.baseline}</dt><dd>{baseline}</dd></div>
            </dl>
            <KpiChart indicator />
            <p class="kpi-card-foot"><small class="muted">{source}</small></p>
        </li>
    }
}
