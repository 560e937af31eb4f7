//! Registrations for events: capacity, the waiting list and attendance. Every change runs in
//! one write transaction that holds the event's row (SQLite: the whole database), so two people
//! can never take the last place together: the count of places taken and the insert happen
//! under the same lock.

use super::event_ref::EventRef;
use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::db::{begin_write, begin_write_rows, now_iso};
use crate::backend::store::Conflict;
use crate::backend::store::dialect::locking_row;
use crate::backend::store::statements::notifications::{self as notify, Payload};
use crate::domain::account::Viewer;
use crate::domain::events::{Attendee, EventPanel, MyRegistration, RegStatus};

/// Where a new registration landed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Registered,
    /// On the waiting list, at this 1-based position.
    Waitlisted(i64),
}

/// Places taken (registered or attended).
async fn taken(conn: &mut Conn, event: i64) -> sqlx::Result<i64> {
    sql::query_scalar(
        "SELECT count(*) FROM event_registrations WHERE event_id = $1 AND status IN ('registered', 'attended')",
    )
    .bind(event)
    .fetch_one(conn)
    .await
}

/// 1-based place of registration `id` on the waiting list.
async fn position(conn: &mut Conn, event: i64, id: i64) -> sqlx::Result<i64> {
    sql::query_scalar(
        "SELECT count(*) FROM event_registrations w, event_registrations me
         WHERE me.id = $2 AND w.event_id = $1 AND w.status = 'waitlisted'
           AND (w.created_at < me.created_at OR (w.created_at = me.created_at AND w.id <= me.id))",
    )
    .bind(event)
    .bind(id)
    .fetch_one(conn)
    .await
}

/// An event's row as registering re-reads it.
#[derive(sqlx::FromRow)]
struct EventState {
    published: bool,
    cancelled: bool,
    starts_at: String,
    capacity: Option<i64>,
}

