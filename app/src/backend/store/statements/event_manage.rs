//! Events run by their organisers: create, edit, publish or unpublish, cancel. Every write is
//! one `BEGIN IMMEDIATE` transaction with its audit entry (and its notifications).

use super::audit;
pub use super::event_ref::{EventRef, by_slug};
use super::registrations::promote;
use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::db::{begin_write, now_iso};
use crate::backend::store::statements::notifications::{self as notify, Payload};
use crate::backend::text::{fold, slugify};
use crate::backend::vn_time::to_local_input;
use crate::domain::account::Viewer;
use crate::domain::dto::Text;
use crate::domain::events::{EventEdit, EventFields, OrgEvent, organises_events};
use crate::domain::kind::OrgKind;
use serde_json::json;

/// An event as validated from the form; times in UTC.
pub struct EventInput {
    pub event_type: String,
    pub title_vi: String,
    pub title_en: Option<String>,
    pub description_vi: String,
    pub description_en: Option<String>,
    pub starts_at: String,
    pub ends_at: String,
    pub venue: String,
    pub location_code: Option<String>,
    pub capacity: Option<i64>,
    pub sectors: Vec<String>,
}

/// An organisation that might hold an event, for the create page.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Organiser {
    pub id: i64,
    pub kind: String,
    pub name_vi: String,
    pub name_en: Option<String>,
}

/// The visible organisation at `slug`, with its kind and name, for the create page.
pub async fn organiser(pool: &Db, slug: &str) -> sqlx::Result<Option<Organiser>> {
    sql::query_as("SELECT id, kind, name_vi, name_en FROM organizations WHERE slug = $1 AND hidden = FALSE")
        .bind(slug)
        .fetch_optional(pool)
        .await
}

async fn write_sectors(conn: &mut Conn, id: i64, sectors: &[String]) -> sqlx::Result<()> {
    sql::query("DELETE FROM event_sectors WHERE event_id = $1").bind(id).execute(&mut *conn).await?;
    for s in sectors {
        sql::query("INSERT INTO event_sectors (event_id, sector_code) VALUES ($1, $2)")
            .bind(id)
            .bind(s)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

fn snapshot(e: &EventInput, published: bool) -> serde_json::Value {
    json!({
        "type": e.event_type, "title_vi": e.title_vi, "starts_at": e.starts_at, "ends_at": e.ends_at,
        "venue": e.venue, "capacity": e.capacity, "published": published,
    })
}

/// Creates the event (a draft unless `publish`); returns its slug.
pub async fn create(pool: &Db, actor: i64, org_id: i64, e: &EventInput, publish: bool) -> sqlx::Result<String> {
    let mut tx = begin_write(pool).await?;
    let base: String = slugify(&e.title_vi).chars().take(100).collect();
    let base = if base.is_empty() { "su-kien".to_string() } else { base };
    let mut slug = base.clone();
    let mut n = 2;
    while sql::query_scalar::<i64>("SELECT CAST(1 AS BIGINT) FROM events WHERE slug = $1")
        .bind(&slug)
        .fetch_optional(&mut *tx)
        .await?
        .is_some()
    {
        slug = format!("{base}-{n}");
        n += 1;
    }
    let now = now_iso();
    let id: i64 = sql::query_scalar(
        "INSERT INTO events (slug, organiser_org_id, event_type, title_vi, title_en, title_folded, description_vi,
            description_en, starts_at, ends_at, venue, location_code, capacity, published, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id",
    )
    .bind(&slug)
    .bind(org_id)
    .bind(&e.event_type)
    .bind(&e.title_vi)
    .bind(&e.title_en)
    .bind(fold(&e.title_vi))
    .bind(&e.description_vi)
    .bind(&e.description_en)
    .bind(&e.starts_at)
    .bind(&e.ends_at)
    .bind(&e.venue)
    .bind(&e.location_code)
    .bind(e.capacity)
    .bind(publish)
    .bind(&now)
    .fetch_one(&mut *tx)
    .await?;
    write_sectors(&mut tx, id, &e.sectors).await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: "event.create",
        entity_type: "event",
        entity_id: id.to_string(),
        before: None,
        after: Some(snapshot(e, publish)),
    };
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(slug)
}

/// Saves the edited event; a larger capacity moves people up from the waiting list at once.
pub async fn update(pool: &Db, actor: i64, ev: &EventRef, e: &EventInput) -> sqlx::Result<()> {
    let mut tx = begin_write(pool).await?;
    sql::query(
        "UPDATE events SET event_type = $2, title_vi = $3, title_en = $4, title_folded = $5, description_vi = $6,
            description_en = $7, starts_at = $8, ends_at = $9, venue = $10, location_code = $11, capacity = $12,
            updated_at = $13
         WHERE id = $1",
    )
    .bind(ev.id)
    .bind(&e.event_type)
    .bind(&e.title_vi)
    .bind(&e.title_en)
    .bind(fold(&e.title_vi))
    .bind(&e.description_vi)
    .bind(&e.description_en)
    .bind(&e.starts_at)
    .bind(&e.ends_at)
    .bind(&e.venue)
    .bind(&e.location_code)
    .bind(e.capacity)
    .bind(now_iso())
    .execute(&mut *tx)
    .await?;
    write_sectors(&mut tx, ev.id, &e.sectors).await?;
    promote(&mut tx, ev.id).await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: "event.update",
        entity_type: "event",
        entity_id: ev.id.to_string(),
        before: Some(json!({"title_vi": ev.title_vi, "starts_at": ev.starts_at, "capacity": ev.capacity})),
        after: Some(snapshot(e, ev.published)),
    };
    audit::record(&mut tx, entry).await?;
    tx.commit().await
}

