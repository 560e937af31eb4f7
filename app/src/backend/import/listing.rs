//! What the offer and research importers share: the owner column, cells turned into the form's
//! field values (names → codes) so the publishing forms' validators (`listings::input`) judge
//! each row, the title duplicate key, and the write through the forms' own writers.

use super::columns::{Column, Row};
use super::lookup::{Owner, OwnerMiss, Owners, Sectors, by_label, yes_no};
use super::{DupKey, DupKind, FieldProblems, Problem};
use crate::backend::db::Conn;
use crate::backend::forms::field_errors::FieldErrors;
use crate::backend::forms::fields::Fields;
use crate::backend::store::Conflict;
use crate::backend::store::statements::import_lookups;
use crate::backend::store::statements::listings::lifecycle::publish_imported;
use crate::backend::store::statements::listings::write::{Target, Written};
use crate::backend::text::fold;
use crate::domain::account::FormError;
use crate::domain::listing::ListingKind;
use crate::i18n::Label;

/// The owner column every listing file has: the organisation's address name, tax code or name.
pub const OWNER: Column = Column {
    field: "org",
    vi: "Tổ chức",
    en: "Organisation",
    required: true,
    example: "vien-nghien-cuu-nong-nghiep-ninh-binh",
};

/// A row being turned into the form's field values, collecting the cells' problems.
pub struct Cells<'r, 'a> {
    row: &'r Row<'a>,
    pairs: Vec<(String, String)>,
    pub problems: FieldProblems,
}

impl<'r, 'a> Cells<'r, 'a> {
    pub fn new(row: &'r Row<'a>) -> Self {
        Cells { row, pairs: Vec::new(), problems: FieldProblems::new() }
    }

    /// The organisation of the row, when it exists and its kind may publish `kind`.
    pub fn owner<'o>(&mut self, owners: &'o Owners, kind: ListingKind) -> Option<&'o Owner> {
        match owners.find(self.row.get("org")) {
            Ok(o) if kind.allowed_org(o.kind) => Some(o),
            Ok(_) => self.fail("org", Problem::Form(FormError::KindNotAllowed)),
            Err(_) if self.row.get("org").is_empty() => self.fail("org", Problem::Form(FormError::Required)),
            Err(OwnerMiss::Unknown) => self.fail("org", Problem::UnknownOrg),
            Err(OwnerMiss::Ambiguous) => self.fail("org", Problem::AmbiguousOrg),
        }
    }

    fn fail<T>(&mut self, field: &str, p: Problem) -> Option<T> {
        self.problems.fail(field, p);
        None
    }

    /// Cells passed on as typed.
    pub fn copy(&mut self, fields: &[&str]) {
        for f in fields {
            self.pairs.push((f.to_string(), self.row.get(f).to_string()));
        }
    }

    /// A cell of several values (`;` or `,` between them), as a repeated form field.
    pub fn many(&mut self, field: &str) {
        for v in self.row.list(field) {
            self.pairs.push((field.to_string(), v));
        }
    }

    /// A code cell written as the code or its name in either language.
    pub fn code<T: Label + Copy>(&mut self, field: &'static str, all: &[T], code: fn(T) -> &'static str) {
        let raw = self.row.get(field);
        match by_label(all, code, raw) {
            Some(v) => self.pairs.push((field.into(), code(v).into())),
            None if raw.is_empty() => {}
            None => self.problems.fail(field, Problem::Form(FormError::ChoiceInvalid)),
        }
    }

    /// A cell of several codes (`;` or `,` between them), each as the code or its name.
    pub fn codes<T: Label + Copy>(&mut self, field: &'static str, all: &[T], code: fn(T) -> &'static str) {
        for raw in self.row.list(field) {
            match by_label(all, code, &raw) {
                Some(v) => self.pairs.push((field.into(), code(v).into())),
                None => self.problems.fail(field, Problem::Form(FormError::ChoiceInvalid)),
            }
        }
    }

    /// A yes/no cell, as the form's checkbox.
    pub fn flag(&mut self, field: &'static str) {
        match yes_no(self.row.get(field)) {
            Some(true) => self.pairs.push((field.into(), "1".into())),
            Some(false) => {}
            None => self.problems.fail(field, Problem::Form(FormError::ChoiceInvalid)),
        }
    }

    pub fn sectors(&mut self, sectors: &Sectors) {
        let (codes, unknown) = sectors.parse(self.row.get("sector"));
        if !unknown.is_empty() {
            self.problems.fail("sector", Problem::UnknownSectors(unknown));
        }
        self.pairs.extend(codes.into_iter().map(|c| ("sector".to_string(), c)));
    }

    /// The form's fields, and the problems found so far.
    pub fn fields(self) -> (Fields, FieldProblems) {
        (Fields::from_pairs(self.pairs), self.problems)
    }
}

