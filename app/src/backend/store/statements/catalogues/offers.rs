use super::CatalogueSql;
use crate::domain::FacetKey;

macro_rules! cols {
    () => {
        "SELECT t.slug, t.title_vi, t.title_en, t.summary_vi, t.summary_en,
                o.slug AS org_slug, o.kind AS org_kind, o.name_vi AS org_name_vi, o.name_en AS org_name_en,
                o.verified AS org_verified,
                (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM offer_sectors s WHERE s.offer_id = t.id) AS sectors,
                t.ip_status AS type_code, t.status, t.trl, t.published_at AS date, t.expires_at AS end_date,
                t.price_vnd AS amount_vnd, t.sample "
    };
}

macro_rules! filter {
    () => {
        " FROM technology_offers t JOIN organizations o ON o.id = t.org_id
         WHERE t.status IN ('published', 'transferred') AND o.hidden = FALSE
           -- a listing expires 12 months after publication unless renewed
           AND (t.status = 'transferred' OR t.expires_at IS NULL OR substr(t.expires_at, 1, 10) >= $9)
           AND ($1 IS NULL OR EXISTS (SELECT 1 FROM offer_sectors s WHERE s.offer_id = t.id AND s.sector_code = $1))
           AND ($4 IS NULL OR t.trl = CAST($4 AS BIGINT))
           AND ($5 IS NULL OR t.ip_status = $5)
           AND ($6 IS NULL OR EXISTS (SELECT 1 FROM offer_cooperation c WHERE c.offer_id = t.id AND c.coop_type = $6))
           AND ($10 IS NULL OR t.title_folded LIKE $10 ESCAPE '\\')
           AND coalesce($2, $3, $7, $8, '1') IS NOT NULL "
    };
}

pub const SQL: CatalogueSql = CatalogueSql {
    count: concat!("SELECT COUNT(*)", filter!()),
    page: concat!(
        cols!(),
        filter!(),
        " ORDER BY CASE WHEN $11 = 'newest' THEN t.published_at END DESC, t.title_folded, t.id LIMIT $12 OFFSET $13"
    ),
    facets: &[
        (
            FacetKey::Sector,
            concat!(
                "SELECT s.sector_code, NULL, COUNT(*) FROM offer_sectors s WHERE s.offer_id IN (SELECT t.id",
                filter!(),
                ") GROUP BY s.sector_code"
            ),
        ),
        (FacetKey::Trl, concat!("SELECT CAST(t.trl AS TEXT), NULL, COUNT(*)", filter!(), " GROUP BY t.trl")),
        (FacetKey::Ip, concat!("SELECT t.ip_status, NULL, COUNT(*)", filter!(), " GROUP BY t.ip_status")),
        (
            FacetKey::Coop,
            concat!(
                "SELECT c.coop_type, NULL, COUNT(*) FROM offer_cooperation c WHERE c.offer_id IN (SELECT t.id",
                filter!(),
                ") GROUP BY c.coop_type"
            ),
        ),
    ],
    by_org: concat!(
        cols!(),
        " FROM technology_offers t JOIN organizations o ON o.id = t.org_id
         WHERE t.org_id = $1 AND t.status IN ('published', 'transferred')
           AND (t.status = 'transferred' OR t.expires_at IS NULL OR substr(t.expires_at, 1, 10) >= date('now', '+7 hours'))
         ORDER BY t.published_at DESC LIMIT $2"
    ),
    detail: concat!(
        cols!(),
        ", t.id, t.org_id, t.summary_vi AS body_1_vi, t.summary_en AS body_1_en, t.problem_vi AS body_2_vi,
           t.advantages_vi AS body_3_vi, t.applications_vi AS body_4_vi, t.ip_number AS fact_1,
           (SELECT group_concat(coop_type, ',' ORDER BY coop_type) FROM offer_cooperation c WHERE c.offer_id = t.id) AS fact_2
         FROM technology_offers t JOIN organizations o ON o.id = t.org_id
         WHERE t.slug = $1 AND t.status IN ('published', 'transferred') AND o.hidden = FALSE
           AND (t.status = 'transferred' OR t.expires_at IS NULL OR substr(t.expires_at, 1, 10) >= date('now', '+7 hours'))"
    ),
    sections: &["summary", "problem", "advantages", "applications"],
    related: "SELECT r.slug, r.title_vi, r.title_en, r.abstract_vi AS summary_vi, r.abstract_en AS summary_en,
                o.slug AS org_slug, o.kind AS org_kind, o.name_vi AS org_name_vi, o.name_en AS org_name_en,
                o.verified AS org_verified,
                (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM research_sectors s WHERE s.research_id = r.id) AS sectors,
                r.output_type AS type_code, NULL AS status, NULL AS trl, CAST(r.year AS TEXT) AS date,
                NULL AS end_date, NULL AS amount_vnd, r.sample
           FROM offer_research x JOIN research_outputs r ON r.id = x.research_id
           JOIN organizations o ON o.id = r.org_id
          WHERE x.offer_id = $1 AND $2 IS NOT NULL AND r.status = 'published' ORDER BY r.year DESC",
    newest: concat!(
        cols!(),
        ", COALESCE(t.published_at, t.created_at) AS published, t.updated_at AS updated",
        filter!(),
        " ORDER BY published DESC, t.id DESC LIMIT $11"
    ),
};
