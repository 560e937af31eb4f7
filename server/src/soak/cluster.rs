//! The faults of several nodes behind a load balancer (`ketnoi soak --nodes …`): nodes killed
//! with SIGKILL one at a time and restarted while the others carry the load, one node's index
//! directory deleted under it, and the database stopped for a while and started again. The
//! proxy (nginx, started by `scripts/faults.sh`) is what the writers and readers talk to.

use super::next;
use super::process::Fleet;
use std::time::{Duration, Instant};

pub struct Options {
    /// Each node's listening address (`127.0.0.1:3101`); the nodes' indexes go under the
    /// configured `index_dir`, one folder each.
    pub nodes: Vec<String>,
    /// The load balancer's base URL.
    pub proxy: String,
    /// Delete the last node's index directory while it runs.
    pub delete_index: bool,
    pub outage: Option<Outage>,
}

/// The database stopped for `secs` by one shell command and started by another.
pub struct Outage {
    pub secs: u64,
    pub stop: String,
    pub start: String,
}

/// A stretch of the soak, from its start.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub from: Duration,
    pub to: Duration,
}

/// What was done, and when.
#[derive(Default)]
pub struct Timeline {
    /// The node killed and how long it took to answer again after its restart.
    pub kills: Vec<(usize, Duration)>,
    pub deleted_index: Option<usize>,
    pub outage: Option<Window>,
}

pub async fn faults(
    fleet: &mut Fleet,
    c: &Options,
    kills: u32,
    rng: &mut u64,
    epoch: Instant,
) -> anyhow::Result<Timeline> {
    let mut t = Timeline::default();
    let n = fleet.count();
    for k in 1..=kills as usize {
        tokio::time::sleep(Duration::from_millis(1000 + next(rng) % 2000)).await;
        let i = (k - 1) % n;
        fleet.kill(i).await?;
        // the others carry the load meanwhile
        tokio::time::sleep(Duration::from_millis(500 + next(rng) % 1500)).await;
        let back = fleet.restart(i).await?;
        eprintln!("soak: kill {k}/{kills}: node {} SIGKILL, back in {:.2} s", i + 1, back.as_secs_f64());
        t.kills.push((i, back));
    }
    if c.delete_index {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let i = n - 1;
        let dir = &fleet.nodes[i].index_dir;
        // the node may write a file into it meanwhile ("directory not empty"): as an operator's
        // `rm -rf` would be repeated
        let mut tries = 0;
        while let Err(e) = std::fs::remove_dir_all(dir) {
            tries += 1;
            anyhow::ensure!(tries < 50, "could not delete {}: {e}", dir.display());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        eprintln!("soak: deleted node {}'s index directory {}", i + 1, fleet.nodes[i].index_dir.display());
        t.deleted_index = Some(i);
    }
    if let Some(o) = &c.outage {
        tokio::time::sleep(Duration::from_secs(2)).await;
        // the outage starts with the stop command: the database refuses work while it shuts down
        let from = epoch.elapsed();
        shell(&o.stop).await?;
        eprintln!("soak: database stopped for {} s", o.secs);
        tokio::time::sleep(Duration::from_secs(o.secs)).await;
        shell(&o.start).await?;
        let to = epoch.elapsed();
        eprintln!("soak: database started again");
        t.outage = Some(Window { from, to });
        // the load goes on after the outage: the recovery has to show in the reads and writes
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
    Ok(t)
}

async fn shell(command: &str) -> anyhow::Result<()> {
    let status = tokio::process::Command::new("sh").arg("-c").arg(command).status().await?;
    anyhow::ensure!(status.success(), "`{command}` failed ({status})");
    Ok(())
}
