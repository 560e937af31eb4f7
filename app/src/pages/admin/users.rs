//! `/admin/users`: accounts with their role and status; change a role, disable or enable.

use super::ActionButton;
use super::list::{ListTable, list_page};
use crate::domain::account::{PlatformRole, Viewer};
use crate::domain::admin::{AdminPage, AdminQuery, UserRow};
use crate::i18n::{format, use_lang};
use crate::pages::account::role_label;
use crate::server_fns::admin::admin_users;
use leptos::prelude::*;

const PATH: &str = "/admin/users";

#[component]
pub fn AdminUsersPage() -> impl IntoView {
    let s = use_lang().admin();
    list_page(
        PATH,
        s.users_title,
        s.users_lead,
        admin_users,
        |viewer, query, page| view! { <UserTable viewer query page /> },
    )
}

#[component]
fn UserTable(viewer: Viewer, query: AdminQuery, page: AdminPage<UserRow>) -> impl IntoView {
    let lang = use_lang();
    let s = lang.admin();
    let mut options = vec![("", s.filter_all)];
    options.extend(PlatformRole::ALL.iter().map(|r| (r.as_str(), role_label(lang, *r))));
    options.push(("disabled", s.filter_disabled));
    let back = query.href(PATH, query.page);
    let (total, pages) = (page.total, page.pages());
    let rows = page
        .rows
        .into_iter()
        .map(|u| {
            let me = u.id == viewer.id;
            let back = back.clone();
            view! {
                <tr data-testid="admin-user-row">
                    <td>
                        {u.email.clone()}
                        {me.then(|| view! { " "<span class="muted">{s.you}</span> })}
                        {(!u.email_verified).then(|| view! { <small class="muted">{s.email_unconfirmed}</small> })}
                    </td>
                    <td>{u.display_name.clone()}</td>
                    <td>{role_label(lang, u.role)}</td>
                    <td>
                        {if u.disabled {
                            view! { <span class="badge badge-warning">{s.status_disabled}</span> }.into_any()
                        } else {
                            view! { <span>{s.status_active}</span> }.into_any()
                        }}
                    </td>
                    <td>{u.last_login_at.as_deref().map(format::date_time).unwrap_or_else(|| s.never.to_string())}</td>
                    <td class="admin-actions">
                        {(!me).then(|| view! { <UserActions user=u back /> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ListTable path=PATH query q_label=s.filter_q_users options total pages
            columns=vec![s.col_email, s.col_name, s.col_role, s.col_status, s.col_last_login, s.col_actions]>
            {rows}
        </ListTable>
    }
}

/// Role change and disable / enable for someone else (an admin cannot lock themself out).
#[component]
fn UserActions(user: UserRow, back: String) -> impl IntoView {
    let lang = use_lang();
    let s = lang.admin();
    let id = user.id;
    let select_id = format!("role-{id}");
    view! {
        <form method="post" action=format!("/admin/users/{id}/role") class="inline-form">
            <input type="hidden" name="back" value=back.clone() />
            <label class="visually-hidden" for=select_id.clone()>{s.new_role}</label>
            <select id=select_id name="role">
                {PlatformRole::ALL
                    .iter()
                    .map(|r| view! { <option value=r.as_str() selected=*r == user.role>{role_label(lang, *r)}</option> })
                    .collect_view()}
            </select>
            <button type="submit" class="button-secondary button-small">{s.change_role}</button>
        </form>
        {if user.disabled {
            view! { <ActionButton action=format!("/admin/users/{id}/enable") back label=s.enable secondary=true /> }
                .into_any()
        } else {
            view! { <ActionButton action=format!("/admin/users/{id}/disable") back label=s.disable testid="disable-user" /> }
                .into_any()
        }}
    }
}
