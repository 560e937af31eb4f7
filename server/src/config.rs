//! Layered configuration: defaults → TOML file → `KETNOI_*` environment variables.

use app::backend::auth::settings::AuthSettings;
use app::backend::rest::ApiSettings;
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Config {
    /// `sqlite://path/to.db` (created when missing).
    pub database_url: String,
    /// The search index (derived from the database; rebuilt when missing).
    pub index_dir: String,
    /// Address to listen on.
    pub addr: String,
    /// The built site: `pkg/` (wasm, JS, CSS), fonts and static files.
    pub site_root: String,
    /// `pretty` or `json` logs.
    pub log_format: String,
    /// At SIGTERM or Ctrl-C, how long the requests in flight, then the background work (the
    /// mail being sent, the index's last commit), are given to finish.
    pub shutdown_deadline_secs: u64,
    /// Requests served at once (0: eight per CPU core); one more waits at most
    /// `queue_wait_ms` for a place, then is answered 503 with `Retry-After`.
    pub max_in_flight: usize,
    pub queue_wait_ms: u64,
    /// A request still without an answer after this long is answered 503.
    pub request_timeout_secs: u64,
    /// A client that has not sent a request's headers after this long is disconnected.
    pub header_read_timeout_secs: u64,
    /// Where `/metrics` (Prometheus) is served, e.g. `127.0.0.1:9464`; empty: nowhere. Never
    /// the public address.
    pub metrics_addr: String,
    /// Load balancers whose `X-Forwarded-For` names the client (addresses or networks,
    /// comma-separated: `127.0.0.1, 10.0.0.0/8`); empty: the TCP peer is the client.
    pub trusted_proxies: String,
    /// Accounts: public URL, mail, sign-in providers, rate limit (`[auth]` in the file,
    /// `KETNOI_AUTH__…` in the environment, e.g. `KETNOI_AUTH__MAIL__SMTP_URL`).
    #[serde(default)]
    pub auth: AuthSettings,
    /// The public API: rate limit per client (`[api.rate_limit]`, `KETNOI_API__RATE_LIMIT__PER_MINUTE`).
    #[serde(default)]
    pub api: ApiSettings,
    /// Backups: where they go, and the scheduled one (`[backup]`, `KETNOI_BACKUP__EVERY_HOURS`).
    #[serde(default)]
    pub backup: BackupSettings,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: "sqlite://data/ketnoi.db".into(),
            index_dir: "data/index".into(),
            addr: "127.0.0.1:3000".into(),
            site_root: "target/site".into(),
            log_format: "pretty".into(),
            shutdown_deadline_secs: 10,
            max_in_flight: 0,
            queue_wait_ms: 250,
            request_timeout_secs: 60,
            header_read_timeout_secs: 10,
            metrics_addr: String::new(),
            trusted_proxies: String::new(),
            auth: AuthSettings::default(),
            api: ApiSettings::default(),
            backup: BackupSettings::default(),
        }
    }
}

impl Config {
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        match file {
            Some(path) => figment = figment.merge(Toml::file_exact(path)),
            None => figment = figment.merge(Toml::file("ketnoi.toml")),
        }
        let config: Config = figment.merge(Env::prefixed("KETNOI_").split("__")).extract()?;
        if let Some(path) = config.database_url.strip_prefix("sqlite://")
            && let Some(dir) = Path::new(path).parent().filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)?;
        }
        Ok(config)
    }
}

/// `[backup]`: where backups go and the scheduled one (`KETNOI_BACKUP__EVERY_HOURS=24`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct BackupSettings {
    /// Where `ketnoi backup` (without `--to`) and the scheduled backup write.
    pub dir: String,
    /// A backup every this many hours while the server runs; 0: none.
    pub every_hours: u64,
    /// How many scheduled backups to keep (the oldest go first).
    pub keep: usize,
}

impl Default for BackupSettings {
    fn default() -> Self {
        BackupSettings { dir: "data/backups".into(), every_hours: 0, keep: 7 }
    }
}

pub fn init_tracing(config: &Config) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if config.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}
