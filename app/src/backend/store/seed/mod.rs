//! Deterministic demo data (`seed-demo`): a plausible, clearly fictional ecosystem of the
//! province, every row marked `sample = TRUE`. The same seed gives byte-identical data: one
//! ChaCha8 stream drives every choice and every time is an offset from a fixed anchor
//! (2026-06-01). Seeding replaces the previous demo data in one write transaction.
//! `scale` multiplies the organisations and documents, for benchmarks.

mod about;
mod activity;
mod applications;
mod batch;
mod catalogue;
mod challenges;
mod collab;
mod cx;
mod draft;
mod events;
pub mod journeys;
mod names;
mod offers;
mod org_rows;
mod orgs;
mod profiles;
mod prose;
mod publishing;
mod research;
mod users;

#[cfg(test)]
mod tests;

use crate::backend::db::Db;
use crate::backend::db::sql;
use std::collections::HashMap;

use crate::domain::OrgKind;
use cx::{Cx, Slugs};

/// What to generate: `scale` 1 gives the demo sizes, N gives N times the organisations,
/// offers, challenges, research, programmes, events and collaborations.
pub struct SeedOptions {
    pub seed: u64,
    pub scale: u32,
    /// The moment seeded for (Unix seconds): once the calendar has passed the demo's own "now"
    /// (2026-11-23), what must stay current (events, expiry, deadlines, open calls) moves
    /// forward in whole weeks, so the demo looks as full on any day as on that one.
    pub now: i64,
}

impl SeedOptions {
    /// Seeding for the present moment.
    pub fn new(seed: u64, scale: u32) -> SeedOptions {
        SeedOptions { seed, scale, now: crate::backend::vn_time::now().timestamp() }
    }
}

/// How many rows of each kind were written.
#[derive(Debug, Default)]
pub struct SeedReport {
    pub organizations: u64,
    pub offers: u64,
    pub challenges: u64,
    pub research: u64,
    pub programmes: u64,
    pub events: u64,
    pub collaborations: u64,
    pub users: u64,
}

/// Marks the KPI actuals written by the generator, so that re-seeding replaces only them.
pub const DEMO_NOTE: &str = "Số liệu minh hoạ (dữ liệu mẫu)";

/// Rows written per unit of scale, roughly; only for the progress bar's total.
const ROWS_PER_SCALE: u64 = 4_800;

/// Replaces all demo data by freshly generated data; `progress(done, total)` is called
/// every thousand rows or so. Nothing is left half-written on error.
#[tracing::instrument(skip_all, fields(seed = opts.seed, scale = opts.scale))]
pub async fn seed_demo(
    pool: &Db,
    opts: &SeedOptions,
    progress: &(dyn Fn(u64, u64) + Send + Sync),
) -> Result<SeedReport, sqlx::Error> {
    Ok(seed(pool, opts, progress, false).await?.unwrap_or_default())
}

/// `seed_demo` on a database without organisations only (`None` otherwise). The check runs
/// under the write lock, so of several servers started together on one empty database exactly
/// one seeds it.
pub async fn seed_demo_if_empty(
    pool: &Db,
    opts: &SeedOptions,
    progress: &(dyn Fn(u64, u64) + Send + Sync),
) -> Result<Option<SeedReport>, sqlx::Error> {
    seed(pool, opts, progress, true).await
}

async fn seed(
    pool: &Db,
    opts: &SeedOptions,
    progress: &(dyn Fn(u64, u64) + Send + Sync),
    only_if_empty: bool,
) -> Result<Option<SeedReport>, sqlx::Error> {
    let scale = opts.scale.max(1);
    let mut tx = crate::backend::db::begin_write(pool).await?;
    if only_if_empty {
        let organizations: i64 = sql::query_scalar("SELECT COUNT(*) FROM organizations").fetch_one(&mut tx).await?;
        if organizations > 0 {
            return Ok(None);
        }
    }
    let mut cx = Cx::new(tx, opts.seed, scale, ROWS_PER_SCALE * u64::from(scale), progress);
    clear(&mut cx).await?;
    let mut w = World::load(&mut cx).await?;
    w.shift = events::shift(opts.now);
    users::insert(&mut cx, &mut w).await?;
    orgs::insert(&mut cx, &mut w).await?;
    users::memberships(&mut cx, &mut w).await?;
    research::insert(&mut cx, &mut w).await?;
    offers::insert(&mut cx, &mut w).await?;
    challenges::insert(&mut cx, &mut w).await?;
    activity::insert(&mut cx, &mut w).await?;
    events::insert(&mut cx, &mut w).await?;
    collab::insert(&mut cx, &mut w).await?;
    collab::kpi_actuals(&mut cx, &w).await?;
    // last, so that every row drawn before keeps its values (and the judged pairs their slugs)
    offers::newer(&mut cx, &mut w).await?;
    cx.finish().await?;
    // The generator chose the ids; what is inserted next takes them from the sequences.
    crate::backend::db::sync_id_sequences(&mut cx.tx).await?;
    journeys::insert(&mut cx).await?;
    publishing::review_queue(&mut cx).await?;
    users::demo_passwords(&mut cx).await?;
    users::demo_claims(&mut cx).await?;
    cx.tx.commit().await?;
    Ok(Some(w.report))
}

