use super::CatalogueSql;
use crate::domain::FacetKey;

/// A programme's status on a day (`$9` in lists, the database's today elsewhere).
macro_rules! status {
    ($today:literal) => {
        concat!(
            "CASE WHEN p.closes_on < ",
            $today,
            " THEN 'closed' WHEN p.opens_on > ",
            $today,
            " THEN 'upcoming' ELSE 'open' END"
        )
    };
}

macro_rules! cols {
    ($today:literal) => {
        concat!(
            "SELECT p.slug, p.title_vi, p.title_en, p.description_vi AS summary_vi, p.description_en AS summary_en,
                o.slug AS org_slug, o.kind AS org_kind, o.name_vi AS org_name_vi, o.name_en AS org_name_en,
                o.verified AS org_verified,
                (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM programme_sectors s WHERE s.programme_id = p.id) AS sectors,
                p.programme_type AS type_code, ",
            status!($today),
            " AS status, NULL AS trl, p.opens_on AS date, p.closes_on AS end_date, p.funding_vnd AS amount_vnd, p.sample "
        )
    };
}

macro_rules! filter {
    () => {
        concat!(
            " FROM programmes p JOIN organizations o ON o.id = p.org_id
             WHERE p.published = TRUE AND o.hidden = FALSE
               AND ($1 IS NULL OR EXISTS (SELECT 1 FROM programme_sectors s WHERE s.programme_id = p.id AND s.sector_code = $1))
               AND ($2 IS NULL OR p.programme_type = $2)
               AND ($3 IS NULL OR ",
            status!("$9"),
            " = $3)
               AND ($10 IS NULL OR p.title_folded LIKE $10 ESCAPE '\\')
               AND coalesce($4, $5, $6, $7, $8, '1') IS NOT NULL "
        )
    };
}

pub const SQL: CatalogueSql = CatalogueSql {
    count: concat!("SELECT COUNT(*)", filter!()),
    page: concat!(
        cols!("$9"),
        filter!(),
        " ORDER BY CASE WHEN $11 = 'newest' THEN p.opens_on END DESC, p.title_folded, p.id LIMIT $12 OFFSET $13"
    ),
    facets: &[
        (FacetKey::Type, concat!("SELECT p.programme_type, NULL, COUNT(*)", filter!(), " GROUP BY p.programme_type")),
        (
            FacetKey::Sector,
            concat!(
                "SELECT s.sector_code, NULL, COUNT(*) FROM programme_sectors s WHERE s.programme_id IN (SELECT p.id",
                filter!(),
                ") GROUP BY s.sector_code"
            ),
        ),
        (FacetKey::Status, concat!("SELECT ", status!("$9"), ", NULL, COUNT(*)", filter!(), " GROUP BY 1")),
    ],
    by_org: concat!(
        cols!("date('now', '+0 hours')"),
        " FROM programmes p JOIN organizations o ON o.id = p.org_id
         WHERE p.org_id = $1 AND p.published = TRUE
         ORDER BY p.closes_on DESC LIMIT $2"
    ),
    detail: concat!(
        cols!("date('now', '+0 hours')"),
        ", p.id, p.org_id, p.description_vi AS body_1_vi, p.description_en AS body_1_en,
           p.eligibility_vi AS body_2_vi, p.benefits_vi AS body_3_vi, '' AS body_4_vi,
           p.starts_on AS fact_1, CAST(p.capacity AS TEXT) AS fact_2
         FROM programmes p JOIN organizations o ON o.id = p.org_id
         WHERE p.slug = $1 AND p.published = TRUE AND o.hidden = FALSE"
    ),
    sections: &["description", "eligibility", "benefits"],
    related: concat!(
        cols!("date('now', '+0 hours')"),
        " FROM programmes p JOIN organizations o ON o.id = p.org_id
         WHERE p.org_id = $2 AND p.id <> $1 AND p.published = TRUE ORDER BY p.closes_on DESC LIMIT 6"
    ),
    newest: concat!(
        cols!("$9"),
        ", p.created_at AS published, p.updated_at AS updated",
        filter!(),
        " ORDER BY published DESC, p.id DESC LIMIT $11"
    ),
};
