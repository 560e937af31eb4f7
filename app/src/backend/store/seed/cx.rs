//! The generator's context: the write transaction, the seeded random source, progress
//! counting, fixed-anchor time and unique slugs.

use crate::backend::db::{Tx, sql};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use rand::distr::uniform::{SampleRange, SampleUniform};
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::batch::{Row, TABLES, statements};
use crate::backend::text::slugify;

/// 2026-06-01T00:00:00Z: every generated time is an offset from here, never the clock.
pub const ANCHOR: i64 = 1_780_272_000;
pub const DAY: i64 = 86_400;
pub const HOUR: i64 = 3_600;

pub type Progress<'p> = &'p (dyn Fn(u64, u64) + Send + Sync);

pub struct Cx<'p> {
    pub tx: Tx,
    pub rng: ChaCha8Rng,
    pub scale: u32,
    done: u64,
    total: u64,
    progress: Progress<'p>,
    /// rows waiting to be written, one JSON array per table (see `batch`)
    pending: Vec<String>,
    pending_rows: usize,
    pending_bytes: usize,
}

/// Rows (or bytes of JSON) buffered before all tables are flushed.
const FLUSH_ROWS: usize = 4_000;
const FLUSH_BYTES: usize = 4 << 20;

impl<'p> Cx<'p> {
    pub fn new(tx: Tx, seed: u64, scale: u32, total: u64, progress: Progress<'p>) -> Self {
        Cx {
            tx,
            rng: ChaCha8Rng::seed_from_u64(seed),
            scale,
            done: 0,
            total: total.max(1),
            progress,
            pending: vec![String::new(); TABLES],
            pending_rows: 0,
            pending_bytes: 0,
        }
    }

    /// Buffers one row; writes all buffered rows when the buffers are full.
    pub async fn push(&mut self, row: Row) -> Result<(), sqlx::Error> {
        let buf = &mut self.pending[row.table as usize];
        buf.push(if buf.is_empty() { '[' } else { ',' });
        buf.push_str(&row.json);
        buf.push(']');
        self.pending_rows += 1;
        self.pending_bytes += row.json.len() + 2;
        self.count(1);
        if self.pending_rows >= FLUSH_ROWS || self.pending_bytes >= FLUSH_BYTES {
            self.flush().await?;
        }
        Ok(())
    }

    /// Writes the buffered rows, table by table in dependency order.
    pub async fn flush(&mut self) -> Result<(), sqlx::Error> {
        for (i, sql) in statements(self.tx.engine()).iter().enumerate() {
            if self.pending[i].is_empty() {
                continue;
            }
            let mut rows = std::mem::take(&mut self.pending[i]);
            rows.push(']');
            sql::query(*sql).bind(rows).execute(&mut *self.tx).await?;
        }
        self.pending_rows = 0;
        self.pending_bytes = 0;
        Ok(())
    }

    /// Runs one statement directly (after writing what is buffered) as one row of progress.
    pub async fn exec(&mut self, q: sql::Query) -> Result<(), sqlx::Error> {
        self.flush().await?;
        q.execute(&mut *self.tx).await?;
        self.count(1);
        Ok(())
    }

    fn count(&mut self, n: u64) {
        self.done += n;
        if self.done >= self.total {
            self.total = self.done + self.done / 8 + 1;
        }
        if self.done.is_multiple_of(1024) {
            (self.progress)(self.done, self.total);
        }
    }

    /// Writes what is left and reports completion; returns the number of rows.
    pub async fn finish(&mut self) -> Result<u64, sqlx::Error> {
        self.flush().await?;
        (self.progress)(self.done, self.done);
        Ok(self.done)
    }

    /// `n` at scale 1, `n × scale` otherwise.
    pub fn count_of(&self, n: usize) -> usize {
        n * self.scale as usize
    }

    pub fn range<T: SampleUniform, R: SampleRange<T>>(&mut self, r: R) -> T {
        self.rng.random_range(r)
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        items.choose(&mut self.rng).expect("word lists are never empty")
    }

