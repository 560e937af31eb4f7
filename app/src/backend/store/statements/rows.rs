//! Row types shared by the SQLite queries, and their conversion into DTOs.

use crate::backend::store::StoreError;
use crate::backend::text::fold;
use crate::domain::dto::{OrgCard, OrgRef, Text};
use crate::domain::{InvestorType, OrgKind, Stage};

/// A list entry with when it was published and last changed (ISO timestamps): what a feed
/// needs beside the card.
pub struct Dated<T> {
    pub item: T,
    pub published: String,
    pub updated: String,
}

/// `%folded text%` for `LIKE … ESCAPE '\'`, with the user's wildcards escaped.
pub fn like_pattern(q: &str) -> String {
    let mut p = String::from("%");
    for c in fold(q).chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// `a,b,c` from `group_concat` → codes.
pub fn split_codes(s: Option<String>) -> Vec<String> {
    s.map(|s| s.split(',').filter(|c| !c.is_empty()).map(str::to_string).collect()).unwrap_or_default()
}

pub fn kind(s: &str) -> Result<OrgKind, StoreError> {
    OrgKind::parse(s).ok_or_else(|| StoreError::Corrupt(format!("unknown organisation kind {s}")))
}

#[derive(sqlx::FromRow)]
pub struct OrgCardRow {
    pub slug: String,
    pub kind: String,
    pub name_vi: String,
    pub name_en: Option<String>,
    pub short_vi: String,
    pub short_en: Option<String>,
    pub location: Option<String>,
    pub founded_year: Option<i64>,
    pub verified: bool,
    pub sample: bool,
    pub stage: Option<String>,
    pub investor_type: Option<String>,
    pub sectors: Option<String>,
    pub logo: Option<String>,
}

impl OrgCardRow {
    pub fn into_card(self) -> Result<OrgCard, StoreError> {
        let mut sectors = split_codes(self.sectors);
        sectors.sort();
        Ok(OrgCard {
            kind: kind(&self.kind)?,
            slug: self.slug,
            name: Text::new(self.name_vi, self.name_en),
            short_description: Text::new(self.short_vi, self.short_en),
            sectors,
            location: self.location,
            founded_year: self.founded_year.and_then(|y| i32::try_from(y).ok()),
            verified: self.verified,
            sample: self.sample,
            stage: self.stage.as_deref().and_then(Stage::parse),
            investor_type: self.investor_type.as_deref().and_then(InvestorType::parse),
            logo: self.logo,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct OrgRefRow {
    pub slug: String,
    pub kind: String,
    pub name_vi: String,
    pub name_en: Option<String>,
    pub verified: bool,
}

impl OrgRefRow {
    pub fn into_ref(self) -> Result<OrgRef, StoreError> {
        Ok(OrgRef {
            kind: kind(&self.kind)?,
            slug: self.slug,
            name: Text::new(self.name_vi, self.name_en),
            verified: self.verified,
        })
    }
}

pub fn refs(rows: Vec<OrgRefRow>) -> Result<Vec<OrgRef>, StoreError> {
    rows.into_iter().map(OrgRefRow::into_ref).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_pattern_escapes_wildcards_and_folds() {
        assert_eq!(like_pattern("Nông_100%"), "%nong\\_100\\%%");
    }
}
