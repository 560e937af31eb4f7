//! A spreadsheet as rows of text: CSV (UTF-8, with or without BOM, `,` or `;` separated) or
//! the first sheet of an XLSX workbook. The first row holds the headers; each data row keeps
//! the number the user sees in their spreadsheet program (the header is row 1).

use super::{FileProblem, MAX_BYTES, MAX_ROWS};
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetFormat {
    Csv,
    Xlsx,
}

impl SheetFormat {
    /// From a file name's extension.
    pub fn from_name(name: &str) -> Option<SheetFormat> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".csv") {
            Some(SheetFormat::Csv)
        } else if lower.ends_with(".xlsx") {
            Some(SheetFormat::Xlsx)
        } else {
            None
        }
    }
}

#[derive(Debug, Default)]
pub struct Sheet {
    pub headers: Vec<String>,
    /// (row number as the spreadsheet shows it, cells)
    pub rows: Vec<(u32, Vec<String>)>,
}

/// Reads `bytes` as `format`, checking the size, the encoding, the zip signature and the row limit.
pub fn read(bytes: &[u8], format: SheetFormat) -> Result<Sheet, FileProblem> {
    if bytes.len() > MAX_BYTES {
        return Err(FileProblem::TooLarge);
    }
    let is_zip = bytes.starts_with(b"PK\x03\x04");
    let sheet = match format {
        SheetFormat::Xlsx if is_zip => xlsx(bytes)?,
        SheetFormat::Csv if !is_zip => csv(bytes)?,
        _ => return Err(FileProblem::BadFormat),
    };
    if sheet.rows.len() > MAX_ROWS {
        return Err(FileProblem::TooManyRows);
    }
    if sheet.rows.is_empty() {
        return Err(FileProblem::Empty);
    }
    Ok(sheet)
}

fn csv(bytes: &[u8]) -> Result<Sheet, FileProblem> {
    // UTF-16 (what "Unicode text" in Excel writes) and legacy code pages are refused clearly
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(FileProblem::NotUtf8);
    }
    let text =
        std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|_| FileProblem::NotUtf8)?;
    // Excel in a Vietnamese locale separates with `;` (the decimal mark is `,`)
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut sheet = Sheet::default();
    // The line each record starts on (blank lines count, as in a spreadsheet program): the
    // line where the previous record ended, plus the blank lines skipped before this one.
    let bytes = text.as_bytes();
    let (mut prev_end, mut line_at_prev_end) = (0usize, 1u64);
    let mut record = csv::StringRecord::new();
    let mut i = 0usize;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(_) => return Err(FileProblem::BadFormat),
        }
        let end = (reader.position().byte() as usize).min(bytes.len());
        let span = &bytes[prev_end.min(end)..end];
        let skipped = span.iter().take_while(|b| matches!(b, b'\r' | b'\n')).filter(|b| **b == b'\n').count() as u64;
        let line = line_at_prev_end + skipped;
        line_at_prev_end += span.iter().filter(|b| **b == b'\n').count() as u64;
        prev_end = end;
        i += 1;
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if i == 1 {
            sheet.headers = cells;
            continue;
        }
        if sheet.rows.len() > MAX_ROWS {
            return Err(FileProblem::TooManyRows);
        }
        if cells.iter().any(|c| !c.is_empty()) {
            sheet.rows.push((u32::try_from(line).unwrap_or(u32::MAX), cells));
        }
    }
    Ok(sheet)
}

fn xlsx(bytes: &[u8]) -> Result<Sheet, FileProblem> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| FileProblem::BadFormat)?;
    let range = book.worksheet_range_at(0).ok_or(FileProblem::Empty)?.map_err(|_| FileProblem::BadFormat)?;
    let start_row = range.start().map(|(r, _)| r).unwrap_or(0);
    let start_col = range.start().map(|(_, c)| c).unwrap_or(0) as usize;
    let mut sheet = Sheet::default();
    for (i, row) in range.rows().enumerate() {
        // cells left of the range are empty: keep columns aligned with the header
        let mut cells = vec![String::new(); start_col];
        cells.extend(row.iter().map(cell_text));
        if i == 0 {
            sheet.headers = cells;
            continue;
        }
        if sheet.rows.len() > MAX_ROWS {
            return Err(FileProblem::TooManyRows);
        }
        if cells.iter().any(|c| !c.is_empty()) {
            sheet.rows.push((start_row + i as u32 + 1, cells));
        }
    }
    Ok(sheet)
}

/// A cell as the text a user would have typed: whole numbers without `.0`, dates ISO.
fn cell_text(d: &Data) -> String {
    match d {
        Data::String(s) => s.trim().to_string(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) => {
            let serial = dt.as_f64();
            chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
                .and_then(|epoch| epoch.checked_add_signed(chrono::Duration::days(serial.floor() as i64)))
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_else(|| serial.to_string())
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_bom_and_semicolons() {
        let s = read("\u{feff}Tên;Loại hình\r\n\"Viện A; B\";viện\r\n\r\n;\r\nC;d\r\n".as_bytes(), SheetFormat::Csv)
            .expect("readable");
        assert_eq!(s.headers, vec!["Tên", "Loại hình"]);
        assert_eq!(s.rows[0], (2, vec!["Viện A; B".to_string(), "viện".to_string()]));
        assert_eq!(s.rows.len(), 2);
        assert_eq!(s.rows[1].0, 5);
    }

    #[test]
    fn refuses_other_encodings_and_formats() {
        assert_eq!(read(b"T\xean,x\n1,2\n", SheetFormat::Csv).expect_err("refused"), FileProblem::NotUtf8);
        assert_eq!(read(b"\xFF\xFEa\0", SheetFormat::Csv).expect_err("refused"), FileProblem::NotUtf8);
        assert_eq!(read(b"a,b\n", SheetFormat::Csv).expect_err("refused"), FileProblem::Empty);
        assert_eq!(read(b"a,b\n1,2\n", SheetFormat::Xlsx).expect_err("refused"), FileProblem::BadFormat);
        assert_eq!(read(b"PK\x03\x04junk", SheetFormat::Xlsx).expect_err("refused"), FileProblem::BadFormat);
    }
}
