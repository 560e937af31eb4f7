//! An entity's columns and the header row matched against them. Matching ignores case,
//! diacritics, spaces and punctuation, so "Tên (tiếng Việt)*", "ten tieng viet" and the English
//! "Name (Vietnamese)" all find the same column.

use crate::backend::text::fold;

/// One column an entity accepts: the field it fills, its headers, whether it must be present.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub field: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
    pub required: bool,
    /// The template's example value.
    pub example: &'static str,
}

/// Letters and digits of the folded text.
pub fn key(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Where each known column sits in the file.
pub struct Layout {
    /// (column, index in the row, header as written in the file)
    found: Vec<(Column, usize, String)>,
}

/// What is wrong with a header row.
pub struct HeaderProblems {
    pub missing: Vec<Column>,
    pub repeated: Vec<String>,
}

impl Layout {
    pub fn match_headers(columns: &[Column], headers: &[String]) -> Result<Layout, HeaderProblems> {
        let mut found: Vec<(Column, usize, String)> = Vec::new();
        let mut repeated = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            let k = key(h);
            if k.is_empty() {
                continue;
            }
            let Some(col) = columns.iter().find(|c| key(c.vi) == k || key(c.en) == k || key(c.field) == k) else {
                continue;
            };
            if found.iter().any(|(c, _, _)| c.field == col.field) {
                repeated.push(h.clone());
            } else {
                found.push((*col, i, h.clone()));
            }
        }
        let missing: Vec<Column> = columns
            .iter()
            .filter(|c| c.required && !found.iter().any(|(f, _, _)| f.field == c.field))
            .copied()
            .collect();
        if missing.is_empty() && repeated.is_empty() {
            Ok(Layout { found })
        } else {
            Err(HeaderProblems { missing, repeated })
        }
    }

    /// One data row seen through the layout.
    pub fn row<'a>(&'a self, cells: &'a [String]) -> Row<'a> {
        Row { layout: self, cells }
    }

    /// The header the file uses for `field` (the expected Vietnamese one when it has none).
    pub fn header(&self, columns: &[Column], field: &str) -> String {
        match self.found.iter().find(|(c, _, _)| c.field == field) {
            Some((_, _, h)) => h.clone(),
            None => columns.iter().find(|c| c.field == field).map_or(field, |c| c.vi).to_string(),
        }
    }
}

pub struct Row<'a> {
    layout: &'a Layout,
    cells: &'a [String],
}

impl Row<'_> {
    /// The cell of `field`, trimmed; "" when the column is absent or the row short.
    pub fn get(&self, field: &str) -> &str {
        self.layout
            .found
            .iter()
            .find(|(c, _, _)| c.field == field)
            .and_then(|(_, i, _)| self.cells.get(*i))
            .map(|s| s.trim())
            .unwrap_or("")
    }

    /// A list cell split on `;` or `,` (whichever the cell uses), blanks dropped.
    pub fn list(&self, field: &str) -> Vec<String> {
        let v = self.get(field);
        let sep = if v.contains(';') { ';' } else { ',' };
        v.split(sep).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLS: &[Column] = &[
        Column { field: "name_vi", vi: "Tên (tiếng Việt)", en: "Name (Vietnamese)", required: true, example: "" },
        Column { field: "website", vi: "Trang web", en: "Website", required: false, example: "" },
    ];

    #[test]
    fn headers_match_loosely() {
        let headers = vec!["  TEN tieng viet* ".to_string(), "Ghi chú".into(), "WEBSITE".into()];
        let layout = Layout::match_headers(COLS, &headers).ok().expect("layout");
        let cells = vec!["Viện A".to_string(), "x".into(), "https://a.vn".into()];
        assert_eq!(layout.row(&cells).get("website"), "https://a.vn");
        assert_eq!(layout.header(COLS, "name_vi"), "  TEN tieng viet* ");
        assert_eq!(layout.header(COLS, "website"), "WEBSITE");
        let bad = Layout::match_headers(COLS, &["Website".to_string(), "Trang web".into()]).err().expect("layout");
        assert_eq!(bad.missing.len(), 1);
        assert_eq!(bad.repeated, vec!["Trang web"]);
    }
}
