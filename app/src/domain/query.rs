//! List queries from the URL: unknown or malformed parameters are ignored, numbers clamped,
//! so that a shared or hand-edited link never fails.

use super::kind::FacetKey;
use serde::{Deserialize, Serialize};

pub const DEFAULT_PER_PAGE: u32 = 24;
pub const MAX_PER_PAGE: u32 = 100;
pub const MAX_PAGE: u32 = 10_000;
/// Longest free-text filter kept from a URL, in characters.
pub const MAX_Q_CHARS: usize = 200;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sort {
    #[default]
    Name,
    Newest,
}

impl Sort {
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::Newest => "newest",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListQuery {
    pub page: u32,
    pub per_page: u32,
    pub sort: Sort,
    /// Free text narrowing the list (matched without diacritics).
    pub q: Option<String>,
    /// Facet filters in a stable order, one value per key.
    pub filters: Vec<(FacetKey, String)>,
}

impl ListQuery {
    /// Builds a query from URL pairs, keeping only what makes sense.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut q = ListQuery { page: 1, per_page: DEFAULT_PER_PAGE, ..Default::default() };
        for (k, v) in pairs {
            let v = v.trim();
            match k {
                "page" => q.page = clamp_num(v, 1, MAX_PAGE, 1),
                "per_page" | "perPage" => q.per_page = clamp_num(v, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE),
                "sort" => q.sort = if v == "newest" { Sort::Newest } else { Sort::Name },
                "q" if !v.is_empty() => q.q = Some(v.chars().take(MAX_Q_CHARS).collect()),
                _ => {
                    if let Some(key) = FacetKey::parse(k)
                        && is_code(v)
                        && !q.filters.iter().any(|(f, _)| *f == key)
                    {
                        q.filters.push((key, v.to_string()));
                    }
                }
            }
        }
        q.filters.sort();
        q
    }

    /// Parses a raw URL query string (`a=b&c=d`, with or without the leading `?`).
    pub fn parse(raw: &str) -> Self {
        let pairs: Vec<(String, String)> = raw
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .filter_map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                Some((decode(k)?, decode(v)?))
            })
            .collect();
        Self::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    pub fn filter(&self, key: FacetKey) -> Option<&str> {
        self.filters.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }

    pub fn offset(&self) -> u64 {
        u64::from(self.page.saturating_sub(1)) * u64::from(self.per_page)
    }

    /// The URL query string of this query with one facet set or cleared, back to page 1.
    pub fn with_filter(&self, key: FacetKey, value: Option<&str>) -> String {
        let mut next = self.clone();
        next.filters.retain(|(k, _)| *k != key);
        if let Some(v) = value {
            next.filters.push((key, v.to_string()));
            next.filters.sort();
        }
        next.page = 1;
        next.to_query_string()
    }

    pub fn with_page(&self, page: u32) -> String {
        let mut next = self.clone();
        next.page = page;
        next.to_query_string()
    }

    /// `?a=b&…` (or empty), with defaults left out so links stay short.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(q) = &self.q {
            parts.push(format!("q={}", encode(q)));
        }
        for (k, v) in &self.filters {
            parts.push(format!("{}={}", k.as_str(), encode(v)));
        }
        if self.sort != Sort::Name {
            parts.push(format!("sort={}", self.sort.as_str()));
        }
        if self.per_page != DEFAULT_PER_PAGE {
            parts.push(format!("per_page={}", self.per_page));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }

    pub fn total_pages(&self, total: u64) -> u32 {
        let pages = total.div_ceil(u64::from(self.per_page.max(1)));
        u32::try_from(pages).unwrap_or(u32::MAX).max(1)
    }
}

fn clamp_num(v: &str, min: u32, max: u32, default: u32) -> u32 {
    match v.parse::<i64>() {
        Ok(n) => n.clamp(i64::from(min), i64::from(max)) as u32,
        Err(_) => default,
    }
}

/// Facet values are codes or slugs: short, lower-case ASCII, digits, `-` and `_`.
fn is_code(v: &str) -> bool {
    !v.is_empty()
        && v.len() <= 64
        && v.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Percent-encodes a query value (UTF-8), leaving unreserved characters as they are.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Percent-decoding of a query component (`+` is a space); `None` for invalid UTF-8.
pub fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_numbers_are_clamped_or_ignored() {
        let q = ListQuery::from_pairs([("page", "-5"), ("per_page", "100000"), ("stage", "mvp")]);
        assert_eq!((q.page, q.per_page), (1, MAX_PER_PAGE));
        let q = ListQuery::from_pairs([("page", "abc"), ("per_page", "0")]);
        assert_eq!((q.page, q.per_page), (1, 1));
        let q = ListQuery::from_pairs([("page", "99999999999999999999")]);
        assert_eq!(q.page, 1);
    }

    #[test]
    fn parses_raw_query_strings() {
        let q = ListQuery::parse("?q=n%C3%B4ng+nghi%E1%BB%87p&sector=energy&page=2&x=%ZZ&bad=%FF");
        assert_eq!(q.q.as_deref(), Some("nông nghiệp"));
        assert_eq!(q.filter(FacetKey::Sector), Some("energy"));
        assert_eq!(q.page, 2);
        assert_eq!(ListQuery::parse(""), ListQuery::from_pairs([]));
    }

    #[test]
    fn junk_filters_are_dropped() {
        let q = ListQuery::from_pairs([("sector", "'; DROP TABLE x"), ("bogus", "1"), ("stage", "mvp")]);
        assert_eq!(q.filters, vec![(FacetKey::Stage, "mvp".to_string())]);
    }

    #[test]
    fn query_string_round_trips() {
        let q = ListQuery::from_pairs([("sector", "high-tech-agriculture"), ("q", "nông nghiệp"), ("page", "3")]);
        let s = q.to_query_string();
        assert_eq!(s, "?q=n%C3%B4ng+nghi%E1%BB%87p&sector=high-tech-agriculture&page=3");
        assert_eq!(q.with_filter(FacetKey::Sector, None), "?q=n%C3%B4ng+nghi%E1%BB%87p");
        assert_eq!(q.total_pages(49), 3);
        assert_eq!(q.total_pages(0), 1);
    }
}