/// A validator's messages on the file's columns as their problems, after the cells' own (a cell
/// already reported keeps its first, more precise message).
pub fn judged<T>(
    columns: &'static [Column],
    mut problems: FieldProblems,
    checked: Result<T, FieldErrors>,
) -> Result<T, FieldProblems> {
    match checked {
        Ok(v) => problems.done(v),
        Err(errors) => {
            for (field, e) in errors {
                if columns.iter().any(|c| c.field == field) {
                    problems.fail(&field, Problem::Form(e));
                }
            }
            Err(problems)
        }
    }
}

/// The title duplicate key: the same organisation publishing the same title twice.
pub fn title_key(org_id: i64, title_vi: &str) -> DupKey {
    DupKey { kind: DupKind::Title, value: format!("{org_id}:{}", fold(title_vi)), field: "title_vi" }
}

/// Every listing's title key with its title.
pub async fn existing_titles(conn: &mut Conn, kind: ListingKind) -> sqlx::Result<Vec<(DupKind, String, String)>> {
    let rows = import_lookups::listing_titles(conn, kind).await?;
    Ok(rows.into_iter().map(|(org, folded, title)| (DupKind::Title, format!("{org}:{folded}"), title)).collect())
}

/// A new listing of `org_id` (not submitted: the import publishes it itself).
pub fn new_in(org_id: i64) -> Target {
    Target { org_id, id: None, submit: false }
}

/// Publishes a row the form's writer has just written. The row was validated, so a refusal
/// here is a bug; it aborts the whole import.
pub async fn go_live(conn: &mut Conn, kind: ListingKind, written: Result<Written, Conflict>) -> sqlx::Result<i64> {
    let id = written.map_err(|c| sqlx::Error::Protocol(format!("import row refused: {c:?}")))?.saved.id;
    publish_imported(conn, kind, id).await?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[Column] = &[OWNER, Column { field: "trl", vi: "TRL", en: "TRL", required: true, example: "7" }];

    #[test]
    fn a_cell_keeps_its_own_problem_and_only_the_files_columns_are_reported() {
        let cells = FieldProblems::from(("org", Problem::UnknownOrg));
        let mut form = FieldErrors::new();
        form.fail("org", FormError::Required);
        form.fail("trl", FormError::TrlInvalid);
        // not a column of this file
        form.fail("summary_vi", FormError::Required);
        let problems = judged(COLUMNS, cells, Err::<(), _>(form)).expect_err("refused");
        assert_eq!(
            problems.into_vec(),
            vec![("org".into(), Problem::UnknownOrg), ("trl".into(), Problem::Form(FormError::TrlInvalid))]
        );
        assert_eq!(judged(COLUMNS, FieldProblems::new(), Ok(7)), Ok(7));
        let cells = FieldProblems::from(("org", Problem::AmbiguousOrg));
        assert_eq!(judged(COLUMNS, cells.clone(), Ok(7)), Err(cells));
    }
}
