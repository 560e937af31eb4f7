//! "Suggested for you": matchmaking that explains itself. For a subject (an organisation, an
//! offer or a challenge) the candidates of the kinds it is shown (`candidates.rs`) come from
//! the search index (more-like-this on the texts, `text.rs`, and shared sectors); each gets a
//! structured fit (`fit.rs`) and one score (`score.rs`); the best carry their reasons, shared
//! key terms included.
//!
//! Never suggested: the subject itself, its own organisation's items, and what the public
//! lists would not show or what is no longer available (hidden organisations, unpublished or
//! expired offers, challenges no longer open, closed programmes), what the subject's
//! organisation dismissed, and a candidate no reason explains (only the province in common).

mod candidates;
mod facts;
mod fit;
mod score;
#[cfg(test)]
#[allow(clippy::disallowed_methods)] // the tests look at the database directly
mod tests;
mod text;

pub use crate::backend::store::statements::matching::Subject;
pub use candidates::targets;
pub use facts::Facts;
pub use score::MIN_SCORE;

use crate::backend::db::Db;
use crate::backend::search::doc::{day_number, key};
use crate::backend::search::{Generation, Searcher};
use crate::backend::store::statements::{match_feedback, matching};
use crate::backend::text::fold;
use crate::domain::OrgKind;
use crate::domain::dto::Text;
use crate::domain::matching::{Fit, Reason, SubjectKind, SuggestedKind, Suggestion};
use crate::domain::search::DocGroup;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Suggestions a page shows, and at most this many of one kind, and of one organisation.
pub const SHOWN: usize = 6;
/// Candidates looked at (each costs a document read for its key terms) to fill `SHOWN`.
const EXAMINED: usize = 2 * SHOWN;
const PER_KIND: usize = 3;
const PER_ORG: usize = 2;

#[derive(Debug, thiserror::Error)]
pub enum MatchError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("search task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

/// One ranked candidate.
#[derive(Debug)]
pub struct Ranked {
    pub facts: Facts,
    pub score: f32,
    pub text: f32,
    pub reasons: Vec<Reason>,
}

/// Every candidate for the subject, best first (no key terms yet: they cost a document read
/// each, so only the shown ones get them).
pub async fn rank(
    db: &Db,
    searcher: &Arc<Searcher>,
    group: DocGroup,
    id: i64,
    today: &str,
) -> Result<(Option<Facts>, Vec<Ranked>), MatchError> {
    let Some(subject) = facts::load(db, group, &[id], today, true).await?.pop() else { return Ok((None, Vec::new())) };
    let targets = candidates::targets(&subject.kind);
    let day = day_number(today).unwrap_or(0);
    let ix = searcher.generation();
    let (text, own_key, tg, facts) = (subject.text.clone(), key(group, id), targets.clone(), subject.clone());
    let (similar, by_sector) = tokio::task::spawn_blocking(move || {
        let by_sector: Vec<(DocGroup, i64)> =
            tg.iter().flat_map(|t| candidates::by_sector(&ix, &facts, *t, &own_key, day)).collect();
        (text::similar(&ix, &text, &tg, &own_key, day), by_sector)
    })
    .await?;
    // against what the subject shares with itself, so that the best of weak candidates stays weak
    let best = similar.found.iter().map(|s| s.2).fold(0.0f32, f32::max);
    let norm = similar.own.unwrap_or(best).max(f32::EPSILON);
    let text_scores: HashMap<(DocGroup, i64), f32> =
        similar.found.iter().map(|(g, i, s)| ((*g, *i), (s / norm / score::TEXT_FULL).min(1.0))).collect();
    let mut ids: BTreeMap<DocGroup, BTreeSet<i64>> = BTreeMap::new();
    for (g, i, _) in &similar.found {
        ids.entry(*g).or_default().insert(*i);
    }
    for (g, i) in by_sector {
        ids.entry(g).or_default().insert(i);
    }
    let thin = score::is_thin(&subject.text);
    let mut ranked = Vec::new();
    for (g, set) in ids {
        let list: Vec<i64> = set.into_iter().collect();
        for cand in facts::load(db, g, &list, today, false).await? {
            let wanted = targets.iter().any(|t| t.group == g && t.kinds.contains(&cand.kind.as_str()));
            let own = cand.org_id == subject.org_id || (g == group && cand.id == id);
            if !cand.visible || own || !wanted {
                continue;
            }
            let text = text_scores.get(&(g, cand.id)).copied().unwrap_or(0.0);
            let parts = fit::parts(&subject, &cand, today);
            let score = if thin { score::combine_thin(text, &parts) } else { score::combine(text, &parts) };
            ranked.push(Ranked { score, text, reasons: parts.reasons, facts: cand });
        }
    }
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.facts.id.cmp(&b.facts.id)));
    Ok((Some(subject), ranked))
}

fn suggested_kind(f: &Facts) -> SuggestedKind {
    match f.group {
        Some(DocGroup::Offer) => SuggestedKind::Offer,
        Some(DocGroup::Challenge) => SuggestedKind::Challenge,
        Some(DocGroup::Programme) => SuggestedKind::Programme,
        _ => SuggestedKind::Org(OrgKind::parse(&f.kind).unwrap_or(OrgKind::Enterprise)),
    }
}

