//! A sign-in through an identity provider while it is in progress: what the session keeps
//! between the redirect and the callback, the person the provider vouches for, and why it can
//! fail. Shared by OpenID Connect (`oidc`) and GitHub's OAuth2 (`github`).

use crate::domain::account::FormError;
use openidconnect::{CsrfToken, PkceCodeChallenge, PkceCodeVerifier};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// The session key of the flow in progress.
const PENDING_KEY: &str = "oidc_pending";
/// Why a provider sign-in failed. The messages go to the log only (never tokens or codes); the
/// user sees `form_error()`.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("provider misconfigured: {0}")]
    Config(String),
    #[error("discovery failed: {0}")]
    Discovery(String),
    #[error("no sign-in in progress (expired, replayed or from another browser)")]
    NoPending,
    #[error("the callback belongs to another provider's sign-in")]
    WrongProvider,
    #[error("state does not match")]
    StateMismatch,
    #[error("the provider answered with error {0:?}")]
    Refused(String),
    #[error("the callback carries no code")]
    NoCode,
    #[error("the callback's issuer is not the provider's")]
    IssuerMismatch,
    #[error("token exchange failed: {0}")]
    Exchange(String),
    #[error("ID token rejected: {0}")]
    IdToken(String),
    #[error("the provider sent no e-mail address")]
    NoEmail,
    #[error("the provider has not verified the e-mail address")]
    EmailUnverified,
    #[error("provider API: {0}")]
    Api(String),
}

impl AuthError {
    pub fn form_error(&self) -> FormError {
        match self {
            AuthError::EmailUnverified => FormError::ProviderEmailUnverified,
            _ => FormError::ProviderFailed,
        }
    }
}

/// A flow in progress, as the session keeps it. Holds secrets: no `Debug`.
#[derive(Serialize, Deserialize)]
pub struct Pending {
    pub provider: String,
    pub next: String,
    state: String,
    nonce: Option<String>,
    verifier: String,
}

/// A person as the provider vouched for them: the e-mail address is verified.
pub struct Identity {
    pub subject: String,
    pub email: String,
    pub name: Option<String>,
}

/// Fresh state and PKCE pair for `provider`; the challenge goes into the authorization URL.
pub(super) fn new_pending(provider: &str, next: &str, nonce: Option<String>) -> (Pending, PkceCodeChallenge) {
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let pending = Pending {
        provider: provider.to_string(),
        next: next.to_string(),
        state: CsrfToken::new_random().secret().clone(),
        nonce,
        verifier: verifier.secret().clone(),
    };
    (pending, challenge)
}

impl Pending {
    pub(super) fn state(&self) -> &str {
        &self.state
    }

    pub(super) fn nonce(&self) -> Option<&str> {
        self.nonce.as_deref()
    }

    pub(super) fn verifier(&self) -> PkceCodeVerifier {
        PkceCodeVerifier::new(self.verifier.clone())
    }

    pub async fn save(&self, session: &Session) -> Result<(), tower_sessions::session::Error> {
        session.insert(PENDING_KEY, self).await
    }

    /// Takes the flow out of the session (whatever follows, it cannot be used twice) and checks
    /// that the callback belongs to it.
    pub async fn take(session: &Session, provider: &str, state: &str) -> Result<Pending, AuthError> {
        let pending = session.remove::<Pending>(PENDING_KEY).await.ok().flatten().ok_or(AuthError::NoPending)?;
        if pending.provider != provider {
            return Err(AuthError::WrongProvider);
        }
        if !constant_time_eq(pending.state.as_bytes(), state.as_bytes()) {
            return Err(AuthError::StateMismatch);
        }
        Ok(pending)
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_compare_whole() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
        assert!(!constant_time_eq(b"", b"a"));
    }

    #[test]
    fn pending_flows_are_fresh() {
        let (a, ca) = new_pending("test", "/account", None);
        let (b, cb) = new_pending("test", "/account", None);
        assert_ne!(a.state, b.state);
        assert_ne!(a.verifier, b.verifier);
        assert_ne!(ca.as_str(), cb.as_str());
        assert_eq!(ca.method().as_str(), "S256");
    }
}
