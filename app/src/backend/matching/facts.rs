//! What the structured fit looks at, for the subject and every candidate: one row per item
//! from the database, with the same visibility rules as the public lists (narrowed to what is
//! still available: a published, unexpired offer; an open challenge before its deadline; a
//! programme not yet closed).

use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::domain::search::DocGroup;

#[derive(Debug, sqlx::FromRow)]
struct Row {
    id: i64,
    org_id: i64,
    kind: String,
    slug: String,
    title_vi: String,
    title_en: Option<String>,
    owner_vi: Option<String>,
    owner_en: Option<String>,
    sectors: Option<String>,
    ward: Option<String>,
    ward_name: Option<String>,
    province: Option<String>,
    province_name: Option<String>,
    stage: Option<String>,
    stages: Option<String>,
    ticket_min: Option<i64>,
    ticket_max: Option<i64>,
    needs: Option<String>,
    services: Option<String>,
    trl: Option<i64>,
    trl_min: Option<i64>,
    coop: Option<String>,
    programme_type: Option<String>,
    opens_on: Option<String>,
    closes_on: Option<String>,
    task_order: bool,
    text: String,
    visible: bool,
}

/// One side of a pair.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub group: Option<DocGroup>,
    pub id: i64,
    /// The organisation itself, or the one behind a listing.
    pub org_id: i64,
    /// An organisation's kind code, or `offer`, `challenge`, `programme`.
    pub kind: String,
    pub slug: String,
    pub title_vi: String,
    pub title_en: Option<String>,
    pub owner_vi: Option<String>,
    pub owner_en: Option<String>,
    pub sectors: Vec<String>,
    /// A ward or commune (`None` when the place is a province or unknown).
    pub ward: Option<(String, String)>,
    pub province: Option<(String, String)>,
    pub stage: Option<String>,
    pub stages: Vec<String>,
    pub ticket: (Option<i64>, Option<i64>),
    pub needs: Vec<String>,
    pub services: Vec<String>,
    pub trl: Option<i64>,
    pub trl_min: Option<i64>,
    pub coop: Vec<String>,
    pub programme_type: Option<String>,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    pub task_order: bool,
    /// Title and body as the text similarity reads them.
    pub text: String,
    pub visible: bool,
}

fn list(csv: Option<String>) -> Vec<String> {
    let mut v: Vec<String> = csv.unwrap_or_default().split(',').filter(|c| !c.is_empty()).map(str::to_string).collect();
    v.sort();
    v
}

impl Facts {
    fn from_row(group: DocGroup, r: Row) -> Facts {
        let level_ward = r.ward.is_some() && r.province.as_deref() != r.ward.as_deref();
        Facts {
            group: Some(group),
            id: r.id,
            org_id: r.org_id,
            kind: r.kind,
            slug: r.slug,
            text: format!("{}\n{}", r.title_vi, r.text),
            title_vi: r.title_vi,
            title_en: r.title_en,
            owner_vi: r.owner_vi,
            owner_en: r.owner_en,
            sectors: list(r.sectors),
            ward: if level_ward { r.ward.zip(r.ward_name) } else { None },
            province: r.province.zip(r.province_name),
            stage: r.stage,
            stages: list(r.stages),
            ticket: (r.ticket_min, r.ticket_max),
            needs: list(r.needs),
            services: list(r.services),
            trl: r.trl,
            trl_min: r.trl_min,
            coop: list(r.coop),
            programme_type: r.programme_type,
            opens_on: r.opens_on,
            closes_on: r.closes_on,
            task_order: r.task_order,
            visible: r.visible,
        }
    }

    pub fn is_org(&self) -> bool {
        self.group == Some(DocGroup::Org)
    }
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
       o.short_vi || '\n' || o.description_vi || '\n' || coalesce(ep.innovation_needs_vi, '')
         || '\n' || coalesce(ins.research_areas_vi, '') AS text,
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
       t.summary_vi || '\n' || t.problem_vi || '\n' || t.applications_vi AS text,
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
       c.problem_vi || '\n' || c.desired_result_vi AS text,
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
       p.description_vi || '\n' || p.eligibility_vi AS text,
       p.published = TRUE AND o.hidden = FALSE AND p.closes_on >= $2 AS visible
     FROM programmes p JOIN organizations o ON o.id = p.org_id",
    place_join!(),
    " WHERE p.id IN (SELECT CAST(value AS BIGINT) FROM json_each($1))"
);

/// The facts of the given items of one group, visible or not (see `Facts::visible`).
pub async fn load(db: &Db, group: DocGroup, ids: &[i64], today: &str) -> Result<Vec<Facts>, sqlx::Error> {
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
    let rows: Vec<Row> = sql::query_as(sql).bind(ids).bind(today).fetch_all(db).await?;
    Ok(rows.into_iter().map(|r| Facts::from_row(group, r)).collect())
}
