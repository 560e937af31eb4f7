//! Search-as-you-type suggestions for the header box, and "did you mean" for queries that
//! found nothing.

use super::doc::day_number;
use super::query::{FUZZY_MIN_CHARS, Lexicon, ParsedQuery, QueryTerm, compose, neighbours, parse};
use super::schema::Fields;
use super::{SearchError, Searcher};
use crate::domain::search::{DocGroup, Suggestion};
use tantivy::collector::TopDocs;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhrasePrefixQuery, Query, RegexQuery, TermQuery,
};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{TantivyDocument, Term};

/// What the header box suggests: names of organisations, offers and challenges.
const SUGGESTED: &[DocGroup] = &[DocGroup::Org, DocGroup::Offer, DocGroup::Challenge];
/// The last word is completed as a prefix from this many characters on.
const PREFIX_MIN_CHARS: usize = 2;

impl Searcher {
    /// Titles that contain the typed words, the last one possibly unfinished.
    pub fn suggest(&self, raw: &str, limit: usize) -> Result<Vec<Suggestion>, SearchError> {
        let generation = self.generation();
        let searcher = generation.reader.searcher();
        let f = &generation.fields;
        let parsed = parse(&generation.index, raw);
        let Some((last, rest)) = parsed.terms.split_last() else { return Ok(Vec::new()) };
        let term = |field, text: &str| Term::from_field_text(field, text);
        let tq = |field, text: &str, boost: f32| -> Box<dyn Query> {
            let q = TermQuery::new(term(field, text), IndexRecordOption::WithFreqs);
            Box::new(BoostQuery::new(Box::new(q), boost))
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for t in rest {
            clauses.push((Occur::Must, tq(f.title_f, &t.folded, 1.0)));
            clauses.push((Occur::Should, tq(f.title, &t.exact, 1.0)));
        }
        let mut last_word: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Should, tq(f.title_f, &last.folded, 2.0)), (Occur::Should, tq(f.title, &last.exact, 1.0))];
        // after other words a single letter is worth completing too ("vườn ư" → "Vườn ươm …"):
        // those words already narrow the titles down
        let min_chars = if rest.is_empty() { PREFIX_MIN_CHARS } else { 1 };
        if last.folded.chars().count() >= min_chars && last.folded.chars().all(char::is_alphanumeric) {
            let prefix = RegexQuery::from_pattern(&format!("{}.*", last.folded), f.title_f)?;
            last_word.push((Occur::Should, Box::new(ConstScoreQuery::new(Box::new(prefix), 0.5))));
        }
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(last_word))));
        // titles where the typed words run on as typed come first ("nông ngh" → "nông nghiệp",
        // not "nghiệm thu … nông thôn")
        if !rest.is_empty() {
            let words = rest.iter().chain([last]).map(|t| term(f.title_f, &t.folded)).collect();
            let run_on = PhrasePrefixQuery::new(words);
            clauses.push((Occur::Should, Box::new(ConstScoreQuery::new(Box::new(run_on), 10.0))));
        }
        let groups: Vec<(Occur, Box<dyn Query>)> = SUGGESTED
            .iter()
            .map(|g| {
                let facet = Term::from_facet(f.facets, &tantivy::schema::Facet::from_path(["group", g.as_str()]));
                (Occur::Should, Box::new(TermQuery::new(facet, IndexRecordOption::Basic)) as Box<dyn Query>)
            })
            .collect();
        clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(groups)), 0.0))));
        let today = day_number(&crate::backend::today()).unwrap_or(0);
        let query = compose(f, Some(&BooleanQuery::new(clauses)), &[], None, today);
        let top = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
        let mut out = Vec::with_capacity(top.len());
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = |field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
            let (Some(group), Some(kind), Some(slug), Some(title)) =
                (text(f.group).and_then(|g| DocGroup::parse(&g)), text(f.kind), text(f.slug), text(f.title_f))
            else {
                continue;
            };
            out.push(Suggestion { group, kind, url: group.url(&slug), title, title_en: text(f.title_en) });
        }
        Ok(out)
    }
}

/// The query with each unknown word replaced by the most frequent indexed word within two
/// edits, if any word was replaced.
pub fn did_you_mean(searcher: &tantivy::Searcher, f: &Fields, q: &ParsedQuery, lexicon: &Lexicon) -> Option<String> {
    let mut changed = false;
    let mut words = Vec::with_capacity(q.terms.len());
    for ((t, &df), corrected) in q.terms.iter().zip(&lexicon.dfs).zip(&lexicon.corrections) {
        match (df == 0).then(|| closest(searcher, f, t, corrected)).flatten() {
            Some(best) => {
                words.push(best);
                changed = true;
            }
            None => words.push(t.exact.clone()),
        }
    }
    changed.then(|| words.join(" "))
}

/// The most frequent folded word within one, then two, edits of `t`; `corrected` are its
/// one-edit neighbours already looked up (for words of [`FUZZY_MIN_CHARS`] and more).
fn closest(searcher: &tantivy::Searcher, f: &Fields, t: &QueryTerm, corrected: &[String]) -> Option<String> {
    let chars = t.folded.chars().count();
    if chars < 3 {
        return None;
    }
    if let Some(best) = corrected.first() {
        return Some(best.clone());
    }
    let one = if chars < FUZZY_MIN_CHARS { neighbours(searcher, f, &t.folded, 1).into_iter().next() } else { None };
    let first = t.folded.chars().next();
    one.or_else(|| {
        neighbours(searcher, f, &t.folded, 2)
            .into_iter()
            // two edits reach too far ("drone" → "trong") unless the first letter stays
            .find(|(w, _)| w.chars().next() == first)
    })
    .map(|(w, _)| w)
}
