//! Latency percentiles of a set of timed runs.

use serde_json::json;
use std::time::Duration;

/// Percentiles (nearest rank) of a set of timings.
pub struct Latency {
    pub n: usize,
    pub p50: Duration,
    pub p95: Duration,
    pub p99: Duration,
    pub max: Duration,
    pub total: Duration,
}

impl Latency {
    pub fn of(mut times: Vec<Duration>) -> Latency {
        times.sort_unstable();
        let at = |p: f64| {
            let rank = ((p / 100.0) * times.len() as f64).ceil() as usize;
            times.get(rank.clamp(1, times.len().max(1)) - 1).copied().unwrap_or_default()
        };
        Latency {
            n: times.len(),
            p50: at(50.0),
            p95: at(95.0),
            p99: at(99.0),
            max: times.last().copied().unwrap_or_default(),
            total: times.iter().sum(),
        }
    }

    pub fn mean(&self) -> Duration {
        self.total.checked_div(self.n.max(1) as u32).unwrap_or_default()
    }

    pub fn per_second(&self) -> f64 {
        self.n as f64 / self.total.as_secs_f64().max(1e-9)
    }

    pub fn print(&self, name: &str) {
        println!(
            "{name:<34} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>8.0}",
            ms(self.p50),
            ms(self.p95),
            ms(self.p99),
            ms(self.max),
            ms(self.mean()),
            self.per_second()
        );
    }

    pub fn json(&self) -> serde_json::Value {
        json!({
            "n": self.n, "p50": ms(self.p50), "p95": ms(self.p95), "p99": ms(self.p99),
            "max": ms(self.max), "mean": ms(self.mean()), "queries_per_second": self.per_second(),
        })
    }
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let l = Latency::of((1..=100).rev().map(Duration::from_millis).collect());
        assert_eq!(
            (l.p50, l.p95, l.p99, l.max),
            (
                Duration::from_millis(50),
                Duration::from_millis(95),
                Duration::from_millis(99),
                Duration::from_millis(100)
            )
        );
        assert_eq!(l.mean(), Duration::from_micros(50_500));
        let empty = Latency::of(Vec::new());
        assert_eq!((empty.n, empty.p99), (0, Duration::ZERO));
    }
}
