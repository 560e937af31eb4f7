//! The moderation queue: every listing sent for review and every edit of a live listing waiting
//! beside it, oldest first (first come, first served), with what a moderator needs to judge it
//! (for an edit, the proposed text and facts).

use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::markdown::to_safe_html;
use crate::domain::dto::Text;
use crate::domain::listing::{ListingKind, ReviewItem};

/// A listing in review with its organisation (`org_*`); `body` is the text to judge, `facts`
/// `key=value` lines.
#[derive(sqlx::FromRow)]
struct QueueRow {
    kind: String,
    id: i64,
    slug: String,
    title_vi: String,
    title_en: Option<String>,
    org_slug: String,
    org_vi: String,
    org_en: Option<String>,
    org_verified: bool,
    task_order: bool,
    submitted_at: String,
    body: String,
    facts: String,
    /// the edit waiting beside a live listing (the form's values, JSON)
    pending_edit: Option<String>,
}

/// Each kind's facts as (key on the moderation page, field of the held edit's JSON) and the
/// fields whose text the page shows.
fn edit_fields(kind: ListingKind) -> (&'static [(&'static str, &'static str)], &'static [&'static str]) {
    match kind {
        ListingKind::Offer => (
            &[
                ("trl", "trl"),
                ("ip", "ip_status"),
                ("ip_number", "ip_number"),
                ("price", "price_vnd"),
                ("negotiable", "price_negotiable"),
            ],
            &["summary_vi", "problem_vi"],
        ),
        ListingKind::Challenge => (
            &[("funding", "funding_vnd"), ("deadline", "deadline"), ("trl", "trl_min")],
            &["problem_vi", "desired_result_vi"],
        ),
        ListingKind::Research => (
            &[
                ("type", "output_type"),
                ("authors", "authors"),
                ("year", "year"),
                ("doi", "doi"),
                ("ip_number", "patent_number"),
            ],
            &["abstract_vi"],
        ),
    }
}

/// A held edit's value as the queue's facts hold it (`0` for an unticked box).
fn fact(v: &serde_json::Value) -> String {
    super::held_text(v, "0")
}

/// Puts the held edit's title, text and facts in place of the public version's; the public
/// title when the edit changes it.
fn show_edit(r: &mut QueueRow, kind: ListingKind) -> Option<Text> {
    let edit = r.pending_edit.as_deref().and_then(|e| serde_json::from_str::<serde_json::Value>(e).ok())?;
    let (facts, texts) = edit_fields(kind);
    let live = Text::new(r.title_vi.clone(), r.title_en.clone());
    r.title_vi = fact(&edit["title_vi"]);
    r.title_en = Some(fact(&edit["title_en"])).filter(|t| !t.is_empty());
    r.body = texts.iter().map(|f| fact(&edit[*f])).collect::<Vec<_>>().join("\n\n");
    r.facts = facts.iter().map(|(k, f)| format!("{k}={}", fact(&edit[*f]))).collect::<Vec<_>>().join("\n");
    (live.vi != r.title_vi).then_some(live)
}

pub async fn pending(pool: &Db) -> sqlx::Result<Vec<ReviewItem>> {
    // facts: `key=value` lines, empty values dropped; the first SELECT names the union's columns
    let rows: Vec<QueueRow> = sql::query_as(
        "SELECT 'offers' AS kind, t.id, t.slug, t.title_vi, t.title_en, o.slug AS org_slug, o.name_vi AS org_vi,
                o.name_en AS org_en, o.verified AS org_verified, FALSE AS task_order,
                coalesce(t.pending_at, t.submitted_at, t.updated_at) AS submitted_at, t.summary_vi || '\n' || '\n' || t.problem_vi AS body,
                'trl=' || t.trl || '\n' || 'ip=' || t.ip_status || '\n' || 'ip_number=' || coalesce(t.ip_number, '')
                || '\n' || 'price=' || coalesce(CAST(t.price_vnd AS TEXT), '') || '\n' || 'negotiable=' || CASE WHEN t.price_negotiable THEN '1' ELSE '0' END
                AS facts, t.pending_edit
           FROM technology_offers t JOIN organizations o ON o.id = t.org_id
          WHERE t.status = 'in_review' OR t.pending_at IS NOT NULL
         UNION ALL
         SELECT 'challenges', c.id, c.slug, c.title_vi, c.title_en, o.slug, o.name_vi, o.name_en, o.verified, c.is_task_order,
                coalesce(c.pending_at, c.submitted_at), c.problem_vi || '\n' || '\n' || c.desired_result_vi,
                'funding=' || coalesce(CAST(c.funding_vnd AS TEXT), '') || '\n' || 'deadline=' || coalesce(c.deadline, '')
                || '\n' || 'trl=' || coalesce(CAST(c.trl_min AS TEXT), ''), c.pending_edit
           FROM challenges c JOIN organizations o ON o.id = c.org_id
          WHERE c.submitted_at IS NOT NULL OR c.pending_at IS NOT NULL
         UNION ALL
         SELECT 'research', r.id, r.slug, r.title_vi, r.title_en, o.slug, o.name_vi, o.name_en, o.verified, FALSE,
                coalesce(r.pending_at, r.submitted_at, r.updated_at), r.abstract_vi,
                'type=' || r.output_type || '\n' || 'authors=' || r.authors || '\n' || 'year=' || r.year
                || '\n' || 'doi=' || coalesce(r.doi, '') || '\n' || 'ip_number=' || coalesce(r.patent_number, ''),
                r.pending_edit
           FROM research_outputs r JOIN organizations o ON o.id = r.org_id
          WHERE r.status = 'in_review' OR r.pending_at IS NOT NULL
         ORDER BY 11, 2 LIMIT 200",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|mut r| {
            let kind = ListingKind::parse(&r.kind)?;
            let live_title = show_edit(&mut r, kind);
            Some(ReviewItem {
                kind,
                edit: r.pending_edit.is_some(),
                live_title,
                id: r.id,
                slug: r.slug,
                title: Text::new(r.title_vi, r.title_en),
                org_slug: r.org_slug,
                org_name: Text::new(r.org_vi, r.org_en),
                org_verified: r.org_verified,
                task_order: r.task_order,
                submitted_at: r.submitted_at,
                summary_html: to_safe_html(&r.body),
                facts: r
                    .facts
                    .lines()
                    .filter_map(|l| l.split_once('='))
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            })
        })
        .collect())
}
