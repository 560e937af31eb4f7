//! The closed vocabularies of the domain; codes match the CHECK constraints of the schema.

use super::code_enum::code_enum;
pub use super::kind::FacetKey;

code_enum!(Stage { Idea = "idea", Mvp = "mvp", EarlyRevenue = "early_revenue", Growth = "growth" });
code_enum!(Need {
    Funding = "funding", Mentoring = "mentoring", PilotCustomer = "pilot_customer",
    Technology = "technology", Talent = "talent",
});
code_enum!(InvestorType { Vc = "vc", Angel = "angel", Corporate = "corporate", PublicFund = "public_fund" });
code_enum!(EnterpriseSize { Micro = "micro", Small = "small", Medium = "medium", Large = "large" });
code_enum!(IncubatorService {
    Workspace = "workspace", Mentoring = "mentoring", Training = "training",
    FundingAccess = "funding_access", Legal = "legal", Lab = "lab",
    MarketAccess = "market_access", Networking = "networking",
});
code_enum!(IntermediaryService {
    Brokerage = "brokerage", Valuation = "valuation", Ip = "ip", Legal = "legal",
    Testing = "testing", Consulting = "consulting",
});
code_enum!(InvestmentRound {
    PreSeed = "pre_seed", Seed = "seed", SeriesA = "series_a", SeriesB = "series_b", Grant = "grant",
});
code_enum!(IpStatus {
    GrantedPatent = "granted_patent", PendingPatent = "pending_patent",
    UtilitySolution = "utility_solution", KnowHow = "know_how", Copyright = "copyright", None = "none",
});
code_enum!(CoopType {
    Licence = "licence", Assignment = "assignment", JointRnd = "joint_rnd",
    TechnicalService = "technical_service", Pilot = "pilot", SpinOff = "spin_off",
});
code_enum!(OfferStatus {
    Draft = "draft", InReview = "in_review", Published = "published", Paused = "paused",
    Transferred = "transferred", Archived = "archived",
});
code_enum!(ChallengeStatus {
    Draft = "draft", Open = "open", InDiscussion = "in_discussion", Matched = "matched", Closed = "closed",
});
code_enum!(ResearchType {
    Paper = "paper", Patent = "patent", UtilitySolution = "utility_solution",
    Thesis = "thesis", Dataset = "dataset",
});
code_enum!(ProgrammeType {
    Incubation = "incubation", Acceleration = "acceleration", Competition = "competition",
    TaskCall = "task_call", Training = "training",
});
code_enum!(EventType {
    Techmart = "techmart", DemoDay = "demo_day", Forum = "forum", Workshop = "workshop", Training = "training",
});
code_enum!(CollabState {
    Sent = "sent", Viewed = "viewed", Accepted = "accepted", Declined = "declined",
    Withdrawn = "withdrawn", InProgress = "in_progress", Agreement = "agreement",
    ClosedNoDeal = "closed_no_deal",
});
code_enum!(CollabIntent {
    Licence = "licence", JointRnd = "joint_rnd", Pilot = "pilot", Investment = "investment",
    TechnicalService = "technical_service", Purchase = "purchase", Other = "other",
});
code_enum!(AgreementType {
    Licence = "licence", Contract = "contract", Investment = "investment", JointProject = "joint_project",
});
code_enum!(ApplicationState {
    Draft = "draft", Submitted = "submitted", Screening = "screening", Interview = "interview",
    Accepted = "accepted", Rejected = "rejected",
});
code_enum!(UserRole { Admin = "admin", Moderator = "moderator", Member = "member" });
code_enum!(MemberRole { Owner = "owner", Editor = "editor" });

impl CollabState {
    /// The states a request may move to next (PRODUCT.md's state machine).
    pub fn next(self) -> &'static [CollabState] {
        use CollabState::*;
        match self {
            Sent => &[Viewed, Accepted, Declined, Withdrawn],
            Viewed => &[Accepted, Declined, Withdrawn],
            Accepted => &[InProgress, ClosedNoDeal],
            InProgress => &[Agreement, ClosedNoDeal],
            Declined | Withdrawn | Agreement | ClosedNoDeal => &[],
        }
    }

    pub fn can_move_to(self, to: CollabState) -> bool {
        self.next().contains(&to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collaboration_states_end_in_terminal_states() {
        assert!(CollabState::Sent.can_move_to(CollabState::Accepted));
        assert!(!CollabState::Declined.can_move_to(CollabState::Accepted));
        assert!(!CollabState::Sent.can_move_to(CollabState::Agreement));
        // every state is reachable from `sent`
        let mut seen = vec![CollabState::Sent];
        let mut i = 0;
        while i < seen.len() {
            for n in seen[i].next() {
                if !seen.contains(n) {
                    seen.push(*n);
                }
            }
            i += 1;
        }
        assert_eq!(seen.len(), CollabState::ALL.len());
    }

    #[test]
    fn codes_parse_back_and_unknown_codes_do_not() {
        assert_eq!(Stage::EarlyRevenue.as_str(), "early_revenue");
        for s in Stage::ALL {
            assert_eq!(Stage::parse(s.as_str()), Some(*s));
        }
        assert_eq!(IpStatus::parse("granted_patent"), Some(IpStatus::GrantedPatent));
        assert_eq!(IpStatus::parse("bogus"), None);
    }
}
