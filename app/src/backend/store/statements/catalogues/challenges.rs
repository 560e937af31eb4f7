use super::CatalogueSql;
use crate::domain::FacetKey;

macro_rules! cols {
    () => {
        "SELECT c.slug, c.title_vi, c.title_en, c.problem_vi AS summary_vi, c.problem_en AS summary_en,
                o.slug AS org_slug, o.kind AS org_kind, o.name_vi AS org_name_vi, o.name_en AS org_name_en,
                o.verified AS org_verified,
                (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM challenge_sectors s WHERE s.challenge_id = c.id) AS sectors,
                CASE WHEN c.is_task_order THEN 'task_order' ELSE 'challenge' END AS type_code,
                c.status, c.trl_min AS trl, c.deadline AS date, NULL AS end_date,
                coalesce(c.funding_vnd, c.budget_max_vnd) AS amount_vnd, c.sample "
    };
}

macro_rules! filter {
    () => {
        " FROM challenges c JOIN organizations o ON o.id = c.org_id
         WHERE c.status <> 'draft' AND o.hidden = FALSE
           AND ($1 IS NULL OR EXISTS (SELECT 1 FROM challenge_sectors s WHERE s.challenge_id = c.id AND s.sector_code = $1))
           AND ($2 IS NULL OR ($2 = 'task_order') = (c.is_task_order = TRUE))
           AND ($3 IS NULL OR c.status = $3)
           AND ($10 IS NULL OR c.title_folded LIKE $10 ESCAPE '\\')
           AND coalesce($4, $5, $6, $7, $8, $9, '1') IS NOT NULL "
    };
}

pub const SQL: CatalogueSql = CatalogueSql {
    count: concat!("SELECT COUNT(*)", filter!()),
    page: concat!(
        cols!(),
        filter!(),
        " ORDER BY CASE WHEN $11 = 'newest' THEN c.published_at END DESC, c.title_folded, c.id LIMIT $12 OFFSET $13"
    ),
    facets: &[
        (
            FacetKey::Type,
            concat!(
                "SELECT CASE WHEN c.is_task_order THEN 'task_order' ELSE 'challenge' END, NULL, COUNT(*)",
                filter!(),
                " GROUP BY c.is_task_order"
            ),
        ),
        (
            FacetKey::Sector,
            concat!(
                "SELECT s.sector_code, NULL, COUNT(*) FROM challenge_sectors s WHERE s.challenge_id IN (SELECT c.id",
                filter!(),
                ") GROUP BY s.sector_code"
            ),
        ),
        (FacetKey::Status, concat!("SELECT c.status, NULL, COUNT(*)", filter!(), " GROUP BY c.status")),
    ],
    by_org: concat!(
        cols!(),
        " FROM challenges c JOIN organizations o ON o.id = c.org_id
         WHERE c.org_id = $1 AND c.status <> 'draft' ORDER BY c.published_at DESC LIMIT $2"
    ),
    detail: concat!(
        cols!(),
        ", c.id, c.org_id, c.problem_vi AS body_1_vi, c.problem_en AS body_1_en,
           c.desired_result_vi AS body_2_vi, c.constraints_vi AS body_3_vi,
           coalesce(c.evaluation_criteria_vi, '') AS body_4_vi,
           CAST(c.budget_min_vnd AS TEXT) AS fact_1, CAST(c.budget_max_vnd AS TEXT) AS fact_2
         FROM challenges c JOIN organizations o ON o.id = c.org_id
         WHERE c.slug = $1 AND c.status <> 'draft' AND o.hidden = FALSE"
    ),
    sections: &["problem", "desired_result", "constraints", "evaluation"],
    related: concat!(
        cols!(),
        " FROM challenges c JOIN organizations o ON o.id = c.org_id
         WHERE c.org_id = $2 AND c.id <> $1 AND c.status <> 'draft' ORDER BY c.published_at DESC LIMIT 6"
    ),
    newest: concat!(
        cols!(),
        ", COALESCE(c.published_at, c.created_at) AS published, c.updated_at AS updated",
        filter!(),
        " ORDER BY published DESC, c.id DESC LIMIT $11"
    ),
};
