//! Collaboration requests: the states, who may take which step, and what the pages show.
//! `step` is the whole state machine — one pure function, the only place that decides whether
//! a step is allowed; the store runs it inside the write transaction on the state it re-read.

use super::code_enum::code_enum;
use super::dto::Text;
use serde::{Deserialize, Serialize};

code_enum!(CollabState {
    Sent = "sent",
    Viewed = "viewed",
    Accepted = "accepted",
    Declined = "declined",
    Withdrawn = "withdrawn",
    InProgress = "in_progress",
    Agreement = "agreement",
    ClosedNoDeal = "closed_no_deal",
});

code_enum!(Intent {
    Licence = "licence",
    JointRnd = "joint_rnd",
    Pilot = "pilot",
    Investment = "investment",
    TechnicalService = "technical_service",
    Purchase = "purchase",
    Other = "other",
});

code_enum!(AgreementType { Licence = "licence", Contract = "contract", Investment = "investment", JointProject = "joint_project" });

code_enum!(
    /// What a party asks for; each leads to one state.
    CollabAction {
        View = "view",
        Accept = "accept",
        Decline = "decline",
        Withdraw = "withdraw",
        Start = "start",
        Agree = "agree",
        Close = "close",
    }
);

code_enum!(TargetType { Offer = "offer", Challenge = "challenge", Org = "org" });

/// Which party of a request a user acts for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    /// The requesting organisation.
    Sender,
    /// The organisation the request is addressed to.
    Receiver,
}

/// What a step does when it is allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Move to this state (one transition row).
    To(CollabState),
    /// The step already happened: nothing to write, answer OK (replays, double clicks, races
    /// between two members of the same side).
    Already,
}

/// Why a step is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// This party never takes this step (the sender cannot accept…).
    NotYourStep,
    /// Not from the current state (withdrawing after acceptance, an agreement before work
    /// started…), typically because the other party acted first.
    NotNow,
}

impl CollabState {
    /// After acceptance both sides see each other's contacts (double opt-in).
    pub fn contacts_shared(self) -> bool {
        matches!(self, Self::Accepted | Self::InProgress | Self::Agreement | Self::ClosedNoDeal)
    }

    /// The thread is closed once the request ended without working together.
    pub fn thread_open(self) -> bool {
        !matches!(self, Self::Declined | Self::Withdrawn | Self::ClosedNoDeal)
    }

    /// Still waiting for an answer or being worked on: a second request for the same target
    /// from the same organisation would be a duplicate.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Sent | Self::Viewed | Self::Accepted | Self::InProgress)
    }
}

impl CollabAction {
    /// The party that may take the step; `None`: either.
    fn side(self) -> Option<Side> {
        match self {
            Self::View | Self::Accept | Self::Decline => Some(Side::Receiver),
            Self::Withdraw => Some(Side::Sender),
            Self::Start | Self::Agree | Self::Close => None,
        }
    }

    /// The state a successful step leads to.
    pub fn target(self) -> CollabState {
        use CollabState::*;
        match self {
            Self::View => Viewed,
            Self::Accept => Accepted,
            Self::Decline => Declined,
            Self::Withdraw => Withdrawn,
            Self::Start => InProgress,
            Self::Agree => Agreement,
            Self::Close => ClosedNoDeal,
        }
    }
}

