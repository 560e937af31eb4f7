//! Collaboration requests: sending one, taking a step, posting to the thread. Every write is
//! one write transaction that re-reads the request's state (its row locked: `begin_write_rows`),
//! asks the state machine (`domain::collab::step`) and writes the state, its transition row, the audit entry and the
//! other side's notifications together — so two conflicting steps racing each other end with
//! exactly one of them applied, and a replayed step writes nothing.

mod read;

pub use read::{agreement_document, inbox, new_target, offer_confidential, view};

use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::db::{begin_write, begin_write_rows, now_iso};
use crate::backend::store::Conflict;
use crate::backend::store::dialect::locking_row;
use crate::backend::store::statements::audit::{self, Entry};
use crate::backend::store::statements::notifications::{self as notify, Payload};
use crate::domain::account::Viewer;
use crate::domain::collab::{AgreementType, CollabAction, CollabState, Intent, Refused, Side, Step, TargetType, step};
use serde_json::json;

/// What a request is about, resolved from the form's `offer` / `challenge` / `org` slug.
#[derive(Clone, Copy, Debug)]
pub struct Target {
    pub kind: TargetType,
    pub offer_id: Option<i64>,
    pub challenge_id: Option<i64>,
    pub to_org: i64,
}

pub struct NewRequest {
    pub from_org: i64,
    pub target: Target,
    pub intent: Intent,
    pub message: String,
}

/// The signed agreement recorded with the `agree` step.
pub struct NewAgreement {
    pub agreement_type: AgreementType,
    pub value_vnd: Option<i64>,
    pub signed_on: String,
    /// File name and PDF bytes.
    pub document: Option<(String, Vec<u8>)>,
}

#[derive(Debug, thiserror::Error)]
pub enum StepError {
    /// No such request, or the viewer is a party to neither side (they must not learn which).
    #[error("not found")]
    NotFound,
    /// The viewer may see the request but is not a party (an admin).
    #[error("not a party")]
    NotParty,
    #[error("refused: {0:?}")]
    Refused(Refused),
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
}

/// The viewer's sides in a request between `from_org` and `to_org`.
pub fn sides_of(viewer: &Viewer, from_org: i64, to_org: i64) -> Vec<Side> {
    let mut sides = Vec::new();
    if viewer.role_in(from_org).is_some() {
        sides.push(Side::Sender);
    }
    if viewer.role_in(to_org).is_some() {
        sides.push(Side::Receiver);
    }
    sides
}

/// The names the notifications use: the request's two organisations and its subject.
#[derive(sqlx::FromRow)]
struct Names {
    from_org: i64,
    to_org: i64,
    from_name: String,
    to_name: String,
    subject: Option<String>,
}

async fn names(conn: &mut Conn, id: i64) -> sqlx::Result<Names> {
    sql::query_as(
        "SELECT r.from_org_id AS from_org, r.to_org_id AS to_org, f.name_vi AS from_name, t.name_vi AS to_name,
                coalesce(o.title_vi, c.title_vi) AS subject
           FROM collaboration_requests r
           JOIN organizations f ON f.id = r.from_org_id JOIN organizations t ON t.id = r.to_org_id
           LEFT JOIN technology_offers o ON o.id = r.offer_id LEFT JOIN challenges c ON c.id = r.challenge_id
          WHERE r.id = $1",
    )
    .bind(id)
    .fetch_one(conn)
    .await
}

/// The one line a notification says about a request reaching `state` (by `actor_name`'s org).
fn payload(id: i64, state: CollabState, actor_org: &str, n: &Names) -> Payload {
    let about_vi = n.subject.as_deref().map(|s| format!(" về “{s}”")).unwrap_or_default();
    let about_en = n.subject.as_deref().map(|s| format!(" about “{s}”")).unwrap_or_default();
    let (vi, en) = match state {
        CollabState::Sent => ("đã gửi yêu cầu hợp tác", "sent a collaboration request"),
        CollabState::Viewed => ("đã xem yêu cầu hợp tác", "viewed the collaboration request"),
        CollabState::Accepted => ("đã chấp nhận yêu cầu hợp tác", "accepted the collaboration request"),
        CollabState::Declined => ("đã từ chối yêu cầu hợp tác", "declined the collaboration request"),
        CollabState::Withdrawn => ("đã rút yêu cầu hợp tác", "withdrew the collaboration request"),
        CollabState::InProgress => ("đã bắt đầu triển khai hợp tác", "started work on the collaboration"),
        CollabState::Agreement => ("đã ghi nhận thỏa thuận đã ký", "recorded the signed agreement"),
        CollabState::ClosedNoDeal => {
            ("đã đóng yêu cầu hợp tác, không đi đến thỏa thuận", "closed the request without a deal")
        }
    };
    Payload {
        link: format!("/collab/{id}"),
        vi: format!("{actor_org} {vi}{about_vi}."),
        en: format!("{actor_org} {en}{about_en}."),
    }
}

