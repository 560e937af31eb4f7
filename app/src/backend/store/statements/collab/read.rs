//! What the request page, the inbox and the new-request form read. Every read takes the viewer
//! and answers `None` to anyone who is not a party (admins may look), so callers cannot forget
//! the check; contacts and the offer's confidential details only after acceptance.

use super::sides_of;
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::domain::account::Viewer;
use crate::domain::collab::*;
use crate::domain::dto::Text;

/// One step of a request's timeline.
#[derive(sqlx::FromRow)]
struct TimelineRow {
    from_state: Option<String>,
    to_state: String,
    actor: Option<String>,
    note: Option<String>,
    at: String,
}

/// One message of a request's thread.
#[derive(sqlx::FromRow)]
struct ThreadRow {
    author: Option<String>,
    name_vi: String,
    name_en: Option<String>,
    author_org_id: i64,
    body: String,
    created_at: String,
}

/// One line of an inbox or sent box; `name_*` is the other side's.
#[derive(sqlx::FromRow)]
struct BoxSqlRow {
    id: i64,
    name_vi: String,
    name_en: Option<String>,
    target_vi: Option<String>,
    target_en: Option<String>,
    intent: String,
    state: String,
    updated_at: String,
}

/// What a new request is about (an offer, a challenge or the organisation itself) and who
/// receives it.
#[derive(sqlx::FromRow)]
struct TargetRow {
    item_id: i64,
    title_vi: String,
    title_en: Option<String>,
    org_id: i64,
    org_vi: String,
    org_en: Option<String>,
}

#[derive(sqlx::FromRow)]
struct RequestRow {
    id: i64,
    from_org_id: i64,
    from_user_id: Option<i64>,
    to_org_id: i64,
    target_type: String,
    offer_id: Option<i64>,
    intent: String,
    message: String,
    state: String,
    decline_reason: Option<String>,
    created_at: String,
    target_vi: Option<String>,
    target_en: Option<String>,
    target_slug: Option<String>,
    confidential: Option<String>,
}

#[derive(sqlx::FromRow)]
struct OrgRow {
    slug: String,
    name_vi: String,
    name_en: Option<String>,
    contact_name: Option<String>,
    contact_email: Option<String>,
    contact_phone: Option<String>,
}

/// A request's agreement as stored (the domain's `AgreementRow` is what the page shows).
#[derive(sqlx::FromRow)]
struct AgreementSqlRow {
    agreement_type: String,
    value_vnd: Option<i64>,
    signed_on: String,
    document_path: Option<String>,
}

async fn party(pool: &Db, org: i64, person: Option<i64>, shared: bool) -> sqlx::Result<Party> {
    let o: OrgRow = sql::query_as(
        "SELECT slug, name_vi, name_en, contact_name, contact_email, contact_phone FROM organizations WHERE id = $1",
    )
    .bind(org)
    .fetch_one(pool)
    .await?;
    let contact = if shared {
        let person: Option<(String, String)> = match person {
            Some(u) => {
                sql::query_as("SELECT display_name, email FROM users WHERE id = $1")
                    .bind(u)
                    .fetch_optional(pool)
                    .await?
            }
            None => None,
        };
        Some(Contact { name: o.contact_name, email: o.contact_email, phone: o.contact_phone, person })
    } else {
        None
    };
    Ok(Party { org_id: org, slug: o.slug, name: Text::new(o.name_vi, o.name_en), contact })
}

