//! The server's background work (the search indexer, the notification mail, expiry reminders,
//! the session sweep): started together, and stopped together at shutdown once the requests
//! in flight are done, so that each finishes what it holds (the mail worker its current
//! message, the indexer the writes those last requests made) instead of being cut off.

use std::future::Future;
use std::time::Duration;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

/// The running workers and the signal that asks them to stop.
#[derive(Default)]
pub struct Workers {
    stop: CancellationToken,
    running: JoinSet<()>,
}

impl Workers {
    pub fn new() -> Self {
        Self::default()
    }

    /// Runs `work`, which is handed the stop signal: it ends when the signal fires, after the
    /// item it holds.
    pub fn spawn<F, Fut>(&mut self, work: F)
    where
        F: FnOnce(CancellationToken) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
        self.running.spawn(work(self.stop.clone()));
    }

    /// Asks every worker to stop and waits for them, at most `deadline`; true when all ended
    /// in time (the others are cut off when the process exits).
    pub async fn stop(mut self, deadline: Duration) -> bool {
        self.stop.cancel();
        let all = async { while self.running.join_next().await.is_some() {} };
        tokio::time::timeout(deadline, all).await.is_ok()
    }
}

/// Counts one run of a background job for `/metrics` (`background_job_runs_total`).
pub fn ran(job: &'static str, ok: bool) {
    metrics::counter!("background_job_runs_total", "job" => job, "outcome" => if ok { "ok" } else { "error" })
        .increment(1);
}

/// Waits for `every`'s next tick (the first comes at once); false when the stop signal fires
/// first.
pub async fn tick(every: &mut tokio::time::Interval, stop: &CancellationToken) -> bool {
    tokio::select! {
        _ = stop.cancelled() => false,
        _ = every.tick() => true,
    }
}