/// Sends a request: `Ok(Err(..))` when an open request for the same target from the same
/// organisation exists. The caller has checked the viewer's membership of `from_org`.
pub async fn create(pool: &Db, actor: i64, r: &NewRequest) -> sqlx::Result<Result<i64, Conflict>> {
    let mut tx = begin_write(pool).await?;
    let duplicate: Option<i64> = sql::query_scalar(
        "SELECT id FROM collaboration_requests
          WHERE from_org_id = $1 AND to_org_id = $2 AND target_type = $3 AND offer_id IS NOT DISTINCT FROM $4 AND challenge_id IS NOT DISTINCT FROM $5
            AND state IN ('sent', 'viewed', 'accepted', 'in_progress') LIMIT 1",
    )
    .bind(r.from_org)
    .bind(r.target.to_org)
    .bind(r.target.kind.as_str())
    .bind(r.target.offer_id)
    .bind(r.target.challenge_id)
    .fetch_optional(&mut *tx)
    .await?;
    if duplicate.is_some() {
        return Ok(Err(Conflict::DuplicateRequest));
    }
    let now = now_iso();
    let id: i64 = sql::query_scalar(
        "INSERT INTO collaboration_requests (from_org_id, from_user_id, to_org_id, target_type, offer_id, challenge_id,
                intent, message, state, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'sent', $9, $9) RETURNING id",
    )
    .bind(r.from_org)
    .bind(actor)
    .bind(r.target.to_org)
    .bind(r.target.kind.as_str())
    .bind(r.target.offer_id)
    .bind(r.target.challenge_id)
    .bind(r.intent.as_str())
    .bind(&r.message)
    .bind(&now)
    .fetch_one(&mut *tx)
    .await?;
    transition(&mut tx, id, None, CollabState::Sent, actor, None).await?;
    // the suggestion may have been the listing or its organisation
    let mut targets = vec![format!("org:{}", r.target.to_org)];
    targets.extend(r.target.offer_id.map(|i| format!("offer:{i}")));
    targets.extend(r.target.challenge_id.map(|i| format!("challenge:{i}")));
    super::match_feedback::requested(&mut tx, r.from_org, &targets, &now).await?;
    let n = names(&mut tx, id).await?;
    notify::org(&mut tx, n.to_org, Some(actor), "collab.sent", &payload(id, CollabState::Sent, &n.from_name, &n))
        .await?;
    tx.commit().await?;
    Ok(Ok(id))
}

