//! Facet counts, paging, hostile input and suggestions.

use super::{Fixture, top};
use crate::backend::text::fold;
use crate::domain::search::DocGroup;
use crate::domain::{FacetKey, ListQuery};
use std::collections::HashSet;

/// Every count a facet shows is exactly what clicking it lists: with no filter, and with a
/// filter set (where the filtered facet counts as if its own filter were not set).
#[tokio::test]
async fn facet_counts_equal_filtered_totals() {
    let fx = Fixture::new().await;
    let mut wrong = Vec::new();
    let mut checked = 0;
    for base in ["q=công nghệ", "q=nông nghiệp&sector=high-tech-agriculture", "kind=startup"] {
        let results = fx.search(base);
        assert!(results.total_hits > 0, "{base}");
        let kinds = results.facets.iter().find(|f| f.key == FacetKey::Kind).expect("kind facet");
        let own_filter = |key: FacetKey| ListQuery::parse(base).filter(key).is_some();
        if !own_filter(FacetKey::Kind) {
            // every document has exactly one kind, so the kind counts add up to the total
            assert_eq!(kinds.values.iter().map(|v| v.count).sum::<u64>(), results.total_hits, "{base}");
        }
        for facet in &results.facets {
            for value in &facet.values {
                // the value replaces the facet's own filter, if any
                let mut q = ListQuery::parse(base);
                q.filters.retain(|(k, _)| *k != facet.key);
                q.filters.push((facet.key, value.value.clone()));
                q.filters.sort();
                let filtered = fx.searcher.search(&q, false).expect("filtered search");
                checked += 1;
                if filtered.total_hits != value.count {
                    wrong.push(format!(
                        "{base} {}={}: shows {}, lists {}",
                        facet.key, value.value, value.count, filtered.total_hits
                    ));
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} facet values checked");
    assert!(wrong.is_empty(), "facet counts differ from filtered totals:\n{}", wrong.join("\n"));
}

#[tokio::test]
async fn pages_partition_the_results_and_past_the_end_is_empty() {
    let fx = Fixture::new().await;
    let total = fx.search("q=nông nghiệp").total_hits;
    assert!(total > 30, "{total}");
    let mut seen = HashSet::new();
    let pages = total.div_ceil(7);
    for page in 1..=pages {
        let r = fx.search(&format!("q=nông nghiệp&per_page=7&page={page}"));
        assert_eq!(r.total_hits, total, "the count does not depend on the page");
        let expected = if page < pages { 7 } else { total - 7 * (pages - 1) };
        assert_eq!(r.hits.len() as u64, expected, "page {page}");
        for h in r.hits {
            assert!(seen.insert(h.slug.clone()), "{} appears on two pages", h.slug);
        }
    }
    assert_eq!(seen.len() as u64, total);
    for page in [pages + 1, 1_000, 10_000] {
        let r = fx.search(&format!("q=nông nghiệp&per_page=7&page={page}"));
        assert!(r.hits.is_empty(), "page {page} past the end has hits");
        assert_eq!(r.total_hits, total, "page {page}");
        assert_eq!(r.page, page as u32);
    }
    // deep paging stops at the cap but the count stays exact
    let r = fx.search("per_page=100&page=101");
    assert!(r.hits.is_empty());
    assert!(r.total_hits > 600, "{}", r.total_hits);
}

/// Syntax characters, operators, control characters and oversized input are text, never an
/// error or a panic.
#[tokio::test]
async fn hostile_queries_never_fail() {
    let fx = Fixture::new().await;
    let long_word = "a".repeat(500);
    let long_text = "công nghệ ".repeat(50);
    let long_nonsense = "zq\"(:*\\ ".repeat(63);
    let nasty: Vec<&str> = vec![
        "\"",
        "\"\"",
        "\"\"\"",
        "\"công nghệ",
        "công\" nghệ\"\"",
        "(",
        ")",
        "((((",
        "AND",
        "a AND (b OR",
        "NOT OR AND",
        "*",
        "*:*",
        "title:foo",
        "title_f:\"x\"",
        ":",
        "\\",
        "\\\\\"",
        "-",
        "+-!",
        "~2",
        "nghệ~",
        "^3",
        "[1 TO 5]",
        "{ }",
        "/.*/",
        ".*",
        "a.*b",
        "%",
        "'; DROP TABLE organizations; --",
        "<script>alert(1)</script>",
        "\u{0}\u{1}\u{7f}",
        "\u{0301}\u{0323}",
        "e\u{0302}\u{0323}",
        "🌾🚜",
        "עברית العربية",
        "   ",
        "đ",
        &long_word,
        &long_text,
        &long_nonsense,
    ];
    for q in &nasty {
        for rest in ["", "sort=newest&kind=startup&per_page=100"] {
            // set directly, past the URL's length cap: the engine must cope on its own
            let query = ListQuery { q: Some((*q).to_string()), ..ListQuery::parse(rest) };
            if let Err(e) = fx.searcher.search(&query, false) {
                panic!("search {q:?} failed: {e}");
            }
            if let Err(e) = fx.searcher.search(&query, true) {
                panic!("English search {q:?} failed: {e}");
            }
        }
        if let Err(e) = fx.searcher.suggest(q, 8) {
            panic!("suggest {q:?} failed: {e}");
        }
    }
    // a 500-character query finds what its first words find
    let r = fx.search(&format!("q={long_text}"));
    assert!(r.total_hits > 0);
}

#[tokio::test]
async fn snippets_mark_the_matched_words() {
    let fx = Fixture::new().await;
    let r = fx.search("q=nuoc mam");
    let hit = r.hits.first().expect("a hit");
    assert!(!hit.snippet.marks.is_empty(), "no marks in {:?}", hit.snippet.text);
    for (text, marked) in hit.snippet.runs() {
        if marked {
            let folded = fold(text);
            assert!(folded == "nuoc" || folded == "mam", "marked {text:?}");
        }
    }
}

#[tokio::test]
async fn suggestions_complete_titles_of_orgs_offers_and_challenges() {
    let fx = Fixture::new().await;
    let allowed = [DocGroup::Org, DocGroup::Offer, DocGroup::Challenge];

    let s = fx.searcher.suggest("nong ngh", 8).expect("suggest");
    assert!(s.len() >= 3, "{s:?}");
    assert!(s.iter().any(|x| x.title.to_lowercase().contains("nông nghiệp")), "{s:?}");
    // every title has both words; those where they run on as typed come first
    let runs_on: Vec<bool> = s.iter().map(|x| fold(&x.title).contains("nong ngh")).collect();
    assert!(runs_on.iter().take(3).all(|r| *r), "{s:?}");
    assert!(runs_on.windows(2).all(|w| w[0] || !w[1]), "titles that run on come first: {s:?}");
    for x in &s {
        let title = fold(&x.title);
        let words: Vec<&str> = title.split(|c: char| !c.is_alphanumeric()).collect();
        assert!(words.contains(&"nong") && words.iter().any(|w| w.starts_with("ngh")), "{:?}", x.title);
        assert!(allowed.contains(&x.group), "{x:?}");
    }

    let s = fx.searcher.suggest("vuon uom", 8).expect("suggest");
    let first: Vec<&str> = s.iter().take(3).map(|x| x.kind.as_str()).collect();
    assert_eq!(first, ["incubator"; 3], "{s:?}");
    assert!(s.iter().all(|x| x.title.starts_with("Vườn ươm")), "{s:?}");

    // a prefix of one word
    let s = fx.searcher.suggest("vườn ư", 8).expect("suggest");
    assert!(s.iter().any(|x| x.kind == "incubator"), "{s:?}");

    // research titles match these words, but the header box only suggests three groups
    let research = fx.search("q=mô hình hóa mô phỏng");
    assert!(research.hits.iter().any(|h| h.group == DocGroup::Research), "{}", top(&research.hits, 5));
    let s = fx.searcher.suggest("mô hình hóa mô ph", 8).expect("suggest");
    assert!(s.iter().all(|x| allowed.contains(&x.group)), "{s:?}");

    assert!(fx.searcher.suggest("", 8).expect("suggest").is_empty());
    assert!(fx.searcher.suggest("xqzvw", 8).expect("suggest").is_empty());
    assert!(fx.searcher.suggest("nong ngh", 2).expect("suggest").len() <= 2);
}
