//! The expiry reminders' write: offers whose date falls before the horizon are reminded once
//! (`expiry_reminded_at`), their organisation's members notified in the same transaction.

use crate::backend::db::sql;
use crate::backend::db::{Db, begin_write};
use crate::backend::store::statements::notifications as notify;

/// An offer due for its reminder.
#[derive(sqlx::FromRow)]
struct DueOffer {
    id: i64,
    org_id: i64,
    slug: String,
    title_vi: String,
    expires_at: String,
}

/// Reminds the offers expiring after `now` and by `horizon` (ISO times), 500 at most per call;
/// returns how many were reminded.
pub async fn remind_expiring(pool: &Db, now: &str, horizon: &str) -> sqlx::Result<u64> {
    let mut tx = begin_write(pool).await?;
    let due: Vec<DueOffer> = sql::query_as(
        "SELECT id, org_id, slug, title_vi, expires_at FROM technology_offers
          WHERE status IN ('published', 'paused') AND expiry_reminded_at IS NULL
            AND expires_at > $1 AND expires_at <= $2
          ORDER BY expires_at LIMIT 500",
    )
    .bind(now)
    .bind(horizon)
    .fetch_all(&mut *tx)
    .await?;
    for DueOffer { id, org_id: org, slug, title_vi: title, expires_at: expires } in &due {
        let day = crate::i18n::format::date(expires);
        let payload = notify::Payload {
            link: format!("/offers/{slug}/edit"),
            vi: format!("Tin chào bán “{title}” sẽ hết hạn ngày {day}. Gia hạn để tin tiếp tục hiển thị."),
            en: format!("The offer “{title}” expires on {day}. Renew it to keep it listed."),
        };
        notify::org(&mut tx, *org, None, "listing.expiring", &payload).await?;
        sql::query("UPDATE technology_offers SET expiry_reminded_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(due.len() as u64)
}
