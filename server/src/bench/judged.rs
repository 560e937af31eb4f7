//! `ketnoi bench-match --judged`: the matcher against the judged pairs of `judged/pairs.tsv`
//! (how they were made, and by whom: `judged/README.md`). It prints, per direction and in all:
//! precision@5 and nDCG@10 of the engine's order over each subject's judged candidates, the
//! share of each fit label that was judged relevant, and the precision at each score
//! threshold, which is how the label thresholds (`domain::matching::Fit::of`) are set.
//!
//! Standard error gets one line per pair: judged relevant (1/0), score, text score, direction,
//! subject, candidate.
//!
//! Not a timed test and not a pass/fail check: a report to read before and after a change to
//! the scoring. Run it on the demo database the pairs were judged on (`ketnoi seed-demo`).

use app::backend::db::Db;
use app::backend::matching;
use app::backend::search::Searcher;
use app::domain::matching::{Fit, SubjectKind};
use app::domain::search::DocGroup;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

const PAIRS: &str = include_str!("judged/pairs.tsv");
/// The day the pairs were judged: visibility (deadlines, expiry, open calls) as it was then.
const JUDGED_ON: &str = "2026-12-07";

/// One judged pair, as the file holds it.
#[derive(Debug)]
struct Pair {
    subject: (SubjectKind, String),
    candidate: (DocGroup, String),
    kind: String,
    relevant: bool,
}

fn group(code: &str) -> Option<DocGroup> {
    match code {
        "org" => Some(DocGroup::Org),
        "offer" => Some(DocGroup::Offer),
        "challenge" => Some(DocGroup::Challenge),
        "programme" => Some(DocGroup::Programme),
        _ => None,
    }
}

fn subject_kind(code: &str) -> Option<SubjectKind> {
    match code {
        "org" => Some(SubjectKind::Org),
        "offer" => Some(SubjectKind::Offer),
        "challenge" => Some(SubjectKind::Challenge),
        _ => None,
    }
}

fn parse(text: &str) -> anyhow::Result<Vec<Pair>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1).filter(|(_, l)| !l.trim().is_empty()) {
        let c: Vec<&str> = line.split('\t').collect();
        let bad = || anyhow::anyhow!("judged/pairs.tsv line {}: {line:?}", n + 1);
        if c.len() < 6 {
            return Err(bad());
        }
        out.push(Pair {
            subject: (subject_kind(c[0]).ok_or_else(bad)?, c[1].to_string()),
            candidate: (group(c[2]).ok_or_else(bad)?, c[3].to_string()),
            kind: c[4].to_string(),
            relevant: match c[5] {
                "1" => true,
                "0" => false,
                _ => return Err(bad()),
            },
        });
    }
    Ok(out)
}

/// The direction a pair belongs to, as the report groups them.
fn direction(p: &Pair) -> &'static str {
    match (p.subject.0, p.candidate.0, p.kind.as_str()) {
        (SubjectKind::Challenge, DocGroup::Offer, _) => "challenge → offer",
        (SubjectKind::Challenge, _, _) => "challenge → organisation",
        (SubjectKind::Offer, DocGroup::Challenge, _) => "offer → challenge",
        (SubjectKind::Offer, _, _) => "offer → enterprise",
        (SubjectKind::Org, DocGroup::Programme, _) => "startup → programme",
        (SubjectKind::Org, _, "investor") => "startup → investor",
        (SubjectKind::Org, _, _) => "startup → incubator",
    }
}

/// A judged candidate with the engine's view of it.
#[derive(Clone, Copy)]
struct Seen {
    relevant: bool,
    /// The engine's score; `None` when it did not rank the candidate at all.
    score: Option<f32>,
}

#[derive(Default)]
struct Tally {
    subjects: usize,
    p5: f64,
    ndcg: f64,
    pairs: usize,
    relevant: usize,
    /// per label: (pairs, judged relevant)
    labels: BTreeMap<&'static str, (usize, usize)>,
    unranked_relevant: usize,
}

fn label(score: Option<f32>) -> &'static str {
    match score {
        Some(s) if s >= matching::MIN_SCORE => match Fit::of(s) {
            Fit::High => "1 high",
            Fit::Good => "2 good",
            Fit::Fair => "3 fair",
        },
        _ => "4 not shown",
    }
}

