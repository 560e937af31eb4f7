//! Who may be suggested to whom, and the candidates the database finds by shared sectors (the
//! text similarity finds the others, see `text.rs`).
//!
//! | subject | suggested |
//! |---|---|
//! | startup | incubators, innovation spaces, investors, programmes not yet closed |
//! | incubator, innovation space, investor | startups |
//! | enterprise | technology offers, institutes / universities / R&D centres, startups |
//! | institute, university, R&D centre | challenges, enterprises |
//! | agency | technology offers, institutes / universities / R&D centres |
//! | intermediary | technology offers, challenges |
//! | technology offer | enterprises, challenges |
//! | challenge | technology offers, institutes / universities / R&D centres, startups |

use super::facts::Facts;
use crate::backend::db::Db;
use crate::backend::store::statements::matching;
use crate::domain::search::DocGroup;

/// Candidates the database adds per target, the ones sharing most sectors first.
const PER_TARGET: i64 = 150;

const KNOWLEDGE: &[&str] = &["institute", "university", "rnd_center"];

/// A family of suggestions: a group and, for organisations, the kinds (the index's `kind`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Target {
    pub group: DocGroup,
    pub kinds: &'static [&'static str],
}

const fn orgs(kinds: &'static [&'static str]) -> Target {
    Target { group: DocGroup::Org, kinds }
}
const OFFERS: Target = Target { group: DocGroup::Offer, kinds: &["offer"] };
const CHALLENGES: Target = Target { group: DocGroup::Challenge, kinds: &["challenge"] };
const PROGRAMMES: Target = Target { group: DocGroup::Programme, kinds: &["programme"] };

/// What a subject of this kind (an organisation kind, `offer` or `challenge`) is shown.
pub fn targets(kind: &str) -> Vec<Target> {
    match kind {
        "startup" => vec![orgs(&["incubator", "innovation_space", "investor"]), PROGRAMMES],
        "incubator" | "innovation_space" | "investor" => vec![orgs(&["startup"])],
        "enterprise" => vec![OFFERS, orgs(&["institute", "university", "rnd_center", "startup"])],
        "institute" | "university" | "rnd_center" => vec![CHALLENGES, orgs(&["enterprise"])],
        "agency" => vec![OFFERS, orgs(KNOWLEDGE)],
        "intermediary" => vec![OFFERS, CHALLENGES],
        "offer" => vec![orgs(&["enterprise"]), CHALLENGES],
        "challenge" => vec![OFFERS, orgs(&["institute", "university", "rnd_center", "startup"])],
        _ => Vec::new(),
    }
}

/// Visible items of `target` sharing a sector with `subject`, not the subject's organisation's.
pub async fn by_sector(db: &Db, subject: &Facts, target: Target, today: &str) -> Result<Vec<i64>, sqlx::Error> {
    if subject.sectors.is_empty() {
        return Ok(Vec::new());
    }
    let sectors = serde_json::to_string(&subject.sectors).unwrap_or_else(|_| "[]".into());
    let kinds = serde_json::to_string(target.kinds).unwrap_or_else(|_| "[]".into());
    matching::sharing_sectors(db, target.group, &sectors, &kinds, subject.org_id, today, PER_TARGET).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subject_kind_has_targets_and_none_suggests_its_own_kind_family_wrongly() {
        for kind in [
            "startup",
            "incubator",
            "investor",
            "enterprise",
            "institute",
            "agency",
            "intermediary",
            "offer",
            "challenge",
        ] {
            assert!(!targets(kind).is_empty(), "{kind}");
        }
        assert!(targets("startup").iter().all(|t| !t.kinds.contains(&"startup")));
        assert_eq!(targets("offer"), vec![orgs(&["enterprise"]), CHALLENGES]);
        assert!(targets("nonsense").is_empty());
    }
}
