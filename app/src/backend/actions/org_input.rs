//! An organisation's fields as typed (in the forms or a spreadsheet) → what the database holds.
//! The create and profile forms and the bulk import all validate through these functions.

use crate::backend::forms::validate;
use crate::backend::store::sqlite::org_manage::ProfileUpdate;
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
) -> Result<ProfileUpdate, Vec<(&'static str, FormError)>> {
    let mut errors: Vec<(&'static str, FormError)> = Vec::new();
    let mut check = |field: &'static str, r: Result<Option<String>, FormError>| match r {
        Ok(v) => v,
        Err(e) => {
            errors.push((field, e));
            None
        }
    };
    let name_vi = check("name_vi", validate::line(&get("name_vi"), 200).map(Some));
    let name_en = check("name_en", validate::optional(&get("name_en"), 200));
    let short_vi = check("short_vi", validate::line(&get("short_vi"), 300).map(Some));
    let short_en = check("short_en", validate::optional(&get("short_en"), 300));
    let description_vi = check("description_vi", validate::optional(&get("description_vi"), 10_000));
    let description_en = check("description_en", validate::optional(&get("description_en"), 10_000));
    let location_code = check("location", location(places, location_code));
    let address = check("address", validate::optional(&get("address"), 300));
    let website = check("website", validate::url(&get("website")));
    let contact_name = check("contact_name", validate::optional(&get("contact_name"), 120));
    let contact_email = check(
        "contact_email",
        match get("contact_email").trim() {
            "" => Ok(None),
            e => validate::email(e).map(Some),
        },
    );
    let contact_phone = check("contact_phone", validate::phone(&get("contact_phone")));
    let founded_year = match validate::year(&get("founded_year"), crate::backend::this_year()) {
        Ok(y) => y,
        Err(e) => {
            errors.push(("founded_year", e));
            None
        }
    };
    let sectors = match sectors(sector_codes) {
        Ok(s) => s,
        Err(e) => {
            errors.push(("sector", e));
            Vec::new()
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ProfileUpdate {
        name_vi: name_vi.unwrap_or_default(),
        name_en,
        short_vi: short_vi.unwrap_or_default(),
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