impl Tally {
    fn add(&mut self, mut seen: Vec<Seen>) {
        self.pairs += seen.len();
        self.relevant += seen.iter().filter(|s| s.relevant).count();
        for s in &seen {
            let e = self.labels.entry(label(s.score)).or_default();
            e.0 += 1;
            e.1 += usize::from(s.relevant);
            self.unranked_relevant += usize::from(s.relevant && s.score.is_none());
        }
        if !seen.iter().any(|s| s.relevant) {
            return;
        }
        // the engine's order; what it did not rank comes last, irrelevant first (no credit)
        seen.sort_by(|a, b| {
            b.score.unwrap_or(-1.0).total_cmp(&a.score.unwrap_or(-1.0)).then(a.relevant.cmp(&b.relevant))
        });
        let k5 = seen.len().min(5);
        self.p5 += seen.iter().take(k5).filter(|s| s.relevant).count() as f64 / k5 as f64;
        let dcg = |v: &mut dyn Iterator<Item = bool>| -> f64 {
            v.take(10).enumerate().map(|(i, r)| if r { 1.0 / ((i + 2) as f64).log2() } else { 0.0 }).sum()
        };
        let got = dcg(&mut seen.iter().map(|s| s.relevant));
        let n_rel = seen.iter().filter(|s| s.relevant).count();
        let ideal = dcg(&mut (0..seen.len()).map(|i| i < n_rel));
        self.ndcg += got / ideal;
        self.subjects += 1;
    }

    fn print(&self, name: &str) {
        let per = |x: f64| if self.subjects == 0 { 0.0 } else { x / self.subjects as f64 };
        let share = |l: &str| {
            self.labels
                .get(l)
                .map(|(n, r)| {
                    format!(
                        "{r}/{n}{}",
                        if *n > 0 { format!(" ({:.0} %)", 100.0 * *r as f64 / *n as f64) } else { String::new() }
                    )
                })
                .unwrap_or_else(|| "0/0".into())
        };
        println!(
            "{name:<26} {:>4} {:>4} {:>6.3} {:>7.3}  {:<14} {:<14} {:<14} {}",
            self.pairs,
            self.relevant,
            per(self.p5),
            per(self.ndcg),
            share("1 high"),
            share("2 good"),
            share("3 fair"),
            share("4 not shown"),
        );
    }
}

pub async fn run(pool: &Db, searcher: &Arc<Searcher>) -> anyhow::Result<()> {
    let today = JUDGED_ON;
    let pairs = parse(PAIRS)?;
    anyhow::ensure!(!pairs.is_empty(), "judged/pairs.tsv holds no pairs");
    let mut by_subject: BTreeMap<(u8, String), Vec<&Pair>> = BTreeMap::new();
    for p in &pairs {
        by_subject.entry((p.subject.0 as u8, p.subject.1.clone())).or_default().push(p);
    }
    let mut tallies: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    let mut scored: Vec<(f32, bool)> = Vec::new();
    let mut missing = 0;
    for list in by_subject.values() {
        let (kind, slug) = &list[0].subject;
        let Some(matching::Subject { id, .. }) = matching::resolve(pool, *kind, slug).await? else {
            missing += list.len();
            continue;
        };
        let (_, ranked) = matching::rank(pool, searcher, kind.group(), id, today).await?;
        let scores: HashMap<(DocGroup, &str), (f32, f32)> =
            ranked.iter().filter_map(|r| Some(((r.facts.group?, r.facts.slug.as_str()), (r.score, r.text)))).collect();
        let mut per_direction: BTreeMap<&'static str, Vec<Seen>> = BTreeMap::new();
        for p in list {
            let seen = scores.get(&(p.candidate.0, p.candidate.1.as_str())).copied();
            let score = seen.map(|s| s.0);
            scored.push((score.unwrap_or(0.0), p.relevant));
            // one line per pair on stderr, for reading a change to the scoring
            eprintln!(
                "{}\t{}\t{}\t{}\t{}\t{}",
                u8::from(p.relevant),
                seen.map_or("-".into(), |s| format!("{:.3}", s.0)),
                seen.map_or("-".into(), |s| format!("{:.3}", s.1)),
                direction(p),
                slug,
                p.candidate.1
            );
            per_direction.entry(direction(p)).or_default().push(Seen { relevant: p.relevant, score });
        }
        for (d, seen) in per_direction {
            all.add(seen.clone());
            tallies.entry(d).or_default().add(seen);
        }
    }
    println!(
        "bench-match --judged: {} judged pairs, {} subjects; {missing} pairs' subjects not found",
        pairs.len(),
        by_subject.len()
    );
    println!(
        "direction                  pairs  rel    P@5  nDCG10  high: rel/n    good: rel/n    fair: rel/n    not shown: rel/n"
    );
    for (d, t) in &tallies {
        t.print(d);
    }
    all.print("all directions");
    println!("\nprecision by score threshold (pairs scoring at least t; what a label from t would claim):");
    for step in 6..=16 {
        let t = step as f32 * 0.05;
        let (n, r) = scored.iter().filter(|s| s.0 >= t).fold((0, 0), |(n, r), s| (n + 1, r + usize::from(s.1)));
        let p = if n > 0 { format!("{:.0} %", 100.0 * r as f64 / n as f64) } else { "-".into() };
        println!("  t = {t:.2}: {r:>3}/{n:<3} relevant ({p})");
    }
    Ok(())
}