/// Deletes the previous demo data. Children go first, in bulk, so that the cascades of the
/// final `DELETE FROM organizations` find little left to scan.
async fn clear(cx: &mut Cx<'_>) -> Result<(), sqlx::Error> {
    const STEPS: &[&str] = &[
        "DELETE FROM collaboration_requests WHERE sample = TRUE",
        "DELETE FROM event_registrations WHERE event_id IN (SELECT id FROM events WHERE sample = TRUE)",
        "DELETE FROM events WHERE sample = TRUE",
        "DELETE FROM application_transitions WHERE application_id IN (SELECT id FROM applications WHERE sample = TRUE)",
        "DELETE FROM applications WHERE sample = TRUE",
        "DELETE FROM programmes WHERE sample = TRUE",
        "DELETE FROM technology_offers WHERE sample = TRUE",
        "DELETE FROM challenges WHERE sample = TRUE",
        "DELETE FROM research_outputs WHERE sample = TRUE",
        "UPDATE organizations SET verified_by = NULL WHERE sample = FALSE AND verified_by IN (SELECT id FROM users WHERE sample = TRUE)",
        "UPDATE org_claims SET decided_by = NULL WHERE decided_by IN (SELECT id FROM users WHERE sample = TRUE)",
        "DELETE FROM organizations WHERE sample = TRUE",
        "DELETE FROM users WHERE sample = TRUE",
    ];
    for step in STEPS {
        sql::query(*step).execute(&mut *cx.tx).await?;
    }
    sql::query("DELETE FROM kpi_actuals WHERE source_note = $1").bind(DEMO_NOTE).execute(&mut *cx.tx).await?;
    Ok(())
}

pub struct Place {
    pub code: String,
    pub name: String,
}

pub struct User {
    pub id: i64,
    pub name: String,
    pub email: String,
}

pub struct Org {
    pub id: i64,
    pub kind: OrgKind,
    pub name_vi: String,
    pub sectors: Vec<&'static str>,
    /// index into `World::places`; `None` for Hà Nội or an unknown place
    pub place: Option<usize>,
    pub stage: Option<&'static str>,
    pub stages: Vec<&'static str>,
    pub investor_type: Option<&'static str>,
    /// an investor's ticket range in VND
    pub ticket: (i64, i64),
    pub members: Vec<i64>,
}

pub struct OfferRef {
    pub id: i64,
    pub org: usize,
    pub status: &'static str,
    pub title_vi: String,
    /// The technology's name (vi): `offers::newer` prefers technologies not offered yet.
    pub tech: &'static str,
}

pub struct ChallengeRef {
    pub id: i64,
    pub org: usize,
    pub status: &'static str,
    pub title_vi: String,
}

/// Everything generated so far, which later steps link to.
#[derive(Default)]
pub struct World {
    pub places: Vec<Place>,
    pub has_hanoi: bool,
    pub users: Vec<User>,
    pub admin: Option<i64>,
    /// staff who review programme applications
    pub reviewers: Vec<i64>,
    pub orgs: Vec<Org>,
    pub hubs: Vec<usize>,
    pub startups: Vec<usize>,
    pub investors: Vec<usize>,
    pub knowledge: Vec<usize>,
    pub enterprises: Vec<usize>,
    pub agencies: Vec<usize>,
    pub brokers: Vec<usize>,
    pub dept: usize,
    pub research_by_org: HashMap<usize, Vec<i64>>,
    pub offers: Vec<OfferRef>,
    pub challenges: Vec<ChallengeRef>,
    pub next: NextIds,
    pub report: SeedReport,
    /// How far what must stay current moves forward (`events::shift` of the options' `now`).
    pub shift: i64,
    /// the offers' slugs, kept for the offers drawn last (`offers::newer`)
    offer_slugs: Slugs,
}