/// The request page for `viewer`, or `None` when it does not exist or is not theirs to see.
pub async fn view(pool: &Db, viewer: &Viewer, id: i64) -> sqlx::Result<Option<CollabView>> {
    let row: Option<RequestRow> = sql::query_as(
        "SELECT r.id, r.from_org_id, r.from_user_id, r.to_org_id, r.target_type, r.offer_id, r.intent, r.message,
                r.state, r.decline_reason, r.created_at,
                coalesce(o.title_vi, c.title_vi) AS target_vi, coalesce(o.title_en, c.title_en) AS target_en,
                CASE WHEN o.id IS NOT NULL THEN '/offers/' || o.slug WHEN c.id IS NOT NULL THEN '/challenges/' || c.slug END
                  AS target_slug,
                o.confidential_details AS confidential
           FROM collaboration_requests r
           LEFT JOIN technology_offers o ON o.id = r.offer_id LEFT JOIN challenges c ON c.id = r.challenge_id
          WHERE r.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let sides = sides_of(viewer, r.from_org_id, r.to_org_id);
    if sides.is_empty() && !viewer.role.is_admin() {
        return Ok(None);
    }
    let Some(state) = CollabState::parse(&r.state) else { return Ok(None) };
    let shared = state.contacts_shared();
    // the receiving side's person is whoever accepted
    let accepter: Option<i64> = sql::query_scalar(
        "SELECT actor_user_id FROM collaboration_transitions WHERE request_id = $1 AND to_state = 'accepted' LIMIT 1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?
    .flatten();
    let sender = party(pool, r.from_org_id, r.from_user_id, shared).await?;
    let receiver = party(pool, r.to_org_id, accepter, shared).await?;
    // the provider always knows its own details; the requester only after acceptance
    let confidential = r.confidential.filter(|c| {
        !c.trim().is_empty()
            && r.offer_id.is_some()
            && (sides.contains(&Side::Receiver) || (shared && sides.contains(&Side::Sender)))
    });
    let timeline: Vec<TimelineRow> = sql::query_as(
        "SELECT t.from_state, t.to_state, u.display_name AS actor, t.note, t.at FROM collaboration_transitions t
           LEFT JOIN users u ON u.id = t.actor_user_id WHERE t.request_id = $1 ORDER BY t.at, t.id",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    let messages: Vec<ThreadRow> = sql::query_as(
        "SELECT u.display_name AS author, o.name_vi, o.name_en, m.author_org_id, m.body, m.created_at
           FROM collaboration_messages m JOIN organizations o ON o.id = m.author_org_id
           LEFT JOIN users u ON u.id = m.author_user_id WHERE m.request_id = $1 ORDER BY m.created_at, m.id",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    let agreement: Option<AgreementSqlRow> = sql::query_as(
        "SELECT agreement_type, value_vnd, signed_on, document_path FROM agreements WHERE request_id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let actions: Vec<CollabAction> = {
        let mut all = Vec::new();
        for s in &sides {
            for a in available(state, *s) {
                if !all.contains(&a) {
                    all.push(a);
                }
            }
        }
        all
    };
    let my_orgs: Vec<i64> = viewer.memberships.iter().map(|m| m.org_id).collect();
    Ok(Some(CollabView {
        id: r.id,
        sender,
        receiver,
        target_type: TargetType::parse(&r.target_type).unwrap_or(TargetType::Org),
        target: r.target_vi.map(|vi| (Text::new(vi, r.target_en), r.target_slug.unwrap_or_default())),
        intent: Intent::parse(&r.intent).unwrap_or(Intent::Other),
        message: r.message,
        state,
        decline_reason: r.decline_reason,
        created_at: r.created_at,
        can_post: !sides.is_empty() && state.thread_open(),
        sides,
        actions,
        confidential,
        timeline: timeline
            .into_iter()
            .filter_map(|t| {
                Some(TransitionRow {
                    from_state: t.from_state.as_deref().and_then(CollabState::parse),
                    to_state: CollabState::parse(&t.to_state)?,
                    actor: t.actor,
                    note: t.note,
                    at: t.at,
                })
            })
            .collect(),
        messages: messages
            .into_iter()
            .map(|m| MessageRow {
                author: m.author,
                org: Text::new(m.name_vi, m.name_en),
                mine: my_orgs.contains(&m.author_org_id),
                body: m.body,
                at: m.created_at,
            })
            .collect(),
        agreement: agreement.and_then(|a| {
            Some(AgreementRow {
                agreement_type: AgreementType::parse(&a.agreement_type)?,
                value_vnd: a.value_vnd,
                signed_on: a.signed_on,
                has_document: a.document_path.is_some(),
            })
        }),
    }))
}

/// The agreement's PDF, for the parties (and admins) only.
pub async fn agreement_document(pool: &Db, viewer: &Viewer, id: i64) -> sqlx::Result<Option<(String, Vec<u8>)>> {
    let orgs: Option<(i64, i64)> =
        sql::query_as("SELECT from_org_id, to_org_id FROM collaboration_requests WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?;
    let Some((from, to)) = orgs else { return Ok(None) };
    if sides_of(viewer, from, to).is_empty() && !viewer.role.is_admin() {
        return Ok(None);
    }
    sql::query_as("SELECT file_name, bytes FROM agreement_documents WHERE request_id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// An organisation's inbox (requests to it) or sent box, newest first, `state` filtering.
pub async fn inbox(
    pool: &Db,
    org: i64,
    inbox: bool,
    state: Option<CollabState>,
    page: u32,
) -> sqlx::Result<(Vec<(CollabState, u64)>, u64, Vec<BoxRow>)> {
    let counts: Vec<(String, i64)> = sql::query_as(
        "SELECT state, count(*) FROM collaboration_requests
          WHERE (($2 AND to_org_id = $1) OR (NOT $2 AND from_org_id = $1)) GROUP BY state",
    )
    .bind(org)
    .bind(inbox)
    .fetch_all(pool)
    .await?;
    let counts: Vec<(CollabState, u64)> = CollabState::ALL
        .iter()
        .map(|s| (*s, counts.iter().find(|(c, _)| c == s.as_str()).map_or(0, |(_, n)| u64::try_from(*n).unwrap_or(0))))
        .collect();
    let total = match state {
        Some(s) => counts.iter().find(|(c, _)| *c == s).map_or(0, |(_, n)| *n),
        None => counts.iter().map(|(_, n)| n).sum(),
    };
    let offset = i64::from(page.saturating_sub(1)) * i64::from(BOX_PER_PAGE);
    let rows: Vec<BoxSqlRow> = sql::query_as(
        "SELECT r.id, other.name_vi, other.name_en, coalesce(o.title_vi, c.title_vi) AS target_vi,
                    coalesce(o.title_en, c.title_en) AS target_en, r.intent, r.state, r.updated_at
               FROM collaboration_requests r
               JOIN organizations other ON other.id = CASE WHEN $2 THEN r.from_org_id ELSE r.to_org_id END
               LEFT JOIN technology_offers o ON o.id = r.offer_id LEFT JOIN challenges c ON c.id = r.challenge_id
              WHERE (($2 AND r.to_org_id = $1) OR (NOT $2 AND r.from_org_id = $1)) AND ($3 IS NULL OR r.state = $3)
              ORDER BY r.updated_at DESC, r.id DESC LIMIT $4 OFFSET $5",
    )
    .bind(org)
    .bind(inbox)
    .bind(state.map(CollabState::as_str))
    .bind(i64::from(BOX_PER_PAGE))
    .bind(offset)
    .fetch_all(pool)
    .await?;
    let rows = rows
        .into_iter()
        .filter_map(|r| {
            Some(BoxRow {
                id: r.id,
                other: Text::new(r.name_vi, r.name_en),
                target: r.target_vi.map(|t| Text::new(t, r.target_en)),
                intent: Intent::parse(&r.intent)?,
                state: CollabState::parse(&r.state)?,
                updated_at: r.updated_at,
            })
        })
        .collect();
    Ok((counts, total, rows))
}

/// The target of a new request (a published offer, an open challenge or a visible
/// organisation) with the viewer's organisations that may send it (never the target's own).
pub async fn new_target(
    pool: &Db,
    viewer: &Viewer,
    kind: TargetType,
    slug: &str,
) -> sqlx::Result<Option<(NewRequestTarget, super::Target)>> {
    let sql = match kind {
        TargetType::Offer => {
            "SELECT t.id AS item_id, t.title_vi, t.title_en, o.id AS org_id, o.name_vi AS org_vi, o.name_en AS org_en
               FROM technology_offers t
               JOIN organizations o ON o.id = t.org_id WHERE t.slug = $1 AND t.status = 'published' AND o.hidden = FALSE"
        }
        TargetType::Challenge => {
            "SELECT c.id AS item_id, c.title_vi, c.title_en, o.id AS org_id, o.name_vi AS org_vi, o.name_en AS org_en
               FROM challenges c
               JOIN organizations o ON o.id = c.org_id
              WHERE c.slug = $1 AND c.status IN ('open', 'in_discussion') AND o.hidden = FALSE"
        }
        TargetType::Org => {
            "SELECT o.id AS item_id, o.name_vi AS title_vi, o.name_en AS title_en, o.id AS org_id, o.name_vi AS org_vi,
                    o.name_en AS org_en FROM organizations o
              WHERE o.slug = $1 AND o.hidden = FALSE"
        }
    };
    let row: Option<TargetRow> = sql::query_as(sql).bind(slug).fetch_optional(pool).await?;
    let Some(TargetRow { item_id: item, title_vi, title_en, org_id: org, org_vi, org_en }) = row else {
        return Ok(None);
    };
    let target = super::Target {
        kind,
        offer_id: (kind == TargetType::Offer).then_some(item),
        challenge_id: (kind == TargetType::Challenge).then_some(item),
        to_org: org,
    };
    let from_orgs = viewer.memberships.iter().filter(|m| m.org_id != org).map(|m| (m.org_id, m.name.clone())).collect();
    Ok(Some((
        NewRequestTarget {
            kind,
            slug: slug.to_string(),
            title: Text::new(title_vi, title_en),
            to_org: Text::new(org_vi, org_en),
            to_org_id: org,
            from_orgs,
        },
        target,
    )))
}

/// An offer's confidential details for `viewer`: its own organisation's members, and members
/// of an organisation whose request on it was accepted.
pub async fn offer_confidential(pool: &Db, viewer: &Viewer, slug: &str) -> sqlx::Result<Option<String>> {
    let row: Option<(i64, i64, String)> =
        sql::query_as("SELECT id, org_id, confidential_details FROM technology_offers WHERE slug = $1")
            .bind(slug)
            .fetch_optional(pool)
            .await?;
    let Some((offer, org, details)) = row.filter(|r| !r.2.trim().is_empty()) else { return Ok(None) };
    if viewer.role_in(org).is_some() {
        return Ok(Some(details));
    }
    let mine: Vec<i64> = viewer.memberships.iter().map(|m| m.org_id).collect();
    for from in mine {
        let accepted: Option<i64> = sql::query_scalar(
            "SELECT id FROM collaboration_requests WHERE offer_id = $1 AND from_org_id = $2
                AND state IN ('accepted', 'in_progress', 'agreement', 'closed_no_deal') LIMIT 1",
        )
        .bind(offer)
        .bind(from)
        .fetch_optional(pool)
        .await?;
        if accepted.is_some() {
            return Ok(Some(details));
        }
    }
    Ok(None)
}
