//! `/admin/orgs`: every organisation, hidden ones too; verify, hide, merge a duplicate.

use super::ActionButton;
use super::list::{ListTable, list_page};
use crate::domain::OrgKind;
use crate::domain::admin::{AdminPage, AdminQuery, OrgRow};
use crate::i18n::{Label, format, use_lang};
use crate::server_fns::admin::admin_orgs;
use leptos::prelude::*;

const PATH: &str = "/admin/orgs";

#[component]
pub fn AdminOrgsPage() -> impl IntoView {
    let s = use_lang().admin();
    list_page(PATH, s.orgs_title, s.orgs_lead, admin_orgs, |_, query, page| view! { <OrgTable query page /> })
}

#[component]
fn OrgTable(query: AdminQuery, page: AdminPage<OrgRow>) -> impl IntoView {
    let lang = use_lang();
    let s = lang.admin();
    let options = vec![
        ("", s.filter_all),
        ("unverified", s.filter_unverified),
        ("verified", s.filter_verified),
        ("hidden", s.filter_hidden),
    ];
    let back = query.href(PATH, query.page);
    let (total, pages) = (page.total, page.pages());
    let rows = page.rows.into_iter().map(|o| view! { <OrgTableRow org=o back=back.clone() /> }).collect_view();
    view! {
        <ListTable path=PATH query q_label=s.filter_q_orgs options total pages
            columns=vec![s.col_org, s.col_kind, s.col_status, s.col_members, s.col_actions]>
            {rows}
        </ListTable>
    }
}

#[component]
fn OrgTableRow(org: OrgRow, back: String) -> impl IntoView {
    let lang = use_lang();
    let s = lang.admin();
    let id = org.id;
    let kind = OrgKind::parse(&org.kind).map(|k| k.label(lang).to_string()).unwrap_or_else(|| org.kind.clone());
    let merge_id = format!("merge-{id}");
    let verify = if org.verified {
        view! { <ActionButton action=format!("/admin/orgs/{id}/unverify") back=back.clone() label=s.unverify secondary=true /> }
            .into_any()
    } else {
        view! { <ActionButton action=format!("/admin/orgs/{id}/verify") back=back.clone() label=s.verify testid="verify-org" /> }
            .into_any()
    };
    let hide = if org.hidden {
        view! { <ActionButton action=format!("/admin/orgs/{id}/unhide") back=back.clone() label=s.unhide secondary=true /> }
            .into_any()
    } else {
        view! { <ActionButton action=format!("/admin/orgs/{id}/hide") back=back.clone() label=s.hide secondary=true /> }
            .into_any()
    };
    view! {
        <tr data-testid="admin-org-row">
            <td>
                <a href=format!("/org/{}", org.slug)>{lang.text(&org.name)}</a>
                <small class="muted">{org.slug.clone()}</small>
            </td>
            <td>{kind}</td>
            <td>
                {if org.verified {
                    let when = org.verified_at.as_deref().map(format::date).unwrap_or_default();
                    view! { <span class="badge badge-verified" title=when>{s.verified}</span> }.into_any()
                } else {
                    view! { <span class="badge badge-muted">{s.not_verified}</span> }.into_any()
                }}
                {org.hidden.then(|| view! { " "<span class="badge badge-warning">{s.hidden}</span> })}
                {org.sample.then(|| view! { " "<span class="badge badge-sample">{s.sample}</span> })}
            </td>
            <td>{format::number(lang, org.members)}</td>
            <td class="admin-actions">
                {verify}
                {hide}
                <details class="admin-merge">
                    <summary>{s.merge_summary}</summary>
                    <form method="post" action=format!("/admin/orgs/{id}/merge") class="stack">
                        <input type="hidden" name="back" value=back />
                        <label for=merge_id.clone()>{s.merge_label}</label>
                        <p class="hint">{s.merge_hint}</p>
                        <input id=merge_id type="text" name="into" required=true maxlength="120" />
                        <button type="submit" class="button-secondary button-small">{s.merge_button}</button>
                    </form>
                </details>
            </td>
        </tr>
    }
}
