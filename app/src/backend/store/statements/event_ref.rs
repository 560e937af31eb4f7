//! An event as the handlers see it before acting on it (its page, its management, its
//! registrations).

use crate::backend::db::sql;
use crate::backend::db::{Db, now_iso};

/// What the handlers need to know about an event before acting on it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EventRef {
    pub id: i64,
    pub slug: String,
    pub org_id: i64,
    pub org_hidden: bool,
    pub published: bool,
    pub cancelled: bool,
    pub title_vi: String,
    pub title_en: Option<String>,
    pub description_vi: String,
    pub description_en: Option<String>,
    pub starts_at: String,
    pub ends_at: String,
    pub venue: String,
    pub capacity: Option<i64>,
}

impl EventRef {
    /// Anyone may see it (its page, its calendar file, its registration box).
    pub fn is_public(&self) -> bool {
        self.published && !self.org_hidden
    }

    pub fn has_started(&self) -> bool {
        self.starts_at <= now_iso()
    }
}

pub async fn by_slug(pool: &Db, slug: &str) -> sqlx::Result<Option<EventRef>> {
    sql::query_as(
        "SELECT e.id, e.slug, e.organiser_org_id AS org_id, o.hidden AS org_hidden, e.published,
                e.cancelled_at IS NOT NULL AS cancelled, e.title_vi, e.title_en, e.description_vi, e.description_en,
                e.starts_at, e.ends_at, e.venue, e.capacity
         FROM events e JOIN organizations o ON o.id = e.organiser_org_id WHERE e.slug = $1",
    )
    .bind(slug)
    .fetch_optional(pool)
    .await
}
