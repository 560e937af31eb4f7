use super::CatalogueSql;
use crate::domain::FacetKey;

macro_rules! cols {
    () => {
        "SELECT e.slug, e.title_vi, e.title_en, e.description_vi AS summary_vi, e.description_en AS summary_en,
                o.slug AS org_slug, o.kind AS org_kind, o.name_vi AS org_name_vi, o.name_en AS org_name_en,
                o.verified AS org_verified,
                (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM event_sectors s WHERE s.event_id = e.id) AS sectors,
                e.event_type AS type_code, CASE WHEN e.cancelled_at IS NOT NULL THEN 'cancelled' END AS status, NULL AS trl, e.starts_at AS date, e.ends_at AS end_date,
                NULL AS amount_vnd, e.sample "
    };
}

/// `$8` 'upcoming' keeps events whose last day (Vietnam time) is `$9` (today) or later;
/// 'past' the others.
macro_rules! filter {
    () => {
        " FROM events e JOIN organizations o ON o.id = e.organiser_org_id
         WHERE e.published = TRUE AND o.hidden = FALSE
           AND ($1 IS NULL OR EXISTS (SELECT 1 FROM event_sectors s WHERE s.event_id = e.id AND s.sector_code = $1))
           AND ($2 IS NULL OR e.event_type = $2)
           AND ($8 IS NULL OR ($8 = 'upcoming') = (date(e.ends_at, '+7 hours') >= $9))
           AND ($10 IS NULL OR e.title_folded LIKE $10 ESCAPE '\\')
           AND coalesce($3, $4, $5, $6, $7, '1') IS NOT NULL "
    };
}

pub const SQL: CatalogueSql = CatalogueSql {
    count: concat!("SELECT COUNT(*)", filter!()),
    // Upcoming events first, soonest first; then past ones, latest first.
    page: concat!(
        cols!(),
        filter!(),
        " ORDER BY CASE WHEN $11 = 'newest' THEN e.starts_at END DESC,
                   date(e.ends_at, '+7 hours') < $9,
                   CASE WHEN date(e.ends_at, '+7 hours') >= $9 THEN e.starts_at END,
                   e.starts_at DESC, e.id
          LIMIT $12 OFFSET $13"
    ),
    facets: &[
        (FacetKey::Type, concat!("SELECT e.event_type, NULL, COUNT(*)", filter!(), " GROUP BY e.event_type")),
        (
            FacetKey::Sector,
            concat!(
                "SELECT s.sector_code, NULL, COUNT(*) FROM event_sectors s WHERE s.event_id IN (SELECT e.id",
                filter!(),
                ") GROUP BY s.sector_code"
            ),
        ),
        (
            FacetKey::When,
            concat!(
                "SELECT CASE WHEN date(e.ends_at, '+7 hours') >= $9 THEN 'upcoming' ELSE 'past' END, NULL, COUNT(*)",
                filter!(),
                " GROUP BY 1"
            ),
        ),
    ],
    by_org: concat!(
        cols!(),
        " FROM events e JOIN organizations o ON o.id = e.organiser_org_id
         WHERE e.organiser_org_id = $1 AND e.published = TRUE ORDER BY e.starts_at DESC LIMIT $2"
    ),
    detail: concat!(
        cols!(),
        ", e.id, e.organiser_org_id AS org_id, e.description_vi AS body_1_vi, e.description_en AS body_1_en,
           '' AS body_2_vi, '' AS body_3_vi, '' AS body_4_vi, e.venue AS fact_1, CAST(e.capacity AS TEXT) AS fact_2
         FROM events e JOIN organizations o ON o.id = e.organiser_org_id
         WHERE e.slug = $1 AND e.published = TRUE AND o.hidden = FALSE"
    ),
    sections: &["description"],
    related: concat!(
        cols!(),
        " FROM events e JOIN organizations o ON o.id = e.organiser_org_id
         WHERE e.organiser_org_id = $2 AND e.id <> $1 AND e.published = TRUE ORDER BY e.starts_at DESC LIMIT 6"
    ),
    newest: concat!(
        cols!(),
        ", e.created_at AS published, e.updated_at AS updated",
        filter!(),
        " ORDER BY published DESC, e.id DESC LIMIT $11"
    ),
};
