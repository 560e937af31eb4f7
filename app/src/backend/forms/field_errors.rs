//! [`FieldErrors`]: what is wrong with a submission, field by field. Every validator collects
//! into it: the form handlers (inside `actions::Refusal`), the publishing forms' checks
//! (`listings::input`), the organisation profile (`actions::org_input`) and the bulk import,
//! whose cells carry its own [`crate::backend::import::Problem`] instead of a [`FormError`].

use crate::domain::account::FormError;

/// Each field's first error, in the order the fields failed. A field keeps its first error: the
/// earlier checks are the more precise ones ("not a number" before "required").
#[derive(Clone, Debug, PartialEq)]
pub struct FieldErrors<E = FormError> {
    errors: Vec<(String, E)>,
}

impl<E> Default for FieldErrors<E> {
    fn default() -> Self {
        FieldErrors { errors: Vec::new() }
    }
}

impl<E> FieldErrors<E> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `error` against `field` (`""`: the whole form), unless the field has one.
    pub fn fail(&mut self, field: &str, error: E) {
        if !self.has(field) {
            self.errors.push((field.to_string(), error));
        }
    }

    /// The value when `result` passed; otherwise its error recorded against `field`, and `None`.
    pub fn check<T>(&mut self, field: &str, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.fail(field, e);
                None
            }
        }
    }

    /// As [`FieldErrors::check`], with the type's default in place of a failed value (the
    /// result is thrown away once anything failed).
    pub fn put<T: Default>(&mut self, field: &str, result: Result<T, E>) -> T {
        self.check(field, result).unwrap_or_default()
    }

    /// Every error of `other` whose field has none here yet.
    pub fn merge(&mut self, other: FieldErrors<E>) {
        for (field, e) in other {
            self.fail(&field, e);
        }
    }

    pub fn has(&self, field: &str) -> bool {
        self.errors.iter().any(|(f, _)| f == field)
    }

    pub fn get(&self, field: &str) -> Option<&E> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e)
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn len(&self) -> usize {
        self.errors.len()
    }

    /// (field, error), in the order the fields failed.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &E)> {
        self.errors.iter().map(|(f, e)| (f.as_str(), e))
    }

    /// `value` when nothing failed; otherwise the errors.
    pub fn done<T>(self, value: T) -> Result<T, Self> {
        if self.is_empty() { Ok(value) } else { Err(self) }
    }

    /// The same fields with each error turned into another type (a form's message into an
    /// import cell's problem).
    pub fn map<F>(self, f: impl Fn(E) -> F) -> FieldErrors<F> {
        FieldErrors { errors: self.errors.into_iter().map(|(field, e)| (field, f(e))).collect() }
    }

    /// (field, error) pairs, as a refused form carries them back to its page
    /// ([`crate::domain::account::FormState::errors`]).
    pub fn into_vec(self) -> Vec<(String, E)> {
        self.errors
    }
}

impl<E> IntoIterator for FieldErrors<E> {
    type Item = (String, E);
    type IntoIter = std::vec::IntoIter<(String, E)>;

    fn into_iter(self) -> Self::IntoIter {
        self.errors.into_iter()
    }
}

/// One error against one field.
impl<E> From<(&str, E)> for FieldErrors<E> {
    fn from((field, error): (&str, E)) -> Self {
        let mut errors = FieldErrors::new();
        errors.fail(field, error);
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_keeps_its_first_error_and_the_order_of_failing() {
        let mut e = FieldErrors::new();
        e.fail("trl", FormError::TrlInvalid);
        e.fail("title_vi", FormError::Required);
        e.fail("trl", FormError::Required);
        assert_eq!(e.len(), 2);
        assert_eq!(e.get("trl"), Some(&FormError::TrlInvalid));
        assert_eq!(e.iter().map(|(f, _)| f).collect::<Vec<_>>(), vec!["trl", "title_vi"]);
        assert_eq!(
            e.into_vec(),
            vec![("trl".to_string(), FormError::TrlInvalid), ("title_vi".to_string(), FormError::Required)]
        );
    }

    #[test]
    fn put_passes_a_value_through_or_records_the_error_and_gives_the_default() {
        let mut e = FieldErrors::new();
        assert_eq!(e.put("year", Ok::<_, FormError>(Some(2024))), Some(2024));
        assert!(e.is_empty());
        assert_eq!(e.put("year", Err::<Option<i64>, _>(FormError::YearInvalid)), None);
        assert_eq!(e.put("title_vi", Err::<String, _>(FormError::Required)), "");
        assert_eq!(e.get("year"), Some(&FormError::YearInvalid));
        assert_eq!(e.get("title_vi"), Some(&FormError::Required));
    }

    #[test]
    fn check_gives_none_for_a_failed_value() {
        let mut e = FieldErrors::new();
        assert_eq!(e.check("email", Ok::<_, FormError>("a@b.vn")), Some("a@b.vn"));
        assert_eq!(e.check("email", Err::<&str, _>(FormError::EmailInvalid)), None);
        assert!(e.has("email") && !e.has("name"));
    }

    #[test]
    fn done_answers_the_value_only_when_nothing_failed() {
        assert_eq!(FieldErrors::<FormError>::new().done(7), Ok(7));
        let failed = FieldErrors::from(("", FormError::Internal));
        assert_eq!(failed.clone().done(7), Err(failed));
    }

    #[test]
    fn merging_keeps_the_errors_already_there() {
        let mut cells: FieldErrors<&str> = FieldErrors::from(("org", "unknown organisation"));
        let mut form = FieldErrors::new();
        form.fail("org", "required");
        form.fail("trl", "not 1 to 9");
        cells.merge(form);
        assert_eq!(cells.into_vec(), vec![("org".into(), "unknown organisation"), ("trl".into(), "not 1 to 9")]);
    }

    #[test]
    fn map_changes_the_errors_and_keeps_the_fields() {
        let e = FieldErrors::from(("coop", FormError::ChoiceInvalid)).map(|e| format!("form: {}", e.as_str()));
        assert_eq!(e.get("coop").map(String::as_str), Some("form: choice_invalid"));
    }
}
