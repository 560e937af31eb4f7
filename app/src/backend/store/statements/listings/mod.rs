//! Publishing listings: the writes of the edit forms (`write`), the lifecycle steps and the
//! moderators' decisions (`lifecycle`), and what the edit, listings and moderation pages read
//! (`read`). Each write is one `BEGIN IMMEDIATE` transaction that re-reads the listing's state.

mod edit_review;
pub mod expiry;
pub mod lifecycle;
pub mod queue;
pub mod read;
pub mod write;

use crate::domain::listing::{ListingKind, Stage};

/// The same statement for each kind's table (SQL text stays static).
macro_rules! by_table {
    ($kind:expr, $pre:literal, $post:literal) => {
        match $kind {
            crate::domain::listing::ListingKind::Offer => concat!($pre, "technology_offers", $post),
            crate::domain::listing::ListingKind::Challenge => concat!($pre, "challenges", $post),
            crate::domain::listing::ListingKind::Research => concat!($pre, "research_outputs", $post),
        }
    };
}
pub(crate) use by_table;

/// The audit log's entity type of a kind.
pub fn entity(kind: ListingKind) -> &'static str {
    match kind {
        ListingKind::Offer => "offer",
        ListingKind::Challenge => "challenge",
        ListingKind::Research => "research",
    }
}

/// A listing's stage from its stored columns (migration 0007 explains the encoding).
pub fn stage_of(status: &str, submitted: bool, outcome: Option<&str>) -> Stage {
    if outcome == Some("rejected") {
        return Stage::Rejected;
    }
    if submitted || status == "in_review" {
        return Stage::InReview;
    }
    Stage::parse(status).unwrap_or(Stage::Draft)
}

/// The `status` column's value for a stage.
pub fn status_of(kind: ListingKind, stage: Stage) -> &'static str {
    match (kind, stage) {
        (_, Stage::Draft | Stage::Rejected) | (ListingKind::Challenge, Stage::InReview) => "draft",
        (_, s) => s.as_str(),
    }
}

/// A held edit's JSON value as text: checkbox groups comma-joined, a ticked box `1`, an
/// unticked one `unticked` (the form leaves it empty, the moderation page says `0`).
fn held_text(v: &serde_json::Value, unticked: &str) -> String {
    use serde_json::Value;
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(true) => "1".to_string(),
        Value::Bool(false) => unticked.to_string(),
        Value::Null => String::new(),
        Value::Array(items) => items.iter().map(|v| held_text(v, unticked)).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}

/// `at` plus twelve months (ISO timestamps).
pub fn plus_year(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .ok()
        .and_then(|d| d.with_timezone(&chrono::Utc).checked_add_months(chrono::Months::new(12)))
        .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_else(|| at.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_round_trip_through_columns() {
        for kind in ListingKind::ALL {
            for stage in Stage::ALL {
                let status = status_of(*kind, *stage);
                let submitted = *stage == Stage::InReview;
                let outcome = (*stage == Stage::Rejected).then_some("rejected");
                assert_eq!(stage_of(status, submitted, outcome), *stage, "{kind} {stage}");
            }
        }
        assert_eq!(plus_year("2026-02-28T10:00:00Z"), "2027-02-28T10:00:00Z");
    }
}