pub async fn set_published(pool: &Db, actor: i64, ev: &EventRef, published: bool) -> sqlx::Result<()> {
    let mut tx = begin_write(pool).await?;
    sql::query("UPDATE events SET published = $2, updated_at = $3 WHERE id = $1")
        .bind(ev.id)
        .bind(published)
        .bind(now_iso())
        .execute(&mut *tx)
        .await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: if published { "event.publish" } else { "event.unpublish" },
        entity_type: "event",
        entity_id: ev.id.to_string(),
        before: Some(json!({"published": ev.published})),
        after: Some(json!({"published": published})),
    };
    audit::record(&mut tx, entry).await?;
    tx.commit().await
}

/// Cancels the event and tells everyone registered or waiting who has an account.
pub async fn cancel(pool: &Db, actor: i64, ev: &EventRef) -> sqlx::Result<()> {
    let mut tx = begin_write(pool).await?;
    let now = now_iso();
    let changed =
        sql::query("UPDATE events SET cancelled_at = $2, updated_at = $2 WHERE id = $1 AND cancelled_at IS NULL")
            .bind(ev.id)
            .bind(&now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    if changed == 0 {
        return Ok(());
    }
    let users: Vec<i64> = sql::query_scalar(
        "SELECT DISTINCT user_id FROM event_registrations
         WHERE event_id = $1 AND user_id IS NOT NULL AND status IN ('registered', 'waitlisted')",
    )
    .bind(ev.id)
    .fetch_all(&mut *tx)
    .await?;
    let (vi, en) = crate::i18n::events::cancelled_note(&ev.title_vi, ev.title_en.as_deref());
    let payload = Payload { link: format!("/events/{}", ev.slug), vi, en };
    for u in users {
        notify::user(&mut tx, u, "event.cancelled", &payload).await?;
    }
    let entry = audit::Entry {
        actor: Some(actor),
        action: "event.cancel",
        entity_type: "event",
        entity_id: ev.id.to_string(),
        before: None,
        after: Some(json!({"cancelled_at": now})),
    };
    audit::record(&mut tx, entry).await?;
    tx.commit().await
}

/// The edit page's data.
pub async fn load_edit(pool: &Db, ev: &EventRef) -> sqlx::Result<EventEdit> {
    #[derive(sqlx::FromRow)]
    struct Row {
        event_type: String,
        location_code: Option<String>,
        org_slug: String,
        org_name_vi: String,
        org_name_en: Option<String>,
    }
    let r: Row = sql::query_as(
        "SELECT e.event_type, e.location_code, o.slug AS org_slug,
                o.name_vi AS org_name_vi, o.name_en AS org_name_en
         FROM events e JOIN organizations o ON o.id = e.organiser_org_id WHERE e.id = $1",
    )
    .bind(ev.id)
    .fetch_one(pool)
    .await?;
    let sectors: Vec<String> =
        sql::query_scalar("SELECT sector_code FROM event_sectors WHERE event_id = $1 ORDER BY sector_code")
            .bind(ev.id)
            .fetch_all(pool)
            .await?;
    let (registered, waitlisted): (i64, i64) = sql::query_as(
        "SELECT coalesce(sum(CASE WHEN status IN ('registered', 'attended') THEN 1 ELSE 0 END), 0),
                coalesce(sum(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END), 0)
         FROM event_registrations WHERE event_id = $1",
    )
    .bind(ev.id)
    .fetch_one(pool)
    .await?;
    Ok(EventEdit {
        slug: Some(ev.slug.clone()),
        org_slug: r.org_slug,
        org_name: Text::new(r.org_name_vi, r.org_name_en),
        fields: EventFields {
            event_type: r.event_type,
            title_vi: ev.title_vi.clone(),
            title_en: ev.title_en.clone().unwrap_or_default(),
            description_vi: ev.description_vi.clone(),
            description_en: ev.description_en.clone().unwrap_or_default(),
            starts: to_local_input(&ev.starts_at),
            ends: to_local_input(&ev.ends_at),
            venue: ev.venue.clone(),
            location_code: r.location_code.unwrap_or_default(),
            capacity: ev.capacity.map(|c| c.to_string()).unwrap_or_default(),
            sectors,
        },
        published: ev.published,
        cancelled: ev.cancelled,
        registered,
        waitlisted,
        locations: locations(pool).await?,
    })
}

/// Wards and communes to choose from: (code, name).
pub async fn locations(pool: &Db) -> sqlx::Result<Vec<(String, String)>> {
    sql::query_as("SELECT code, name_vi FROM locations WHERE level <> 'province' ORDER BY name_vi")
        .fetch_all(pool)
        .await
}

#[derive(sqlx::FromRow)]
struct OrganiserChoice {
    slug: String,
    kind: String,
    name_vi: String,
    name_en: Option<String>,
}

/// The organisations `viewer` manages that hold events (all such organisations for an
/// admin would be too many to list: admins go through an organisation's page).
pub async fn organisers_for(pool: &Db, viewer: &Viewer) -> sqlx::Result<Vec<(String, Text)>> {
    let rows: Vec<OrganiserChoice> = sql::query_as(
        "SELECT o.slug, o.kind, o.name_vi, o.name_en FROM memberships m JOIN organizations o ON o.id = m.org_id
         WHERE m.user_id = $1 AND o.hidden = FALSE ORDER BY o.name_vi",
    )
    .bind(viewer.id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter(|o| OrgKind::parse(&o.kind).is_some_and(organises_events))
        .map(|o| (o.slug, Text::new(o.name_vi, o.name_en)))
        .collect())
}

#[derive(sqlx::FromRow)]
struct OrgEventRow {
    slug: String,
    title_vi: String,
    title_en: Option<String>,
    starts_at: String,
    published: bool,
    cancelled: bool,
}

/// An organisation's events, drafts included, newest first.
pub async fn org_events(pool: &Db, org_id: i64) -> sqlx::Result<Vec<OrgEvent>> {
    let rows: Vec<OrgEventRow> = sql::query_as(
        "SELECT slug, title_vi, title_en, starts_at, published, cancelled_at IS NOT NULL AS cancelled FROM events
         WHERE organiser_org_id = $1 ORDER BY starts_at DESC LIMIT 200",
    )
    .bind(org_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|e| OrgEvent {
            slug: e.slug,
            title: Text::new(e.title_vi, e.title_en),
            starts_at: e.starts_at,
            published: e.published,
            cancelled: e.cancelled,
        })
        .collect())
}
