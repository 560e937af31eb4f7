//! Publishing listings (technology offers, challenges and S&T task orders, research outputs):
//! their lifecycle as one pure function, and what the edit, organisation-listings and
//! moderation pages exchange.

use super::code_enum::code_enum;
use super::dto::Text;
use super::kind::OrgKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

code_enum!(
    /// What is being published; also the first path segment of its pages.
    ListingKind { Offer = "offers", Challenge = "challenges", Research = "research" }
);

code_enum!(
    /// A listing's state as its owner and the moderators see it (derived from the stored
    /// columns, see migration 0007).
    Stage {
        Draft = "draft",
        InReview = "in_review",
        Rejected = "rejected",
        Published = "published",
        Paused = "paused",
        Transferred = "transferred",
        Archived = "archived",
        Open = "open",
        InDiscussion = "in_discussion",
        Matched = "matched",
        Closed = "closed",
    }
);

code_enum!(
    /// A step of the lifecycle (the last path segment of its POST).
    Action {
        Submit = "submit",
        Approve = "approve",
        RequestChanges = "request_changes",
        Reject = "reject",
        Pause = "pause",
        Resume = "resume",
        Transfer = "transfer",
        Archive = "archive",
        Renew = "renew",
        Discuss = "discuss",
        Match = "match",
        Close = "close",
    }
);

/// Who takes a step: a member of the owning organisation, or a moderator of the Department.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actor {
    Member,
    Moderator,
}

impl ListingKind {
    /// The organisation kinds that may publish this kind (challenges: the table's CHECK).
    pub fn allowed_org(self, org: OrgKind) -> bool {
        use OrgKind::*;
        match self {
            ListingKind::Offer => matches!(org, Institute | University | RndCenter | Startup | Enterprise),
            ListingKind::Challenge => matches!(org, Enterprise | Agency | Startup | Institute | University),
            ListingKind::Research => matches!(org, Institute | University | RndCenter),
        }
    }

    /// The state a live listing is in once approved.
    pub fn live(self) -> Stage {
        match self {
            ListingKind::Challenge => Stage::Open,
            _ => Stage::Published,
        }
    }

    /// The kind's public address segment (`/offers/{slug}`).
    pub fn path(self) -> &'static str {
        self.as_str()
    }
}

impl Stage {
    /// Whether the owner may edit the listing's content in this state. Drafts freely; a live
    /// listing too, but a change to what the public reads sends it back to review (see
    /// `backend::listings`).
    pub fn editable(self) -> bool {
        matches!(self, Stage::Draft | Stage::Published | Stage::Paused | Stage::Open)
    }

    /// Whether the public sees the listing in this state (offers also need an unexpired date).
    pub fn public(self) -> bool {
        matches!(
            self,
            Stage::Published | Stage::Transferred | Stage::Open | Stage::InDiscussion | Stage::Matched | Stage::Closed
        )
    }
}

/// The lifecycle, in one place: the state `action` by `actor` leads to from `from`, or `None`
/// when it is not allowed. Handlers apply it to the state they re-read inside their write
/// transaction, so a stale page or a replayed POST cannot skip a step.
pub fn next(kind: ListingKind, from: Stage, action: Action, actor: Actor) -> Option<Stage> {
    use Action as A;
    use Actor::{Member, Moderator};
    use ListingKind as K;
    use Stage as S;
    let to = match (actor, action, from) {
        (Member, A::Submit, S::Draft) => S::InReview,
        (Moderator, A::Approve, S::InReview) => kind.live(),
        (Moderator, A::RequestChanges, S::InReview) => S::Draft,
        (Moderator, A::Reject, S::InReview) => S::Rejected,
        _ => match (kind, actor, action, from) {
            (K::Offer, Member, A::Pause, S::Published) => S::Paused,
            (K::Offer, Member, A::Resume, S::Paused) => S::Published,
            (K::Offer, Member, A::Transfer, S::Published | S::Paused) => S::Transferred,
            (K::Offer, Member, A::Archive, S::Published | S::Paused) => S::Archived,
            (K::Offer, Member, A::Renew, S::Published) => S::Published,
            (K::Offer, Member, A::Renew, S::Paused) => S::Paused,
            (K::Challenge, Member, A::Discuss, S::Open) => S::InDiscussion,
            (K::Challenge, Member, A::Match, S::Open | S::InDiscussion) => S::Matched,
            (K::Challenge, Member, A::Close, S::Open | S::InDiscussion | S::Matched) => S::Closed,
            (K::Research, Member, A::Archive, S::Published) => S::Archived,
            _ => return None,
        },
    };
    Some(to)
}

/// The steps a member may take from `from` (the buttons of the organisation's listings page).
pub fn member_actions(kind: ListingKind, from: Stage) -> Vec<Action> {
    Action::ALL
        .iter()
        .copied()
        .filter(|a| *a != Action::Submit && next(kind, from, *a, Actor::Member).is_some())
        .collect()
}

/// One row of an organisation's listings page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingRow {
    pub kind: ListingKind,
    pub slug: String,
    pub title: Text,
    pub stage: Stage,
    pub task_order: bool,
    /// An offer's expiry date (`yyyy-mm-dd`) and whether it has passed.
    pub expires: Option<String>,
    pub expired: bool,
    /// What the moderator said when asking for changes or rejecting.
    pub review_note: Option<String>,
    pub updated_at: String,
    /// Where an edit of the live listing's public text stands.
    pub edit: Option<EditState>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgListings {
    pub org_slug: String,
    pub org_name: Text,
    pub org_kind: OrgKind,
    pub rows: Vec<ListingRow>,
}

