//! The server under test as a child process: started from this same binary (`ketnoi serve`,
//! with this process's configuration and environment), killed with SIGKILL, stopped with
//! SIGTERM.

use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

pub struct Server {
    child: Child,
    base: String,
    log: std::path::PathBuf,
}

impl Server {
    /// Starts `ketnoi serve` and waits until `/healthz` answers (or gives up after a minute).
    pub async fn start(base: &str, config: Option<&std::path::Path>, log: &std::path::Path) -> anyhow::Result<Server> {
        let out = std::fs::OpenOptions::new().create(true).append(true).open(log)?;
        let mut command = Command::new(std::env::current_exe()?);
        if let Some(config) = config {
            command.env("KETNOI_CONFIG", config);
        }
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
