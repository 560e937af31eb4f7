//! The report of a bulk import, shown on `/admin/import` and printed by `ketnoi import`.

use serde::{Deserialize, Serialize};

/// One problem in one cell (or with a whole column when `row` is the header, 1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CellProblem {
    /// The column's header as in the file (or as expected, for a missing column).
    pub column: String,
    pub vi: String,
    pub en: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RowProblems {
    /// The row number as the spreadsheet shows it (the header is row 1).
    pub row: u32,
    pub problems: Vec<CellProblem>,
}

/// Rows the report lists at most; the counts always cover the whole file.
pub const MAX_REPORTED_ROWS: usize = 1_000;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportReport {
    /// `orgs` (later `offers`, `research`).
    pub entity: String,
    pub file_name: String,
    /// Data rows read (blank rows are not counted).
    pub rows: u32,
    pub valid: u32,
    pub invalid: u32,
    /// Rows left out because they duplicate existing records (only with that option).
    pub skipped: Vec<u32>,
    pub errors: Vec<RowProblems>,
    /// More rows had errors than `errors` lists.
    pub truncated: bool,
    /// The whole file could not be read (too large, wrong type, not UTF-8…).
    pub file_problem: Option<CellProblem>,
    /// Set once the rows were written: how many.
    pub imported: Option<u32>,
}

impl ImportReport {
    /// Nothing stands in the way of importing.
    pub fn passes(&self) -> bool {
        self.file_problem.is_none() && self.invalid == 0 && self.errors.is_empty() && self.valid > 0
    }
}
