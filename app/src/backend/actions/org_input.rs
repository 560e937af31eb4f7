//! An organisation's fields as typed (in the forms or a spreadsheet) → what the database holds.
//! The create and profile forms and the bulk import all validate through these functions.

use crate::backend::forms::field_errors::FieldErrors;
use crate::backend::forms::validate;
use crate::backend::store::statements::org_manage::ProfileUpdate;
use crate::domain::account::FormError;
use crate::domain::kind::OrgKind;
use crate::domain::sector::SECTORS;
use std::collections::HashMap;

/// Sector codes, each one of the taxonomy's, without repeats.
pub fn sectors(values: Vec<String>) -> Result<Vec<String>, FormError> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !SECTORS.iter().any(|s| s.code == v) {
            return Err(FormError::ChoiceInvalid);
        }
        if !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

/// An optional place code, one of the province's (`names`: code → name).
pub fn location(names: &HashMap<String, String>, code: &str) -> Result<Option<String>, FormError> {
    let code = code.trim();
    if code.is_empty() {
        Ok(None)
    } else if names.contains_key(code) {
        Ok(Some(code.to_string()))
    } else {
        Err(FormError::ChoiceInvalid)
    }
}

pub fn kind(raw: &str) -> Result<OrgKind, FormError> {
    match raw.trim() {
        "" => Err(FormError::Required),
        k => OrgKind::parse(k).ok_or(FormError::ChoiceInvalid),
    }
}

/// The profile from its fields by form name (`name_vi`, `short_vi`, … `contact_phone`), with
/// `sectors` and `location` already in codes. Every field's problem, not just the first.
pub fn profile(
    get: &dyn Fn(&str) -> String,
    sector_codes: Vec<String>,
    location_code: &str,
    places: &HashMap<String, String>,
) -> Result<ProfileUpdate, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name_vi = errors.put("name_vi", validate::line(&get("name_vi"), 200));
    let name_en = errors.put("name_en", validate::optional(&get("name_en"), 200));
    let short_vi = errors.put("short_vi", validate::line(&get("short_vi"), 300));
    let short_en = errors.put("short_en", validate::optional(&get("short_en"), 300));
    let description_vi = errors.put("description_vi", validate::optional(&get("description_vi"), 10_000));
    let description_en = errors.put("description_en", validate::optional(&get("description_en"), 10_000));
    let location_code = errors.put("location", location(places, location_code));
    let address = errors.put("address", validate::optional(&get("address"), 300));
    let website = errors.put("website", validate::url(&get("website")));
    let contact_name = errors.put("contact_name", validate::optional(&get("contact_name"), 120));
    let contact_email = errors.put(
        "contact_email",
        match get("contact_email").trim() {
            "" => Ok(None),
            e => validate::email(e).map(Some),
        },
    );
    let contact_phone = errors.put("contact_phone", validate::phone(&get("contact_phone")));
    let founded_year = errors.put("founded_year", validate::year(&get("founded_year"), crate::backend::this_year()));
    let sectors = errors.put("sector", sectors(sector_codes));
    errors.done(())?;
    Ok(ProfileUpdate {
        name_vi,
        name_en,
        short_vi,
        short_en,
        description_vi: description_vi.unwrap_or_default(),
        description_en,
        location_code,
        address,
        founded_year,
        website,
        contact_name,
        contact_email,
        contact_phone,
        sectors,
    })
}
