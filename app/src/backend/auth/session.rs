//! What a session holds: the signed-in user, and the "flash" that carries a refused form's
//! values and messages (or a confirmation) across the redirect after a POST.

use super::session_store::USER_KEY;
use crate::backend::db::Db;
use crate::backend::store::statements::users;
use crate::domain::account::{FormState, Viewer};
use tower_sessions::{Expiry, Session};

const FLASH_KEY: &str = "flash";
/// How long "remember me" keeps a session alive without use; otherwise the browser session.
pub const REMEMBER_DAYS: i64 = 30;

pub async fn user_id(session: &Session) -> Option<i64> {
    session.get::<i64>(USER_KEY).await.ok().flatten()
}

/// The signed-in user, or `None`. A disabled or deleted user's session ends here.
pub async fn viewer(session: &Session, pool: &Db) -> Option<Viewer> {
    let id = user_id(session).await?;
    match users::viewer(pool, id).await {
        Ok(Some(v)) => Some(v),
        Ok(None) => {
            let _ = session.flush().await;
            None
        }
        Err(e) => {
            tracing::error!(error = %e, "loading the signed-in user failed");
            None
        }
    }
}

/// Starts a signed-in session under a new id (no session fixation).
pub async fn sign_in(session: &Session, user_id: i64, remember: bool) -> Result<(), tower_sessions::session::Error> {
    session.cycle_id().await?;
    session.insert(USER_KEY, user_id).await?;
    session.set_expiry(remember.then_some(Expiry::OnInactivity(time::Duration::days(REMEMBER_DAYS))));
    Ok(())
}

pub async fn sign_out(session: &Session) {
    if let Err(e) = session.flush().await {
        tracing::error!(error = %e, "ending a session failed");
    }
}

/// The SHA-256 key under which this session is stored (to keep it when ending the others).
pub fn stored_key(session: &Session) -> Option<String> {
    session.id().map(|id| crate::backend::secrets::tokens::hash(&id.to_string()))
}

pub async fn set_flash(session: &Session, flash: FormState) {
    if let Err(e) = session.insert(FLASH_KEY, flash).await {
        tracing::error!(error = %e, "storing a form in the session failed");
    }
}

pub async fn take_flash(session: &Session) -> Option<FormState> {
    session.remove::<FormState>(FLASH_KEY).await.ok().flatten()
}
