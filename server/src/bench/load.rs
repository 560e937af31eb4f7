//! `ketnoi bench-load` (hidden from `--help`): many clients at once against one address of a
//! running server, to see how it behaves beyond its capacity (issue 17's overload run).
//!
//! ```text
//! ketnoi bench-load --url http://127.0.0.1:3000/startups [--connections 1000] [--seconds 10]
//!                   [--timeout 5] [--pid PID]
//! ```
//!
//! Each connection is its own client with one kept-alive connection, sending the next request
//! when the previous answer has been read whole. Every answer is counted by status; a request
//! without an answer within `--timeout` counts as a client timeout, as does a transport error.
//! Latency percentiles are given for the 200s alone, so the fast refusals (503) cannot hide
//! slow successes. With `--pid`, the server's peak resident memory (`VmHWM`) is read at the end.
//! Exits non-zero when any request went unanswered or got an answer other than 200 or 503.

use super::latency::{Latency, ms};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub struct Options {
    pub url: String,
    pub connections: u32,
    pub seconds: u32,
    pub timeout: u32,
    pub pid: Option<u32>,
}

#[derive(Default)]
struct Tally {
    statuses: BTreeMap<u16, u64>,
    ok_latencies: Vec<Duration>,
    refused_latencies: Vec<Duration>,
    timeouts: u64,
    transport_errors: u64,
}

pub async fn run(opts: &Options) -> anyhow::Result<()> {
    anyhow::ensure!(opts.url.starts_with("http://"), "--url must be http://host:port/path");
    let deadline = Instant::now() + Duration::from_secs(u64::from(opts.seconds.max(1)));
    let timeout = Duration::from_secs(u64::from(opts.timeout.max(1)));
    let barrier = Arc::new(tokio::sync::Barrier::new(opts.connections as usize + 1));
    let mut tasks = Vec::new();
    for _ in 0..opts.connections {
        let client = reqwest::Client::builder().pool_max_idle_per_host(1).timeout(timeout).build()?;
        let (url, barrier) = (opts.url.clone(), barrier.clone());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            let mut t = Tally::default();
            while Instant::now() < deadline {
                let start = Instant::now();
                match client.get(&url).send().await {
                    Ok(res) => {
                        let status = res.status().as_u16();
                        match res.bytes().await {
                            Ok(_) => {
                                *t.statuses.entry(status).or_default() += 1;
                                match status {
                                    200 => t.ok_latencies.push(start.elapsed()),
                                    503 => t.refused_latencies.push(start.elapsed()),
                                    _ => {}
                                }
                            }
                            Err(e) if e.is_timeout() => t.timeouts += 1,
                            Err(_) => t.transport_errors += 1,
                        }
                    }
                    Err(e) if e.is_timeout() => t.timeouts += 1,
                    Err(_) => {
                        t.transport_errors += 1;
                        // a refused connection: do not spin
                        tokio::time::sleep(Duration::from_millis(10)).await;
                    }
                }
            }
            t
        }));
    }
    barrier.wait().await;
    let started = Instant::now();
    let mut all = Tally::default();
    for task in tasks {
        let t = task.await?;
        for (s, n) in t.statuses {
            *all.statuses.entry(s).or_default() += n;
        }
        all.ok_latencies.extend(t.ok_latencies);
        all.refused_latencies.extend(t.refused_latencies);
        all.timeouts += t.timeouts;
        all.transport_errors += t.transport_errors;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let answers: u64 = all.statuses.values().sum();
    let ok = all.statuses.get(&200).copied().unwrap_or(0);
    let refused = all.statuses.get(&503).copied().unwrap_or(0);
    let other = answers - ok - refused;
    let ok_lat = Latency::of(all.ok_latencies);
    let refused_lat = Latency::of(all.refused_latencies);
    println!("bench-load: {} connections for {:.1} s against {}", opts.connections, elapsed, opts.url);
    println!(
        "answers {answers} ({:.0}/s): 200 {ok} ({:.0}/s), 503 {refused} ({:.1} %), other {other}; \
         client timeouts ({} s) {}, transport errors {}",
        answers as f64 / elapsed,
        ok as f64 / elapsed,
        100.0 * refused as f64 / (answers.max(1)) as f64,
        opts.timeout,
        all.timeouts,
        all.transport_errors
    );
    println!(
        "200s: p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, max {:.1} ms; 503s: p50 {:.1} ms, p99 {:.1} ms",
        ms(ok_lat.p50),
        ms(ok_lat.p95),
        ms(ok_lat.p99),
        ms(ok_lat.max),
        ms(refused_lat.p50),
        ms(refused_lat.p99)
    );
    println!("statuses: {:?}", all.statuses);
    if let Some(pid) = opts.pid {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
        let peak = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap_or("VmHWM: ?");
        println!("server peak RSS: {}", peak.trim_start_matches("VmHWM:").trim());
    }
    anyhow::ensure!(
        all.timeouts == 0 && all.transport_errors == 0 && other == 0,
        "{} client timeouts, {} transport errors, {other} answers neither 200 nor 503",
        all.timeouts,
        all.transport_errors
    );
    Ok(())
}