/// A listing opened for editing (or a new one): its stored values as the form's field map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListingEdit {
    /// `None` for a new listing.
    pub slug: Option<String>,
    pub org_slug: String,
    pub org_name: Text,
    pub org_kind: Option<OrgKind>,
    pub stage: Option<Stage>,
    pub review_note: Option<String>,
    /// Where an edit of the live listing's public text stands, if one was made.
    pub edit: Option<EditState>,
    /// Field name → value (checkbox groups comma-joined), as a refused form sends them back.
    pub values: BTreeMap<String, String>,
    /// For research: the organisation's offers it may be linked to (slug, title).
    pub offers: Vec<(String, Text)>,
}

/// An edit of a live listing's public text, kept beside the approved version (which stays
/// public) until a moderator decides.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum EditState {
    /// in the moderators' queue
    Waiting,
    /// handed back to the owner with the moderator's message; the form shows the edit
    ChangesRequested(String),
    /// turned down with the moderator's message; the form shows the public version again
    Rejected(String),
}

/// One listing waiting in the moderation queue, with what the moderator needs to judge it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewItem {
    pub kind: ListingKind,
    pub id: i64,
    pub slug: String,
    /// An edit of a live listing (whose approved version stays public meanwhile); the title,
    /// text and facts are the edit's.
    pub edit: bool,
    /// For an edit whose title changes: the title the public reads meanwhile.
    pub live_title: Option<Text>,
    pub title: Text,
    pub org_slug: String,
    pub org_name: Text,
    pub org_verified: bool,
    pub task_order: bool,
    pub submitted_at: String,
    /// The main text (markdown, rendered sanitised by the server).
    pub summary_html: String,
    /// The facts to check, as (key, stored value): `trl`, `ip`, `ip_number`, `price`,
    /// `negotiable`, `funding`, `deadline`, `type`, `authors`, `year`, `doi`; the page labels them.
    pub facts: Vec<(String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every (kind, state, action, actor) is either in this table or refused.
    #[test]
    fn lifecycle_is_exactly_this() {
        use Action as A;
        use Actor::{Member as M, Moderator as D};
        use ListingKind as K;
        use Stage as S;
        let mut allowed = vec![];
        for kind in K::ALL {
            allowed.extend([
                (*kind, S::Draft, A::Submit, M, S::InReview),
                (*kind, S::InReview, A::Approve, D, kind.live()),
                (*kind, S::InReview, A::RequestChanges, D, S::Draft),
                (*kind, S::InReview, A::Reject, D, S::Rejected),
            ]);
        }
        allowed.extend([
            (K::Offer, S::Published, A::Pause, M, S::Paused),
            (K::Offer, S::Paused, A::Resume, M, S::Published),
            (K::Offer, S::Published, A::Transfer, M, S::Transferred),
            (K::Offer, S::Paused, A::Transfer, M, S::Transferred),
            (K::Offer, S::Published, A::Archive, M, S::Archived),
            (K::Offer, S::Paused, A::Archive, M, S::Archived),
            (K::Offer, S::Published, A::Renew, M, S::Published),
            (K::Offer, S::Paused, A::Renew, M, S::Paused),
            (K::Challenge, S::Open, A::Discuss, M, S::InDiscussion),
            (K::Challenge, S::Open, A::Match, M, S::Matched),
            (K::Challenge, S::InDiscussion, A::Match, M, S::Matched),
            (K::Challenge, S::Open, A::Close, M, S::Closed),
            (K::Challenge, S::InDiscussion, A::Close, M, S::Closed),
            (K::Challenge, S::Matched, A::Close, M, S::Closed),
            (K::Research, S::Published, A::Archive, M, S::Archived),
        ]);
        let mut checked = 0;
        for kind in K::ALL {
            for from in S::ALL {
                for action in A::ALL {
                    for actor in [M, D] {
                        let want = allowed
                            .iter()
                            .find(|(k, f, a, r, _)| k == kind && f == from && a == action && *r == actor)
                            .map(|t| t.4);
                        assert_eq!(next(*kind, *from, *action, actor), want, "{kind} {from} {action} {actor:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 3 * 11 * 12 * 2);
    }

    #[test]
    fn terminal_states_stay_put() {
        for kind in ListingKind::ALL {
            for from in [Stage::Rejected, Stage::Transferred, Stage::Archived, Stage::Closed] {
                assert!(member_actions(*kind, from).is_empty(), "{kind} {from}");
            }
        }
        assert_eq!(
            member_actions(ListingKind::Offer, Stage::Published),
            vec![Action::Pause, Action::Transfer, Action::Archive, Action::Renew]
        );
    }

    #[test]
    fn who_publishes_what() {
        assert!(ListingKind::Offer.allowed_org(OrgKind::Startup));
        assert!(!ListingKind::Offer.allowed_org(OrgKind::Agency));
        assert!(ListingKind::Challenge.allowed_org(OrgKind::Agency));
        assert!(!ListingKind::Challenge.allowed_org(OrgKind::Investor));
        assert!(ListingKind::Research.allowed_org(OrgKind::RndCenter));
        assert!(!ListingKind::Research.allowed_org(OrgKind::Enterprise));
    }
}
