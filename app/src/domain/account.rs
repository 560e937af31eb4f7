//! Who is signed in, their organisations, and the state a form carries back to its page after
//! a failed POST (values typed and field-level messages), shared by server and browser.

use super::code_enum::code_enum;
use super::dto::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

code_enum!(PlatformRole { Admin = "admin", Moderator = "moderator", Member = "member" });
code_enum!(MemberRole { Owner = "owner", Editor = "editor" });
code_enum!(ClaimStatus { Pending = "pending", Approved = "approved", Rejected = "rejected" });

impl PlatformRole {
    /// Department staff: verify organisations, decide claims, manage users.
    pub fn is_admin(self) -> bool {
        self == PlatformRole::Admin
    }

    /// May moderate content (admins too).
    pub fn can_moderate(self) -> bool {
        matches!(self, PlatformRole::Admin | PlatformRole::Moderator)
    }
}

/// The signed-in user as the pages see it. Never carries secrets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Viewer {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: PlatformRole,
    pub email_verified: bool,
    pub memberships: Vec<Membership>,
}

impl Viewer {
    pub fn role_in(&self, org_id: i64) -> Option<MemberRole> {
        self.memberships.iter().find(|m| m.org_id == org_id).map(|m| m.role)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    pub org_id: i64,
    pub slug: String,
    pub name: Text,
    pub role: MemberRole,
    pub verified: bool,
}

code_enum!(
    /// Why a field (or a whole form) was refused; each has a message in both languages.
    FormError {
        Required = "required",
        EmailInvalid = "email_invalid",
        EmailTaken = "email_taken",
        PasswordTooShort = "password_too_short",
        PasswordTooLong = "password_too_long",
        PasswordTooCommon = "password_too_common",
        PasswordMismatch = "password_mismatch",
        PasswordWrong = "password_wrong",
        TooLong = "too_long",
        BadCredentials = "bad_credentials",
        AccountLocked = "account_locked",
        AccountDisabled = "account_disabled",
        EmailNotVerified = "email_not_verified",
        TokenInvalid = "token_invalid",
        UrlInvalid = "url_invalid",
        PhoneInvalid = "phone_invalid",
        YearInvalid = "year_invalid",
        DecimalInvalid = "decimal_invalid",
        ChoiceInvalid = "choice_invalid",
        ImageInvalid = "image_invalid",
        ImageTooLarge = "image_too_large",
        NameTaken = "name_taken",
        AlreadyMember = "already_member",
        AlreadyClaimed = "already_claimed",
        LastOwner = "last_owner",
        NotFound = "not_found",
        ProviderFailed = "provider_failed",
        ProviderEmailUnverified = "provider_email_unverified",
        NotYourself = "not_yourself",
        ClaimDecided = "claim_decided",
        MergeInvalid = "merge_invalid",
        DateInvalid = "date_invalid",
        DatesOrder = "dates_order",
        NumberInvalid = "number_invalid",
        ScoreInvalid = "score_invalid",
        NotOpenYet = "not_open_yet",
        DeadlinePassed = "deadline_passed",
        AlreadySubmitted = "already_submitted",
        MoveInvalid = "move_invalid",
        DuplicateRequest = "duplicate_request",
        StepNotAllowed = "step_not_allowed",
        DateInFuture = "date_in_future",
        AmountInvalid = "amount_invalid",
        PdfInvalid = "pdf_invalid",
        PdfTooLarge = "pdf_too_large",
        // events (messages in i18n/events.rs)
        DateTimeInvalid = "datetime_invalid",
        EndsBeforeStart = "ends_before_start",
        StartsInPast = "starts_in_past",
        CapacityInvalid = "capacity_invalid",
        CannotOrganise = "cannot_organise",
        AlreadyRegistered = "already_registered",
        EventStarted = "event_started",
        EventCancelled = "event_cancelled",
        NotRegistered = "not_registered",
        Internal = "internal",
        // publishing listings (messages in i18n/listing.rs)
        TrlInvalid = "trl_invalid",
        PriceRequired = "price_required",
        IpNumberRequired = "ip_number_required",
        PatentNumberRequired = "patent_number_required",
        FundingRequired = "funding_required",
        CriteriaRequired = "criteria_required",
        BudgetOrder = "budget_order",
        DoiInvalid = "doi_invalid",
        KindNotAllowed = "kind_not_allowed",
    }
);

code_enum!(
    /// One-line confirmations shown after a successful POST.
    Notice {
        SignedUp = "signed_up",
        SignedOut = "signed_out",
        Verified = "verified",
        VerificationSent = "verification_sent",
        ResetSent = "reset_sent",
        PasswordChanged = "password_changed",
        ProfileSaved = "profile_saved",
        OrgCreated = "org_created",
        ClaimSent = "claim_sent",
        InvitationSent = "invitation_sent",
        MemberRemoved = "member_removed",
        InvitationAccepted = "invitation_accepted",
        Saved = "saved",
        RoleChanged = "role_changed",
        UserDisabled = "user_disabled",
        UserEnabled = "user_enabled",
        ClaimApproved = "claim_approved",
        ClaimRejected = "claim_rejected",
        OrgVerified = "org_verified",
        OrgUnverified = "org_unverified",
        OrgHidden = "org_hidden",
        OrgShown = "org_shown",
        OrgsMerged = "orgs_merged",
        ProgrammeSaved = "programme_saved",
        DraftSaved = "draft_saved",
        ApplicationSubmitted = "application_submitted",
        ApplicationMoved = "application_moved",
        ReviewSaved = "review_saved",
        RequestSent = "request_sent",
        RequestUpdated = "request_updated",
        MessagePosted = "message_posted",
        AllRead = "all_read",
        // publishing listings (messages in i18n/listing.rs)
        ListingDraftSaved = "listing_draft_saved",
        ListingSubmitted = "listing_submitted",
        ListingUpdated = "listing_updated",
        ListingEditHeld = "listing_edit_held",
        ListingStepDone = "listing_step_done",
        ListingDecided = "listing_decided",
        // events (messages in i18n/events.rs)
        EventCreated = "event_created",
        EventSaved = "event_saved",
        EventPublished = "event_published",
        EventUnpublished = "event_unpublished",
        EventCancelled = "event_cancelled",
        Registered = "registered",
        Waitlisted = "waitlisted",
        RegistrationCancelled = "registration_cancelled",
        AttendanceSaved = "attendance_saved",
    }
);

/// What a page needs to redraw a refused form: the values typed (never passwords) and the
/// messages, by field. `""` as the field means the whole form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FormState {
    pub form: String,
    pub values: BTreeMap<String, String>,
    pub errors: Vec<(String, FormError)>,
    pub notice: Option<Notice>,
}

impl FormState {
    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    pub fn error(&self, field: &str) -> Option<FormError> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| *e)
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}
