//! What the admin area (/admin) shows: lists of users, pending claims, organisations and the
//! audit log, one page at a time, with their filters as they travel in the URL.

use super::account::PlatformRole;
use super::dto::Text;
use super::query::{MAX_PAGE, MAX_Q_CHARS, decode, encode};
use serde::{Deserialize, Serialize};

/// Rows per admin page: a screenful of a table.
pub const ADMIN_PER_PAGE: u32 = 25;

/// An admin list's filters from the URL (`?q=…&filter=…&page=…`). Malformed values are
/// dropped, like the public lists', so a hand-edited link never fails.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminQuery {
    /// Free text: e-mail or name (users, claims), name or slug (organisations), action (audit).
    pub q: Option<String>,
    /// One code per list: a role or `disabled` (users); `unverified`, `verified`, `hidden` (orgs).
    pub filter: Option<String>,
    pub page: u32,
}

impl AdminQuery {
    pub fn parse(raw: &str) -> Self {
        let mut out = AdminQuery { page: 1, ..Default::default() };
        for pair in raw.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(v) = decode(v) else { continue };
            let v = v.trim();
            match k {
                "q" if !v.is_empty() => out.q = Some(v.chars().take(MAX_Q_CHARS).collect()),
                "filter"
                    if !v.is_empty() && v.len() <= 32 && v.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') =>
                {
                    out.filter = Some(v.to_string())
                }
                "page" => out.page = v.parse::<u32>().ok().filter(|p| *p >= 1).unwrap_or(1).min(MAX_PAGE),
                _ => {}
            }
        }
        out
    }

    pub fn offset(&self) -> i64 {
        i64::from(self.page.saturating_sub(1)) * i64::from(ADMIN_PER_PAGE)
    }

    /// `path` with these filters and the given page.
    pub fn href(&self, path: &str, page: u32) -> String {
        let mut parts = Vec::new();
        if let Some(q) = &self.q {
            parts.push(format!("q={}", encode(q)));
        }
        if let Some(f) = &self.filter {
            parts.push(format!("filter={}", encode(f)));
        }
        if page > 1 {
            parts.push(format!("page={page}"));
        }
        if parts.is_empty() { path.to_string() } else { format!("{path}?{}", parts.join("&")) }
    }
}

/// One page of an admin list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AdminPage<T> {
    pub rows: Vec<T>,
    pub total: u64,
}

impl<T> AdminPage<T> {
    pub fn pages(&self) -> u32 {
        u32::try_from(self.total.div_ceil(u64::from(ADMIN_PER_PAGE))).unwrap_or(u32::MAX)
    }
}

/// The dashboard's figures: what waits for a decision.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AdminCounts {
    pub users: u64,
    pub disabled_users: u64,
    pub pending_claims: u64,
    pub orgs: u64,
    pub unverified_orgs: u64,
    pub hidden_orgs: u64,
    pub audit_entries: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: PlatformRole,
    pub disabled: bool,
    pub email_verified: bool,
    pub created_at: String,
    pub last_login_at: Option<String>,
}

/// A pending request to manage an organisation, with who asked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimRow {
    pub id: i64,
    pub org_id: i64,
    pub org_slug: String,
    pub org_name: Text,
    pub org_verified: bool,
    /// Owners the organisation has already (a claim on an owned page needs a closer look).
    pub org_owners: u64,
    pub user_id: i64,
    pub user_email: String,
    pub user_name: String,
    pub message: String,
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgRow {
    pub id: i64,
    pub slug: String,
    pub name: Text,
    /// The kind's code (`startup`, `agency`…).
    pub kind: String,
    pub verified: bool,
    pub verified_at: Option<String>,
    pub hidden: bool,
    pub sample: bool,
    pub members: u64,
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    /// `None` when done by the system or by a since-deleted account.
    pub actor_email: Option<String>,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    /// JSON as recorded.
    pub before: Option<String>,
    pub after: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_round_trips_and_drops_junk() {
        let q = AdminQuery::parse("?q=Nguy%E1%BB%85n+An&filter=unverified&page=3&x=1");
        assert_eq!(q.q.as_deref(), Some("Nguyễn An"));
        assert_eq!(q.filter.as_deref(), Some("unverified"));
        assert_eq!(q.page, 3);
        assert_eq!(AdminQuery::parse(&q.href("/admin/orgs", 3)[11..]), q);
        let bad = AdminQuery::parse("filter=DROP%20TABLE&page=-2");
        assert_eq!((bad.filter, bad.page), (None, 1));
        assert_eq!(AdminQuery::default().href("/admin/users", 1), "/admin/users");
    }
}
