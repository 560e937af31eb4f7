//! The event form: what the organiser typed, kept for a refused form, parsed into an
//! [`EventInput`] or field messages.

use super::super::Refusal;
use super::super::org_input::{location, sectors};
use crate::backend::forms::fields::Fields;
use crate::backend::forms::validate;
use crate::backend::state::AppState;
use crate::backend::store::statements::event_manage::EventInput;
use crate::backend::vn_time;
use crate::domain::EventType;
use crate::domain::account::FormError;

const TEXT: [&str; 10] = [
    "type",
    "title_vi",
    "title_en",
    "description_vi",
    "description_en",
    "starts",
    "ends",
    "venue",
    "location",
    "capacity",
];

fn time(raw: &str) -> Result<chrono::DateTime<chrono::Utc>, FormError> {
    if raw.trim().is_empty() {
        return Err(FormError::Required);
    }
    vn_time::to_utc(raw).ok_or(FormError::DateTimeInvalid)
}

/// Places: empty for no limit, else 1 to 100,000.
fn capacity(raw: &str) -> Result<Option<i64>, FormError> {
    let s = raw.trim().replace(['.', ',', ' '], "");
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<i64>() {
        Ok(n) if (1..=100_000).contains(&n) => Ok(Some(n)),
        _ => Err(FormError::CapacityInvalid),
    }
}

/// Parses the form; `None` when `r` holds field messages. `new` events must not start in
/// the past.
pub async fn parse(state: &AppState, f: &Fields, r: &mut Refusal, new: bool) -> Option<EventInput> {
    for k in TEXT {
        r.keep(k, f.get(k));
    }
    r.keep("sector", &f.all("sector").join(","));
    let kind = r.check(
        "type",
        EventType::parse(f.get("type")).ok_or(if f.get("type").is_empty() {
            FormError::Required
        } else {
            FormError::ChoiceInvalid
        }),
    );
    let title_vi = r.check("title_vi", validate::line(f.get("title_vi"), 200));
    let title_en = r.check("title_en", validate::optional(f.get("title_en"), 200));
    let description_vi = r.check("description_vi", validate::optional(f.get("description_vi"), 10_000));
    let description_en = r.check("description_en", validate::optional(f.get("description_en"), 10_000));
    let starts = r.check("starts", time(f.get("starts")));
    let ends = r.check("ends", time(f.get("ends")));
    if let (Some(s), Some(e)) = (starts, ends)
        && e < s
    {
        r.error("ends", FormError::EndsBeforeStart);
    }
    if new && starts.is_some_and(|s| s < crate::backend::vn_time::now()) {
        r.error("starts", FormError::StartsInPast);
    }
    let venue = r.check("venue", validate::line(f.get("venue"), 300));
    let location_code =
        r.check("location", location(&state.store.location_names().await.unwrap_or_default(), f.get("location")));
    let capacity = r.check("capacity", capacity(f.get("capacity")));
    let sectors = r.check("sector", sectors(f.all("sector")));
    if !r.is_clean() {
        return None;
    }
    Some(EventInput {
        event_type: kind?.as_str().to_string(),
        title_vi: title_vi?,
        title_en: title_en?,
        description_vi: description_vi?.unwrap_or_default(),
        description_en: description_en?,
        starts_at: vn_time::iso(starts?),
        ends_at: vn_time::iso(ends?),
        venue: venue?,
        location_code: location_code?,
        capacity: capacity?,
        sectors: sectors?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacities() {
        assert_eq!(capacity(""), Ok(None));
        assert_eq!(capacity("1.200"), Ok(Some(1200)));
        assert_eq!(capacity("0"), Err(FormError::CapacityInvalid));
        assert_eq!(capacity("nhiều"), Err(FormError::CapacityInvalid));
        assert_eq!(time(""), Err(FormError::Required));
        assert_eq!(time("32/12/2026 08:00"), Err(FormError::DateTimeInvalid));
    }
}
