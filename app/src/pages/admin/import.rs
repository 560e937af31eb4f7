//! `/admin/import`: upload a CSV or Excel file, read the check's report (every row's problems),
//! and import exactly the checked file with one button. The upload and the import are plain
//! POST forms (`backend/import/http.rs`); the report is kept server-side under a token.

use super::admin_frame;
use crate::domain::import::ImportReport;
use crate::i18n::transfer::TransferStrings;
use crate::i18n::{Lang, format, use_lang};
use crate::server_fns::import::{ImportView, import_status};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const PATH: &str = "/admin/import";

#[component]
pub fn AdminImportPage() -> impl IntoView {
    let t = use_lang().transfer();
    let query = use_query_map();
    let data = Resource::new(move || query.with(|q| q.get("token").unwrap_or_default()), import_status);
    admin_frame(PATH, t.import_title, t.import_lead, data, move |_, view: ImportView| {
        let token = query.with_untracked(|q| q.get("token").unwrap_or_default());
        view! {
            {view.expired.then(|| view! {
                <div class="notice notice-error" role="alert" data-testid="import-expired"><p>{t.import_expired}</p></div>
            })}
            {view.report.clone().map(|report| view! { <Report report pending=view.pending token=token.clone() /> })}
            // a corrected file is usually the same kind as the one just checked
            <UploadForm selected=view.report.as_ref().map(|r| r.entity.clone()).unwrap_or_default() />
        }
    })
}

/// The names `backend::import::Entity` parses, with their labels.
fn entities(t: &'static TransferStrings) -> [(&'static str, &'static str); 3] {
    [("orgs", t.import_entity_orgs), ("offers", t.import_entity_offers), ("research", t.import_entity_research)]
}

#[component]
fn UploadForm(selected: String) -> impl IntoView {
    let t = use_lang().transfer();
    let entities = entities(t);
    let first = if entities.iter().any(|(name, _)| *name == selected) { selected } else { "orgs".to_string() };
    view! {
        <section class="import-upload" aria-labelledby="import-upload-h">
            <h2 id="import-upload-h">{t.import_check}</h2>
            <form method="post" action="/admin/import/check" enctype="multipart/form-data" class="stack" data-testid="import-form">
                <div class="field">
                    <label for="import-entity">{t.import_entity}</label>
                    <select id="import-entity" name="entity" aria-describedby="import-entity-hint">
                        {entities.iter().map(|(name, label)| view! {
                            <option value=*name selected=*name == first>{*label}</option>
                        }).collect_view()}
                    </select>
                    <p class="hint" id="import-entity-hint">{t.import_listings_note}</p>
                </div>
                <div class="field">
                    <label for="import-file">{t.import_file}</label>
                    <p class="hint" id="import-file-hint">{t.import_file_hint}</p>
                    <input id="import-file" name="file" type="file" required
                        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        aria-describedby="import-file-hint" />
                </div>
                <div class="checkbox">
                    <input type="checkbox" id="import-skip" name="skip_duplicates" value="1" />
                    <label for="import-skip">{t.import_skip_duplicates}</label>
                </div>
                <button type="submit" class="button">{t.import_check}</button>
            </form>
            <h3 class="import-templates-h">{t.import_template}</h3>
            <ul class="import-templates" data-testid="import-templates">
                {entities.iter().map(|(name, label)| view! {
                    <li>
                        {*label}": "
                        <a href=format!("/admin/import/template/{name}.csv") download>{t.import_template_csv}</a>
                        " · "
                        <a href=format!("/admin/import/template/{name}.xlsx") download>{t.import_template_xlsx}</a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Report(report: ImportReport, pending: bool, token: String) -> impl IntoView {
    let lang = use_lang();
    let t = lang.transfer();
    let n = |v: u32| format::number(lang, u64::from(v));
    let msg = move |vi: &str, en: &str| if lang == Lang::Vi { vi.to_string() } else { en.to_string() };
    let passes = report.passes();
    let status = match (&report.file_problem, report.imported, passes) {
        (Some(p), _, _) => view! { <div class="notice notice-error" role="alert" data-testid="import-file-problem"><p>{msg(&p.vi, &p.en)}</p></div> }.into_any(),
        (None, Some(k), _) => view! { <div class="notice notice-success" role="status" data-testid="import-done"><p>{t.import_done}" "{format!("{}: {}", t.import_valid, n(k))}</p></div> }.into_any(),
        (None, None, true) => view! { <div class="notice" role="status" data-testid="import-ok"><p>{t.import_all_ok}</p></div> }.into_any(),
        (None, None, false) => view! { <div class="notice notice-error" role="alert" data-testid="import-has-errors"><p>{t.import_has_errors}</p></div> }.into_any(),
    };
    let rows = report
        .errors
        .iter()
        .flat_map(|r| r.problems.iter().map(move |p| (r.row, p.clone())))
        .map(|(row, p)| {
            view! {
                <tr data-testid="import-error-row">
                    <td class="num">{row}</td>
                    <td>{p.column.clone()}</td>
                    <td>{msg(&p.vi, &p.en)}</td>
                </tr>
            }
        })
        .collect_view();
    let skipped = report.skipped.iter().map(|r| r.to_string()).collect::<Vec<_>>().join(", ");
    view! {
        <section class="import-report" aria-labelledby="import-report-h" data-testid="import-report">
            <h2 id="import-report-h">{t.import_report}</h2>
            {status}
            <dl class="facts">
                <dt>{t.import_entity}</dt>
                <dd data-testid="import-entity">
                    {entities(t).iter().find(|(name, _)| *name == report.entity).map_or(report.entity.clone(), |(_, l)| l.to_string())}
                </dd>
                <dt>{t.import_file_name}</dt><dd>{report.file_name.clone()}</dd>
                <dt>{t.import_rows}</dt><dd data-testid="import-rows">{n(report.rows)}</dd>
                <dt>{t.import_valid}</dt><dd data-testid="import-valid">{n(report.valid)}</dd>
                <dt>{t.import_invalid}</dt><dd data-testid="import-invalid">{n(report.invalid)}</dd>
                {(!report.skipped.is_empty()).then(|| view! { <dt>{t.import_skipped}</dt><dd>{skipped}</dd> })}
            </dl>
            {(!report.errors.is_empty()).then(|| view! {
                <div class="table-wrap">
                    <table class="admin-table" data-testid="import-errors">
                        <thead><tr>
                            <th scope="col">{t.import_row}</th>
                            <th scope="col">{t.import_column}</th>
                            <th scope="col">{t.import_message}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })}
            {report.truncated.then(|| view! { <p class="hint">{t.import_more_errors}</p> })}
            {(pending && passes && report.imported.is_none()).then(|| view! {
                <form method="post" action="/admin/import/commit" data-testid="import-commit-form">
                    <input type="hidden" name="token" value=token.clone() />
                    <button type="submit" class="button" data-testid="import-commit">{t.import_commit}</button>
                </form>
            })}
        </section>
    }
}
