//! Offers expire twelve months after publication unless renewed. Thirty days before, the
//! organisation's members are told once (`expiry_reminded_at` remembers it); public lists,
//! search and the offer's page stop showing it once the date has passed (their SQL compares
//! `expires_at` with today), until a member renews it.

use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::db::{begin_write, now_iso};
use crate::backend::notify;
use std::time::Duration;

/// How many days before expiry the reminder goes out.
pub const REMIND_DAYS: i64 = 30;

/// Sends the reminders due at `now` (ISO); returns how many offers were reminded.
pub async fn remind(pool: &Db, now: &str) -> sqlx::Result<u64> {
    let horizon = chrono::DateTime::parse_from_rfc3339(now)
        .map(|d| (d + chrono::Duration::days(REMIND_DAYS)).format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_else(|_| now.to_string());
    let mut tx = begin_write(pool).await?;
    let due: Vec<(i64, i64, String, String, String)> = sql::query_as(
        "SELECT id, org_id, slug, title_vi, expires_at FROM technology_offers
          WHERE status IN ('published', 'paused') AND expiry_reminded_at IS NULL
            AND expires_at > $1 AND expires_at <= $2
          ORDER BY expires_at LIMIT 500",
    )
    .bind(now)
    .bind(&horizon)
    .fetch_all(&mut *tx)
    .await?;
    for (id, org, slug, title, expires) in &due {
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

/// Runs the sweep every hour for the life of the server.
pub fn spawn(pool: Db) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            match remind(&pool, &now_iso()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(offers = n, "expiry reminders sent"),
                Err(e) => tracing::warn!(error = %e, "expiry reminders failed"),
            }
        }
    });
}
