//! What a search asks and answers: shared by the search page, the header suggestions and
//! `GET /api/v1/search`.

use super::code_enum::code_enum;
use super::dto::Facet;
use super::kind::FacetKey;
use serde::{Deserialize, Serialize};

code_enum!(
    /// The families of documents the index holds; a document's key is `{group}:{id}`.
    DocGroup {
        Org = "org",
        Offer = "offer",
        Challenge = "challenge",
        Research = "research",
        Programme = "programme",
        Event = "event",
    }
);

impl DocGroup {
    /// The public address of a document of this group.
    pub fn url(self, slug: &str) -> String {
        match self {
            DocGroup::Org => format!("/org/{slug}"),
            DocGroup::Offer => format!("/offers/{slug}"),
            DocGroup::Challenge => format!("/challenges/{slug}"),
            DocGroup::Research => format!("/research/{slug}"),
            DocGroup::Programme => format!("/programmes/{slug}"),
            DocGroup::Event => format!("/events/{slug}"),
        }
    }
}

/// Filters the search page and API accept, in the order the page shows their facets.
pub const SEARCH_FACETS: &[FacetKey] = &[
    FacetKey::Kind,
    FacetKey::Sector,
    FacetKey::Location,
    FacetKey::Stage,
    FacetKey::Type,
    FacetKey::Trl,
    FacetKey::Ip,
    FacetKey::Coop,
    FacetKey::Verified,
];

/// Longest query the engine looks at, in words; the rest is ignored.
pub const MAX_QUERY_TERMS: usize = 12;

/// A piece of text with the byte ranges that matched the query.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Snippet {
    pub text: String,
    pub marks: Vec<(u32, u32)>,
}

impl Snippet {
    /// The text cut into (piece, highlighted) runs, ready to render without raw HTML.
    pub fn runs(&self) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        let mut at = 0usize;
        for &(start, end) in &self.marks {
            let (start, end) = (start as usize, end as usize);
            if start < at
                || end > self.text.len()
                || !self.text.is_char_boundary(start)
                || !self.text.is_char_boundary(end)
            {
                continue;
            }
            if start > at {
                out.push((&self.text[at..start], false));
            }
            out.push((&self.text[start..end], true));
            at = end;
        }
        if at < self.text.len() {
            out.push((&self.text[at..], false));
        }
        out
    }
}

/// One search result with the facts its card shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub group: DocGroup,
    /// The organisation kind, or the group for catalogue entries.
    pub kind: String,
    pub slug: String,
    pub url: String,
    pub title: String,
    pub title_en: Option<String>,
    pub snippet: Snippet,
    /// The publishing organisation of a catalogue entry.
    pub owner: Option<String>,
    pub sectors: Vec<String>,
    pub location: Option<String>,
    pub stages: Vec<String>,
    /// Investor type, research output type, programme or event type, task order.
    pub type_code: Option<String>,
    pub trl: Option<u8>,
    pub ip: Option<String>,
    pub coop: Vec<String>,
    pub verified: bool,
    /// The date that matters for the entry (published, deadline, start), ISO.
    pub date: Option<String>,
    pub score: f32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
    pub total_hits: u64,
    pub page: u32,
    pub per_page: u32,
    /// Counts per facet value; each facet counts as if its own filter were not set.
    pub facets: Vec<Facet>,
    pub processing_time_ms: u64,
    /// A corrected query that finds something, when this one found nothing.
    pub did_you_mean: Option<String>,
    /// No document had every word: these hits have most of them.
    pub relaxed: bool,
}

/// A search-as-you-type suggestion for the header box.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    pub group: DocGroup,
    pub kind: String,
    pub title: String,
    pub title_en: Option<String>,
    pub url: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_runs_skip_bad_ranges() {
        let s = Snippet { text: "nông nghiệp công nghệ".into(), marks: vec![(0, 5), (3, 4), (100, 120)] };
        assert_eq!(s.runs(), vec![("nông", true), (" nghiệp công nghệ", false)]);
        // a range inside a multi-byte character is dropped, never panics
        let s = Snippet { text: "ệ".into(), marks: vec![(1, 2)] };
        assert_eq!(s.runs(), vec![("ệ", false)]);
    }
}