/// The state machine: from `state`, may `side` take `action`, and what follows.
pub fn step(state: CollabState, action: CollabAction, side: Side) -> Result<Step, Refused> {
    use CollabState::*;
    if action.side().is_some_and(|s| s != side) {
        return Err(Refused::NotYourStep);
    }
    let (from, done): (&[CollabState], &[CollabState]) = match action {
        // viewing never refuses: once past `sent` it simply has nothing to record
        CollabAction::View => (&[Sent], &[Viewed, Accepted, Declined, Withdrawn, InProgress, Agreement, ClosedNoDeal]),
        CollabAction::Accept => (&[Sent, Viewed], &[Accepted, InProgress, Agreement, ClosedNoDeal]),
        CollabAction::Decline => (&[Sent, Viewed], &[Declined]),
        CollabAction::Withdraw => (&[Sent, Viewed], &[Withdrawn]),
        CollabAction::Start => (&[Accepted], &[InProgress, Agreement]),
        CollabAction::Agree => (&[InProgress], &[Agreement]),
        CollabAction::Close => (&[Accepted, InProgress], &[ClosedNoDeal]),
    };
    if from.contains(&state) {
        Ok(Step::To(action.target()))
    } else if done.contains(&state) {
        Ok(Step::Already)
    } else {
        Err(Refused::NotNow)
    }
}

/// The steps `side` can take from `state` (buttons on the request page; `View` is implicit).
pub fn available(state: CollabState, side: Side) -> Vec<CollabAction> {
    CollabAction::ALL
        .iter()
        .copied()
        .filter(|a| *a != CollabAction::View && matches!(step(state, *a, side), Ok(Step::To(_))))
        .collect()
}

/// One organisation as a party of a request. Contacts only once shared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Party {
    pub org_id: i64,
    pub slug: String,
    pub name: Text,
    pub contact: Option<Contact>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// The organisation's contact desk.
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The person of this side who acted (sent, or accepted): name and e-mail.
    pub person: Option<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransitionRow {
    pub from_state: Option<CollabState>,
    pub to_state: CollabState,
    pub actor: Option<String>,
    pub note: Option<String>,
    pub at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageRow {
    pub author: Option<String>,
    pub org: Text,
    pub mine: bool,
    pub body: String,
    pub at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgreementRow {
    pub agreement_type: AgreementType,
    pub value_vnd: Option<i64>,
    pub signed_on: String,
    pub has_document: bool,
}

/// The request page, as one viewer may see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CollabView {
    pub id: i64,
    pub sender: Party,
    pub receiver: Party,
    pub target_type: TargetType,
    /// Title and address of the offer or challenge (`None` for a request to an organisation).
    pub target: Option<(Text, String)>,
    pub intent: Intent,
    pub message: String,
    pub state: CollabState,
    pub decline_reason: Option<String>,
    pub created_at: String,
    /// The viewer's sides (usually one; admins none).
    pub sides: Vec<Side>,
    pub actions: Vec<CollabAction>,
    pub can_post: bool,
    /// The offer's confidential details, for the requester after acceptance (and the provider).
    pub confidential: Option<String>,
    pub timeline: Vec<TransitionRow>,
    pub messages: Vec<MessageRow>,
    pub agreement: Option<AgreementRow>,
}

/// One line of an organisation's inbox or sent box.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoxRow {
    pub id: i64,
    /// The other party.
    pub other: Text,
    pub target: Option<Text>,
    pub intent: Intent,
    pub state: CollabState,
    pub updated_at: String,
}

pub const BOX_PER_PAGE: u32 = 20;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoxPage {
    pub org_name: Text,
    pub slug: String,
    pub inbox: bool,
    pub state: Option<CollabState>,
    /// Requests in this box by state.
    pub counts: Vec<(CollabState, u64)>,
    pub total: u64,
    pub page: u32,
    pub rows: Vec<BoxRow>,
}

/// What the "new request" form needs: the target and the viewer's organisations that may send.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewRequestTarget {
    pub kind: TargetType,
    /// The query parameter value (`slug`).
    pub slug: String,
    pub title: Text,
    pub to_org: Text,
    pub to_org_id: i64,
    pub from_orgs: Vec<(i64, Text)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotificationRow {
    pub id: i64,
    pub kind: String,
    pub link: String,
    pub text: Text,
    pub read: bool,
    pub at: String,
}

pub const NOTIFICATIONS_PER_PAGE: u32 = 30;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotificationPage {
    pub rows: Vec<NotificationRow>,
    pub unread: u64,
    pub total: u64,
    pub page: u32,
    pub preference: String,
}

