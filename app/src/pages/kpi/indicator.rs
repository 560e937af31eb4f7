//! `/kpi/{code}`: one indicator — status, baseline and target, a large chart, every year's
//! value with its source and note, how it is counted, and (for admins) every saved entry.

use crate::components::kpi_chart::KpiChart;
use crate::components::status::{LoadError, Loading};
use crate::domain::kpi::{KpiHistoryEntry, KpiIndicator, KpiSource};
use crate::i18n::kpi::{method, status_class, status_label};
use crate::i18n::kpi_values::{baseline_text, target_text, value_text};
use crate::i18n::{Lang, format, use_lang};
use crate::pages::not_found::NotFound;
use crate::server_fns::kpi::{KpiDetail, kpi_indicator_page};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn KpiIndicatorPage() -> impl IntoView {
    let params = use_params_map();
    let data = Resource::new(move || params.read().get("code").unwrap_or_default(), kpi_indicator_page);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(detail)) => view! { <Detail detail /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(_) => view! { <div class="container"><LoadError /></div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Where a year's figure comes from, in words.
pub(crate) fn source_text(lang: Lang, a: &crate::domain::kpi::KpiActual) -> String {
    if a.derived { lang.kpi().platform_source.to_string() } else { a.source.clone() }
}

#[component]
fn Detail(detail: KpiDetail) -> impl IntoView {
    let lang = use_lang();
    let t = lang.kpi();
    let ind = detail.indicator;
    let name = lang.text(&ind.name);
    let how = match ind.source {
        KpiSource::Derived => {
            format!("{} {}", method(lang, &ind.code).unwrap_or(t.derived), t.derived_before)
        }
        KpiSource::Manual => t.manual_method.to_string(),
    };
    let this_year = ind.actuals.iter().filter(|a| a.derived).map(|a| a.year).max();
    let rows = ind
        .actuals
        .iter()
        .rev()
        .map(|a| {
            let ytd =
                (a.derived && Some(a.year) == this_year && ind.per_year).then(|| format!(" ({})", t.year_to_date));
            view! {
                <tr data-testid="kpi-year-row" data-year=a.year.to_string()>
                    <th scope="row">{a.year.to_string()}</th>
                    <td>{value_text(lang, &ind, a.value)}{ytd}</td>
                    <td>{source_text(lang, a)}</td>
                    <td>{a.note.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let editable = detail.history.is_some();
    view! {
        <Title text=name.clone() />
        <div class="container kpi-page">
            <nav class="breadcrumb"><a href="/kpi">{t.back}</a></nav>
            <header class="page-header">
                <p class="kpi-position-line">{format!("{} {}", t.indicator, ind.position)}</p>
                <h1>{name}</h1>
                <p class=status_class(ind.status) data-testid="kpi-status">{status_label(lang, ind.status)}</p>
            </header>
            <dl class="kpi-facts kpi-facts-wide">
                <div><dt>{t.baseline}</dt><dd>{baseline_text(lang, &ind)}</dd></div>
                <div><dt>{t.target}</dt><dd>{target_text(lang, &ind)}</dd></div>
                <div><dt>{t.unit}</dt><dd>{lang.text(&ind.unit)}</dd></div>
                <div><dt>{t.source}</dt><dd>{if ind.source == KpiSource::Derived { t.derived } else { t.manual }}</dd></div>
            </dl>
            <KpiChart indicator=ind.clone() large=true />
            <section>
                <h2>{t.yearly_title}</h2>
                <div class="table-wrap">
                    <table class="kpi-table" data-testid="kpi-years">
                        <thead><tr>
                            <th scope="col">{t.year}</th><th scope="col">{t.value}</th>
                            <th scope="col">{t.source}</th><th scope="col">{t.note}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
            <section>
                <h2>{t.method_title}</h2>
                <p>{how}</p>
                <p class="muted">{t.status_rule}</p>
                {editable.then(|| view! {
                    <p class="no-print"><a class="button-secondary" href=format!("/admin/kpi?code={}", ind.code)>{t.admin_edit}</a></p>
                })}
            </section>
            {detail.history.map(|h| view! { <History entries=h indicator=ind.clone() /> })}
        </div>
    }
}

#[component]
fn History(entries: Vec<KpiHistoryEntry>, indicator: KpiIndicator) -> impl IntoView {
    let lang = use_lang();
    let t = lang.kpi();
    if entries.is_empty() {
        return view! { <section><h2>{t.history_title}</h2><p class="muted">{t.history_empty}</p></section> }
            .into_any();
    }
    let rows = entries
        .into_iter()
        .map(|e| {
            view! {
                <tr data-testid="kpi-history-row">
                    <td>{format::date_time(&e.entered_at)}</td>
                    <td>{e.year.to_string()}</td>
                    <td>{value_text(lang, &indicator, e.value)}</td>
                    <td>{e.source}</td>
                    <td>{e.note}</td>
                    <td>{e.entered_by.unwrap_or_else(|| "—".into())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section data-testid="kpi-history">
            <h2>{t.history_title}</h2>
            <div class="table-wrap">
                <table class="kpi-table">
                    <thead><tr>
                        <th scope="col">{t.entered_at}</th><th scope="col">{t.year}</th><th scope="col">{t.value}</th>
                        <th scope="col">{t.source}</th><th scope="col">{t.note}</th><th scope="col">{t.entered_by}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}
