//! One spreadsheet cell as exported, and the two writers: CSV (UTF-8 with BOM, RFC 4180 via
//! the `csv` crate) and XLSX (numbers as numbers, dates as dates). Both neutralise text that a
//! spreadsheet would run as a formula.

use chrono::NaiveDate;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    Num(f64),
    Date(NaiveDate),
    Empty,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() { Cell::Empty } else { Cell::Text(s) }
    }

    pub fn opt_text(s: Option<impl Into<String>>) -> Cell {
        s.map(Cell::text).unwrap_or(Cell::Empty)
    }

    pub fn opt_int(n: Option<i64>) -> Cell {
        n.map(Cell::Int).unwrap_or(Cell::Empty)
    }

    /// An ISO date or timestamp (`2026-05-01`, `2026-05-01T09:00:00Z`); a bare year stays a number.
    pub fn date(iso: Option<&str>) -> Cell {
        let Some(s) = iso.map(str::trim).filter(|s| !s.is_empty()) else { return Cell::Empty };
        if let Some(d) = s.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
            return Cell::Date(d);
        }
        match s.parse::<i64>() {
            Ok(y) => Cell::Int(y),
            Err(_) => Cell::text(s),
        }
    }
}

/// OWASP's CSV-injection advice: text beginning with `= + - @`, a tab or a carriage return is
/// prefixed with `'` so that no spreadsheet evaluates it.
pub fn defuse(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}").into() } else { s.into() }
}

/// The UTF-8 byte-order mark: Excel reads a CSV as UTF-8 (and shows diacritics) only with it.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// CSV lines for `rows` (the header is a row like any other). Dates ISO (`yyyy-mm-dd`, which
/// every spreadsheet locale reads as a date), numbers without separators.
pub fn csv_rows(rows: &[Vec<Cell>]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    for row in rows {
        w.write_record(row.iter().map(|c| match c {
            Cell::Text(s) => defuse(s).into_owned(),
            Cell::Int(n) => n.to_string(),
            Cell::Num(x) => x.to_string(),
            Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
            Cell::Empty => String::new(),
        }))?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// A worksheet being filled row by row (rust_xlsxwriter's constant-memory mode: rows are
/// flushed to a temporary file as they are written, so a large export stays small in memory).
pub struct XlsxSheet {
    book: Workbook,
    next_row: u32,
    date: Format,
}

impl XlsxSheet {
    pub fn new(name: &str, headers: &[String]) -> Result<XlsxSheet, XlsxError> {
        let mut book = Workbook::new();
        let header = Format::new().set_bold().set_background_color("#E8EEF4");
        let sheet = book.add_worksheet_with_constant_memory()?;
        sheet.set_name(name)?;
        for (i, h) in headers.iter().enumerate() {
            let col = u16::try_from(i).unwrap_or(u16::MAX);
            sheet.set_column_width(col, (h.chars().count() as f64 + 4.0).clamp(12.0, 48.0))?;
            sheet.write_string_with_format(0, col, defuse(h), &header)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(XlsxSheet { book, next_row: 1, date: Format::new().set_num_format("dd/mm/yyyy") })
    }

    fn sheet(&mut self) -> Result<&mut Worksheet, XlsxError> {
        self.book.worksheet_from_index(0)
    }

    pub fn append(&mut self, rows: &[Vec<Cell>]) -> Result<(), XlsxError> {
        let date = self.date.clone();
        let mut row = self.next_row;
        let sheet = self.sheet()?;
        for cells in rows {
            for (i, c) in cells.iter().enumerate() {
                let col = u16::try_from(i).unwrap_or(u16::MAX);
                match c {
                    Cell::Text(s) => {
                        sheet.write_string(row, col, defuse(s))?;
                    }
                    Cell::Int(n) => {
                        sheet.write_number(row, col, *n as f64)?;
                    }
                    Cell::Num(x) => {
                        sheet.write_number(row, col, *x)?;
                    }
                    Cell::Date(d) => {
                        use chrono::Datelike;
                        let dt = ExcelDateTime::from_ymd(
                            u16::try_from(d.year()).unwrap_or(1900),
                            d.month() as u8,
                            d.day() as u8,
                        )?;
                        sheet.write_datetime_with_format(row, col, &dt, &date)?;
                    }
                    Cell::Empty => {}
                }
            }
            row += 1;
        }
        self.next_row = row;
        Ok(())
    }

    /// The finished file's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        self.book.save_to_buffer()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("+84 229"), "'+84 229");
        assert_eq!(defuse("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(defuse("Vườn ươm"), "Vườn ươm");
    }

    #[test]
    fn csv_quotes_and_dates() {
        let out = csv_rows(&[vec![
            Cell::text("a, \"b\""),
            Cell::Int(12),
            Cell::date(Some("2026-05-01T09:00:00Z")),
            Cell::Empty,
            Cell::text("-1+1"),
        ]])
        .expect("valid");
        assert_eq!(String::from_utf8(out).expect("valid"), "\"a, \"\"b\"\"\",12,2026-05-01,,'-1+1\r\n");
        assert_eq!(Cell::date(Some("2024")), Cell::Int(2024));
    }
}
