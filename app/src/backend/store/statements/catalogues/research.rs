use super::CatalogueSql;
use crate::domain::FacetKey;

macro_rules! cols {
    () => {
        "SELECT r.slug, r.title_vi, r.title_en, r.abstract_vi AS summary_vi, r.abstract_en AS summary_en,
                o.slug AS org_slug, o.kind AS org_kind, o.name_vi AS org_name_vi, o.name_en AS org_name_en,
                o.verified AS org_verified,
                (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM research_sectors s WHERE s.research_id = r.id) AS sectors,
                r.output_type AS type_code, NULL AS status, NULL AS trl, CAST(r.year AS TEXT) AS date,
                NULL AS end_date, NULL AS amount_vnd, r.sample "
    };
}

macro_rules! filter {
    () => {
        " FROM research_outputs r JOIN organizations o ON o.id = r.org_id
         WHERE o.hidden = FALSE AND r.status = 'published'
           AND ($1 IS NULL OR EXISTS (SELECT 1 FROM research_sectors s WHERE s.research_id = r.id AND s.sector_code = $1))
           AND ($2 IS NULL OR r.output_type = $2)
           AND ($7 IS NULL OR r.year = CAST($7 AS BIGINT))
           AND ($10 IS NULL OR r.title_folded LIKE $10 ESCAPE '\\')
           AND coalesce($3, $4, $5, $6, $8, $9, '1') IS NOT NULL "
    };
}

pub const SQL: CatalogueSql = CatalogueSql {
    count: concat!("SELECT COUNT(*)", filter!()),
    page: concat!(
        cols!(),
        filter!(),
        " ORDER BY CASE WHEN $11 = 'newest' THEN r.year END DESC, r.title_folded, r.id LIMIT $12 OFFSET $13"
    ),
    facets: &[
        (FacetKey::Type, concat!("SELECT r.output_type, NULL, COUNT(*)", filter!(), " GROUP BY r.output_type")),
        (
            FacetKey::Sector,
            concat!(
                "SELECT s.sector_code, NULL, COUNT(*) FROM research_sectors s WHERE s.research_id IN (SELECT r.id",
                filter!(),
                ") GROUP BY s.sector_code"
            ),
        ),
        (FacetKey::Year, concat!("SELECT CAST(r.year AS TEXT), NULL, COUNT(*)", filter!(), " GROUP BY r.year")),
    ],
    by_org: concat!(
        cols!(),
        " FROM research_outputs r JOIN organizations o ON o.id = r.org_id
         WHERE r.org_id = $1 AND r.status = 'published' ORDER BY r.year DESC, r.id DESC LIMIT $2"
    ),
    detail: concat!(
        cols!(),
        ", r.id, r.org_id, r.abstract_vi AS body_1_vi, r.abstract_en AS body_1_en, '' AS body_2_vi,
           '' AS body_3_vi, '' AS body_4_vi, r.authors AS fact_1, coalesce(r.doi, r.patent_number) AS fact_2
         FROM research_outputs r JOIN organizations o ON o.id = r.org_id
         WHERE r.slug = $1 AND r.status = 'published' AND o.hidden = FALSE"
    ),
    sections: &["abstract"],
    related: "SELECT t.slug, t.title_vi, t.title_en, t.summary_vi, t.summary_en,
                o.slug AS org_slug, o.kind AS org_kind, o.name_vi AS org_name_vi, o.name_en AS org_name_en,
                o.verified AS org_verified,
                (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM offer_sectors s WHERE s.offer_id = t.id) AS sectors,
                t.ip_status AS type_code, t.status, t.trl, t.published_at AS date, t.expires_at AS end_date,
                t.price_vnd AS amount_vnd, t.sample
           FROM offer_research x JOIN technology_offers t ON t.id = x.offer_id
           JOIN organizations o ON o.id = t.org_id
          WHERE x.research_id = $1 AND $2 IS NOT NULL AND t.status IN ('published', 'transferred')
            AND (t.status = 'transferred' OR t.expires_at IS NULL OR substr(t.expires_at, 1, 10) >= date('now', '+7 hours'))",
    newest: concat!(
        cols!(),
        ", r.created_at AS published, r.updated_at AS updated",
        filter!(),
        " ORDER BY published DESC, r.id DESC LIMIT $11"
    ),
};
