//! A PostgreSQL server found away: statements fail at once instead of each waiting out the
//! pool's acquire timeout (5 s). Without this, while PostgreSQL was stopped every request that
//! needed it held its visitor 5 s on each node it tried (10 s through nginx's retry) and piled
//! up connections, where pages served from the search index and the caches kept answering.
//!
//! A statement on the pool that fails in a way that passes by itself ([`is_transient`]) has
//! the server probed with a fresh connection (a busy pool says nothing about the server). If
//! the probe fails, the server is marked away and probed again every half second until it
//! answers; meanwhile statements on any pool of that server fail at once with an I/O error
//! (503 to visitors, a retry for the background work). What does not need the database goes
//! on as before. The mark belongs to the server (host and port), not to one pool: every pool
//! of this process on that server sees it.

use super::is_transient;
use sqlx::postgres::{PgConnectOptions, PgPool};
use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex};
use std::time::Duration;

/// How long a probe may take to connect and answer.
const PROBE_WITHIN: Duration = Duration::from_secs(1);
/// How often a server marked away is probed.
const PROBE_EVERY: Duration = Duration::from_millis(500);

/// Servers marked away, counted apart so that the usual case (none) takes no lock.
static AWAY_COUNT: AtomicUsize = AtomicUsize::new(0);
static SERVERS: LazyLock<Mutex<Servers>> = LazyLock::new(Default::default);

#[derive(Default)]
struct Servers {
    away: HashSet<String>,
    probing: HashSet<String>,
}

fn servers() -> std::sync::MutexGuard<'static, Servers> {
    // the sets stay consistent even if a holder panicked: each change is one insert or remove
    SERVERS.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn server_of(opts: &PgConnectOptions) -> String {
    format!("{}:{}", opts.get_host(), opts.get_port())
}

/// Fails at once when `pool`'s server is marked away.
pub(super) fn check(pool: &PgPool) -> sqlx::Result<()> {
    if AWAY_COUNT.load(Ordering::Acquire) == 0 {
        return Ok(());
    }
    let server = server_of(&pool.connect_options());
    if servers().away.contains(&server) {
        return Err(sqlx::Error::Io(std::io::Error::new(
            std::io::ErrorKind::ConnectionRefused,
            format!("database server {server} is away (probed every {} ms)", PROBE_EVERY.as_millis()),
        )));
    }
    Ok(())
}

/// After `result` of a statement on `pool`: a failure that passes by itself has the server
/// probed (once at a time per server).
pub(super) fn after<T>(pool: &PgPool, result: sqlx::Result<T>) -> sqlx::Result<T> {
    if let Err(e) = &result
        && is_transient(e)
    {
        probe(pool);
    }
    result
}

fn probe(pool: &PgPool) {
    let opts = pool.connect_options();
    let server = server_of(&opts);
    if !servers().probing.insert(server.clone()) {
        return;
    }
    tokio::spawn(async move {
        let mut marked = false;
        while !reachable(&opts).await {
            if !marked {
                marked = true;
                if servers().away.insert(server.clone()) {
                    AWAY_COUNT.fetch_add(1, Ordering::AcqRel);
                }
                tracing::error!(%server, "database server unreachable: statements fail at once until it answers");
                metrics::gauge!("database_reachable").set(0.0);
            }
            tokio::time::sleep(PROBE_EVERY).await;
        }
        let mut s = servers();
        if s.away.remove(&server) {
            AWAY_COUNT.fetch_sub(1, Ordering::AcqRel);
        }
        s.probing.remove(&server);
        drop(s);
        if marked {
            tracing::warn!(%server, "database server reachable again");
            metrics::gauge!("database_reachable").set(1.0);
        }
    });
}

/// Whether the server takes a new connection and answers within [`PROBE_WITHIN`].
async fn reachable(opts: &PgConnectOptions) -> bool {
    let attempt = async {
        let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect_with(opts).await?;
        sqlx::query("SELECT 1").execute(&mut conn).await?;
        sqlx::Connection::close(conn).await
    };
    matches!(tokio::time::timeout(PROBE_WITHIN, attempt).await, Ok(Ok(())))
}
