//! The notification e-mail worker: every few seconds it mails `immediate` users their new
//! notifications one by one, sends `daily` users one digest when a day has passed, and marks
//! the notifications of `off` users (and disabled accounts) so they are never looked at again.
//! A failed send leaves the notification unmailed for the next round.

use crate::backend::db::Db;
use crate::backend::db::now_iso;
use crate::backend::db::sql;
use crate::backend::mail::{Mail, Mailer};
use crate::backend::store::sqlite::notifications::parse;
use crate::i18n::Lang;
use std::sync::Arc;
use std::time::Duration;

/// How often the worker looks for unmailed notifications.
pub const TICK: Duration = Duration::from_secs(2);
/// Most notifications mailed per round (a backlog drains over a few rounds).
const BATCH: i64 = 100;
/// `emailed_at` of notifications that are never to be mailed.
pub const NOT_MAILED: &str = "off";

/// Starts the worker; `site` is the public address links in mail point to.
pub fn spawn(pool: Db, mailer: Arc<Mailer>, site: String) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(TICK);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = run_once(&pool, &mailer, &site).await {
                tracing::warn!(error = %e, "notification mail round failed");
            }
        }
    });
}

/// What one round did.
#[derive(Debug, Default, PartialEq)]
pub struct Round {
    pub immediate: usize,
    pub digests: usize,
    pub skipped: u64,
}

pub async fn run_once(pool: &Db, mailer: &Mailer, site: &str) -> sqlx::Result<Round> {
    let skipped = sql::query(
        "UPDATE notifications SET emailed_at = $1 WHERE emailed_at IS NULL
            AND user_id IN (SELECT id FROM users WHERE notify_email = 'off' OR disabled = TRUE)",
    )
    .bind(NOT_MAILED)
    .execute(pool)
    .await?
    .rows_affected();
    let mut round = Round { skipped, ..Round::default() };
    let due: Vec<(i64, String, String, String)> = sql::query_as(
        "SELECT n.id, CAST(n.payload AS TEXT), u.email, u.lang FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.emailed_at IS NULL AND u.notify_email = 'immediate' ORDER BY n.id LIMIT $1",
    )
    .bind(BATCH)
    .fetch_all(pool)
    .await?;
    for (id, payload, email, lang) in due {
        let lang = Lang::parse(&lang).unwrap_or_default();
        if let Err(e) = mailer.send(immediate(lang, &email, &parse(&payload), site)).await {
            // the server is down or refuses: try again next round
            tracing::warn!(error = %e, "mailing a notification failed");
            return Ok(round);
        }
        sql::query("UPDATE notifications SET emailed_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now_iso())
            .execute(pool)
            .await?;
        round.immediate += 1;
    }
    // a digest is due a day after the previous one, or a day after the oldest unmailed
    // notification when there was none
    let cutoff = (chrono::Utc::now() - chrono::Duration::hours(24)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let users: Vec<(i64, String, String)> = sql::query_as(
        "SELECT u.id, u.email, u.lang FROM users u
          WHERE u.notify_email = 'daily' AND u.disabled = FALSE
            AND coalesce(u.digest_sent_at,
                  (SELECT min(n.created_at) FROM notifications n WHERE n.user_id = u.id AND n.emailed_at IS NULL)) <= $1
            AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.emailed_at IS NULL)",
    )
    .bind(&cutoff)
    .fetch_all(pool)
    .await?;
    for (user, email, lang) in users {
        let items: Vec<(i64, String, String)> = sql::query_as(
            "SELECT id, CAST(payload AS TEXT), created_at FROM notifications WHERE user_id = $1 AND emailed_at IS NULL
              ORDER BY created_at, id LIMIT 200",
        )
        .bind(user)
        .fetch_all(pool)
        .await?;
        let lang = Lang::parse(&lang).unwrap_or_default();
        let list: Vec<_> = items.iter().map(|(_, p, at)| (parse(p), at.clone())).collect();
        if let Err(e) = mailer.send(digest(lang, &email, &list, site)).await {
            tracing::warn!(error = %e, "mailing a digest failed");
            return Ok(round);
        }
        let now = now_iso();
        let mut tx = pool.begin().await?;
        for (id, _, _) in &items {
            sql::query("UPDATE notifications SET emailed_at = $2 WHERE id = $1")
                .bind(id)
                .bind(&now)
                .execute(&mut *tx)
                .await?;
        }
        sql::query("UPDATE users SET digest_sent_at = $2 WHERE id = $1")
            .bind(user)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        round.digests += 1;
    }
    Ok(round)
}

fn line(lang: Lang, p: &crate::backend::notify::Payload) -> &str {
    if lang == Lang::En { &p.en } else { &p.vi }
}

fn footer(lang: Lang, site: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "\n\n--\nKết Nối — Hệ sinh thái đổi mới sáng tạo tỉnh Ninh Bình\nĐổi cách nhận thư thông báo: {site}/account#notify-h"
        ),
        Lang::En => format!(
            "\n\n--\nKết Nối — the Ninh Bình innovation ecosystem\nChange how you get notification e-mail: {site}/account#notify-h"
        ),
    }
}

fn immediate(lang: Lang, to: &str, p: &crate::backend::notify::Payload, site: &str) -> Mail {
    let text = line(lang, p);
    let subject: String = text.chars().take(120).collect();
    let open = if lang == Lang::En { "Open" } else { "Xem tại" };
    let body = format!("{text}\n\n{open}: {site}{}{}", p.link, footer(lang, site));
    Mail { to: to.to_string(), subject: format!("Kết Nối: {subject}"), body }
}

fn digest(lang: Lang, to: &str, items: &[(crate::backend::notify::Payload, String)], site: &str) -> Mail {
    let n = items.len();
    let (subject, intro) = match lang {
        Lang::Vi => (format!("Kết Nối: {n} thông báo mới"), "Các thông báo mới của bạn trên Kết Nối:"),
        Lang::En => (format!("Kết Nối: {n} new notifications"), "Your new notifications on Kết Nối:"),
    };
    let list: String = items
        .iter()
        .map(|(p, at)| format!("• {} {}\n  {site}{}\n", crate::i18n::format::date(at), line(lang, p), p.link))
        .collect();
    Mail { to: to.to_string(), subject, body: format!("{intro}\n\n{list}{}", footer(lang, site)) }
}
