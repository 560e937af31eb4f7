//! Running a search: hits with snippets and key facts, counts, facets, and the fallbacks when
//! nothing matched (a relaxed search, "did you mean").

use super::doc::day_number;
use super::facets;
use super::query::{Lexicon, ParsedQuery, compose, parse, text_query};
use super::schema::Fields;
use super::suggest::did_you_mean;
use super::{SearchError, Searcher};
use crate::domain::ListQuery;
use crate::domain::query::Sort;
use crate::domain::search::{DocGroup, SearchHit, SearchResults, Snippet};
use std::time::Instant;
use tantivy::collector::{Count, FacetCounts, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Order, TantivyDocument, Term};

/// Deepest result reachable by paging; past it pages are empty (the count stays exact).
pub const MAX_OFFSET: usize = 10_000;
const SNIPPET_CHARS: usize = 220;

impl Searcher {
    /// Searches public documents. `english` prefers English snippets where they match.
    pub fn search(&self, q: &ListQuery, english: bool) -> Result<SearchResults, SearchError> {
        let start = Instant::now();
        let generation = self.generation();
        let searcher = generation.reader.searcher();
        let f = &generation.fields;
        let today = day_number(&crate::backend::today()).unwrap_or(0);
        let parsed = parse(&generation.index, q.q.as_deref().unwrap_or(""));
        // typed, but nothing searchable in it ("*", a 50-letter word): nothing matches
        if q.q.as_deref().is_some_and(|s| !s.trim().is_empty()) && parsed.terms.is_empty() {
            let elapsed = start.elapsed().as_millis() as u64;
            return Ok(SearchResults {
                page: q.page.max(1),
                per_page: q.per_page,
                processing_time_ms: elapsed,
                ..Default::default()
            });
        }
        let offset = (q.page.max(1) as usize - 1) * q.per_page as usize;
        let limit = if offset >= MAX_OFFSET { 0 } else { (q.per_page as usize).min(MAX_OFFSET - offset) };

        let mut relaxed = false;
        let lexicon = Lexicon::of(&searcher, f, &parsed);
        let mut text = text_query(&searcher, f, &parsed, &lexicon, false);
        let run = |text: Option<&dyn Query>| {
            let query = compose(f, text, &q.filters, None, today);
            Ok::<_, SearchError>(collect(&searcher, &query, &q.filters, q.sort, offset, limit)?)
        };
        let (mut count, mut counts, mut top) = run(text.as_deref())?;
        let mut suggestion = None;
        if count == 0 && !parsed.terms.is_empty() {
            suggestion = did_you_mean(&searcher, f, &parsed, &lexicon).filter(|s| {
                let corrected = parse(&generation.index, s);
                let query = text_query(&searcher, f, &corrected, &Lexicon::of(&searcher, f, &corrected), false);
                let query = compose(f, query.as_deref(), &q.filters, None, today);
                searcher.search(&query, &Count).unwrap_or(0) > 0
            });
            if parsed.terms.len() > 1 {
                text = text_query(&searcher, f, &parsed, &lexicon, true);
                (count, counts, top) = run(text.as_deref())?;
                relaxed = count > 0;
            }
        }

        let snippets = Snippets::new(&searcher, f, &parsed, english)?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(hit) = to_hit(f, &doc, score, &snippets) {
                hits.push(hit);
            }
        }
        let facets = facets::all(&searcher, f, &counts, text.as_deref(), &q.filters, today)?;
        Ok(SearchResults {
            hits,
            total_hits: count as u64,
            page: q.page.max(1),
            per_page: q.per_page,
            facets,
            processing_time_ms: start.elapsed().as_millis() as u64,
            did_you_mean: suggestion,
            relaxed,
        })
    }
}

/// What a search collects: count, facet counts, the page's (score, address).
type Collected = (usize, FacetCounts, Vec<(f32, DocAddress)>);

/// Count and facet counts in one pass without scoring (tantivy then skips the clauses that
/// only add to the score, such as the phrase boosts), and the requested page (by relevance
/// or newest first) in a second, scored pass that keeps only the best `offset + limit`.
fn collect(
    searcher: &tantivy::Searcher,
    query: &dyn Query,
    filters: &[(crate::domain::FacetKey, String)],
    sort: Sort,
    offset: usize,
    limit: usize,
) -> tantivy::Result<Collected> {
    let (count, counts) = searcher.search(query, &(Count, facets::collector(facets::unfiltered(filters))))?;
    if limit == 0 || offset >= count {
        return Ok((count, counts, Vec::new()));
    }
    let top = TopDocs::with_limit(limit).and_offset(offset);
    let hits = match sort {
        Sort::Newest => searcher
            .search(query, &top.order_by_fast_field::<i64>("date", Order::Desc))?
            .into_iter()
            .map(|(_, a)| (0.0, a))
            .collect(),
        Sort::Name => searcher.search(query, &top.order_by_score())?,
    };
    Ok((count, counts, hits))
}

