//! Offers expire twelve months after publication unless renewed. Thirty days before, the
//! organisation's members are told once (`expiry_reminded_at` remembers it); public lists,
//! search and the offer's page stop showing it once the date has passed (their SQL compares
//! `expires_at` with today), until a member renews it.

use crate::backend::db::{Db, now_iso};
use crate::backend::store::statements::listings::expiry as offers;
use crate::backend::workers::{self, Workers, tick};
use std::time::Duration;

/// How many days before expiry the reminder goes out.
pub const REMIND_DAYS: i64 = 30;

/// Sends the reminders due at `now` (ISO); returns how many offers were reminded.
pub async fn remind(pool: &Db, now: &str) -> sqlx::Result<u64> {
    let horizon = chrono::DateTime::parse_from_rfc3339(now)
        .map(|d| (d + chrono::Duration::days(REMIND_DAYS)).format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_else(|_| now.to_string());
    offers::remind_expiring(pool, now, &horizon).await
}

/// Runs the sweep every hour until the server stops.
pub fn spawn(workers: &mut Workers, pool: Db) {
    workers.spawn(|stop| async move {
        let mut every = tokio::time::interval(Duration::from_secs(3600));
        while tick(&mut every, &stop).await {
            let reminded = remind(&pool, &now_iso()).await;
            workers::ran("expiry_reminders", reminded.is_ok());
            match reminded {
                Ok(0) => {}
                Ok(n) => tracing::info!(offers = n, "expiry reminders sent"),
                Err(e) => tracing::warn!(error = %e, "expiry reminders failed"),
            }
        }
    });
}
