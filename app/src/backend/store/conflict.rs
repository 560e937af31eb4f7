//! [`Conflict`]: a write the store refused because of what the database holds, decided inside the
//! write transaction (a stale page, a replayed POST, a race, a tampered form). The store says
//! what the conflict is; the form handlers say how a form shows it (`Conflict::form_error`, in
//! `backend/actions`).

/// Why a write was refused. Nothing was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// The row is not there, or not the caller's (an organisation's listing, a programme's
    /// application).
    NotFound,
    /// A listing cannot take that step from its stage.
    StepNotAllowed,
    /// An application cannot move from its state to that one.
    MoveInvalid,
    /// An organisation of the same kind has that name.
    NameTaken,
    AlreadyMember,
    /// The user has a pending claim on the organisation.
    AlreadyClaimed,
    /// The organisation would be left without an owner.
    LastOwner,
    /// The organisation has an open request for the same target.
    DuplicateRequest,
    EventCancelled,
    EventStarted,
    AlreadyRegistered,
    NotRegistered,
    /// The programme's call for applications has closed.
    DeadlinePassed,
    /// Submitting before the programme's call opens.
    NotOpenYet,
    AlreadySubmitted,
    /// Submitting without these required questions (ids) answered.
    Unanswered(Vec<i64>),
    /// The question at this index of those saved is not one of the programme's.
    UnknownQuestion(usize),
    /// A research output linked to an offer that is not its organisation's.
    ForeignOffer,
}
