//! Notification e-mail through a real SMTP sink: `immediate` arrives, `off` never does, `daily`
//! batches into one digest; and how long immediate mail takes to arrive (printed, not asserted).

use super::{cast, send, signed_in};
use crate::smtp_sink::SmtpSink;
use crate::support::spawn_empty_with;
use app::backend::auth::settings::{AuthSettings, MailSettings};
use app::backend::db::sql;
use std::time::{Duration, Instant};

fn to(sink: &SmtpSink, email: &str) -> Vec<String> {
    sink.received().into_iter().filter(|m| m.rcpt.iter().any(|r| r == email)).map(|m| m.data).collect()
}

/// Waits (bounded) until `email` has at least `n` messages; returns them.
async fn wait_for(sink: &SmtpSink, email: &str, n: usize) -> Vec<String> {
    for _ in 0..300 {
        let got = to(sink, email);
        if got.len() >= n {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    to(sink, email)
}

#[tokio::test]
async fn immediate_off_and_daily_digest() {
    let sink = SmtpSink::start().await;
    let app = spawn_empty_with(AuthSettings {
        mail: MailSettings { smtp_url: Some(sink.url.clone()), ..Default::default() },
        ..Default::default()
    })
    .await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let requester = signed_in(&app, &c.requester).await;
    let provider = signed_in(&app, &c.provider).await;
    // the requester wants no mail; the provider keeps the default (immediate)
    assert_eq!(requester.post("/account/notifications", &[("notify_email", "off")]).await.status().as_u16(), 303);
    assert_eq!(requester.post("/account/notifications", &[("notify_email", "hourly")]).await.status().as_u16(), 303);
    let pref: String = sql::query_scalar("SELECT notify_email FROM users WHERE email = $1")
        .bind(&c.requester)
        .fetch_one(&pool)
        .await
        .expect("query");
    assert_eq!(pref, "off", "an unknown choice changes nothing");
    // the provider was told its offer was approved when the cast was built
    let earlier = wait_for(&sink, &c.provider, 1).await.len();
    let id = send(&requester, &c, "Thư ngay").await;
    let mail = wait_for(&sink, &c.provider, earlier + 1).await;
    assert_eq!(mail.len(), earlier + 1, "the provider is mailed at once");
    assert!(mail[earlier].contains(&format!("/collab/{id}")), "with the link");
    provider.page(&format!("/collab/{id}")).await; // viewed: a notification for the requester
    provider.post(&format!("/collab/{id}/step"), &[("action", "accept")]).await;
    // the worker has run past these notifications: marked, never mailed
    for _ in 0..200 {
        let pending: i64 = sql::query_scalar(
            "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1 AND n.emailed_at IS NULL",
        )
        .bind(&c.requester)
        .fetch_one(&pool)
        .await
        .expect("query");
        if pending == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let marked: Vec<String> = sql::query_scalar(
        "SELECT n.emailed_at FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1",
    )
    .bind(&c.requester)
    .fetch_all(&pool)
    .await
    .expect("query");
    assert_eq!(marked.len(), 2, "viewed and accepted");
    assert!(marked.iter().all(|m| m == "off"), "marked as not to mail: {marked:?}");
    assert!(to(&sink, &c.requester).is_empty(), "`off` gets no mail");

    // daily: three messages wait for the digest, then arrive as one mail
    provider.post("/account/notifications", &[("notify_email", "daily")]).await;
    for text in ["một", "hai", "ba"] {
        requester.post(&format!("/collab/{id}/messages"), &[("body", text)]).await;
    }
    tokio::time::sleep(app::backend::notify::mailer::TICK * 2).await;
    assert_eq!(to(&sink, &c.provider).len(), earlier + 1, "nothing before the day is over");
    // a day passes (the notifications are a day old)
    sql::query(
        "UPDATE notifications SET created_at = '2000-01-01T00:00:00Z'
          WHERE emailed_at IS NULL AND user_id = (SELECT id FROM users WHERE email = $1)",
    )
    .bind(&c.provider)
    .execute(&pool)
    .await
    .expect("query");
    let mail = wait_for(&sink, &c.provider, earlier + 2).await;
    assert_eq!(mail.len(), earlier + 2, "one digest");
    let digest = mail[earlier + 1].replace("=\r\n", "").replace("=\n", "");
    assert_eq!(digest.matches(&format!("/collab/{id}#thread")).count(), 3, "the digest lists all three");
    tokio::time::sleep(app::backend::notify::mailer::TICK * 2).await;
    assert_eq!(to(&sink, &c.provider).len(), earlier + 2, "and only once");
}

/// Delivery time of immediate notification mail: from the POST that causes it to the sink's
/// receipt, over 50 notifications. Printed for the report; the worker polls every `TICK`.
#[tokio::test]
async fn delivery_time_figures() {
    let sink = SmtpSink::start().await;
    let app = spawn_empty_with(AuthSettings {
        mail: MailSettings { smtp_url: Some(sink.url.clone()), ..Default::default() },
        ..Default::default()
    })
    .await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let requester = signed_in(&app, &c.requester).await;
    let earlier = wait_for(&sink, &c.provider, 1).await.len();
    let id = send(&requester, &c, "Đo thời gian").await;
    wait_for(&sink, &c.provider, earlier + 1).await;
    const N: usize = 50;
    // all sent at once; each mail's time is from its own POST to its arrival (in order: the
    // worker mails in notification order)
    let base = to(&sink, &c.provider).len();
    let mut posted = Vec::with_capacity(N);
    for k in 0..N {
        posted.push(Instant::now());
        requester.post(&format!("/collab/{id}/messages"), &[("body", &format!("tin {k}"))]).await;
    }
    let mut times = Vec::with_capacity(N);
    for _ in 0..4000 {
        let got = to(&sink, &c.provider).len() - base;
        while times.len() < got.min(N) {
            times.push(posted[times.len()].elapsed());
        }
        if times.len() == N {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert_eq!(times.len(), N, "every mail arrived");
    times.sort();
    println!(
        "notification mail delivery over {N}: p50 {:?}, p90 {:?}, max {:?} (worker tick {:?})",
        times[N / 2],
        times[N * 9 / 10],
        times[N - 1],
        app::backend::notify::mailer::TICK
    );
}

/// Three servers' mail workers on one database (each with its own connection pool and SMTP
/// connection, as separate processes have): 200 notifications, every one mailed exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_workers_mail_each_notification_exactly_once() {
    use app::backend::mail::Mailer;
    use app::backend::notify::{self, mailer};
    const N: usize = 200;
    let sink = SmtpSink::start().await;
    let settings = MailSettings { smtp_url: Some(sink.url.clone()), ..Default::default() };
    // the app's own worker mails to the same sink: a fourth one
    let app = spawn_empty_with(AuthSettings { mail: settings.clone(), ..Default::default() }).await;
    let pool = app.pool().await;
    let person = crate::builders::user().email("nhieu-nut@example.vn").create(&pool).await;
    let mut tx = app::backend::db::begin_write(&pool).await.expect("begin");
    for k in 0..N {
        let payload =
            notify::Payload {
                link: format!("/thu-nghiem/{k}/"), vi: format!("Thư số {k}"), en: format!("Mail {k}")
            };
        notify::user(&mut tx, person.id, "test.many", &payload).await.expect("notify");
    }
    tx.commit().await.expect("commit");

    let mut pools = Vec::new();
    for _ in 0..3 {
        pools.push(app.pool().await);
    }
    let workers: Vec<_> = pools
        .into_iter()
        .map(|pool| {
            let settings = settings.clone();
            tokio::spawn(async move {
                let mailer = Mailer::new(&settings).expect("mailer");
                let stop = tokio_util::sync::CancellationToken::new();
                for _ in 0..40 {
                    mailer::run_once(&pool, &mailer, "http://127.0.0.1", &stop).await.expect("round");
                }
            })
        })
        .collect();
    for w in workers {
        w.await.expect("worker");
    }
    let mail = wait_for(&sink, &person.email, N).await;
    let mut seen = vec![0; N];
    for m in &mail {
        let text = m.replace("=\r\n", "").replace("=\n", "");
        let k = (0..N).find(|k| text.contains(&format!("/thu-nghiem/{k}/"))).expect("a test mail");
        seen[k] += 1;
    }
    let twice: Vec<usize> = (0..N).filter(|k| seen[*k] > 1).collect();
    let never: Vec<usize> = (0..N).filter(|k| seen[*k] == 0).collect();
    assert!(twice.is_empty() && never.is_empty(), "mailed twice: {twice:?}; never: {never:?}");
    let unmailed: i64 = sql::query_scalar("SELECT count(*) FROM notifications WHERE emailed_at IS NULL")
        .fetch_one(&pool)
        .await
        .expect("query");
    assert_eq!(unmailed, 0);
}
