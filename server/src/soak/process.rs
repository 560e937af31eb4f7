//! The server under test as a child process: started from this same binary (`ketnoi serve`,
//! with this process's configuration and environment, and a node's own address and index when
//! several run), killed with SIGKILL, stopped with SIGTERM.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

/// How to start one node: where it listens, its index, its log.
#[derive(Clone)]
pub struct Node {
    pub base: String,
    pub index_dir: PathBuf,
    pub log: PathBuf,
    pub config: Option<PathBuf>,
    /// Set for the nodes of a cluster; a lone server keeps the configuration's own values.
    pub own_addr: Option<String>,
}

pub struct Server {
    child: Child,
    base: String,
    log: PathBuf,
}

impl Server {
    /// Starts `ketnoi serve` and waits until `/healthz` answers (or gives up after a minute).
    pub async fn start(node: &Node) -> anyhow::Result<Server> {
        let log = node.log.as_path();
        let out = std::fs::OpenOptions::new().create(true).append(true).open(log)?;
        let mut command = Command::new(std::env::current_exe()?);
        if let Some(config) = &node.config {
            command.env("KETNOI_CONFIG", config);
        }
        if let Some(addr) = &node.own_addr {
            command.env("KETNOI_ADDR", addr).env("KETNOI_INDEX_DIR", &node.index_dir);
        }
        let base = node.base.as_str();
        let child = command
            .arg("serve")
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .kill_on_drop(true)
            .spawn()?;
        let mut s = Server { child, base: base.to_string(), log: log.to_path_buf() };
        s.wait_healthy().await?;
        Ok(s)
    }

    async fn wait_healthy(&mut self) -> anyhow::Result<()> {
        let http = reqwest::Client::builder().timeout(Duration::from_secs(2)).build()?;
        let until = Instant::now() + Duration::from_secs(60);
        while Instant::now() < until {
            if let Some(status) = self.child.try_wait()? {
                anyhow::bail!("the server exited ({status}) while starting; see {}", self.log.display());
            }
            if http.get(format!("{}/healthz", self.base)).send().await.is_ok_and(|r| r.status().is_success()) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        anyhow::bail!("the server did not answer /healthz within a minute; see {}", self.log.display())
    }

    /// SIGKILL: no shutdown code runs, as in a power cut or an OOM kill.
    pub async fn kill(mut self) -> anyhow::Result<()> {
        self.child.start_kill()?;
        self.child.wait().await?;
        Ok(())
    }

    /// SIGTERM, then waits for a clean exit (status 0) within `grace`.
    pub async fn stop(mut self, grace: Duration) -> anyhow::Result<()> {
        let pid = self.child.id().ok_or_else(|| anyhow::anyhow!("the server has already exited"))?;
        let sent = std::process::Command::new("kill").arg("-TERM").arg(pid.to_string()).status()?;
        anyhow::ensure!(sent.success(), "kill -TERM {pid} failed");
        match tokio::time::timeout(grace, self.child.wait()).await {
            Ok(status) => {
                let status = status?;
                anyhow::ensure!(status.success(), "the server exited with {status} after SIGTERM");
                Ok(())
            }
            Err(_) => anyhow::bail!("the server did not exit within {grace:?} of SIGTERM"),
        }
    }
}

/// The nodes of a soak, each running or (between a kill and its restart) not.
pub struct Fleet {
    pub nodes: Vec<Node>,
    running: Vec<Option<Server>>,
}

impl Fleet {
    /// Starts every node at once, as an operator's service manager would.
    pub async fn start(nodes: Vec<Node>) -> anyhow::Result<Fleet> {
        let mut starting = tokio::task::JoinSet::new();
        for (i, node) in nodes.iter().cloned().enumerate() {
            starting.spawn(async move { (i, Server::start(&node).await) });
        }
        let mut running: Vec<Option<Server>> = nodes.iter().map(|_| None).collect();
        while let Some(started) = starting.join_next().await {
            let (i, server) = started?;
            running[i] = Some(server?);
        }
        Ok(Fleet { nodes, running })
    }

    pub fn count(&self) -> usize {
        self.nodes.len()
    }

    /// SIGKILL to node `i`.
    pub async fn kill(&mut self, i: usize) -> anyhow::Result<()> {
        match self.running[i].take() {
            Some(server) => server.kill().await,
            None => anyhow::bail!("node {} is not running", i + 1),
        }
    }

    /// Starts node `i` again; how long until it answered `/healthz`.
    pub async fn restart(&mut self, i: usize) -> anyhow::Result<Duration> {
        let t = Instant::now();
        self.running[i] = Some(Server::start(&self.nodes[i]).await?);
        Ok(t.elapsed())
    }

    /// SIGTERM to every running node; each must exit cleanly within `grace`.
    pub async fn stop(self, grace: Duration) -> anyhow::Result<()> {
        for server in self.running.into_iter().flatten() {
            server.stop(grace).await?;
        }
        Ok(())
    }
}
