//! Reading documents out of the database: by key for the outbox, or all of them for a rebuild.
//! Each query also says whether the row is public now, so the indexer deletes what is not.

use crate::backend::db::Conn;
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::domain::search::DocGroup;
use futures_util::TryStreamExt;

/// One document as the index takes it, read by the queries below.
#[derive(Debug, sqlx::FromRow)]
pub struct SearchDoc {
    pub id: i64,
    pub grp: String,
    pub kind: String,
    pub slug: String,
    pub title_vi: String,
    pub title_en: Option<String>,
    pub body_vi: String,
    pub body_en: String,
    pub owner: Option<String>,
    pub sectors: Option<String>,
    pub location: Option<String>,
    pub stages: Option<String>,
    pub type_code: Option<String>,
    pub trl: Option<i64>,
    pub ip: Option<String>,
    pub coop: Option<String>,
    pub verified: bool,
    pub date: Option<String>,
    pub display_date: Option<String>,
    pub expires: Option<String>,
    pub public: bool,
}

/// Columns every group's query produces, in `SearchDoc`'s order.
macro_rules! doc_query {
    ($group:literal, $select:literal, $from:literal, $id:literal) => {
        (
            concat!(
                "SELECT ",
                $id,
                " AS id, '",
                $group,
                "' AS grp, ",
                $select,
                " FROM ",
                $from,
                " WHERE ",
                $id,
                " IN (SELECT CAST(value AS BIGINT) FROM json_each($1))"
            ),
            concat!("SELECT ", $id, " AS id, '", $group, "' AS grp, ", $select, " FROM ", $from, " ORDER BY ", $id),
        )
    };
}

const ORG: (&str, &str) = doc_query!(
    "org",
    "o.kind, o.slug, o.name_vi AS title_vi, o.name_en AS title_en,
     o.short_vi || '\n' || o.description_vi AS body_vi,
     coalesce(o.short_en, '') || '\n' || coalesce(o.description_en, '') AS body_en,
     NULL AS owner,
     (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM org_sectors s WHERE s.org_id = o.id) AS sectors,
     o.location_code AS location,
     coalesce(sp.stage, (SELECT group_concat(stage, ',' ORDER BY stage) FROM investor_stages st WHERE st.org_id = o.id)) AS stages,
     ip.investor_type AS type_code, NULL AS trl, NULL AS ip, NULL AS coop, o.verified,
     o.created_at AS date, NULL AS display_date, NULL AS expires, o.hidden = FALSE AS public",
    "organizations o LEFT JOIN startup_profiles sp ON sp.org_id = o.id
     LEFT JOIN investor_profiles ip ON ip.org_id = o.id",
    "o.id"
);

const OFFER: (&str, &str) = doc_query!(
    "offer",
    "'offer' AS kind, t.slug, t.title_vi, t.title_en,
     t.summary_vi || '\n' || t.problem_vi || '\n' || t.advantages_vi || '\n' || t.applications_vi AS body_vi,
     coalesce(t.summary_en, '') AS body_en, o.name_vi AS owner,
     (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM offer_sectors s WHERE s.offer_id = t.id) AS sectors,
     o.location_code AS location, NULL AS stages, NULL AS type_code, t.trl, t.ip_status AS ip,
     (SELECT group_concat(coop_type, ',' ORDER BY coop_type) FROM offer_cooperation c WHERE c.offer_id = t.id) AS coop, o.verified,
     coalesce(t.published_at, t.created_at) AS date, t.published_at AS display_date,
     CASE WHEN t.status = 'transferred' THEN NULL ELSE t.expires_at END AS expires,
     t.status IN ('published', 'transferred') AND o.hidden = FALSE AS public",
    "technology_offers t JOIN organizations o ON o.id = t.org_id",
    "t.id"
);

const CHALLENGE: (&str, &str) = doc_query!(
    "challenge",
    "'challenge' AS kind, c.slug, c.title_vi, c.title_en,
     c.problem_vi || '\n' || c.desired_result_vi || '\n' || c.constraints_vi AS body_vi,
     coalesce(c.problem_en, '') AS body_en, o.name_vi AS owner,
     (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM challenge_sectors s WHERE s.challenge_id = c.id) AS sectors,
     o.location_code AS location, NULL AS stages,
     CASE WHEN c.is_task_order = TRUE THEN 'task_order' ELSE 'challenge' END AS type_code,
     c.trl_min AS trl, NULL AS ip, NULL AS coop, o.verified,
     coalesce(c.published_at, c.created_at) AS date, c.deadline AS display_date, NULL AS expires,
     c.status <> 'draft' AND o.hidden = FALSE AS public",
    "challenges c JOIN organizations o ON o.id = c.org_id",
    "c.id"
);

