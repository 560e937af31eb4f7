//! One lifecycle step of a listing: the owner's (pause, transfer, renew…) or a moderator's
//! decision. The state is re-read inside the write transaction and the step checked against
//! `domain::listing::next`, so a stale page or a replayed POST changes nothing; the step, its
//! audit entry and (for decisions) the organisation's notification commit together.

use super::write::set_stage;
use super::{by_table, edit_review, entity, plus_year, stage_of};
use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::db::{begin_write, now_iso};
use crate::backend::store::Conflict;
use crate::backend::store::statements::audit;
use crate::backend::store::statements::notifications as notify;
use crate::domain::listing::{Action, Actor, ListingKind, Stage, next};
use serde_json::json;

/// The step taken: the listing's organisation and its new stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Stepped {
    pub org_id: i64,
    pub stage: Stage,
}

/// A listing as a step finds it: owner, slug and what its stage is made of.
#[derive(sqlx::FromRow)]
struct StepRow {
    org_id: i64,
    slug: String,
    status: String,
    submitted: bool,
    review_outcome: Option<String>,
    title_vi: String,
    /// an edit of the live listing waits in the moderators' queue
    edit_waiting: bool,
}

/// Takes `action` on listing `id` as `actor`. `org` (for members) must own the listing;
/// `note` is the moderator's message (required for request changes / reject, checked by the
/// caller). `Ok(Err(_))`: not allowed now (the state is unchanged).
#[allow(clippy::too_many_arguments)]
pub async fn step(
    pool: &Db,
    user: i64,
    kind: ListingKind,
    id: i64,
    org: Option<i64>,
    action: Action,
    actor: Actor,
    note: Option<&str>,
) -> sqlx::Result<Result<Stepped, Conflict>> {
    let mut tx = begin_write(pool).await?;
    let row: Option<StepRow> = sql::query_as(by_table!(
        kind,
        "SELECT org_id, slug, status, submitted_at IS NOT NULL AS submitted, review_outcome, title_vi,
                pending_at IS NOT NULL AS edit_waiting FROM ",
        " WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(StepRow { org_id, slug, status, submitted, review_outcome, title_vi: title, edit_waiting }) = row else {
        return Ok(Err(Conflict::NotFound));
    };
    if org.is_some_and(|o| o != org_id) {
        return Ok(Err(Conflict::NotFound));
    }
    let from = stage_of(&status, submitted, review_outcome.as_deref());
    // a moderator's decision on a live listing is about the edit waiting beside it
    if actor == Actor::Moderator
        && edit_waiting
        && matches!(action, Action::Approve | Action::RequestChanges | Action::Reject)
    {
        let edited = edit_review::Edited { kind, id, org_id, slug: &slug };
        if let Err(c) = edit_review::decide(&mut tx, user, edited, action, note).await? {
            return Ok(Err(c));
        }
        tx.commit().await?;
        return Ok(Ok(Stepped { org_id, stage: from }));
    }
    let Some(to) = next(kind, from, action, actor) else { return Ok(Err(Conflict::StepNotAllowed)) };
    let at = now_iso();
    let (outcome, kept_note) = match action {
        Action::RequestChanges => (Some("changes_requested"), note),
        Action::Reject => (Some("rejected"), note),
        _ => (None, None),
    };
    // dates first: a live row must carry its publication date (CHECK)
    match (kind, action) {
        (_, Action::Approve) => go_live_dates(&mut tx, kind, id, &at).await?,
        (ListingKind::Offer, Action::Renew) => {
            // twelve more months from the later of today and the current expiry
            let current: Option<String> = sql::query_scalar("SELECT expires_at FROM technology_offers WHERE id = $1")
                .bind(id)
                .fetch_one(&mut *tx)
                .await?;
            let from = current.filter(|e| *e > at).unwrap_or_else(|| at.clone());
            sql::query("UPDATE technology_offers SET expires_at = $2, expiry_reminded_at = NULL WHERE id = $1")
                .bind(id)
                .bind(plus_year(&from))
                .execute(&mut *tx)
                .await?;
        }
        _ => {}
    }
    set_stage(&mut tx, kind, id, to, outcome, kept_note).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: Some(user),
            action: &format!("{}.{}", entity(kind), action.as_str()),
            entity_type: entity(kind),
            entity_id: id.to_string(),
            before: Some(json!({ "stage": from.as_str() })),
            after: Some(json!({ "stage": to.as_str(), "note": note })),
        },
    )
    .await?;
    if actor == Actor::Moderator {
        let (vi, en) = match action {
            Action::Approve => {
                (format!("Tin “{title}” đã được duyệt và công bố."), format!("“{title}” is approved and published."))
            }
            Action::RequestChanges => (
                format!("Cán bộ kiểm duyệt đề nghị chỉnh sửa tin “{title}”: {}", note.unwrap_or_default()),
                format!("A moderator asks for changes to “{title}”: {}", note.unwrap_or_default()),
            ),
            _ => (
                format!("Tin “{title}” không được duyệt: {}", note.unwrap_or_default()),
                format!("“{title}” was not approved: {}", note.unwrap_or_default()),
            ),
        };
        let link = format!("/{}/{slug}/edit", kind.path());
        let event = format!("listing.{}", action.as_str());
        notify::org(&mut tx, org_id, Some(user), &event, &notify::Payload { link, vi, en }).await?;
    }
    tx.commit().await?;
    Ok(Ok(Stepped { org_id, stage: to }))
}

/// The dates a listing carries once live: its publication date and (offers) twelve months
/// until it expires.
async fn go_live_dates(conn: &mut Conn, kind: ListingKind, id: i64, at: &str) -> sqlx::Result<()> {
    let q = match kind {
        ListingKind::Offer => sql::query(
            "UPDATE technology_offers SET published_at = coalesce(published_at, $2), expires_at = $3,
                    expiry_reminded_at = NULL WHERE id = $1",
        )
        .bind(id)
        .bind(at)
        .bind(plus_year(at)),
        ListingKind::Challenge => {
            sql::query("UPDATE challenges SET published_at = coalesce(published_at, $2) WHERE id = $1")
                .bind(id)
                .bind(at)
        }
        ListingKind::Research => return Ok(()),
    };
    q.execute(conn).await?;
    Ok(())
}

/// Makes a just-written listing live without review: a bulk import by an administrator, who
/// vouches for the file (the import's own audit entry records it).
pub async fn publish_imported(conn: &mut Conn, kind: ListingKind, id: i64) -> sqlx::Result<()> {
    go_live_dates(conn, kind, id, &now_iso()).await?;
    set_stage(conn, kind, id, kind.live(), None, None).await
}
