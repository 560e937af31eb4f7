//! `/admin/claims`: pending requests to manage an organisation's page; approve or reject.

use super::{ActionButton, AdminPager, FilterForm, ResultCount, admin_frame};
use crate::api::admin::admin_claims;
use crate::domain::admin::{AdminPage, AdminQuery, ClaimRow};
use crate::i18n::{format, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

const PATH: &str = "/admin/claims";

#[component]
pub fn AdminClaimsPage() -> impl IntoView {
    let s = use_lang().adm();
    let location = use_location();
    let data = Resource::new(move || location.search.get(), admin_claims);
    admin_frame(PATH, s.claims_title, s.claims_lead, data, move |_, page| {
        let query = AdminQuery::parse(&location.search.get_untracked());
        view! { <ClaimTable query page /> }
    })
}

#[component]
fn ClaimTable(query: AdminQuery, page: AdminPage<ClaimRow>) -> impl IntoView {
    let lang = use_lang();
    let s = lang.adm();
    let back = query.href(PATH, query.page);
    let pages = page.pages();
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
        <FilterForm path=PATH query=query.clone() q_label=s.filter_q_claims />
        <ResultCount total=page.total />
        {if page.total == 0 {
            let text = if query.q.is_some() { s.empty } else { s.no_claims };
            view! { <p class="empty">{text}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table class="admin-table">
                        <thead>
                            <tr>
                                <th scope="col">{s.col_org}</th>
                                <th scope="col">{s.col_claimant}</th>
                                <th scope="col">{s.col_message}</th>
                                <th scope="col">{s.col_sent}</th>
                                <th scope="col">{s.col_actions}</th>
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
