//! Readers beside the writers when several nodes run behind a load balancer: visitors browsing
//! the directories and searching through the proxy, each request timed and its status kept, so
//! the report can say whether a node's death ever reached a visitor (the proxy should pass the
//! request to another node) and how the site behaved while the database was away.

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::actors::Shared;

/// One request as the visitor saw it.
#[derive(Clone, Copy, Debug)]
pub struct Read {
    /// When it was sent and when the answer ended, from the soak's start.
    pub sent: Duration,
    pub done: Duration,
    /// The HTTP status; 0 when no answer came at all.
    pub status: u16,
}

impl Read {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Pages a visitor reads: the directories (first pages and later ones) and searches for words
/// of the demo and of the soak's own offers.
const PATHS: &[&str] = &[
    "/startups",
    "/offers",
    "/challenges",
    "/search?q=n%C3%B4ng+nghi%E1%BB%87p",
    "/enterprises?page=2",
    "/search?q=b%C6%A1m+nhi%E1%BB%87t",
    "/offers?page=2",
    "/search?q=th%E1%BB%AD+t%E1%BA%A3i",
];

/// Reads until told to stop, a request every few milliseconds.
pub async fn reader(s: Arc<Shared>, n: usize, epoch: Instant) -> anyhow::Result<Vec<Read>> {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let mut out = Vec::new();
    for i in n.. {
        if !s.running() {
            break;
        }
        let path = PATHS[i % PATHS.len()];
        let sent = epoch.elapsed();
        let status = match http.get(format!("{}{path}", s.base)).send().await {
            Ok(a) => {
                let status = a.status().as_u16();
                // the whole body: a node dying mid-answer shows here, not in the status line
                if a.bytes().await.is_ok() { status } else { 0 }
            }
            Err(_) => 0,
        };
        out.push(Read { sent, done: epoch.elapsed(), status });
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    Ok(out)
}

/// What the reads say about one stretch of the soak.
#[derive(Debug, Default)]
pub struct Summary {
    pub reads: usize,
    pub failed: usize,
    /// Statuses of the failed ones, with counts ("503×12").
    pub statuses: std::collections::BTreeMap<u16, usize>,
    /// The longest time from a failed read's sending to the next successful answer.
    pub longest_failure: Duration,
    /// The slowest answer, whatever it was.
    pub slowest: Duration,
}

impl Summary {
    pub fn of<'a>(reads: impl Iterator<Item = &'a Read>) -> Summary {
        let mut all: Vec<&Read> = reads.collect();
        all.sort_by_key(|r| r.sent);
        let mut s = Summary { reads: all.len(), ..Summary::default() };
        let mut failing_since: Option<Duration> = None;
        for r in &all {
            s.slowest = s.slowest.max(r.done.saturating_sub(r.sent));
            if r.ok() {
                if let Some(since) = failing_since.take() {
                    s.longest_failure = s.longest_failure.max(r.done.saturating_sub(since));
                }
            } else {
                s.failed += 1;
                *s.statuses.entry(r.status).or_default() += 1;
                failing_since.get_or_insert(r.sent);
            }
        }
        if let (Some(since), Some(last)) = (failing_since, all.last()) {
            s.longest_failure = s.longest_failure.max(last.done.saturating_sub(since));
        }
        s
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} reads (slowest {:.2} s), {} failed", self.reads, self.slowest.as_secs_f64(), self.failed)?;
        if self.failed > 0 {
            let statuses: Vec<String> = self
                .statuses
                .iter()
                .map(|(s, n)| if *s == 0 { format!("no answer×{n}") } else { format!("{s}×{n}") })
                .collect();
            write!(
                f,
                " ({}; longest failing stretch {:.2} s)",
                statuses.join(", "),
                self.longest_failure.as_secs_f64()
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(sent_ms: u64, status: u16) -> Read {
        Read { sent: Duration::from_millis(sent_ms), done: Duration::from_millis(sent_ms + 5), status }
    }

    #[test]
    fn the_longest_failing_stretch_runs_from_the_first_failure_to_the_next_success() {
        let reads = [r(0, 200), r(10, 502), r(20, 0), r(30, 200), r(40, 503), r(100, 200)];
        let s = Summary::of(reads.iter());
        assert_eq!((s.reads, s.failed), (6, 3));
        assert_eq!(s.longest_failure, Duration::from_millis(65), "from 40 ms to the answer ending at 105 ms");
        assert_eq!(s.statuses.get(&0), Some(&1));
        let none = Summary::of([r(0, 200), r(5, 304)].iter().take(1));
        assert_eq!((none.failed, none.longest_failure), (0, Duration::ZERO));
    }
}
