//! Local accounts: sign up, verify the e-mail address, sign in and out, forgotten and changed
//! passwords.

use super::{Refusal, done, internal, safe_next};
use crate::backend::auth::session;
use crate::backend::forms::validate;
use crate::backend::mail::templates;
use crate::backend::secrets::password;
use crate::backend::state::AppState;
use crate::backend::store::statements::users::{self, RESET_PASSWORD, VERIFY_EMAIL};
use crate::backend::web::{SignedIn, WebResult};
use crate::domain::account::{FormError, Notice};
use crate::i18n::Lang;
use axum::Extension;
use axum::extract::{Form, Query, State};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;
use tower_sessions::Session;

const VERIFY_TTL: i64 = 48 * 3600;
const RESET_TTL: i64 = 3600;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignupForm {
    pub name: String,
    pub email: String,
    pub password: String,
    pub confirm: String,
}

pub async fn signup(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Form(f): Form<SignupForm>,
) -> WebResult {
    let mut r = Refusal::new("signup");
    r.keep("name", &f.name).keep("email", &f.email);
    let name = r.check("name", validate::line(&f.name, 100));
    let email = r.check("email", validate::email(&f.email));
    let pw = r.check("password", validate::new_password(&f.password));
    if pw.is_some() && f.password != f.confirm {
        r.error("confirm", FormError::PasswordMismatch);
    }
    let (Some(name), Some(email), Some(pw), true) = (name, email, pw, r.is_clean()) else {
        return r.send(&session, "/signup").await;
    };
    let hash = password::hash(pw).await;
    let site = state.site_url();
    match users::create(state.store.db(), &email, &name, Some(&hash), false).await {
        Ok(Some(id)) => {
            match users::issue_token(state.store.db(), id, VERIFY_EMAIL, VERIFY_TTL).await {
                Ok(token) => {
                    let link = format!("{site}/auth/verify?token={token}");
                    state.mailer.send_logged(templates::verify_email(lang, &email, &name, &link)).await;
                }
                Err(e) => tracing::error!(error = %e, "issuing a verification token failed"),
            }
            if let Err(e) = session::sign_in(&session, id, false).await {
                return internal(&session, "signup", "/signup", e).await;
            }
            done(&session, Notice::SignedUp, "/account").await
        }
        // The address has an account: say the same as for a new one (no account discovery),
        // and send its owner a reset link, which is what they need if they forgot.
        Ok(None) => {
            send_reset(&state, lang, &site, &email).await;
            done(&session, Notice::VerificationSent, "/login").await
        }
        Err(e) => internal(&session, "signup", "/signup", e).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    pub remember: Option<String>,
    pub next: String,
}

pub async fn login(State(state): State<AppState>, session: Session, Form(f): Form<LoginForm>) -> WebResult {
    let db = state.store.db();
    let back = if f.next.is_empty() { "/login".to_string() } else { format!("/login?next={}", urlencode(&f.next)) };
    let mut r = Refusal::new("login");
    r.keep("email", &f.email).keep("next", &f.next);
    if f.remember.is_some() {
        r.keep("remember", "on");
    }
    let email = validate::email(&f.email);
    if f.password.is_empty() {
        r.error("password", FormError::Required);
    }
    let Some(email) = r.check("email", email) else { return r.send(&session, &back).await };
    if !r.is_clean() {
        return r.send(&session, &back).await;
    }
    let user = match users::find_by_email(db, &email).await {
        Ok(u) => u,
        Err(e) => return internal(&session, "login", &back, e).await,
    };
    let now = crate::backend::secrets::tokens::now_unix();
    if user.as_ref().and_then(|u| u.locked_until).is_some_and(|t| t > now) {
        r.error("", FormError::AccountLocked);
        return r.send(&session, &back).await;
    }
    let ok = password::verify(f.password, user.as_ref().and_then(|u| u.password_hash.clone())).await;
    let user = match user {
        Some(u) if ok => u,
        other => {
            if let Some(u) = other
                && let Err(e) = users::record_failure(db, u.id).await
            {
                tracing::error!(error = %e, "recording a failed sign-in failed");
            }
            r.error("", FormError::BadCredentials);
            return r.send(&session, &back).await;
        }
    };
    if user.disabled {
        r.error("", FormError::AccountDisabled);
        return r.send(&session, &back).await;
    }
    if let Err(e) = users::record_success(db, user.id).await {
        tracing::error!(error = %e, "recording a sign-in failed");
    }
    if let Err(e) = session::sign_in(&session, user.id, f.remember.is_some()).await {
        return internal(&session, "login", &back, e).await;
    }
    Ok(Redirect::to(safe_next(&f.next)).into_response())
}

pub async fn logout(session: Session) -> WebResult {
    session::sign_out(&session).await;
    done(&session, Notice::SignedOut, "/").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    pub token: String,
}

/// The link in the verification mail.
pub async fn verify(State(state): State<AppState>, session: Session, Query(q): Query<TokenQuery>) -> WebResult {
    match users::consume_token(state.store.db(), &q.token, VERIFY_EMAIL).await {
        Ok(Some(id)) => {
            if let Err(e) = users::mark_verified(state.store.db(), id).await {
                return internal(&session, "verify", "/account", e).await;
            }
            let to = if session::user_id(&session).await.is_some() { "/account" } else { "/login" };
            done(&session, Notice::Verified, to).await
        }
        Ok(None) => {
            let mut r = Refusal::new("verify");
            r.error("", FormError::TokenInvalid);
            let to = if session::user_id(&session).await.is_some() { "/account" } else { "/login" };
            r.send(&session, to).await
        }
        Err(e) => internal(&session, "verify", "/login", e).await,
    }
}

pub async fn resend_verification(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
) -> WebResult {
    if !viewer.email_verified {
        match users::issue_token(state.store.db(), viewer.id, VERIFY_EMAIL, VERIFY_TTL).await {
            Ok(token) => {
                let link = format!("{}/auth/verify?token={token}", state.site_url());
                let mail = templates::verify_email(lang, &viewer.email, &viewer.display_name, &link);
                state.mailer.send_logged(mail).await;
            }
            Err(e) => return internal(&session, "resend", "/account", e).await,
        }
    }
    done(&session, Notice::VerificationSent, "/account").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    pub email: String,
}

pub async fn forgot(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Form(f): Form<ForgotForm>,
) -> WebResult {
    let mut r = Refusal::new("forgot");
    r.keep("email", &f.email);
    let Some(email) = r.check("email", validate::email(&f.email)) else {
        return r.send(&session, "/password/forgot").await;
    };
    send_reset(&state, lang, &state.site_url(), &email).await;
    // The same answer whether or not the address has an account.
    done(&session, Notice::ResetSent, "/password/forgot").await
}

async fn send_reset(state: &AppState, lang: Lang, site: &str, email: &str) {
    match users::find_by_email(state.store.db(), email).await {
        Ok(Some(user)) if !user.disabled => {
            match users::issue_token(state.store.db(), user.id, RESET_PASSWORD, RESET_TTL).await {
                Ok(token) => {
                    let link = format!("{site}/password/reset?token={token}");
                    state.mailer.send_logged(templates::reset_password(lang, &user.email, &link)).await;
                }
                Err(e) => tracing::error!(error = %e, "issuing a reset token failed"),
            }
        }
        Ok(_) => {}
        Err(e) => tracing::error!(error = %e, "looking up an account for a reset failed"),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetForm {
    pub token: String,
    pub password: String,
    pub confirm: String,
}

pub async fn reset(State(state): State<AppState>, session: Session, Form(f): Form<ResetForm>) -> WebResult {
    let db = state.store.db();
    let back = format!("/password/reset?token={}", urlencode(&f.token));
    let mut r = Refusal::new("reset");
    let pw = r.check("password", validate::new_password(&f.password));
    if pw.is_some() && f.password != f.confirm {
        r.error("confirm", FormError::PasswordMismatch);
    }
    let (Some(pw), true) = (pw, r.is_clean()) else { return r.send(&session, &back).await };
    let hash = password::hash(pw).await;
    let user = match users::consume_token(db, &f.token, RESET_PASSWORD).await {
        Ok(Some(id)) => id,
        Ok(None) => {
            r.error("", FormError::TokenInvalid);
            return r.send(&session, "/password/forgot").await;
        }
        Err(e) => return internal(&session, "reset", &back, e).await,
    };
    let result = async {
        users::set_password(db, user, &hash).await?;
        // Whoever held a session (perhaps the reason for the reset) is signed out.
        users::end_sessions(db, user, None).await?;
        // Following the link proved the mailbox is theirs.
        users::mark_verified(db, user).await
    }
    .await;
    if let Err(e) = result {
        return internal(&session, "reset", &back, e).await;
    }
    session::sign_out(&session).await;
    done(&session, Notice::PasswordChanged, "/login").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChangePasswordForm {
    pub current: String,
    pub password: String,
    pub confirm: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    session: Session,
    Form(f): Form<ChangePasswordForm>,
) -> WebResult {
    let db = state.store.db();
    let mut r = Refusal::new("password");
    let current_hash = match users::find_by_id(db, viewer.id).await {
        Ok(u) => u.and_then(|u| u.password_hash),
        Err(e) => return internal(&session, "password", "/account", e).await,
    };
    // Accounts made through a provider have no password yet and may set one.
    if current_hash.is_some() && !password::verify(f.current, current_hash).await {
        r.error("current", FormError::PasswordWrong);
    }
    let pw = r.check("password", validate::new_password(&f.password));
    if pw.is_some() && f.password != f.confirm {
        r.error("confirm", FormError::PasswordMismatch);
    }
    let (Some(pw), true) = (pw, r.is_clean()) else { return r.send(&session, "/account").await };
    let hash = password::hash(pw).await;
    let keep = session::stored_key(&session);
    let result = async {
        users::set_password(db, viewer.id, &hash).await?;
        users::end_sessions(db, viewer.id, keep.as_deref()).await
    }
    .await;
    match result {
        Ok(()) => done(&session, Notice::PasswordChanged, "/account").await,
        Err(e) => internal(&session, "password", "/account", e).await,
    }
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