    /// `n` distinct items (fewer if the list is shorter), in random order.
    pub fn pick_n<'a, T>(&mut self, items: &'a [T], n: usize) -> Vec<&'a T> {
        items.choose_multiple(&mut self.rng, n).collect()
    }

    /// `n` distinct items of the concatenated groups, without building the concatenation.
    pub fn pick_n_of(&mut self, groups: &[&[usize]], n: usize) -> Vec<usize> {
        let total: usize = groups.iter().map(|g| g.len()).sum();
        rand::seq::index::sample(&mut self.rng, total, n.min(total))
            .into_iter()
            .map(|mut i| {
                for g in groups {
                    if i < g.len() {
                        return g[i];
                    }
                    i -= g.len();
                }
                unreachable!("index below the total length")
            })
            .collect()
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        items.shuffle(&mut self.rng);
    }

    /// A random instant in `days` relative to the anchor, at a working hour (Vietnam, UTC+7).
    pub fn instant(&mut self, days: Range<i64>) -> i64 {
        let d = self.range(days);
        let hour = self.range(1..10); // 08:00–16:59 local
        let minute = self.range(0..60);
        ANCHOR + d * DAY + hour * HOUR + minute * 60
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` for seconds since the epoch.
pub fn ts(secs: i64) -> String {
    match chrono::DateTime::from_timestamp(secs, 0) {
        Some(t) => t.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        None => "2026-06-01T00:00:00Z".to_owned(),
    }
}

/// `YYYY-MM-DD` for seconds since the epoch.
pub fn date(secs: i64) -> String {
    match chrono::DateTime::from_timestamp(secs, 0) {
        Some(t) => t.format("%Y-%m-%d").to_string(),
        None => "2026-06-01".to_owned(),
    }
}

/// The same instant one calendar year later (listings expire after 12 months).
pub fn plus_year(secs: i64) -> i64 {
    use chrono::Months;
    chrono::DateTime::from_timestamp(secs, 0)
        .and_then(|t| t.checked_add_months(Months::new(12)))
        .map_or(secs + 365 * DAY, |t| t.timestamp())
}

pub fn year_of(secs: i64) -> i64 {
    use chrono::Datelike;
    chrono::DateTime::from_timestamp(secs, 0).map_or(2026, |t| i64::from(t.year()))
}

/// Unique slugs within one table: `base`, then `base-2`, `base-3` …
#[derive(Default)]
pub struct Slugs {
    used: HashSet<String>,
    next: HashMap<String, u32>,
}

impl Slugs {
    /// Slugs already taken by rows that are not demo data.
    pub fn taken(existing: Vec<String>) -> Self {
        Slugs { used: existing.into_iter().collect(), next: HashMap::new() }
    }

    pub fn make(&mut self, title: &str) -> String {
        let mut base = slugify(title);
        if base.is_empty() {
            base.push_str("muc");
        }
        if self.used.insert(base.clone()) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(1);
        loop {
            *n += 1;
            let candidate = format!("{base}-{n}");
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchor_and_formats() {
        assert_eq!(ts(ANCHOR), "2026-06-01T00:00:00Z");
        assert_eq!(date(ANCHOR + DAY), "2026-06-02");
        assert_eq!(date(plus_year(ANCHOR)), "2027-06-01");
        assert_eq!(year_of(ANCHOR), 2026);
    }

    #[test]
    fn slugs_are_unique() {
        let mut s = Slugs::taken(vec!["vuon-uom".into()]);
        assert_eq!(s.make("Vườn ươm"), "vuon-uom-2");
        assert_eq!(s.make("Vườn ươm"), "vuon-uom-3");
        assert_eq!(s.make("Vườn ươm 4"), "vuon-uom-4");
        assert_eq!(s.make("Vườn ươm"), "vuon-uom-5");
        assert_eq!(s.make("!!"), "muc");
    }
}
