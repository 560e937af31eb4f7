//! `/admin/audit`: the audit log, newest first, with each change's before and after.

use super::list::{ListTable, list_page};
use crate::domain::admin::{AdminPage, AdminQuery, AuditRow};
use crate::i18n::admin::action_label;
use crate::i18n::{format, use_lang};
use crate::server_fns::admin::admin_audit;
use leptos::prelude::*;

const PATH: &str = "/admin/audit";

#[component]
pub fn AdminAuditPage() -> impl IntoView {
    let s = use_lang().admin();
    list_page(PATH, s.audit_title, s.audit_lead, admin_audit, |_, query, page| view! { <AuditTable query page /> })
}

#[component]
fn AuditTable(query: AdminQuery, page: AdminPage<AuditRow>) -> impl IntoView {
    let lang = use_lang();
    let s = lang.admin();
    let (total, pages) = (page.total, page.pages());
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
        <ListTable path=PATH query q_label=s.filter_q_audit total pages
            columns=vec![s.col_time, s.col_actor, s.col_action, s.col_entity, s.col_change]>
            {rows}
        </ListTable>
    }
}
