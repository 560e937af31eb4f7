//! What matching reads: a subject's id by its address and the facts of items, under the public
//! lists' visibility rules.

use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::domain::matching::SubjectKind;
use crate::domain::search::DocGroup;

/// A subject of suggestions: its id and the organisation it is for (itself, or the owner of
/// the listing).
#[derive(Clone, Copy, Debug, sqlx::FromRow)]
pub struct Subject {
    pub id: i64,
    pub org_id: i64,
}

/// A subject by its public address, under the public pages' rules.
pub async fn subject(db: &Db, kind: SubjectKind, slug: &str) -> sqlx::Result<Option<Subject>> {
    let sql = match kind {
        SubjectKind::Org => "SELECT id, id AS org_id FROM organizations WHERE slug = $1 AND hidden = FALSE",
        SubjectKind::Offer => {
            "SELECT t.id, t.org_id FROM technology_offers t JOIN organizations o ON o.id = t.org_id
              WHERE t.slug = $1 AND t.status IN ('published', 'transferred') AND o.hidden = FALSE"
        }
        SubjectKind::Challenge => {
            "SELECT c.id, c.org_id FROM challenges c JOIN organizations o ON o.id = c.org_id
              WHERE c.slug = $1 AND c.status <> 'draft' AND o.hidden = FALSE"
        }
    };
    sql::query_as(sql).bind(slug).fetch_optional(db).await
}

#[derive(Debug, sqlx::FromRow)]
pub struct FactsRow {
    pub id: i64,
    pub org_id: i64,
    pub kind: String,
    pub slug: String,
    pub title_vi: String,
    pub title_en: Option<String>,
    pub owner_vi: Option<String>,
    pub owner_en: Option<String>,
    pub sectors: Option<String>,
    pub ward: Option<String>,
    pub ward_name: Option<String>,
    pub province: Option<String>,
    pub province_name: Option<String>,
    pub stage: Option<String>,
    pub stages: Option<String>,
    pub ticket_min: Option<i64>,
    pub ticket_max: Option<i64>,
    pub needs: Option<String>,
    pub services: Option<String>,
    pub trl: Option<i64>,
    pub trl_min: Option<i64>,
    pub coop: Option<String>,
    pub programme_type: Option<String>,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    pub task_order: bool,
    pub text: String,
    pub visible: bool,
}

/// The place columns every query ends its SELECT with (`l`: the organisation's place).
macro_rules! place {
    () => {
        "l.code AS ward, l.name_vi AS ward_name, coalesce(pl.code, l.code) AS province,
         coalesce(pl.name_vi, l.name_vi) AS province_name"
    };
}
macro_rules! place_join {
    () => {
        " LEFT JOIN locations l ON l.code = o.location_code LEFT JOIN locations pl ON pl.code = l.parent_code"
    };
}

const ORG: &str = concat!(
    "SELECT o.id, o.id AS org_id, o.kind, o.slug, o.name_vi AS title_vi, o.name_en AS title_en,
       NULL AS owner_vi, NULL AS owner_en,
       (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM org_sectors s WHERE s.org_id = o.id) AS sectors, ",
    place!(),
    ", sp.stage, (SELECT group_concat(stage, ',' ORDER BY stage) FROM investor_stages st WHERE st.org_id = o.id) AS stages,
       ip.ticket_min_vnd AS ticket_min, ip.ticket_max_vnd AS ticket_max,
       (SELECT group_concat(need, ',' ORDER BY need) FROM startup_needs n WHERE n.org_id = o.id) AS needs,
       (SELECT group_concat(service, ',' ORDER BY service) FROM incubator_services x WHERE x.org_id = o.id) AS services,
       NULL AS trl, NULL AS trl_min, NULL AS coop, NULL AS programme_type, NULL AS opens_on, NULL AS closes_on,
       FALSE AS task_order,
       CASE WHEN $3 THEN o.short_vi || '\n' || o.description_vi || '\n' || coalesce(ep.innovation_needs_vi, '')
         || '\n' || coalesce(ins.research_areas_vi, '') ELSE '' END AS text,
       o.hidden = FALSE AND $2 <> '' AS visible
     FROM organizations o",
    place_join!(),
    " LEFT JOIN startup_profiles sp ON sp.org_id = o.id LEFT JOIN investor_profiles ip ON ip.org_id = o.id
     LEFT JOIN enterprise_profiles ep ON ep.org_id = o.id LEFT JOIN institute_profiles ins ON ins.org_id = o.id
     WHERE o.id IN (SELECT CAST(value AS BIGINT) FROM json_each($1))"
);