/// Highlighting: the Vietnamese body (original text, matched folded) and the English text.
struct Snippets {
    vi: Option<SnippetGenerator>,
    en: Option<SnippetGenerator>,
    english: bool,
}

impl Snippets {
    fn new(searcher: &tantivy::Searcher, f: &Fields, q: &ParsedQuery, english: bool) -> tantivy::Result<Snippets> {
        if q.terms.is_empty() {
            return Ok(Snippets { vi: None, en: None, english });
        }
        let terms = |field, pick: fn(&super::query::QueryTerm) -> &str| {
            let clauses: Vec<(Occur, Box<dyn Query>)> = q
                .terms
                .iter()
                .map(|t| {
                    let tq = TermQuery::new(Term::from_field_text(field, pick(t)), IndexRecordOption::Basic);
                    (Occur::Should, Box::new(tq) as Box<dyn Query>)
                })
                .collect();
            BooleanQuery::new(clauses)
        };
        let make = |field, query: BooleanQuery| -> tantivy::Result<SnippetGenerator> {
            let mut g = SnippetGenerator::create(searcher, &query, field)?;
            g.set_max_num_chars(SNIPPET_CHARS);
            Ok(g)
        };
        Ok(Snippets {
            vi: Some(make(f.body_f, terms(f.body_f, |t| t.folded.as_str()))?),
            en: Some(make(f.en, terms(f.en, |t| t.en.as_str()))?),
            english,
        })
    }

    fn for_doc(&self, f: &Fields, doc: &TantivyDocument) -> Snippet {
        let convert = |s: tantivy::snippet::Snippet| Snippet {
            text: s.fragment().to_string(),
            marks: s.highlighted().iter().map(|r| (r.start as u32, r.end as u32)).collect(),
        };
        let vi = self.vi.as_ref().map(|g| convert(g.snippet_from_doc(doc))).unwrap_or_default();
        let en = self.en.as_ref().map(|g| convert(g.snippet_from_doc(doc))).unwrap_or_default();
        let best = match (vi.marks.is_empty(), en.marks.is_empty()) {
            (false, true) => vi,
            (true, false) => en,
            (false, false) => {
                if self.english {
                    en
                } else {
                    vi
                }
            }
            (true, true) => {
                let field = if self.english && has_text(doc, f.en) { f.en } else { f.body_f };
                Snippet { text: lead(doc, field), marks: Vec::new() }
            }
        };
        if best.text.trim().is_empty() { Snippet { text: lead(doc, f.body_f), marks: Vec::new() } } else { best }
    }
}

fn has_text(doc: &TantivyDocument, field: tantivy::schema::Field) -> bool {
    doc.get_first(field).and_then(|v| v.as_str()).is_some_and(|s| !s.trim().is_empty())
}

/// The start of a stored text, cut at a word boundary.
fn lead(doc: &TantivyDocument, field: tantivy::schema::Field) -> String {
    let text = doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("").trim();
    if text.chars().count() <= SNIPPET_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(SNIPPET_CHARS).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{cut} …")
}

fn to_hit(f: &Fields, doc: &TantivyDocument, score: f32, snippets: &Snippets) -> Option<SearchHit> {
    let text = |field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
    let group = DocGroup::parse(&text(f.group)?)?;
    let slug = text(f.slug)?;
    let mut hit = SearchHit {
        group,
        kind: text(f.kind)?,
        url: group.url(&slug),
        slug,
        title: text(f.title_f)?,
        title_en: text(f.title_en),
        snippet: snippets.for_doc(f, doc),
        owner: text(f.owner),
        sectors: Vec::new(),
        location: None,
        stages: Vec::new(),
        type_code: None,
        trl: doc.get_first(f.trl).and_then(|v| v.as_u64()).map(|t| t as u8),
        ip: None,
        coop: Vec::new(),
        verified: false,
        date: text(f.display_date),
        score,
    };
    for value in doc.get_all(f.facets) {
        let Some(path) = value.as_facet() else { continue };
        // stored facets are encoded with NUL between the path's segments
        let parts: Vec<&str> = path.split('\0').filter(|p| !p.is_empty()).collect();
        let [key, value] = parts.as_slice() else { continue };
        let value = value.to_string();
        match *key {
            "sector" => hit.sectors.push(value),
            "location" => hit.location = Some(value),
            "stage" => hit.stages.push(value),
            "type" => hit.type_code = Some(value),
            "ip" => hit.ip = Some(value),
            "coop" => hit.coop.push(value),
            "verified" => hit.verified = value == "1",
            _ => {}
        }
    }
    Some(hit)
}
