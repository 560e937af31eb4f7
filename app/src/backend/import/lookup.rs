//! Reference data a spreadsheet names in words: sectors and codes by their Vietnamese or English
//! names, and the organisation a listing belongs to by its address name, tax code or name.

use super::columns::key;
use crate::backend::db::Db;
use crate::backend::store::statements::import_lookups;
use crate::domain::OrgKind;
use crate::domain::sector::SECTORS;
use crate::i18n::{Label, Lang};
use std::collections::HashMap;

/// A code given as itself or by its Vietnamese or English name.
pub fn by_label<T: Label + Copy>(all: &[T], code: impl Fn(T) -> &'static str, raw: &str) -> Option<T> {
    let k = key(raw);
    all.iter().copied().find(|v| key(code(*v)) == k || key(v.label(Lang::Vi)) == k || key(v.label(Lang::En)) == k)
}

/// A yes/no cell: `Có`/`x`/`1`/`yes`/`true`, or empty/`Không`/`0`/`no`/`false`.
pub fn yes_no(raw: &str) -> Option<bool> {
    match key(raw).as_str() {
        "co" | "x" | "1" | "yes" | "y" | "true" => Some(true),
        "" | "khong" | "0" | "no" | "n" | "false" => Some(false),
        _ => None,
    }
}

/// Sector codes by every name a spreadsheet may use for them.
pub struct Sectors(HashMap<String, &'static str>);

impl Default for Sectors {
    fn default() -> Sectors {
        let mut by_name = HashMap::new();
        for s in SECTORS {
            for name in [s.code, s.name_vi, s.name_en] {
                by_name.insert(key(name), s.code);
            }
        }
        Sectors(by_name)
    }
}

impl Sectors {
    /// Sector codes from a cell of codes or names separated by `;` or `,`. Some names hold a
    /// comma themselves ("Công nghệ số, AI, IoT"), so the longest run of pieces that names a
    /// sector wins. Also the pieces that name none.
    pub fn parse(&self, cell: &str) -> (Vec<String>, Vec<String>) {
        let pieces: Vec<&str> = cell.split([';', ',']).map(str::trim).collect();
        let (mut codes, mut unknown) = (Vec::new(), Vec::new());
        let mut i = 0;
        while i < pieces.len() {
            if pieces[i].is_empty() {
                i += 1;
                continue;
            }
            let found =
                (i..pieces.len()).rev().find_map(|j| self.0.get(&key(&pieces[i..=j].join(","))).map(|code| (j, *code)));
            match found {
                Some((j, code)) => {
                    codes.push(code.to_string());
                    i = j + 1;
                }
                None => {
                    unknown.push(pieces[i].to_string());
                    i += 1;
                }
            }
        }
        (codes, unknown)
    }
}

/// An organisation a row names.
#[derive(Clone, Debug)]
pub struct Owner {
    pub id: i64,
    pub kind: OrgKind,
}

/// Why a row's organisation cell names none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnerMiss {
    Unknown,
    /// Two organisations have this name; the address name or tax code tells them apart.
    Ambiguous,
}

/// Every organisation by address name (`vien-nong-nghiep`), tax code and name (folded).
pub struct Owners {
    by_slug: HashMap<String, Owner>,
    by_tax: HashMap<String, Owner>,
    /// `None`: more than one organisation has the name.
    by_name: HashMap<String, Option<Owner>>,
}

impl Owners {
    pub async fn load(pool: &Db) -> sqlx::Result<Owners> {
        let rows = import_lookups::owners(pool).await?;
        let mut o = Owners { by_slug: HashMap::new(), by_tax: HashMap::new(), by_name: HashMap::new() };
        for import_lookups::OwnerRow { id, kind, slug, name_vi: name, tax_code: tax } in rows {
            let Some(kind) = OrgKind::parse(&kind) else { continue };
            let owner = Owner { id, kind };
            if let Some(t) = tax.filter(|t| !t.is_empty()) {
                o.by_tax.insert(t, owner.clone());
            }
            o.by_name.entry(key(&name)).and_modify(|v| *v = None).or_insert_with(|| Some(owner.clone()));
            o.by_slug.insert(slug, owner);
        }
        Ok(o)
    }

    pub fn find(&self, raw: &str) -> Result<&Owner, OwnerMiss> {
        let raw = raw.trim();
        let tax: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some(o) = self.by_slug.get(raw).or_else(|| self.by_tax.get(&tax)) {
            return Ok(o);
        }
        match self.by_name.get(&key(raw)) {
            Some(Some(o)) => Ok(o),
            Some(None) => Err(OwnerMiss::Ambiguous),
            None => Err(OwnerMiss::Unknown),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_codes() {
        use crate::domain::{OrgKind, Stage};
        assert_eq!(by_label(Stage::ALL, Stage::as_str, "nguyen mau"), None);
        assert_eq!(by_label(OrgKind::ALL, OrgKind::as_str, "doanh nghiep"), Some(OrgKind::Enterprise));
        assert_eq!(by_label(OrgKind::ALL, OrgKind::as_str, "Startup"), Some(OrgKind::Startup));
        assert_eq!(
            (yes_no("Có"), yes_no(" "), yes_no("không"), yes_no("maybe")),
            (Some(true), Some(false), Some(false), None)
        );
        let (codes, unknown) = Sectors::default().parse("Công nghệ số, AI, IoT, energy; Sản xuất, chế tạo, bóng đá");
        assert_eq!(codes, vec!["digital-ai-iot", "energy", "manufacturing"]);
        assert_eq!(unknown, vec!["bóng đá"]);
    }
}