/// The next free id of each table whose ids the generator assigns itself.
#[derive(Default)]
pub struct NextIds {
    pub user: i64,
    pub org: i64,
    pub offer: i64,
    pub challenge: i64,
    pub research: i64,
    pub request: i64,
    pub programme: i64,
    pub question: i64,
    pub application: i64,
    pub event: i64,
}

impl World {
    async fn load(cx: &mut Cx<'_>) -> Result<World, sqlx::Error> {
        let places: Vec<(String, String)> =
            sql::query_as("SELECT code, name_vi FROM locations WHERE parent_code = 'ninh-binh' ORDER BY code")
                .fetch_all(&mut *cx.tx)
                .await?;
        let hanoi: Option<(String,)> =
            sql::query_as("SELECT code FROM locations WHERE code = 'ha-noi'").fetch_optional(&mut *cx.tx).await?;
        let mut w = World {
            places: places.into_iter().map(|(code, name)| Place { code, name }).collect(),
            has_hanoi: hanoi.is_some(),
            ..World::default()
        };
        let max = |sql: &'static str| sql::query_scalar::<i64>(sql);
        let tx = &mut *cx.tx;
        w.next = NextIds {
            user: max("SELECT COALESCE(MAX(id), 0) + 1 FROM users").fetch_one(&mut *tx).await?,
            org: max("SELECT COALESCE(MAX(id), 0) + 1 FROM organizations").fetch_one(&mut *tx).await?,
            offer: max("SELECT COALESCE(MAX(id), 0) + 1 FROM technology_offers").fetch_one(&mut *tx).await?,
            challenge: max("SELECT COALESCE(MAX(id), 0) + 1 FROM challenges").fetch_one(&mut *tx).await?,
            research: max("SELECT COALESCE(MAX(id), 0) + 1 FROM research_outputs").fetch_one(&mut *tx).await?,
            request: max("SELECT COALESCE(MAX(id), 0) + 1 FROM collaboration_requests").fetch_one(&mut *tx).await?,
            programme: max("SELECT COALESCE(MAX(id), 0) + 1 FROM programmes").fetch_one(&mut *tx).await?,
            question: max("SELECT COALESCE(MAX(id), 0) + 1 FROM programme_questions").fetch_one(&mut *tx).await?,
            application: max("SELECT COALESCE(MAX(id), 0) + 1 FROM applications").fetch_one(&mut *tx).await?,
            event: max("SELECT COALESCE(MAX(id), 0) + 1 FROM events").fetch_one(&mut *tx).await?,
        };
        Ok(w)
    }

    /// The place's name for addresses and prose ("Phường Hoa Lư"), or the province's.
    pub fn place_name(&self, place: Option<usize>) -> &str {
        match place {
            Some(i) => &self.places[i].name,
            None => "Hà Nội",
        }
    }

    pub fn place_code(&self, place: Option<usize>) -> Option<&str> {
        match place {
            Some(i) => Some(self.places[i].code.as_str()),
            None if self.has_hanoi => Some("ha-noi"),
            None => None,
        }
    }

    /// A member of the org to act on its behalf, if it has any.
    pub fn member_of(&self, org: usize) -> Option<i64> {
        self.orgs[org].members.first().copied()
    }
}

/// Slugs already used by rows that are not demo data, so generated slugs never collide.
async fn taken_slugs(cx: &mut Cx<'_>, sql: &'static str) -> Result<Slugs, sqlx::Error> {
    let rows: Vec<String> = sql::query_scalar(sql).fetch_all(&mut *cx.tx).await?;
    Ok(Slugs::taken(rows))
}

/// How many organisations there are (`seed-demo --if-empty` keeps a filled database).
pub async fn organization_count(pool: &Db) -> sqlx::Result<i64> {
    sql::query_scalar("SELECT COUNT(*) FROM organizations").fetch_one(pool).await
}

/// Empties the search outbox after a bulk load: the index rebuild that follows covers it.
pub async fn clear_search_outbox(pool: &Db) -> sqlx::Result<()> {
    sql::query("DELETE FROM search_outbox").execute(pool).await?;
    Ok(())
}
