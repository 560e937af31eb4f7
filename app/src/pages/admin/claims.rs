//! `/admin/claims`: pending requests to manage an organisation's page; approve or reject.

use super::ActionButton;
use super::list::{ListTable, list_page};
use crate::domain::admin::{AdminPage, AdminQuery, ClaimRow};
use crate::i18n::{format, use_lang};
use crate::server_fns::admin::admin_claims;
use leptos::prelude::*;

const PATH: &str = "/admin/claims";

#[component]
pub fn AdminClaimsPage() -> impl IntoView {
    let s = use_lang().admin();
    list_page(PATH, s.claims_title, s.claims_lead, admin_claims, |_, query, page| view! { <ClaimTable query page /> })
}

#[component]
fn ClaimTable(query: AdminQuery, page: AdminPage<ClaimRow>) -> impl IntoView {
    let lang = use_lang();
    let s = lang.admin();
    let back = query.href(PATH, query.page);
    let (total, pages) = (page.total, page.pages());
    let empty = if query.q.is_some() { s.empty } else { s.no_claims };
    let rows = page
        .rows
        .into_iter()
        .map(|c| {
            let id = c.id;
            let message = if c.message.trim().is_empty() { s.no_message.to_string() } else { c.message.clone() };
            view! {
                <tr data-testid="admin-claim-row">
                    <td>
                        <a href=format!("/org/{}", c.org_slug)>{lang.text(&c.org_name)}</a>
                        " "
                        {if c.org_verified {
                            view! { <span class="badge badge-verified">{s.verified}</span> }.into_any()
                        } else {
                            view! { <span class="badge badge-muted">{s.not_verified}</span> }.into_any()
                        }}
                        {(c.org_owners > 0).then(|| view! {
                            <small class="admin-warning">{format!("{}: {}", s.owners_already, c.org_owners)}</small>
                        })}
                    </td>
                    <td>{c.user_name.clone()}<small class="muted">{c.user_email.clone()}</small></td>
                    <td class="admin-message">{message}</td>
                    <td>{format::date_time(&c.created_at)}</td>
                    <td class="admin-actions">
                        <ActionButton action=format!("/admin/claims/{id}/approve") back=back.clone() label=s.approve testid="approve-claim" />
                        <ActionButton action=format!("/admin/claims/{id}/reject") back=back.clone() label=s.reject secondary=true />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ListTable path=PATH query q_label=s.filter_q_claims total pages empty
            columns=vec![s.col_org, s.col_claimant, s.col_message, s.col_sent, s.col_actions]>
            {rows}
        </ListTable>
    }
}
