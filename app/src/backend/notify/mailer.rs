//! The notification e-mail worker: every few seconds it mails `immediate` users their new
//! notifications one by one, sends `daily` users one digest when a day has passed, and marks
//! the notifications of `off` users (and disabled accounts) so they are never looked at again.
//! A failed send leaves the notification unmailed for the next round. Several servers may run
//! it on one database: each item is leased before it is sent, so one of them sends it.

use crate::backend::db::Db;
use crate::backend::db::now_iso;
use crate::backend::mail::{Mail, Mailer};
use crate::backend::store::statements::mail_queue;
use crate::backend::store::statements::notifications::{Payload, parse};
use crate::backend::workers::{self, Workers, tick};
use crate::i18n::Lang;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// How often the worker looks for unmailed notifications.
pub const TICK: Duration = Duration::from_secs(2);
/// Most notifications mailed per round (a backlog drains over a few rounds).
const BATCH: i64 = 100;
/// How long a worker holds an item it is sending: longer than a send may take (lettre gives up
/// after a minute), short enough that a killed worker's item is soon sent by another.
const LEASE_SECS: i64 = 300;
/// `emailed_at` of notifications that are never to be mailed.
pub const NOT_MAILED: &str = "off";

/// Starts the worker; `site` is the public address links in mail point to. Asked to stop, it
/// finishes the message it is sending and leaves the rest for the next start.
pub fn spawn(workers: &mut Workers, pool: Db, mailer: Arc<Mailer>, site: String) {
    workers.spawn(|stop| async move {
        let mut every = tokio::time::interval(TICK);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        while tick(&mut every, &stop).await {
            let round = run_once(&pool, &mailer, &site, &stop).await;
            workers::ran("mail", round.is_ok());
            if let Err(e) = round {
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

/// One round; it ends early, between two messages, once `stop` fires.
pub async fn run_once(pool: &Db, mailer: &Mailer, site: &str, stop: &CancellationToken) -> sqlx::Result<Round> {
    let skipped = mail_queue::skip_unwanted(pool, NOT_MAILED).await?;
    let mut round = Round { skipped, ..Round::default() };
    for due in mail_queue::due_immediate(pool, BATCH).await? {
        if stop.is_cancelled() {
            return Ok(round);
        }
        if !mail_queue::lease(pool, due.id, LEASE_SECS).await? {
            continue; // another server sends it (or already has)
        }
        let lang = Lang::parse(&due.lang).unwrap_or_default();
        if let Err(e) = mailer.send(immediate(lang, &due.email, &parse(&due.payload), site)).await {
            // the server is down or refuses: try again next round
            metrics::counter!("mail_failures_total").increment(1);
            tracing::warn!(error = %e, "mailing a notification failed");
            mail_queue::release(pool, Some(due.id), None).await?;
            return Ok(round);
        }
        metrics::counter!("mail_sent_total").increment(1);
        mail_queue::mark_mailed(pool, due.id, &now_iso()).await?;
        round.immediate += 1;
    }
    // a digest is due a day after the previous one, or a day after the oldest unmailed
    // notification when there was none
    let cutoff = (chrono::Utc::now() - chrono::Duration::hours(24)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
    for user in mail_queue::due_digests(pool, &cutoff).await? {
        if stop.is_cancelled() {
            return Ok(round);
        }
        if !mail_queue::lease_digest(pool, user.id, user.digest_sent_at.as_deref(), LEASE_SECS).await? {
            continue;
        }
        let items = mail_queue::digest_items(pool, user.id).await?;
        let lang = Lang::parse(&user.lang).unwrap_or_default();
        let list: Vec<_> = items.iter().map(|i| (parse(&i.payload), i.created_at.clone())).collect();
        if let Err(e) = mailer.send(digest(lang, &user.email, &list, site)).await {
            metrics::counter!("mail_failures_total").increment(1);
            tracing::warn!(error = %e, "mailing a digest failed");
            mail_queue::release(pool, None, Some(user.id)).await?;
            return Ok(round);
        }
        metrics::counter!("mail_sent_total").increment(1);
        mail_queue::mark_digest_sent(pool, user.id, &items, &now_iso()).await?;
        round.digests += 1;
    }
    Ok(round)
}

fn line(lang: Lang, p: &Payload) -> &str {
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

fn immediate(lang: Lang, to: &str, p: &Payload, site: &str) -> Mail {
    let text = line(lang, p);
    let subject: String = text.chars().take(120).collect();
    let open = if lang == Lang::En { "Open" } else { "Xem tại" };
    let body = format!("{text}\n\n{open}: {site}{}{}", p.link, footer(lang, site));
    Mail { to: to.to_string(), subject: format!("Kết Nối: {subject}"), body }
}

fn digest(lang: Lang, to: &str, items: &[(Payload, String)], site: &str) -> Mail {
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
