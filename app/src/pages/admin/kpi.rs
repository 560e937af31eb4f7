//! `/admin/kpi`: admins enter a year's figure of a target with its source and a note. Editing
//! a year replaces the current value; every entry stays in the history shown on the
//! indicator's page. Derived targets accept only the years before the platform counts them.

use super::admin_frame;
use crate::components::form::{Field, TextArea};
use crate::domain::account::FormState;
use crate::domain::kpi::{FIRST_YEAR, KpiIndicator, KpiSource, PLAN_START};
use crate::domain::matching::QualityMonth;
use crate::i18n::kpi_values::value_text;
use crate::i18n::{Lang, format, use_lang};
use crate::server_fns::kpi::admin_kpi;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminKpiPage() -> impl IntoView {
    let t = use_lang().kpi();
    let data = Resource::new(|| (), |_| admin_kpi());
    admin_frame("/admin/kpi", t.admin_title, t.admin_lead, data, |_, (year, indicators, quality)| {
        view! {
            <KpiEntry this_year=year indicators />
            <MatchQuality months=quality />
        }
    })
}

#[component]
fn KpiEntry(this_year: i64, indicators: Vec<KpiIndicator>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.kpi();
    let query = use_query_map();
    let form: FormState = crate::server_fns::account::use_session()
        .get_untracked()
        .and_then(Result::ok)
        .map(|i| i.form("admin"))
        .unwrap_or_default();
    let q = |k: &str| query.with_untracked(|m| m.get(k)).unwrap_or_default();
    // a refused form's values first, then the row the admin chose to edit
    let code = form.values.get("code").cloned().unwrap_or_else(|| q("code"));
    let chosen = indicators.iter().find(|i| i.code == code);
    let year: i64 = form.values.get("year").or(Some(&q("year"))).and_then(|y| y.parse().ok()).unwrap_or(this_year);
    let existing = chosen.and_then(|i| i.actual(year)).filter(|a| !a.derived);
    let value = existing.map(|a| a.value.to_string().replace('.', ",")).unwrap_or_default();
    let source = existing.map(|a| a.source.clone()).unwrap_or_default();
    let note = existing.map(|a| a.note.clone()).unwrap_or_default();
    let code_error = form.error("code");
    let year_error = form.error("year");
    let msg = |e| crate::i18n::account::form_error(lang, e);
    let options = indicators
        .iter()
        .map(|i| {
            let label = format!("{}. {}", i.position, lang.text(&i.name));
            view! { <option value=i.code.clone() selected=i.code == code>{label}</option> }
        })
        .collect_view();
    let years = (FIRST_YEAR..=this_year)
        .rev()
        .map(|y| view! { <option value=y.to_string() selected=y == year>{y.to_string()}</option> })
        .collect_view();
    let rows = indicators.iter().map(|i| view! { <IndicatorRow indicator=i.clone() this_year /> }).collect_view();
    view! {
        <section class="panel kpi-entry">
            <h2>{t.admin_form_title}</h2>
            <form method="post" action="/admin/kpi" novalidate data-testid="kpi-entry-form">
                <div class="field" class:field-invalid=code_error.is_some()>
                    <label for="f-code">{t.indicator}</label>
                    <p class="hint" id="f-code-hint">{t.admin_indicator_hint}</p>
                    {code_error.map(|e| view! { <p class="field-error" id="f-code-error">{msg(e)}</p> })}
                    <select id="f-code" name="code" aria-invalid=code_error.is_some().then_some("true")
                        aria-describedby=if code_error.is_some() { "f-code-hint f-code-error" } else { "f-code-hint" }>
                        {options}
                    </select>
                </div>
                <div class="field" class:field-invalid=year_error.is_some()>
                    <label for="f-year">{t.year}</label>
                    {year_error.map(|e| view! { <p class="field-error" id="f-year-error">{msg(e)}</p> })}
                    <select id="f-year" name="year" aria-invalid=year_error.is_some().then_some("true")
                        aria-describedby=year_error.is_some().then_some("f-year-error")>
                        {years}
                    </select>
                </div>
                <Field form=form.clone() name="value" label=t.value hint=t.admin_value_hint value=value />
                <Field form=form.clone() name="source" label=t.source hint=t.admin_source_hint maxlength=300 value=source />
                <TextArea form=form.clone() name="note" label=t.note rows=3 maxlength=1000 value=note />
                <button type="submit" class="button" data-testid="kpi-save">{t.admin_save}</button>
            </form>
        </section>
        <div class="table-wrap">
            <table class="admin-table" data-testid="kpi-admin-table">
                <thead><tr>
                    <th scope="col">{t.indicator}</th>
                    <th scope="col">{t.source}</th>
                    <th scope="col">{t.admin_current}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// One indicator with its entered years, each a link that fills the form above.
#[component]
fn IndicatorRow(indicator: KpiIndicator, this_year: i64) -> impl IntoView {
    let lang = use_lang();
    let t = lang.kpi();
    let derived = indicator.source == KpiSource::Derived;
    let code = indicator.code.clone();
    let years = indicator
        .actuals
        .iter()
        .map(|a| {
            let text = format!("{}: {}", a.year, value_text(lang, &indicator, a.value));
            if a.derived {
                view! { <li>{text}" "<small class="muted">{t.derived}</small></li> }.into_any()
            } else {
                view! { <li><a href=format!("/admin/kpi?code={code}&year={}#f-value", a.year)>{text}</a></li> }
                    .into_any()
            }
        })
        .collect_view();
    let next = if derived { PLAN_START - 1 } else { this_year };
    view! {
        <tr data-testid="kpi-admin-row" data-code=indicator.code.clone()>
            <th scope="row">
                <a href=format!("/kpi/{}", indicator.code)>{format!("{}. {}", indicator.position, lang.text(&indicator.name))}</a>
            </th>
            <td>{if derived { t.derived } else { t.manual }}</td>
            <td>
                <ul class="plain-list">{years}</ul>
                <a href=format!("/admin/kpi?code={}&year={next}#f-value", indicator.code)>{t.admin_edit}</a>
            </td>
        </tr>
    }
}

/// What members did with the suggestions they were shown, by month: the matching's quality
/// as the people it serves judge it.
#[component]
fn MatchQuality(months: Vec<QualityMonth>) -> impl IntoView {
    let lang = use_lang();
    let m = lang.matching();
    // a count and its share of the month's suggestions shown ("12 (4,5 %)")
    let share = move |n: i64, of: i64| {
        let count = format::number(lang, n.max(0) as u64);
        if of > 0 { format!("{count} ({} %)", format::decimal(lang, n as f64 * 100.0 / of as f64)) } else { count }
    };
    let body = if months.is_empty() {
        view! { <p class="empty" data-testid="match-quality-empty">{m.quality_none}</p> }.into_any()
    } else {
        let rows = months
            .into_iter()
            .map(|q| {
                // "12/2026" as Vietnamese write a month
                let month = match (lang, q.month.split_once('-')) {
                    (Lang::Vi, Some((y, m))) => format!("{m}/{y}"),
                    _ => q.month.clone(),
                };
                view! {
                    <tr data-testid="match-quality-row" data-month=q.month.clone()>
                        <th scope="row">{month}</th>
                        <td>{format::number(lang, q.shown.max(0) as u64)}</td>
                        <td>{share(q.opened, q.shown)}</td>
                        <td>{share(q.dismissed, q.shown)}</td>
                        <td>{share(q.requested, q.shown)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="admin-table match-quality" data-testid="match-quality">
                    <thead><tr>
                        <th scope="col">{m.quality_month}</th>
                        <th scope="col">{m.quality_shown}</th>
                        <th scope="col">{m.quality_opened}</th>
                        <th scope="col">{m.quality_dismissed}</th>
                        <th scope="col">{m.quality_requested}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="panel" aria-labelledby="match-quality-h">
            <h2 id="match-quality-h">{m.quality}</h2>
            <p class="lead">{m.quality_lead}</p>
            {body}
        </section>
    }
}
