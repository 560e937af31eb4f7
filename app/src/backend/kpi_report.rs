//! The annual report as an XLSX workbook in the layout of a provincial report: title rows,
//! a two-row header with merged cells, borders, frozen header, column widths set for A4
//! landscape. Values are numbers (so they can be summed and charted); their format
//! `#,##0.##` shows with the reader's separators — 1.234,5 on a Vietnamese system.

use crate::domain::kpi::{Direction, KpiIndicator, report_rows};
use crate::i18n::kpi::status_label;
use crate::i18n::kpi_values::{target_text, value_text};
use crate::i18n::{Lang, format};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};

/// The header row (0-based) where the table starts; data begins two rows below.
pub const HEADER_ROW: u32 = 4;

pub fn workbook(lang: Lang, indicators: &[KpiIndicator], year: i64, today: &str) -> Result<Vec<u8>, XlsxError> {
    let t = lang.kpi();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(format!("{} {year}", t.report_sheet))?;
    ws.set_landscape().set_paper_size(9).set_print_fit_to_pages(1, 0);

    let title = Format::new().set_bold().set_font_size(14).set_align(FormatAlign::Center).set_text_wrap();
    let sub = Format::new().set_align(FormatAlign::Center).set_italic();
    let head = Format::new()
        .set_bold()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap()
        .set_background_color(0xDCE8F5);
    let text = Format::new().set_border(FormatBorder::Thin).set_text_wrap().set_align(FormatAlign::Top);
    let center = text.clone().set_align(FormatAlign::Center);
    let number = text.clone().set_num_format("#,##0.##");
    let percent = text.clone().set_num_format("0\"%\"");

    let last_col = 8;
    ws.merge_range(0, 0, 0, last_col, &format!("{} — {} {year}", t.report_title, t.report_year), &title)?;
    ws.set_row_height(0, 48)?;
    ws.merge_range(1, 0, 1, last_col, t.report_issuer, &sub)?;
    ws.merge_range(2, 0, 2, last_col, &format!("{} {}", t.report_made_on, format::date(today)), &sub)?;

    let (h1, h2) = (HEADER_ROW, HEADER_ROW + 1);
    let single = [
        (0, t.report_no),
        (1, t.indicator),
        (2, t.unit),
        (3, t.target),
        (6, t.report_rate),
        (7, t.report_assessment),
        (8, t.source),
    ];
    for (col, label) in single {
        ws.merge_range(h1, col, h2, col, label, &head)?;
    }
    ws.merge_range(h1, 4, h1, 5, t.report_previous, &head)?;
    ws.write_string_with_format(h2, 4, (year - 1).to_string(), &head)?;
    ws.write_string_with_format(h2, 5, year.to_string(), &head)?;
    ws.set_freeze_panes(h2 + 1, 2)?;
    ws.set_repeat_rows(h1, h2)?;

    for (col, width) in
        [(0, 5.0), (1, 48.0), (2, 14.0), (3, 18.0), (4, 12.0), (5, 12.0), (6, 11.0), (7, 16.0), (8, 36.0)]
    {
        ws.set_column_width(col, width)?;
    }

    for (i, r) in report_rows(indicators, year).into_iter().enumerate() {
        let row = h2 + 1 + i as u32;
        let ind = r.indicator;
        ws.write_number_with_format(row, 0, ind.position as f64, &center)?;
        ws.write_string_with_format(row, 1, lang.text(&ind.name), &text)?;
        ws.write_string_with_format(row, 2, lang.text(&ind.unit), &center)?;
        ws.write_string_with_format(row, 3, target_text(lang, ind), &center)?;
        for (col, actual) in [(4, r.previous), (5, r.current)] {
            match actual {
                Some(a) if ind.direction == Direction::Boolean => {
                    ws.write_string_with_format(row, col, value_text(lang, ind, a.value), &center)?
                }
                Some(a) => ws.write_number_with_format(row, col, a.value, &number)?,
                None => ws.write_string_with_format(row, col, "—", &center)?,
            };
        }
        match r.rate {
            Some(p) => ws.write_number_with_format(row, 6, p.round(), &percent)?,
            None => ws.write_string_with_format(row, 6, "—", &center)?,
        };
        ws.write_string_with_format(row, 7, status_label(lang, r.status), &center)?;
        let source = r.current.map(|a| if a.derived { t.platform_source.to_string() } else { a.source.clone() });
        ws.write_string_with_format(row, 8, source.unwrap_or_default(), &text)?;
    }
    let foot = h2 + 2 + indicators.len() as u32;
    ws.merge_range(foot, 0, foot, last_col, t.report_footnote, &Format::new().set_italic().set_text_wrap())?;
    wb.save_to_buffer()
}
