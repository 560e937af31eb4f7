//! Collaboration requests through the real router: the whole path from request to agreement
//! (`journey`), who may take which step, each refusal changing nothing (`rules`), what stays
//! between the parties (`privacy`), notifications (`notification_centre`) and their e-mail through a
//! real SMTP sink (`mail`), conflicting steps at the same moment (`race`). Here: the cast they
//! share and the steps they take.

mod journey;
mod mail;
mod notification_centre;
mod privacy;
mod race;
mod rules;

use crate::browser::{Browser, location};
use crate::builders::{self, PASSWORD, offer, org};
use crate::support::{TestApp, audit_rows};
use app::backend::db::Db;
use app::backend::store::statements::{collab, users};
use app::domain::kind::OrgKind;

/// The cast: a published offer with confidential details and its provider's owner, an
/// enterprise's owner who never asked about it, and a stranger who owns a third organisation.
pub struct Cast {
    pub offer: String,
    pub provider_org: i64,
    pub provider_owner: builders::Org,
    pub provider: String,
    pub confidential: String,
    pub requester_org: i64,
    pub requester_slug: String,
    pub requester: String,
    pub requester_id: i64,
    pub stranger: String,
    pub stranger_user: builders::User,
}

pub async fn cast(pool: &Db) -> Cast {
    let confidential = "Bí quyết phối trộn KNX-7731-BANVE theo tỷ lệ ba phần hai\nBản vẽ gửi kèm sau khi ký.";
    let provider = org(OrgKind::Institute).verified().create(pool).await;
    let listing = offer(&provider).confidential(confidential).create(pool).await;
    let requester = org(OrgKind::Enterprise).create(pool).await;
    let stranger = org(OrgKind::Startup).create(pool).await.owner;
    Cast {
        offer: listing.slug,
        provider_org: provider.id,
        provider: provider.owner.email.clone(),
        provider_owner: provider,
        confidential: confidential.into(),
        requester_org: requester.id,
        requester_slug: requester.slug,
        requester: requester.owner.email,
        requester_id: requester.owner.id,
        stranger: stranger.email.clone(),
        stranger_user: stranger,
    }
}

pub async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let b = Browser::new(app);
    b.sign_in(email, PASSWORD).await;
    b
}

/// Sends a request from the requester's organisation; its id.
pub async fn send(b: &Browser, c: &Cast, message: &str) -> i64 {
    let org = c.requester_org.to_string();
    let res = b
        .post("/collab/send", &[("offer", &c.offer), ("from_org", &org), ("intent", "licence"), ("message", message)])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let to = location(&res);
    to.strip_prefix("/collab/").and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("sent, got {to}"))
}

/// The request as the Department's staff see it.
pub async fn view(pool: &Db, id: i64) -> app::domain::collab::CollabView {
    let staff = builders::staff(pool).await;
    let viewer = users::viewer(pool, staff.id).await.expect("viewer").expect("active staff");
    collab::view(pool, &viewer, id).await.expect("view").expect("the request")
}

/// Everything a step may change: state, transitions, messages, agreements, audit entries.
pub async fn snapshot(pool: &Db, id: i64) -> (String, i64, i64, i64, i64) {
    let v = view(pool, id).await;
    let audit = audit_rows(pool, "collaboration_request")
        .await
        .into_iter()
        .filter(|r| r.entity_type == "collaboration_request" && r.entity_id == id.to_string())
        .count();
    let n = |n: usize| i64::try_from(n).expect("a count");
    (v.state.as_str().to_string(), n(v.timeline.len()), n(v.messages.len()), n(v.agreement.iter().count()), n(audit))
}

pub async fn step(b: &Browser, id: i64, action: &str, note: &str) -> u16 {
    b.post(&format!("/collab/{id}/step"), &[("action", action), ("note", note)]).await.status().as_u16()
}

/// `text` as a query-string value.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}
