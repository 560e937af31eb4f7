use super::*;
use crate::domain::sector::SECTORS;
use std::collections::HashSet;

fn sectors() -> impl Iterator<Item = &'static str> {
    SECTORS.iter().map(|s| s.code)
}

/// Every field is written, and a sector has enough topics for the demo to vary.
#[test]
fn every_topic_is_complete() {
    for sector in sectors() {
        assert!(technologies(sector).len() >= 8, "{sector}: technologies");
        assert!(problems(sector).len() >= 4, "{sector}: problems");
        for t in technologies(sector) {
            let texts = [t.name.0, t.name.1, t.solves, t.how.0, t.how.1, t.gain.0, t.gain.1];
            let variants = t.variants.iter().flat_map(|v| [v.title.0, v.title.1, v.detail]);
            for s in texts.into_iter().chain(variants).chain(t.users).chain(t.strengths) {
                assert!(!s.trim().is_empty(), "{sector}: {}", t.name.0);
            }
        }
        for p in problems(sector) {
            let cases = p.cases.iter().flat_map(|c| [c.title.0, c.title.1, c.situation.0, c.situation.1]);
            for s in [p.name.0, p.name.1, p.wanted].into_iter().chain(cases) {
                assert!(!s.trim().is_empty(), "{sector}: {}", p.name.0);
            }
        }
    }
}

/// No two technologies share a name or a title, no two problems a name or a case title: the
/// demo's lists would repeat themselves.
#[test]
fn names_and_titles_are_unique() {
    let mut seen = HashSet::new();
    for sector in sectors() {
        for t in technologies(sector) {
            assert!(seen.insert(t.name.0), "{}", t.name.0);
            for v in &t.variants {
                assert!(seen.insert(v.title.0), "{}", v.title.0);
            }
        }
        for p in problems(sector) {
            assert!(seen.insert(p.name.0), "{}", p.name.0);
            for c in &p.cases {
                assert!(seen.insert(c.title.0), "{}", c.title.0);
            }
        }
    }
}
