//! An offer's form values written into `technology_offers` and its code tables.

use super::input::OfferInput;
use super::{
    Public, Saved, Target, Written, edit_json, finish, free_slug, hold_edit, next_stage, refused, replace_codes,
    replace_sectors,
};
use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::db::{begin_write, now_iso};
use crate::backend::store::Conflict;
use crate::backend::store::dialect::with_json_array;
use crate::backend::text::fold;
use crate::domain::IpStatus;
use crate::domain::listing::ListingKind;
use serde_json::json;

/// Writes `o` inside the caller's transaction (the form's save, or one row of an import).
pub async fn save_offer(conn: &mut Conn, t: Target, o: &OfferInput) -> sqlx::Result<Result<Written, Conflict>> {
    write(conn, t, o, false).await
}

/// `save_offer`, or with `approving` the held edit `o` written into the public columns.
pub(super) async fn write(
    conn: &mut Conn,
    t: Target,
    o: &OfferInput,
    approving: bool,
) -> sqlx::Result<Result<Written, Conflict>> {
    let engine = conn.engine();
    let shown = json!([
        o.title_vi,
        o.title_en,
        o.summary_vi,
        o.summary_en,
        o.problem_vi,
        o.advantages_vi,
        o.applications_vi,
        o.trl,
        o.ip_status.map(|s| s.as_str()),
        o.ip_number
    ]);
    let (before, to, public) = refused!(
        next_stage(
            &mut *conn,
            ListingKind::Offer,
            t,
            with_json_array!(
                "SELECT org_id, slug, status, submitted_at IS NOT NULL AS submitted, review_outcome, ",
                "title_vi, title_en, summary_vi, summary_en, problem_vi, advantages_vi, applications_vi, trl, ip_status, ip_number",
                " AS snapshot FROM technology_offers WHERE id = $1"
            )
            .get(engine),
            &shown,
            approving,
        )
        .await?
    );
    // NOT NULL columns a draft may leave empty hold a placeholder, remembered in `unset_fields`
    let mut unset = Vec::new();
    if o.trl.is_none() {
        unset.push("trl");
    }
    if o.ip_status.is_none() {
        unset.push("ip_status");
    }
    let negotiable = o.price_negotiable || o.price_vnd.is_none();
    if negotiable && !o.price_negotiable {
        unset.push("price_negotiable");
    }
    let ip = o.ip_status.unwrap_or(IpStatus::None);
    let needs_number = !matches!(ip, IpStatus::None | IpStatus::KnowHow | IpStatus::Copyright);
    let ip_number = o.ip_number.clone().or_else(|| needs_number.then(String::new));
    let at = now_iso();
    let (id, slug) = match &before {
        None => {
            let slug = free_slug(&mut *conn, ListingKind::Offer, &o.title_vi).await?;
            let id: i64 = sql::query_scalar(
                "INSERT INTO technology_offers (slug, org_id, title_vi, title_folded, trl, ip_status, price_negotiable, status,
                                               created_at, updated_at)
                 VALUES ($1, $2, $3, '', 1, 'none', TRUE, 'draft', $4, $4) RETURNING id",
            )
            .bind(&slug)
            .bind(t.org_id)
            .bind(&o.title_vi)
            .bind(&at)
            .fetch_one(&mut *conn)
            .await?;
            (id, slug)
        }
        Some((slug, _)) => (t.id.unwrap_or_default(), slug.clone()),
    };
    if public == Public::Write {
        sql::query(
            "UPDATE technology_offers SET title_vi = $2, title_en = $3, title_folded = $4, summary_vi = $5,
                    summary_en = $6, problem_vi = $7, advantages_vi = $8, applications_vi = $9, trl = $10,
                    ip_status = $11, ip_number = $12
              WHERE id = $1",
        )
        .bind(id)
        .bind(&o.title_vi)
        .bind(&o.title_en)
        .bind(fold(&o.title_vi))
        .bind(&o.summary_vi)
        .bind(&o.summary_en)
        .bind(&o.problem_vi)
        .bind(&o.advantages_vi)
        .bind(&o.applications_vi)
        .bind(o.trl.unwrap_or(1))
        .bind(ip.as_str())
        .bind(ip_number)
        .execute(&mut *conn)
        .await?;
    }
    sql::query(
        "UPDATE technology_offers SET price_vnd = $2, price_negotiable = $3, confidential_details = $4,
                unset_fields = $5, updated_at = $6
          WHERE id = $1",
    )
    .bind(id)
    .bind(o.price_vnd)
    .bind(negotiable)
    .bind(&o.confidential)
    .bind(unset.join(","))
    .bind(&at)
    .execute(&mut *conn)
    .await?;
    replace_sectors(&mut *conn, ListingKind::Offer, id, &o.sectors).await?;
    let coop: Vec<&str> = o.coop.iter().map(|c| c.as_str()).collect();
    replace_codes(
        &mut *conn,
        "DELETE FROM offer_cooperation WHERE offer_id = $1",
        "INSERT INTO offer_cooperation (offer_id, coop_type) VALUES ($1, $2)",
        id,
        &coop,
    )
    .await?;
    let held = public == Public::Hold;
    if before.is_some() {
        hold_edit(&mut *conn, ListingKind::Offer, id, held.then(|| edit_json(o)).transpose()?.as_deref()).await?;
    }
    let after =
        json!({ "slug": slug, "title_vi": o.title_vi, "trl": o.trl, "ip_status": ip.as_str(), "sectors": o.sectors });
    Ok(Ok(Written { saved: Saved { id, slug, stage: to, held }, before, after }))
}

pub async fn offer(pool: &Db, actor: i64, t: Target, o: &OfferInput) -> sqlx::Result<Result<Saved, Conflict>> {
    let mut tx = begin_write(pool).await?;
    let written = save_offer(&mut tx, t, o).await?;
    finish(tx, ListingKind::Offer, actor, written).await
}
