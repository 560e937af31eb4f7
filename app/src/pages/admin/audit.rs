//! `/admin/audit`: the audit log, newest first, with each change's before and after.

use super::{AdminPager, FilterForm, ResultCount, admin_frame};
use crate::api::admin::admin_audit;
use crate::domain::admin::{AdminPage, AdminQuery, AuditRow};
use crate::i18n::admin::action_label;
use crate::i18n::{format, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

const PATH: &str = "/admin/audit";

#[component]
pub fn AdminAuditPage() -> impl IntoView {
    let s = use_lang().adm();
    let location = use_location();
    let data = Resource::new(move || location.search.get(), admin_audit);
    admin_frame(PATH, s.audit_title, s.audit_lead, data, move |_, page| {
        let query = AdminQuery::parse(&location.search.get_untracked());
        view! { <AuditTable query page /> }
    })
}

#[component]
fn AuditTable(query: AdminQuery, page: AdminPage<AuditRow>) -> impl IntoView {
    let lang = use_lang();
    let s = lang.adm();
    let pages = page.pages();
    let rows = page
        .rows
        .into_iter()
        .map(|a| {
            let label = action_label(lang, &a.action);
            view! {
                <tr data-testid="admin-audit-row">
                    <td>{format::date_time(&a.at)}</td>
                    <td>{a.actor_email.clone().unwrap_or_else(|| s.system.to_string())}</td>
                    <td>{label.map(|l| view! { {l}<br /> })}<code>{a.action.clone()}</code></td>
                    <td><code>{format!("{} #{}", a.entity_type, a.entity_id)}</code></td>
                    <td class="admin-change">
                        {a.before.clone().map(|b| view! { <span class="muted">{s.before}</span><pre>{b}</pre> })}
                        {a.after.clone().map(|b| view! { <span class="muted">{s.after}</span><pre>{b}</pre> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <FilterForm path=PATH query=query.clone() q_label=s.filter_q_audit />
        <ResultCount total=page.total />
        {if page.total == 0 {
            view! { <p class="empty">{s.empty}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table class="admin-table">
                        <thead>
                            <tr>
                                <th scope="col">{s.col_time}</th>
                                <th scope="col">{s.col_actor}</th>
                                <th scope="col">{s.col_action}</th>
                                <th scope="col">{s.col_entity}</th>
                                <th scope="col">{s.col_change}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
        <AdminPager path=PATH query pages />
    }
}
