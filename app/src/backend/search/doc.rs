//! One indexed document: a row of `source.rs` turned into tantivy fields.

use super::schema::Fields;
use crate::backend::text::nfc;
use crate::domain::search::DocGroup;
use chrono::{DateTime, NaiveDate};
use tantivy::TantivyDocument;
use tantivy::schema::Facet;

pub use crate::backend::store::statements::search_source::SearchDoc;

/// The key updates and deletes go by.
pub fn key(group: DocGroup, id: i64) -> String {
    format!("{group}:{id}")
}

/// Parses `group:id` as written by the outbox triggers.
pub fn parse_key(key: &str) -> Option<(DocGroup, i64)> {
    let (group, id) = key.split_once(':')?;
    Some((DocGroup::parse(group)?, id.parse().ok()?))
}

/// Days since 1970-01-01 of an ISO date or timestamp: how expiry is compared.
pub fn day_number(iso: &str) -> Option<i64> {
    let date = NaiveDate::parse_from_str(iso.get(..10)?, "%Y-%m-%d").ok()?;
    Some(date.signed_duration_since(NaiveDate::default()).num_days())
}

fn unix_seconds(iso: &str) -> i64 {
    DateTime::parse_from_rfc3339(iso)
        .map(|t| t.timestamp())
        .ok()
        .or_else(|| day_number(iso).map(|d| d * 86_400))
        .unwrap_or(0)
}

fn codes(csv: &Option<String>) -> impl Iterator<Item = &str> {
    csv.as_deref().unwrap_or("").split(',').filter(|c| !c.is_empty())
}

/// Facet paths of the document: the values the search page filters and counts on.
pub fn facet_paths(doc: &SearchDoc) -> Vec<String> {
    let mut out = vec![format!("/group/{}", doc.grp), format!("/kind/{}", doc.kind)];
    out.extend(codes(&doc.sectors).map(|c| format!("/sector/{c}")));
    out.extend(doc.location.iter().map(|c| format!("/location/{c}")));
    out.extend(codes(&doc.stages).map(|c| format!("/stage/{c}")));
    out.extend(doc.type_code.iter().map(|c| format!("/type/{c}")));
    out.extend(doc.trl.iter().map(|t| format!("/trl/{t}")));
    out.extend(doc.ip.iter().map(|c| format!("/ip/{c}")));
    out.extend(codes(&doc.coop).map(|c| format!("/coop/{c}")));
    out.push(format!("/verified/{}", u8::from(doc.verified)));
    out
}

impl SearchDoc {
    pub fn to_tantivy(&self, f: &Fields) -> TantivyDocument {
        let mut d = TantivyDocument::default();
        d.add_text(f.key, format!("{}:{}", self.grp, self.id));
        d.add_text(f.group, &self.grp);
        d.add_text(f.kind, &self.kind);
        d.add_text(f.slug, &self.slug);
        let title = nfc(&self.title_vi);
        let body = nfc(&self.body_vi);
        d.add_text(f.title, &title);
        d.add_text(f.title_f, &title);
        d.add_text(f.body_f, &body);
        d.add_text(f.pairs, &title);
        d.add_text(f.pairs, &body);
        if let Some(en) = self.title_en.as_deref().filter(|t| !t.trim().is_empty()) {
            d.add_text(f.title_en, en);
        }
        if !self.body_en.trim().is_empty() {
            d.add_text(f.en, self.body_en.trim());
        }
        if let Some(owner) = &self.owner {
            d.add_text(f.owner, owner);
        }
        for path in facet_paths(self) {
            d.add_facet(f.facets, Facet::from(path.as_str()));
        }
        if let Some(trl) = self.trl {
            d.add_u64(f.trl, trl.clamp(0, 9) as u64);
        }
        d.add_i64(f.date, self.date.as_deref().map(unix_seconds).unwrap_or(0));
        d.add_i64(f.expires, self.expires.as_deref().and_then(day_number).unwrap_or(i64::MAX));
        if let Some(date) = &self.display_date {
            d.add_text(f.display_date, date);
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        assert_eq!(parse_key(&key(DocGroup::Offer, 42)), Some((DocGroup::Offer, 42)));
        assert_eq!(parse_key("nope:1"), None);
        assert_eq!(parse_key("org:x"), None);
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-02"), Some(1));
        assert_eq!(day_number("2026-11-25T10:00:00Z"), day_number("2026-11-25"));
        assert_eq!(day_number("bad"), None);
    }
}
