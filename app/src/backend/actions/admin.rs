//! The admin area's writes (Department of S&T staff): users' roles and access, claims,
//! organisations' verification, visibility and merging. Every route runs `run`: it checks
//! first that an admin is acting, then writes, and answers with a redirect back to the list
//! it came from.

use super::{Refusal, done, internal, safe_next};
use crate::backend::db::Db;
use crate::backend::state::AppState;
use crate::backend::store::statements::admin::{self as store, AdminError, ClaimDecision};
use crate::backend::web::{Admin, WebResult};
use crate::domain::account::{FormError, Notice, PlatformRole, Viewer};
use axum::extract::{Form, Path, State};
use serde::Deserialize;
use tower_sessions::Session;

/// The flash's form name for refusals on every admin page.
const FORM: &str = "admin";

/// One handler per admin form: `$form`'s `back` is where to return, `$action` the write.
macro_rules! admin_writes {
    ($($(#[$doc:meta])* $name:ident($f:ident: $form:ty) => $action:expr;)*) => {$(
        $(#[$doc])*
        pub async fn $name(
            State(state): State<AppState>,
            session: Session,
            Path(id): Path<i64>,
            Admin(admin): Admin,
            Form($f): Form<$form>,
        ) -> WebResult {
            let action = $action;
            run(state, admin, session, id, &$f.back, action).await
        }
    )*};
}

admin_writes! {
    /// `POST /admin/users/{id}/role`
    set_role(f: RoleForm) => Action::Role(f.role);
    /// `POST /admin/users/{id}/disable`
    disable_user(f: BackForm) => Action::Disabled(true);
    /// `POST /admin/users/{id}/enable`
    enable_user(f: BackForm) => Action::Disabled(false);
    /// `POST /admin/claims/{id}/approve`
    approve_claim(f: BackForm) => Action::Decide(ClaimDecision::Approve);
    /// `POST /admin/claims/{id}/reject`
    reject_claim(f: BackForm) => Action::Decide(ClaimDecision::Reject);
    /// `POST /admin/orgs/{id}/verify`
    verify_org(f: BackForm) => Action::Verified(true);
    /// `POST /admin/orgs/{id}/unverify`
    unverify_org(f: BackForm) => Action::Verified(false);
    /// `POST /admin/orgs/{id}/hide`
    hide_org(f: BackForm) => Action::Hidden(true);
    /// `POST /admin/orgs/{id}/unhide`
    unhide_org(f: BackForm) => Action::Hidden(false);
    /// `POST /admin/orgs/{id}/merge`
    merge_org(f: MergeForm) => Action::Merge(f.into);
}

/// Every admin form: `back` is the list (with its filters and page) to return to.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BackForm {
    pub back: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoleForm {
    pub role: String,
    pub back: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MergeForm {
    /// The slug of the organisation that stays.
    pub into: String,
    pub back: String,
}

/// What an admin asks of the row `{id}` in the route.
enum Action {
    /// The platform role's code, as posted.
    Role(String),
    Disabled(bool),
    Decide(ClaimDecision),
    Verified(bool),
    Hidden(bool),
    /// The slug (or `/org/` address) of the organisation that stays, as posted.
    Merge(String),
}

/// Why a write did not happen: the form asked for something we refuse, or the store did.
enum Stop {
    Form(FormError),
    Store(AdminError),
}

impl From<AdminError> for Stop {
    fn from(e: AdminError) -> Self {
        Stop::Store(e)
    }
}

impl Action {
    /// The list the form belongs to: where to go back when `back` is not an admin page.
    fn list(&self) -> &'static str {
        match self {
            Action::Role(_) | Action::Disabled(_) => "/admin/users",
            Action::Decide(_) => "/admin/claims",
            Action::Verified(_) | Action::Hidden(_) | Action::Merge(_) => "/admin/orgs",
        }
    }

    /// What to tell the admin when the store refuses the change as asked.
    fn refused(&self) -> FormError {
        match self {
            Action::Decide(_) => FormError::ClaimDecided,
            Action::Merge(_) => FormError::MergeInvalid,
            _ => FormError::NotFound,
        }
    }

    /// Organisations' changes alter what the public sees, so the cached lists must go.
    fn is_public(&self) -> bool {
        matches!(self, Action::Verified(_) | Action::Hidden(_) | Action::Merge(_))
    }

    /// Checks what the form asks and writes it (with its audit entry); the confirmation.
    async fn write(&self, db: &Db, admin: &Viewer, id: i64) -> Result<Notice, Stop> {
        let notice = match *self {
            Action::Role(ref role) => {
                let role = PlatformRole::parse(role).ok_or(Stop::Form(FormError::ChoiceInvalid))?;
                // An admin stays an admin: nobody locks the Department out by a slip of their own hand.
                if id == admin.id && role != admin.role {
                    return Err(Stop::Form(FormError::NotYourself));
                }
                store::set_role(db, admin.id, id, role).await?;
                Notice::RoleChanged
            }
            Action::Disabled(disabled) => {
                if id == admin.id && disabled {
                    return Err(Stop::Form(FormError::NotYourself));
                }
                store::set_disabled(db, admin.id, id, disabled).await?;
                if disabled { Notice::UserDisabled } else { Notice::UserEnabled }
            }
            Action::Decide(decision) => {
                store::decide_claim(db, admin.id, id, decision).await?;
                match decision {
                    ClaimDecision::Approve => Notice::ClaimApproved,
                    ClaimDecision::Reject => Notice::ClaimRejected,
                }
            }
            Action::Verified(v) => {
                store::set_verified(db, admin.id, id, v).await?;
                if v { Notice::OrgVerified } else { Notice::OrgUnverified }
            }
            Action::Hidden(h) => {
                store::set_hidden(db, admin.id, id, h).await?;
                if h { Notice::OrgHidden } else { Notice::OrgShown }
            }
            Action::Merge(ref into) => {
                let into = into.trim().trim_start_matches("/org/").to_lowercase();
                if into.is_empty() {
                    return Err(Stop::Form(FormError::Required));
                }
                store::merge_orgs(db, admin.id, id, &into).await?;
                Notice::OrgsMerged
            }
        };
        Ok(notice)
    }
}

/// Every admin write, once [`Admin`] has checked who is acting: the write, then the
/// confirmation, the reason for a refusal, or our failure, back on the list.
async fn run(state: AppState, admin: Viewer, session: Session, id: i64, back: &str, action: Action) -> WebResult {
    let back = back_to(back, action.list());
    match action.write(state.store.db(), &admin, id).await {
        Ok(notice) => {
            if action.is_public() {
                state.store.invalidate();
            }
            done(&session, notice, &back).await
        }
        Err(Stop::Form(error)) => refuse(&session, error, &back).await,
        Err(Stop::Store(AdminError::NotFound)) => refuse(&session, FormError::NotFound, &back).await,
        Err(Stop::Store(AdminError::Refused(why))) => {
            tracing::info!(why, "admin write refused");
            refuse(&session, action.refused(), &back).await
        }
        Err(Stop::Store(AdminError::Db(e))) => internal(&session, FORM, &back, e).await,
    }
}

/// Back to an admin page only; anything else to `fallback`.
fn back_to(back: &str, fallback: &'static str) -> String {
    let safe = safe_next(back);
    if safe == back && (safe == "/admin" || safe.starts_with("/admin/") || safe.starts_with("/admin?")) {
        safe.to_string()
    } else {
        fallback.to_string()
    }
}

async fn refuse(session: &Session, error: FormError, back: &str) -> WebResult {
    let mut r = Refusal::new(FORM);
    r.error("", error);
    r.send(session, back).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn back_stays_in_admin() {
        assert_eq!(super::back_to("/admin/orgs?filter=hidden&page=2", "/admin"), "/admin/orgs?filter=hidden&page=2");
        assert_eq!(super::back_to("/account", "/admin"), "/admin");
        assert_eq!(super::back_to("//evil.example/admin", "/admin"), "/admin");
        assert_eq!(super::back_to("/administrator", "/admin"), "/admin");
        assert_eq!(super::back_to("", "/admin/users"), "/admin/users");
    }
}
