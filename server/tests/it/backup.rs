//! `ketnoi backup` while the app takes writes, then `ketnoi restore` into a fresh database of
//! the same engine: every message acknowledged before the backup started is in the restored
//! copy exactly once, and the search index is rebuilt. A damaged file and a database that holds
//! data are refused; `--keep` prunes the oldest.

use crate::browser::location;
use crate::builders;
use crate::collab;
use crate::support::{Fixture, database_url, spawn_empty};
use app::backend::db;
use app::backend::store::statements::{collab as collab_store, users};
use server::backup;
use server::config::Config;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

const WRITERS: usize = 3;

#[tokio::test]
async fn a_backup_taken_during_writes_restores_every_acknowledged_write() {
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let c = collab::cast(&pool).await;
    let requester = Arc::new(collab::signed_in(&app, &c.requester).await);
    let id = collab::send(&requester, &c, "Xin trao đổi về giải pháp phối trộn.").await;

    // writers post messages until told to stop, noting when each was acknowledged
    let stop = Arc::new(AtomicBool::new(false));
    let mut writers = Vec::new();
    for w in 0..WRITERS {
        let (b, stop) = (requester.clone(), stop.clone());
        writers.push(tokio::spawn(async move {
            let mut acked = Vec::new();
            let mut k = 0;
            while !stop.load(Ordering::Relaxed) {
                k += 1;
                let body = format!("sao lưu w{w} #{k}");
                let res = b.post(&format!("/collab/{id}/messages"), &[("body", &body)]).await;
                if res.status().as_u16() == 303 && location(&res).ends_with("#thread") {
                    acked.push((Instant::now(), body));
                }
            }
            acked
        }));
    }
    tokio::time::sleep(Duration::from_millis(400)).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let taken = backup::backup(&pool, dir.path(), None).await.expect("backup");
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.store(true, Ordering::Relaxed);
    let mut before = Vec::new();
    let mut all = 0;
    for w in writers {
        let acked = w.await.expect("writer");
        all += acked.len();
        before.extend(acked.into_iter().filter(|(t, _)| *t < started).map(|(_, body)| body));
    }
    assert!(before.len() >= WRITERS, "only {} messages acknowledged before the backup", before.len());
    assert!(all > before.len(), "no write ran while the backup was taken");
    let name = taken.path.file_name().and_then(|n| n.to_str()).expect("name").to_string();
    assert!(name.starts_with("ketnoi-backup-") && name.ends_with(".db"), "{name}");
    let sums = std::fs::read_to_string(dir.path().join(format!("{name}.sha256"))).expect("checksum file");
    assert!(sums.ends_with(&format!("  {name}\n")), "{sums}");

    // restored into a fresh database of the same engine
    let fresh = tempfile::tempdir().expect("temp dir");
    let config = Config {
        database_url: database_url(fresh.path(), Fixture::Empty).await,
        index_dir: fresh.path().join("index").display().to_string(),
        ..Config::default()
    };
    let restored = backup::restore(&taken.path, &config, false).await.expect("restore");
    assert_eq!(restored.rows, taken.rows, "rows restored");
    let copy = db::connect(&config.database_url).await.expect("restored database");
    let staff = builders::staff(&copy).await;
    let viewer = users::viewer(&copy, staff.id).await.expect("viewer").expect("staff");
    let view = collab_store::view(&copy, &viewer, id).await.expect("view").expect("the request survives");
    let mut found: HashMap<&str, usize> = HashMap::new();
    for m in &view.messages {
        *found.entry(m.body.as_str()).or_default() += 1;
    }
    for body in &before {
        assert_eq!(found.get(body.as_str()), Some(&1), "{body} acknowledged before the backup, then restored once");
    }
    let index = app::backend::search::Searcher::open(std::path::Path::new(&config.index_dir));
    assert!(index.is_ok(), "the restore built the search index");

    // a database that holds data is not overwritten unless told
    let again = backup::restore(&taken.path, &config, false).await.expect_err("restoring over data");
    assert!(format!("{again:#}").contains("already holds data"), "{again:#}");
    backup::restore(&taken.path, &config, true).await.expect("restore with --force");

    // a damaged file is refused before anything is written
    let damaged_dir = tempfile::tempdir().expect("temp dir");
    let damaged = damaged_dir.path().join(&name);
    let mut bytes = std::fs::read(&taken.path).expect("backup bytes");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&damaged, bytes).expect("write damaged copy");
    std::fs::write(damaged_dir.path().join(format!("{name}.sha256")), sums).expect("its checksum");
    let refused = backup::restore(&damaged, &config, true).await.expect_err("a damaged backup");
    assert!(format!("{refused:#}").contains("damaged"), "{refused:#}");

    // --keep: the newest two stay
    for _ in 0..2 {
        backup::backup(&pool, dir.path(), Some(2)).await.expect("another backup");
    }
    let kept = backup::list(dir.path()).expect("list");
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(!kept.contains(&taken.path), "the oldest went first");
    assert!(!dir.path().join(format!("{name}.sha256")).exists(), "with its checksum");
}