/// Registers the viewer (their account's name and e-mail), on the waiting list when full.
/// A refused registration (`Err`) changes nothing.
pub async fn register(
    pool: &Db,
    ev: &EventRef,
    viewer: &Viewer,
    org_id: Option<i64>,
) -> sqlx::Result<Result<Outcome, Conflict>> {
    let mut tx = begin_write_rows(pool).await?;
    // Read again, the event's row locked: the event may have been cancelled or moved meanwhile,
    // and registrations for one event take turns (the last seat goes once).
    let statement = locking_row!(
        "SELECT published, cancelled_at IS NOT NULL AS cancelled, starts_at, capacity FROM events WHERE id = $1"
    )
    .get(tx.engine());
    let state: Option<EventState> = sql::query_as(statement).bind(ev.id).fetch_optional(&mut *tx).await?;
    let Some(EventState { published, cancelled, starts_at, capacity }) = state else {
        return Ok(Err(Conflict::NotFound));
    };
    if !published {
        return Ok(Err(Conflict::NotFound));
    }
    if cancelled {
        return Ok(Err(Conflict::EventCancelled));
    }
    let now = now_iso();
    if starts_at <= now {
        return Ok(Err(Conflict::EventStarted));
    }
    let email = viewer.email.trim().to_lowercase();
    let existing: Option<(i64, String)> =
        sql::query_as("SELECT id, status FROM event_registrations WHERE event_id = $1 AND email = $2")
            .bind(ev.id)
            .bind(&email)
            .fetch_optional(&mut *tx)
            .await?;
    if matches!(&existing, Some((_, s)) if s != RegStatus::Cancelled.as_str()) {
        return Ok(Err(Conflict::AlreadyRegistered));
    }
    let full = match capacity {
        Some(c) => taken(&mut tx, ev.id).await? >= c,
        None => false,
    };
    let status = if full { RegStatus::Waitlisted } else { RegStatus::Registered };
    // A cancelled registration comes back as new: at the end of the queue.
    let id: i64 = match existing {
        Some((id, _)) => {
            sql::query(
                "UPDATE event_registrations SET status = $2, user_id = $3, org_id = $4, name = $5, created_at = $6
                 WHERE id = $1",
            )
            .bind(id)
            .bind(status.as_str())
            .bind(viewer.id)
            .bind(org_id)
            .bind(&viewer.display_name)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            id
        }
        None => {
            sql::query_scalar(
                "INSERT INTO event_registrations (event_id, user_id, org_id, name, email, status, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(ev.id)
            .bind(viewer.id)
            .bind(org_id)
            .bind(&viewer.display_name)
            .bind(&email)
            .bind(status.as_str())
            .bind(&now)
            .fetch_one(&mut *tx)
            .await?
        }
    };
    let outcome = match status {
        RegStatus::Waitlisted => Outcome::Waitlisted(position(&mut tx, ev.id, id).await?),
        _ => Outcome::Registered,
    };
    tx.commit().await?;
    Ok(Ok(outcome))
}

/// Cancels the viewer's own registration; a place freed goes to the first on the waiting list,
/// who is notified — all in the same transaction.
pub async fn cancel_mine(pool: &Db, ev: &EventRef, viewer: &Viewer) -> sqlx::Result<Result<(), Conflict>> {
    let mut tx = begin_write_rows(pool).await?;
    // the event's row locked: the freed place and the waiting list's order are decided once
    let statement = locking_row!("SELECT starts_at FROM events WHERE id = $1").get(tx.engine());
    let starts_at: Option<String> = sql::query_scalar(statement).bind(ev.id).fetch_optional(&mut *tx).await?;
    if starts_at.is_none_or(|s| s <= now_iso()) {
        return Ok(Err(Conflict::EventStarted));
    }
    let done = sql::query(
        "UPDATE event_registrations SET status = 'cancelled'
         WHERE event_id = $1 AND (user_id = $2 OR email = $3) AND status IN ('registered', 'waitlisted')",
    )
    .bind(ev.id)
    .bind(viewer.id)
    .bind(viewer.email.trim().to_lowercase())
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(Err(Conflict::NotRegistered));
    }
    promote(&mut tx, ev.id).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Moves people from the waiting list into free places, first come first served, and
/// notifies each one. Returns how many moved up. Call inside the change's transaction.
pub async fn promote(conn: &mut Conn, event: i64) -> sqlx::Result<u64> {
    #[derive(sqlx::FromRow)]
    struct Ev {
        slug: String,
        title_vi: String,
        title_en: Option<String>,
        capacity: Option<i64>,
        cancelled: bool,
    }
    let ev: Option<Ev> = sql::query_as(
        "SELECT slug, title_vi, title_en, capacity, cancelled_at IS NOT NULL AS cancelled FROM events WHERE id = $1",
    )
    .bind(event)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(Ev { slug, title_vi, title_en, capacity, cancelled: false }) = ev else { return Ok(0) };
    let free = match capacity {
        Some(c) => (c - taken(conn, event).await?).max(0),
        None => i64::MAX,
    };
    let next: Vec<(i64, Option<i64>)> = sql::query_as(
        "SELECT id, user_id FROM event_registrations WHERE event_id = $1 AND status = 'waitlisted'
         ORDER BY created_at, id LIMIT $2",
    )
    .bind(event)
    .bind(free)
    .fetch_all(&mut *conn)
    .await?;
    let (vi, en) = crate::i18n::events::promoted_note(&title_vi, title_en.as_deref());
    let payload = Payload { link: format!("/events/{slug}"), vi, en };
    for (id, user) in &next {
        sql::query("UPDATE event_registrations SET status = 'registered' WHERE id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        if let Some(user) = user {
            notify::user(conn, *user, "event.promoted", &payload).await?;
        }
    }
    Ok(next.len() as u64)
}

/// Marks a registration attended (or back to registered). `false` if there is no such
/// registration of this event in a state that allows it.
pub async fn set_attended(pool: &Db, actor: i64, event: i64, reg: i64, attended: bool) -> sqlx::Result<bool> {
    let mut tx = begin_write(pool).await?;
    let (from, to) = if attended { ("registered", "attended") } else { ("attended", "registered") };
    let done = sql::query("UPDATE event_registrations SET status = $4 WHERE id = $1 AND event_id = $2 AND status = $3")
        .bind(reg)
        .bind(event)
        .bind(from)
        .bind(to)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    let entry = super::audit::Entry {
        actor: Some(actor),
        action: "event.attendance",
        entity_type: "event_registration",
        entity_id: reg.to_string(),
        before: Some(serde_json::json!({ "status": from })),
        after: Some(serde_json::json!({ "status": to })),
    };
    super::audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(true)
}

/// A registration; `org_name` is the organisation's Vietnamese name, if one was given.
#[derive(sqlx::FromRow)]
struct AttendeeRow {
    id: i64,
    name: String,
    email: String,
    org_name: Option<String>,
    status: String,
    created_at: String,
}

/// Everyone who registered, in list order (places taken, the waiting list in order, then
/// cancellations).
pub async fn attendees(pool: &Db, event: i64) -> sqlx::Result<Vec<Attendee>> {
    let rows: Vec<AttendeeRow> = sql::query_as(
        "SELECT r.id, r.name, r.email, o.name_vi AS org_name, r.status, r.created_at
         FROM event_registrations r LEFT JOIN organizations o ON o.id = r.org_id
         WHERE r.event_id = $1
         ORDER BY CASE r.status WHEN 'attended' THEN 0 WHEN 'registered' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END,
                  r.created_at, r.id",
    )
    .bind(event)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(Attendee {
                id: r.id,
                name: r.name,
                email: r.email,
                org: r.org_name,
                status: RegStatus::parse(&r.status)?,
                registered_at: r.created_at,
            })
        })
        .collect())
}

/// The registration box of a public event, for `viewer` (if signed in).
pub async fn panel(pool: &Db, ev: &EventRef, viewer: Option<&Viewer>, can_manage: bool) -> sqlx::Result<EventPanel> {
    let mut conn = pool.begin().await?;
    let taken = taken(&mut conn, ev.id).await?;
    let waitlisted: i64 =
        sql::query_scalar("SELECT count(*) FROM event_registrations WHERE event_id = $1 AND status = 'waitlisted'")
            .bind(ev.id)
            .fetch_one(&mut *conn)
            .await?;
    let mine = match viewer {
        Some(v) => {
            let row: Option<(i64, String)> = sql::query_as(
                "SELECT id, status FROM event_registrations WHERE event_id = $1 AND (user_id = $2 OR email = $3)
                 ORDER BY status = 'cancelled' LIMIT 1",
            )
            .bind(ev.id)
            .bind(v.id)
            .bind(v.email.trim().to_lowercase())
            .fetch_optional(&mut *conn)
            .await?;
            match row.and_then(|(id, s)| Some((id, RegStatus::parse(&s)?))) {
                Some((id, status)) => {
                    let position = match status {
                        RegStatus::Waitlisted => Some(position(&mut conn, ev.id, id).await?),
                        _ => None,
                    };
                    Some(MyRegistration { status, position })
                }
                None => None,
            }
        }
        None => None,
    };
    Ok(EventPanel {
        slug: ev.slug.clone(),
        cancelled: ev.cancelled,
        started: ev.has_started(),
        capacity: ev.capacity,
        taken,
        waitlisted,
        mine,
        can_manage,
    })
}