const OFFER: &str = concat!(
    "SELECT t.id, t.org_id, 'offer' AS kind, t.slug, t.title_vi, t.title_en, o.name_vi AS owner_vi, o.name_en AS owner_en,
       (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM offer_sectors s WHERE s.offer_id = t.id) AS sectors, ",
    place!(),
    ", NULL AS stage, NULL AS stages, NULL AS ticket_min, NULL AS ticket_max, NULL AS needs, NULL AS services,
       t.trl, NULL AS trl_min, (SELECT group_concat(coop_type, ',' ORDER BY coop_type) FROM offer_cooperation c WHERE c.offer_id = t.id) AS coop,
       NULL AS programme_type, NULL AS opens_on, NULL AS closes_on, FALSE AS task_order,
       CASE WHEN $3 THEN t.summary_vi || '\n' || t.problem_vi || '\n' || t.applications_vi ELSE '' END AS text,
       t.status = 'published' AND o.hidden = FALSE
         AND (t.expires_at IS NULL OR substr(t.expires_at, 1, 10) >= $2) AS visible
     FROM technology_offers t JOIN organizations o ON o.id = t.org_id",
    place_join!(),
    " WHERE t.id IN (SELECT CAST(value AS BIGINT) FROM json_each($1))"
);

const CHALLENGE: &str = concat!(
    "SELECT c.id, c.org_id, 'challenge' AS kind, c.slug, c.title_vi, c.title_en, o.name_vi AS owner_vi,
       o.name_en AS owner_en,
       (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM challenge_sectors s WHERE s.challenge_id = c.id) AS sectors, ",
    place!(),
    ", NULL AS stage, NULL AS stages, c.budget_min_vnd AS ticket_min, c.budget_max_vnd AS ticket_max, NULL AS needs,
       NULL AS services, NULL AS trl, c.trl_min, NULL AS coop, NULL AS programme_type, NULL AS opens_on,
       c.deadline AS closes_on, c.is_task_order = TRUE AS task_order,
       CASE WHEN $3 THEN c.problem_vi || '\n' || c.desired_result_vi ELSE '' END AS text,
       c.status IN ('open', 'in_discussion') AND o.hidden = FALSE AND (c.deadline IS NULL OR c.deadline >= $2) AS visible
     FROM challenges c JOIN organizations o ON o.id = c.org_id",
    place_join!(),
    " WHERE c.id IN (SELECT CAST(value AS BIGINT) FROM json_each($1))"
);

const PROGRAMME: &str = concat!(
    "SELECT p.id, p.org_id, 'programme' AS kind, p.slug, p.title_vi, p.title_en, o.name_vi AS owner_vi,
       o.name_en AS owner_en,
       (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM programme_sectors s WHERE s.programme_id = p.id) AS sectors, ",
    place!(),
    ", NULL AS stage, NULL AS stages, NULL AS ticket_min, NULL AS ticket_max, NULL AS needs, NULL AS services,
       NULL AS trl, NULL AS trl_min, NULL AS coop, p.programme_type, p.opens_on, p.closes_on, FALSE AS task_order,
       CASE WHEN $3 THEN p.description_vi || '\n' || p.eligibility_vi ELSE '' END AS text,
       p.published = TRUE AND o.hidden = FALSE AND p.closes_on >= $2 AS visible
     FROM programmes p JOIN organizations o ON o.id = p.org_id",
    place_join!(),
    " WHERE p.id IN (SELECT CAST(value AS BIGINT) FROM json_each($1))"
);

/// The rows of the given items of one group, visible or not (`visible` says); `text` empty
/// unless `with_text` (only the subject's is read: a candidate's would be ~1 KB each of ~430 at
/// 100k documents, for nothing).
pub async fn facts(db: &Db, group: DocGroup, ids: &[i64], today: &str, with_text: bool) -> sqlx::Result<Vec<FactsRow>> {
    let sql = match group {
        DocGroup::Org => ORG,
        DocGroup::Offer => OFFER,
        DocGroup::Challenge => CHALLENGE,
        DocGroup::Programme => PROGRAMME,
        DocGroup::Research | DocGroup::Event => return Ok(Vec::new()),
    };
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let ids = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
    sql::query_as(sql).bind(ids).bind(today).bind(with_text).fetch_all(db).await
}