#[cfg(test)]
mod tests {
    use super::CollabAction as A;
    use super::CollabState as S;
    use super::*;

    /// The whole table, written out: (state, action, side) → outcome. Every combination is
    /// listed once, so a change to the machine shows up here.
    #[test]
    fn every_state_action_side() {
        use Refused::*;
        use Side::*;
        let to = |s| Ok(Step::To(s));
        let already = Ok(Step::Already);
        let expect = |state: S, action: A, side: Side| -> Result<Step, Refused> {
            match (action, side) {
                (A::View | A::Accept | A::Decline, Sender) | (A::Withdraw, Receiver) => Err(NotYourStep),
                (A::View, Receiver) => {
                    if state == S::Sent {
                        to(S::Viewed)
                    } else {
                        already
                    }
                }
                (A::Accept, Receiver) => match state {
                    S::Sent | S::Viewed => to(S::Accepted),
                    S::Accepted | S::InProgress | S::Agreement | S::ClosedNoDeal => already,
                    S::Declined | S::Withdrawn => Err(NotNow),
                },
                (A::Decline, Receiver) => match state {
                    S::Sent | S::Viewed => to(S::Declined),
                    S::Declined => already,
                    _ => Err(NotNow),
                },
                (A::Withdraw, Sender) => match state {
                    S::Sent | S::Viewed => to(S::Withdrawn),
                    S::Withdrawn => already,
                    _ => Err(NotNow),
                },
                (A::Start, _) => match state {
                    S::Accepted => to(S::InProgress),
                    S::InProgress | S::Agreement => already,
                    _ => Err(NotNow),
                },
                (A::Agree, _) => match state {
                    S::InProgress => to(S::Agreement),
                    S::Agreement => already,
                    _ => Err(NotNow),
                },
                (A::Close, _) => match state {
                    S::Accepted | S::InProgress => to(S::ClosedNoDeal),
                    S::ClosedNoDeal => already,
                    _ => Err(NotNow),
                },
            }
        };
        let mut n = 0;
        for &state in S::ALL {
            for &action in A::ALL {
                for side in [Sender, Receiver] {
                    assert_eq!(step(state, action, side), expect(state, action, side), "{state} {action} {side:?}");
                    n += 1;
                }
            }
        }
        assert_eq!(n, 8 * 7 * 2);
    }

    #[test]
    fn terminal_states_offer_nothing() {
        for s in [S::Declined, S::Withdrawn, S::Agreement, S::ClosedNoDeal] {
            assert!(available(s, Side::Sender).is_empty(), "{s}");
            assert!(available(s, Side::Receiver).is_empty(), "{s}");
        }
        assert_eq!(available(S::Viewed, Side::Receiver), vec![A::Accept, A::Decline]);
        assert_eq!(available(S::Sent, Side::Sender), vec![A::Withdraw]);
        assert_eq!(available(S::Accepted, Side::Sender), vec![A::Start, A::Close]);
        assert_eq!(available(S::InProgress, Side::Receiver), vec![A::Agree, A::Close]);
    }

    /// Two conflicting first steps: whichever runs first, the other is refused.
    #[test]
    fn accept_and_withdraw_exclude_each_other() {
        let after_accept = S::Accepted;
        assert_eq!(step(after_accept, A::Withdraw, Side::Sender), Err(Refused::NotNow));
        let after_withdraw = S::Withdrawn;
        assert_eq!(step(after_withdraw, A::Accept, Side::Receiver), Err(Refused::NotNow));
    }

    #[test]
    fn opt_in_and_thread() {
        assert!(!S::Sent.contacts_shared() && !S::Viewed.contacts_shared() && !S::Declined.contacts_shared());
        assert!(S::Accepted.contacts_shared() && S::Agreement.contacts_shared());
        assert!(S::Agreement.thread_open() && !S::Withdrawn.thread_open());
        assert!(S::InProgress.is_open() && !S::Agreement.is_open());
    }
}