/// The transition row and its audit entry.
async fn transition(
    conn: &mut Conn,
    id: i64,
    from: Option<CollabState>,
    to: CollabState,
    actor: i64,
    note: Option<&str>,
) -> sqlx::Result<()> {
    sql::query(
        "INSERT INTO collaboration_transitions (request_id, from_state, to_state, actor_user_id, note, at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(from.map(CollabState::as_str))
    .bind(to.as_str())
    .bind(actor)
    .bind(note)
    .bind(now_iso())
    .execute(&mut *conn)
    .await?;
    audit::record(
        conn,
        Entry {
            actor: Some(actor),
            action: if from.is_none() { "collab.send" } else { "collab.step" },
            entity_type: "collaboration_request",
            entity_id: id.to_string(),
            before: from.map(|s| json!({ "state": s.as_str() })),
            after: Some(json!({ "state": to.as_str(), "note": note })),
        },
    )
    .await
}

/// Takes `action` on request `id` for `viewer`: the state machine decides on the state read
/// inside the transaction. `note` is the decline reason or the closing note.
pub async fn take_step(
    pool: &Db,
    viewer: &Viewer,
    id: i64,
    action: CollabAction,
    note: Option<&str>,
    agreement: Option<&NewAgreement>,
) -> Result<Step, StepError> {
    let mut tx = begin_write_rows(pool).await?;
    let row = request_locked(&mut tx, id).await?;
    let Some((state, from_org, to_org)) = row else { return Err(StepError::NotFound) };
    let state = CollabState::parse(&state).ok_or(StepError::NotFound)?;
    let sides = sides_of(viewer, from_org, to_org);
    if sides.is_empty() {
        return Err(if viewer.role.is_admin() { StepError::NotParty } else { StepError::NotFound });
    }
    // A member of both organisations acts for whichever side may take the step.
    let mut outcome = Err(Refused::NotYourStep);
    let mut side = sides[0];
    for s in &sides {
        let o = step(state, action, *s);
        if o.is_ok() || outcome == Err(Refused::NotYourStep) {
            outcome = o;
            side = *s;
        }
        if o.is_ok() {
            break;
        }
    }
    let to = match outcome.map_err(StepError::Refused)? {
        Step::Already => return Ok(Step::Already),
        Step::To(to) => to,
    };
    let changed = sql::query(
        "UPDATE collaboration_requests SET state = $1, decline_reason = coalesce($2, decline_reason), updated_at = $3
          WHERE id = $4 AND state = $5",
    )
    .bind(to.as_str())
    .bind(if to == CollabState::Declined { note } else { None })
    .bind(now_iso())
    .bind(id)
    .bind(state.as_str())
    .execute(&mut *tx)
    .await?;
    if changed.rows_affected() != 1 {
        // cannot happen under the row lock; refuse rather than write a second outcome
        return Err(StepError::Refused(Refused::NotNow));
    }
    transition(&mut tx, id, Some(state), to, viewer.id, note).await?;
    if let Some(a) = agreement.filter(|_| to == CollabState::Agreement) {
        record_agreement(&mut tx, id, a).await?;
    }
    let n = names(&mut tx, id).await?;
    let (actor_name, other_org) =
        if side == Side::Sender { (&n.from_name, n.to_org) } else { (&n.to_name, n.from_org) };
    let kind = format!("collab.{}", to.as_str());
    notify::org(&mut tx, other_org, Some(viewer.id), &kind, &payload(id, to, actor_name, &n)).await?;
    tx.commit().await?;
    Ok(Step::To(to))
}

/// The request's state and its two sides, its row locked until commit: steps and messages on
/// one request take turns, those on different requests do not wait for each other.
async fn request_locked(conn: &mut Conn, id: i64) -> sqlx::Result<Option<(String, i64, i64)>> {
    let statement = locking_row!("SELECT state, from_org_id, to_org_id FROM collaboration_requests WHERE id = $1")
        .get(conn.engine());
    sql::query_as(statement).bind(id).fetch_optional(&mut *conn).await
}

async fn record_agreement(conn: &mut Conn, id: i64, a: &NewAgreement) -> sqlx::Result<()> {
    let now = now_iso();
    let doc = a.document.as_ref().map(|_| format!("/collab/{id}/document"));
    sql::query(
        "INSERT INTO agreements (request_id, agreement_type, value_vnd, signed_on, document_path, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(a.agreement_type.as_str())
    .bind(a.value_vnd)
    .bind(&a.signed_on)
    .bind(doc)
    .bind(&now)
    .execute(&mut *conn)
    .await?;
    if let Some((name, bytes)) = &a.document {
        sql::query(
            "INSERT INTO agreement_documents (request_id, file_name, bytes, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(name)
        .bind(bytes)
        .bind(&now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Posts to the thread as the viewer's side; refused once the request has ended.
pub async fn post_message(pool: &Db, viewer: &Viewer, id: i64, body: &str) -> Result<(), StepError> {
    let mut tx = begin_write_rows(pool).await?;
    let row = request_locked(&mut tx, id).await?;
    let Some((state, from_org, to_org)) = row else { return Err(StepError::NotFound) };
    let sides = sides_of(viewer, from_org, to_org);
    let Some(side) = sides.first().copied() else {
        return Err(if viewer.role.is_admin() { StepError::NotParty } else { StepError::NotFound });
    };
    if !CollabState::parse(&state).is_some_and(CollabState::thread_open) {
        return Err(StepError::Refused(Refused::NotNow));
    }
    let (mine, other) = if side == Side::Sender { (from_org, to_org) } else { (to_org, from_org) };
    sql::query(
        "INSERT INTO collaboration_messages (request_id, author_user_id, author_org_id, body, created_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(viewer.id)
    .bind(mine)
    .bind(body)
    .bind(now_iso())
    .execute(&mut *tx)
    .await?;
    let n = names(&mut tx, id).await?;
    let who = if side == Side::Sender { &n.from_name } else { &n.to_name };
    let p = Payload {
        link: format!("/collab/{id}#thread"),
        vi: format!("{who} đã gửi tin nhắn mới trong yêu cầu hợp tác."),
        en: format!("{who} sent a new message in the collaboration request."),
    };
    notify::org(&mut tx, other, Some(viewer.id), "collab.message", &p).await?;
    tx.commit().await?;
    Ok(())
}
