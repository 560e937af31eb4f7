//! A posted form's body and the parsers that turn typed text into clean values. Shared by the
//! form handlers (`actions`), the listing forms' checks (`listings::input`) and the bulk import,
//! so it sits below all three.

pub mod field_errors;
pub mod fields;
pub mod validate;
