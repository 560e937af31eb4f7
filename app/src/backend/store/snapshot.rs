//! A value loaded whole from the database and served from memory, kept fresh two ways: this
//! node's writes make the next read load it again (`invalidate`), and other processes' writes
//! (the other nodes of a cluster, `ketnoi seed-demo` on a live database) show within
//! `LIST_TTL`. Past half the TTL one read starts a reload in the background and every read
//! goes on with the loaded value, so under load nobody waits for it; past the whole TTL a
//! read waits, which keeps the staleness bound.

use super::{LIST_TTL, StoreError};
use futures_util::future::BoxFuture;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Instant;

type Loader<T> = Box<dyn Fn() -> BoxFuture<'static, Result<T, StoreError>> + Send + Sync>;

pub struct Snapshot<T> {
    load: Loader<T>,
    current: RwLock<Option<Loaded<T>>>,
    /// Bumped by `invalidate`; a value loaded before the bump is not served after it.
    generation: AtomicU64,
    /// One load at a time.
    loading: Arc<tokio::sync::Mutex<()>>,
}

struct Loaded<T> {
    value: Arc<T>,
    generation: u64,
    /// When the load started: the value is at least as fresh as that.
    at: Instant,
}

impl<T> Clone for Loaded<T> {
    fn clone(&self) -> Self {
        Loaded { value: self.value.clone(), generation: self.generation, at: self.at }
    }
}

impl<T: Send + Sync + 'static> Snapshot<T> {
    pub fn new(load: Loader<T>) -> Arc<Self> {
        Arc::new(Snapshot {
            load,
            current: RwLock::new(None),
            generation: AtomicU64::new(0),
            loading: Arc::new(tokio::sync::Mutex::new(())),
        })
    }

    /// Forget the value: the next read loads it again. Every write path calls it (through
    /// `Store::invalidate`) after committing.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    pub async fn get(self: &Arc<Self>) -> Result<Arc<T>, StoreError> {
        if let Some(loaded) = self.fresh() {
            if loaded.at.elapsed() >= LIST_TTL / 2 {
                self.reload_in_background();
            }
            return Ok(loaded.value);
        }
        let _one = self.loading.lock().await;
        // another read may have loaded it while this one waited
        if let Some(loaded) = self.fresh() {
            return Ok(loaded.value);
        }
        self.reload().await
    }

    /// The loaded value if it is of the current generation and younger than the TTL.
    fn fresh(&self) -> Option<Loaded<T>> {
        let current = self.current.read().unwrap_or_else(|e| e.into_inner()).clone()?;
        let valid = current.generation == self.generation.load(Ordering::Acquire) && current.at.elapsed() < LIST_TTL;
        valid.then_some(current)
    }

    /// Loads and keeps the value; the caller holds `loading`.
    async fn reload(&self) -> Result<Arc<T>, StoreError> {
        let (generation, at) = (self.generation.load(Ordering::Acquire), Instant::now());
        let value = Arc::new((self.load)().await?);
        *self.current.write().unwrap_or_else(|e| e.into_inner()) =
            Some(Loaded { value: value.clone(), generation, at });
        Ok(value)
    }

    fn reload_in_background(self: &Arc<Self>) {
        let Ok(one) = self.loading.clone().try_lock_owned() else { return };
        let this = self.clone();
        tokio::spawn(async move {
            if let Err(e) = this.reload().await {
                tracing::warn!(error = %e, "reloading a list snapshot failed; the next read past the TTL tries again");
            }
            drop(one);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    fn counting() -> (Arc<Snapshot<usize>>, Arc<AtomicUsize>) {
        let loads = Arc::new(AtomicUsize::new(0));
        let n = loads.clone();
        let snapshot = Snapshot::new(Box::new(move || {
            let n = n.clone();
            Box::pin(async move { Ok(n.fetch_add(1, Ordering::SeqCst) + 1) })
        }));
        (snapshot, loads)
    }

    #[tokio::test]
    async fn loads_once_until_invalidated() {
        let (s, loads) = counting();
        assert_eq!(*s.get().await.expect("load"), 1);
        assert_eq!(*s.get().await.expect("load"), 1);
        s.invalidate();
        assert_eq!(*s.get().await.expect("load"), 2, "a write is seen by the next read");
        assert_eq!(loads.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn concurrent_first_reads_load_once() {
        let (s, loads) = counting();
        let reads: Vec<_> =
            (0..16).map(|_| s.clone()).map(|s| tokio::spawn(async move { *s.get().await.expect("load") })).collect();
        for r in reads {
            assert_eq!(r.await.expect("load"), 1);
        }
        assert_eq!(loads.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn stale_values_are_refreshed_ahead_and_never_served_past_the_ttl() {
        let (s, _) = counting();
        assert_eq!(*s.get().await.expect("load"), 1);
        tokio::time::sleep(LIST_TTL / 2 + std::time::Duration::from_millis(50)).await;
        // half-way: served at once, reloaded behind it
        assert_eq!(*s.get().await.expect("load"), 1);
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        assert_eq!(*s.get().await.expect("load"), 2);
        // past the TTL with no read in between: the read waits for a fresh value
        tokio::time::sleep(LIST_TTL + std::time::Duration::from_millis(50)).await;
        assert_eq!(*s.get().await.expect("load"), 3);
    }
}
