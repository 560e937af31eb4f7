//! Building the report: each problem becomes a message in both languages, attached to its row
//! and column; rows are kept in order and capped at `MAX_REPORTED_ROWS`.

use super::{DupKind, FileProblem, Problem};
use crate::domain::import::{CellProblem, ImportReport, MAX_REPORTED_ROWS, RowProblems};
use crate::i18n::Lang;
use crate::i18n::account::form_error;

pub struct Report {
    out: ImportReport,
    /// Rows with problems, including those beyond the listed ones.
    failed: std::collections::BTreeSet<u32>,
}

impl Report {
    pub fn new(entity: &str, file_name: &str) -> Report {
        let out = ImportReport { entity: entity.into(), file_name: file_name.into(), ..Default::default() };
        Report { out, failed: Default::default() }
    }

    pub fn rows(&mut self, n: usize) {
        self.out.rows = n as u32;
    }

    pub fn valid(&mut self, n: usize) {
        self.out.valid = n as u32;
    }

    pub fn skip(&mut self, row: u32) {
        self.out.skipped.push(row);
    }

    pub fn file_problem(mut self, p: FileProblem) -> ImportReport {
        let (vi, en) = both(|l| {
            let t = l.transfer();
            match p {
                FileProblem::NoFile => t.err_no_file,
                FileProblem::TooLarge => t.err_too_large,
                FileProblem::TooManyRows => t.err_too_many_rows,
                FileProblem::NotUtf8 => t.err_not_utf8,
                FileProblem::BadFormat => t.err_bad_format,
                FileProblem::Empty => t.err_empty,
            }
            .to_string()
        });
        self.out.file_problem = Some(CellProblem { column: String::new(), vi, en });
        self.out
    }

    pub fn problem(&mut self, row: u32, column: &str, p: &Problem) {
        self.failed.insert(row);
        let (vi, en) = both(|l| message(l, p));
        let cell = CellProblem { column: column.trim().to_string(), vi, en };
        let listed = self.out.errors.len();
        if let Some(r) = self.out.errors.iter_mut().rev().find(|r| r.row == row) {
            r.problems.push(cell);
        } else if listed < MAX_REPORTED_ROWS {
            self.out.errors.push(RowProblems { row, problems: vec![cell] });
        } else {
            self.out.truncated = true;
        }
    }

    pub fn finish(mut self) -> ImportReport {
        self.out.errors.sort_by_key(|r| r.row);
        self.out.invalid = self.failed.iter().filter(|r| **r > 1).count() as u32;
        self.out
    }
}

fn both(f: impl Fn(Lang) -> String) -> (String, String) {
    (f(Lang::Vi), f(Lang::En))
}

fn message(lang: Lang, p: &Problem) -> String {
    let t = lang.transfer();
    match p {
        Problem::Form(e) => form_error(lang, *e).to_string(),
        Problem::Number => t.err_number.into(),
        Problem::TaxCode => t.err_tax_code.into(),
        Problem::UnknownSectors(names) => format!("{}: {}", t.err_unknown_sector, names.join("; ")),
        Problem::UnknownLocation => t.err_unknown_location.into(),
        Problem::UnknownOrg => t.err_unknown_org.into(),
        Problem::AmbiguousOrg => t.err_ambiguous_org.into(),
        Problem::Range => t.err_range.into(),
        Problem::MissingColumn => t.err_missing_column.into(),
        Problem::RepeatedColumn => t.err_duplicate_column.into(),
        Problem::DuplicateInFile(k, n) => {
            let what = match k {
                DupKind::Name => t.err_dup_file_name,
                DupKind::TaxCode => t.err_dup_file_tax,
                DupKind::Website => t.err_dup_file_web,
                DupKind::Title => t.err_dup_file_title,
                DupKind::Doi => t.err_dup_file_doi,
            };
            format!("{what} {n}.")
        }
        Problem::DuplicateExisting(k, name) => {
            let what = match k {
                DupKind::Name => t.err_dup_db_name,
                DupKind::TaxCode => t.err_dup_db_tax,
                DupKind::Website => t.err_dup_db_web,
                DupKind::Title => t.err_dup_db_title,
                DupKind::Doi => t.err_dup_db_doi,
            };
            format!("{what}: {name}.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cells_unknown_sectors_are_named_in_one_message() {
        let p = Problem::UnknownSectors(vec!["Du lịch vũ trụ".into(), "Khai khoáng".into()]);
        assert_eq!(message(Lang::En, &p), "Sector not in the taxonomy: Du lịch vũ trụ; Khai khoáng");
        assert_eq!(message(Lang::Vi, &p), "Lĩnh vực không có trong danh mục: Du lịch vũ trụ; Khai khoáng");
    }
}