const RESEARCH: (&str, &str) = doc_query!(
    "research",
    "'research' AS kind, r.slug, r.title_vi, r.title_en,
     r.abstract_vi || '\n' || r.authors AS body_vi, coalesce(r.abstract_en, '') AS body_en, o.name_vi AS owner,
     (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM research_sectors s WHERE s.research_id = r.id) AS sectors,
     o.location_code AS location, NULL AS stages, r.output_type AS type_code, NULL AS trl, NULL AS ip,
     NULL AS coop, o.verified, r.created_at AS date, CAST(r.year AS TEXT) AS display_date, NULL AS expires,
     r.status = 'published' AND o.hidden = FALSE AS public",
    "research_outputs r JOIN organizations o ON o.id = r.org_id",
    "r.id"
);

const PROGRAMME: (&str, &str) = doc_query!(
    "programme",
    "'programme' AS kind, p.slug, p.title_vi, p.title_en,
     p.description_vi || '\n' || p.eligibility_vi || '\n' || p.benefits_vi AS body_vi,
     coalesce(p.description_en, '') AS body_en, o.name_vi AS owner,
     (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM programme_sectors s WHERE s.programme_id = p.id) AS sectors,
     o.location_code AS location, NULL AS stages, p.programme_type AS type_code, NULL AS trl, NULL AS ip,
     NULL AS coop, o.verified, p.created_at AS date, p.closes_on AS display_date, NULL AS expires,
     p.published = TRUE AND o.hidden = FALSE AS public",
    "programmes p JOIN organizations o ON o.id = p.org_id",
    "p.id"
);

const EVENT: (&str, &str) = doc_query!(
    "event",
    "'event' AS kind, e.slug, e.title_vi, e.title_en,
     e.description_vi || '\n' || e.venue AS body_vi, coalesce(e.description_en, '') AS body_en,
     o.name_vi AS owner,
     (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM event_sectors s WHERE s.event_id = e.id) AS sectors,
     coalesce(e.location_code, o.location_code) AS location, NULL AS stages, e.event_type AS type_code,
     NULL AS trl, NULL AS ip, NULL AS coop, o.verified, e.created_at AS date, e.starts_at AS display_date,
     NULL AS expires, e.published = TRUE AND o.hidden = FALSE AS public",
    "events e JOIN organizations o ON o.id = e.organiser_org_id",
    "e.id"
);

fn queries(group: DocGroup) -> (&'static str, &'static str) {
    match group {
        DocGroup::Org => ORG,
        DocGroup::Offer => OFFER,
        DocGroup::Challenge => CHALLENGE,
        DocGroup::Research => RESEARCH,
        DocGroup::Programme => PROGRAMME,
        DocGroup::Event => EVENT,
    }
}

/// The current state of the given documents of one group (missing ids were deleted).
pub async fn load<'e>(conn: impl sql::Exec<'e>, group: DocGroup, ids: &[i64]) -> Result<Vec<SearchDoc>, sqlx::Error> {
    let ids = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
    sql::query_as::<SearchDoc>(queries(group).0).bind(ids).fetch_all(conn).await
}

/// Streams every document of one group, public or not, to `each`.
pub async fn for_each<E: From<sqlx::Error>>(
    conn: &mut Conn,
    group: DocGroup,
    mut each: impl FnMut(SearchDoc) -> Result<(), E>,
) -> Result<(), E> {
    let mut rows = sql::query_as::<SearchDoc>(queries(group).1).fetch(conn);
    while let Some(doc) = rows.try_next().await? {
        each(doc)?;
    }
    Ok(())
}

/// How many documents a rebuild will read (for the progress bar).
pub async fn count_all(pool: &Db) -> Result<u64, sqlx::Error> {
    let n: i64 = sql::query_scalar(
        "SELECT (SELECT COUNT(*) FROM organizations) + (SELECT COUNT(*) FROM technology_offers)
              + (SELECT COUNT(*) FROM challenges) + (SELECT COUNT(*) FROM research_outputs)
              + (SELECT COUNT(*) FROM programmes) + (SELECT COUNT(*) FROM events)",
    )
    .fetch_one(pool)
    .await?;
    Ok(n.max(0) as u64)
}