/// The suggestions a page shows for subject `id` of organisation `org`: the best `SHOWN`, at
/// most `PER_KIND` of one kind and `PER_ORG` of one organisation, never the same title twice,
/// with their key terms.
pub async fn suggestions(
    db: &Db,
    searcher: &Arc<Searcher>,
    group: DocGroup,
    id: i64,
    org: i64,
    today: &str,
) -> Result<Vec<Suggestion>, MatchError> {
    // what the subject's organisation (`org`) dismissed never comes back (and a dismissal is a
    // new answer)
    let dismissed = match_feedback::dismissed(db, org).await?;
    let ix = searcher.generation();
    let version = ix.reader.searcher().generation().generation_id();
    let cache_key = format!(
        "{}|{}|{version}|{}|{today}|{}",
        searcher.root().display(),
        ix.name,
        key(group, id),
        dismissed.join(",")
    );
    if let Some(hit) = cache().get(&cache_key) {
        return Ok((*hit).clone());
    }
    let out = compute(db, searcher, group, id, today, &dismissed).await?;
    cache().insert(cache_key, Arc::new(out.clone()));
    Ok(out)
}

/// `suggestions` without the cache (what the benchmark times), leaving out the `dismissed`
/// items (index keys).
pub async fn compute(
    db: &Db,
    searcher: &Arc<Searcher>,
    group: DocGroup,
    id: i64,
    today: &str,
    dismissed: &[String],
) -> Result<Vec<Suggestion>, MatchError> {
    let ix = searcher.generation();
    let (Some(subject), ranked) = rank(db, searcher, group, id, today).await? else { return Ok(Vec::new()) };
    let subject_text = subject.text.clone();
    let scope = searcher.root().display().to_string();
    let dismissed = dismissed.to_vec();
    let out = tokio::task::spawn_blocking(move || {
        let subject_text = text::SubjectText::new(&ix, &subject_text);
        let explained = ranked
            .into_iter()
            .filter(|r| r.score >= score::MIN_SCORE && !dismissed.contains(&target(&r.facts)))
            .take(EXAMINED)
            .filter_map(|mut r| {
                add_key_terms(&ix, &scope, &subject_text, &mut r);
                // nothing says why they fit (only the province in common): not shown
                r.reasons.iter().any(Reason::explains).then_some(r)
            });
        diverse(explained).into_iter().map(suggestion).collect::<Vec<_>>()
    })
    .await?;
    Ok(out)
}

/// The suggested item as the index names it.
fn target(f: &Facts) -> String {
    key(f.group.unwrap_or(DocGroup::Org), f.id)
}

/// The phrases both texts contain, among the reasons (before the place), unless they are
/// sector or place names shown already.
fn add_key_terms(ix: &Generation, scope: &str, subject_text: &text::SubjectText, r: &mut Ranked) {
    let f = &r.facts;
    let mut skip: Vec<String> =
        f.sectors.iter().map(|c| fold(&crate::i18n::labels::sector(crate::i18n::Lang::Vi, c))).collect();
    skip.extend(f.ward.iter().chain(f.province.iter()).map(|p| fold(&p.1)));
    let terms = text::key_terms(ix, scope, subject_text, f.group.unwrap_or(DocGroup::Org), f.id, &skip);
    if !terms.is_empty() {
        let at = r.reasons.iter().position(|r| matches!(r, Reason::SameWard(_) | Reason::SameProvince(_)));
        r.reasons.insert(at.unwrap_or(r.reasons.len()), Reason::KeyTerms(terms));
    }
}

fn suggestion(r: Ranked) -> Suggestion {
    let f = &r.facts;
    Suggestion {
        kind: suggested_kind(f),
        href: f.group.unwrap_or(DocGroup::Org).url(&f.slug),
        title: Text { vi: f.title_vi.clone(), en: f.title_en.clone() },
        owner: f.owner_vi.clone().map(|vi| Text { vi, en: f.owner_en.clone() }),
        score: r.score,
        fit: Fit::of(r.score),
        target: target(f),
        reasons: r.reasons,
    }
}

/// The best `SHOWN` of `ranked` (best first) a reader can tell apart: at most `PER_KIND` of
/// one kind and `PER_ORG` of one organisation, and one item per title (the demo, like real
/// catalogues, has the same offer listed by several providers; the best-scored one stands
/// for them).
fn diverse(ranked: impl Iterator<Item = Ranked>) -> Vec<Ranked> {
    let mut per_kind: HashMap<SuggestedKind, usize> = HashMap::new();
    let mut per_org: HashMap<i64, usize> = HashMap::new();
    let mut titles: BTreeSet<String> = BTreeSet::new();
    let mut out = Vec::new();
    for r in ranked {
        let kind = per_kind.get(&suggested_kind(&r.facts)).copied().unwrap_or(0);
        let org = per_org.get(&r.facts.org_id).copied().unwrap_or(0);
        let title = fold(&r.facts.title_vi);
        if kind >= PER_KIND || org >= PER_ORG || titles.contains(&title) {
            continue;
        }
        *per_kind.entry(suggested_kind(&r.facts)).or_default() += 1;
        *per_org.entry(r.facts.org_id).or_default() += 1;
        titles.insert(title);
        out.push(r);
        if out.len() == SHOWN {
            break;
        }
    }
    out
}

/// Recent answers, keyed by the index version (a commit or a rebuilt generation changes it,
/// and every searchable write goes through the index within a second) and the day. The short
/// life covers what the index does not carry (startup needs, incubator services). Shared by
/// every server of the process; keys name the index directory, so tests do not mix.
fn cache() -> &'static moka::sync::Cache<String, Arc<Vec<Suggestion>>> {
    static CACHE: OnceLock<moka::sync::Cache<String, Arc<Vec<Suggestion>>>> = OnceLock::new();
    CACHE.get_or_init(|| moka::sync::Cache::builder().max_capacity(2_000).time_to_live(Duration::from_secs(60)).build())
}

/// A subject by its public address, under the public pages' rules.
pub async fn resolve(db: &Db, kind: SubjectKind, slug: &str) -> Result<Option<Subject>, sqlx::Error> {
    matching::subject(db, kind, slug).await
}
