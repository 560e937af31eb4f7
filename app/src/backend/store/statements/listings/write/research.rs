//! A research output's form values written into `research_outputs`, its sectors and the offers
//! it is linked to.

use super::input::ResearchInput;
use super::{
    Public, Saved, Target, Written, edit_json, finish, free_slug, hold_edit, next_stage, refused, replace_sectors,
};
use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::db::{begin_write, now_iso};
use crate::backend::store::Conflict;
use crate::backend::store::dialect::with_json_array;
use crate::backend::text::{fold, nfc};
use crate::domain::listing::ListingKind;
use serde_json::json;

/// Writes `r` inside the caller's transaction (the form's save, or one row of an import).
pub async fn save_research(
    conn: &mut Conn,
    t: Target,
    r: &ResearchInput,
    this_year: i64,
) -> sqlx::Result<Result<Written, Conflict>> {
    write(conn, t, r, this_year, false).await
}

/// `save_research`, or with `approving` the held edit `r` written into the public columns.
pub(super) async fn write(
    conn: &mut Conn,
    t: Target,
    r: &ResearchInput,
    this_year: i64,
    approving: bool,
) -> sqlx::Result<Result<Written, Conflict>> {
    let engine = conn.engine();
    let shown = json!([
        r.title_vi,
        r.title_en,
        r.output_type.map(|o| o.as_str()),
        r.authors,
        r.year,
        r.doi,
        r.patent_number,
        r.abstract_vi,
        r.abstract_en,
        i64::from(r.international)
    ]);
    let (before, to, public) = refused!(
        next_stage(
            &mut *conn,
            ListingKind::Research,
            t,
            with_json_array!(
                "SELECT org_id, slug, status, submitted_at IS NOT NULL AS submitted, review_outcome, ",
                "title_vi, title_en, output_type, authors, year, doi, patent_number, abstract_vi, abstract_en, CASE WHEN international THEN 1 ELSE 0 END",
                " AS snapshot FROM research_outputs WHERE id = $1"
            )
            .get(engine),
            &shown,
            approving,
        )
        .await?
    );
    let mut unset = Vec::new();
    if r.output_type.is_none() {
        unset.push("output_type");
    }
    if r.year.is_none() {
        unset.push("year");
    }
    let output_type = r.output_type.map_or("paper", |o| o.as_str());
    let patent_number =
        r.patent_number.clone().or_else(|| matches!(output_type, "patent" | "utility_solution").then(String::new));
    let at = now_iso();
    let (id, slug) = match &before {
        None => {
            let slug = free_slug(&mut *conn, ListingKind::Research, &r.title_vi).await?;
            let id: i64 = sql::query_scalar(
                "INSERT INTO research_outputs (slug, org_id, output_type, title_vi, title_folded, authors, year, status,
                                               created_at, updated_at)
                 VALUES ($1, $2, 'paper', $3, '', '', $4, 'draft', $5, $5) RETURNING id",
            )
            .bind(&slug)
            .bind(t.org_id)
            .bind(&r.title_vi)
            .bind(this_year)
            .bind(&at)
            .fetch_one(&mut *conn)
            .await?;
            (id, slug)
        }
        Some((slug, _)) => (t.id.unwrap_or_default(), slug.clone()),
    };
    if public == Public::Write {
        sql::query(
            "UPDATE research_outputs SET title_vi = $2, title_en = $3, title_folded = $4, output_type = $5,
                    authors = $6, year = $7, doi = $8, patent_number = $9, abstract_vi = $10, abstract_en = $11,
                    international = $12
              WHERE id = $1",
        )
        .bind(id)
        .bind(&r.title_vi)
        .bind(&r.title_en)
        .bind(fold(&r.title_vi))
        .bind(output_type)
        .bind(nfc(&r.authors))
        .bind(r.year.unwrap_or(this_year))
        .bind(&r.doi)
        .bind(patent_number)
        .bind(&r.abstract_vi)
        .bind(&r.abstract_en)
        .bind(r.international)
        .execute(&mut *conn)
        .await?;
    }
    sql::query("UPDATE research_outputs SET unset_fields = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(unset.join(","))
        .bind(&at)
        .execute(&mut *conn)
        .await?;
    replace_sectors(&mut *conn, ListingKind::Research, id, &r.sectors).await?;
    // links only to offers of the same organisation; anything else refuses the whole save
    sql::query("DELETE FROM offer_research WHERE research_id = $1").bind(id).execute(&mut *conn).await?;
    for offer in &r.offers {
        let linked = sql::query(
            "INSERT INTO offer_research (offer_id, research_id)
             SELECT id, $1 FROM technology_offers WHERE slug = $2 AND org_id = $3
             ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(offer)
        .bind(t.org_id)
        .execute(&mut *conn)
        .await?;
        if linked.rows_affected() == 0 {
            return Ok(Err(Conflict::ForeignOffer));
        }
    }
    let held = public == Public::Hold;
    if before.is_some() {
        hold_edit(&mut *conn, ListingKind::Research, id, held.then(|| edit_json(r)).transpose()?.as_deref()).await?;
    }
    let after = json!({ "slug": slug, "title_vi": r.title_vi, "output_type": output_type, "offers": r.offers });
    Ok(Ok(Written { saved: Saved { id, slug, stage: to, held }, before, after }))
}

pub async fn research(
    pool: &Db,
    actor: i64,
    t: Target,
    r: &ResearchInput,
    this_year: i64,
) -> sqlx::Result<Result<Saved, Conflict>> {
    let mut tx = begin_write(pool).await?;
    let written = save_research(&mut tx, t, r, this_year).await?;
    finish(tx, ListingKind::Research, actor, written).await
}
