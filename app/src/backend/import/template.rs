//! The downloadable template of an entity: its headers in the user's language (the importer
//! accepts both) and one example row.

use super::Entity;
use crate::backend::export::Format;
use crate::backend::export::cell::{BOM, Cell, XlsxSheet, csv_rows};
use crate::i18n::Lang;

pub fn file(entity: Entity, lang: Lang, format: Format) -> Result<Vec<u8>, crate::backend::export::ExportError> {
    let cols = entity.columns();
    let headers: Vec<String> = cols
        .iter()
        .map(|c| {
            let h = if lang == Lang::Vi { c.vi } else { c.en };
            if c.required { format!("{h}*") } else { h.to_string() }
        })
        .collect();
    let example: Vec<Cell> = cols
        .iter()
        .map(|c| match c.example.parse::<i64>() {
            // a tax code keeps its leading zeros: text, not a number
            Ok(n) if !c.example.starts_with('0') && c.field != "tax_code" => Cell::Int(n),
            _ => Cell::text(c.example),
        })
        .collect();
    match format {
        Format::Csv => {
            let mut out = BOM.to_vec();
            out.extend(csv_rows(&[headers.into_iter().map(Cell::Text).collect(), example])?);
            Ok(out)
        }
        Format::Xlsx => {
            let mut sheet = XlsxSheet::new(entity.name(), &headers)?;
            sheet.append(&[example])?;
            Ok(sheet.finish()?)
        }
    }
}
