//! Taking turns between processes on one SQLite file (servers started together run migrations
//! and the demo seed one after another).

use super::Db;

impl Db {
    /// SQLite: waits for, then holds until dropped, an exclusive lock on a file beside the
    /// database (`{file}-{what}.lock`), so processes on one file take turns at `what` however
    /// long it takes (a write transaction's lock gives up after `busy_timeout`). None on
    /// PostgreSQL, whose advisory locks wait as long as needed, and on an in-memory database.
    pub async fn sqlite_turn(&self, what: &str) -> std::io::Result<Option<std::fs::File>> {
        let Db::Sqlite(pool) = self else { return Ok(None) };
        let file = pool.connect_options().get_filename().as_os_str().to_os_string();
        if file.is_empty() || file == ":memory:" {
            return Ok(None);
        }
        let mut path = file;
        path.push(format!("-{what}.lock"));
        tokio::task::spawn_blocking(move || {
            let lock = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(path)?;
            lock.lock()?;
            Ok(Some(lock))
        })
        .await
        .map_err(std::io::Error::other)?
    }
}
