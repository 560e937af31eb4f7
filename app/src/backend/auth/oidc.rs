//! Sign-in through identity providers: OpenID Connect (any issuer, Google, Microsoft) and
//! GitHub's OAuth2. The authorization code flow with PKCE, a CSRF state and (OIDC) a nonce; what
//! a flow in progress needs is kept in the session under one key and taken out by the callback,
//! so a replayed callback finds nothing.

use super::flow::new_pending;
pub use super::flow::{AuthError, Identity, Pending};
use super::github;
use super::settings::{AuthSettings, ProviderKind, ProviderSettings};
use openidconnect::core::{CoreClient, CoreProviderMetadata, CoreResponseType};
use openidconnect::{
    AuthenticationFlow, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, RedirectUrl, Scope,
    TokenResponse,
};
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// Discovery documents (and the signing keys they point to) are fetched again after this, so a
/// provider's key rotation reaches us without a restart.
const METADATA_TTL: Duration = Duration::from_secs(3600);

/// A client made from a discovery document (authorization URL set, token URL maybe).
type Client = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

struct Entry {
    settings: ProviderSettings,
    metadata: Mutex<Option<(Instant, CoreProviderMetadata)>>,
}

/// The configured providers and one HTTP client for all of them.
pub struct Providers {
    http: reqwest::Client,
    entries: Vec<Entry>,
}

impl Providers {
    pub fn new(settings: &AuthSettings) -> Result<Self, AuthError> {
        let http = reqwest::Client::builder()
            // Following redirects from a provider's endpoints would open us to SSRF.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(15))
            .user_agent(concat!("ketnoi/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| AuthError::Config(e.to_string()))?;
        let entries =
            settings.providers.iter().map(|p| Entry { settings: p.clone(), metadata: Mutex::new(None) }).collect();
        Ok(Providers { http, entries })
    }

    pub fn get(&self, id: &str) -> Option<&ProviderSettings> {
        self.entry(id).map(|e| &e.settings)
    }

    fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.settings.id == id)
    }

    /// Where to send the browser, and the flow to keep in the session until it comes back.
    #[tracing::instrument(skip_all, fields(provider = id))]
    pub async fn start(&self, id: &str, redirect_uri: &str, next: &str) -> Result<(url::Url, Pending), AuthError> {
        let entry = self.entry(id).ok_or_else(|| AuthError::Config(format!("unknown provider {id}")))?;
        if entry.settings.kind == ProviderKind::Github {
            return github::start(&entry.settings, redirect_uri, next);
        }
        let (client, _) = self.client(entry, redirect_uri).await?;
        let nonce = Nonce::new_random();
        let (pending, challenge) = new_pending(id, next, Some(nonce.secret().clone()));
        let state = pending.state().to_string();
        let flow = AuthenticationFlow::<CoreResponseType>::AuthorizationCode;
        let (url, _, _) = client
            .authorize_url(flow, move || CsrfToken::new(state), move || nonce)
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .url();
        Ok((url, pending))
    }

    /// Exchanges the code and checks what came back; `iss` is the callback's RFC 9207 issuer.
    #[tracing::instrument(skip_all, fields(provider = %pending.provider))]
    pub async fn finish(
        &self,
        pending: &Pending,
        code: &str,
        iss: Option<&str>,
        redirect_uri: &str,
    ) -> Result<Identity, AuthError> {
        let entry = self.entry(&pending.provider).ok_or(AuthError::WrongProvider)?;
        if entry.settings.kind == ProviderKind::Github {
            return github::finish(&self.http, &entry.settings, pending, code, redirect_uri).await;
        }
        let (client, issuer) = self.client(entry, redirect_uri).await?;
        if iss.is_some_and(|iss| iss != issuer.as_str()) {
            return Err(AuthError::IssuerMismatch);
        }
        let token = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| AuthError::Config(e.to_string()))?
            .set_pkce_verifier(pending.verifier())
            .request_async(&self.http)
            .await
            .map_err(|e| AuthError::Exchange(e.to_string()))?;
        let id_token = token.id_token().ok_or_else(|| AuthError::IdToken("none in the response".into()))?;
        let nonce = Nonce::new(pending.nonce().unwrap_or_default().to_string());
        // Signature, issuer, audience, expiry and nonce.
        let claims =
            id_token.claims(&client.id_token_verifier(), &nonce).map_err(|e| AuthError::IdToken(e.to_string()))?;
        let email = claims.email().ok_or(AuthError::NoEmail)?.as_str().to_string();
        // Microsoft sends no `email_verified`; its optional claim `xms_edov` (the e-mail's domain
        // owner verified it) stands in, read from the token whose signature was just checked.
        let verified = match entry.settings.kind {
            ProviderKind::Microsoft => {
                claims.email_verified() == Some(true) || payload_flag(&id_token.to_string(), "xms_edov")
            }
            _ => claims.email_verified() == Some(true),
        };
        if !verified {
            return Err(AuthError::EmailUnverified);
        }
        Ok(Identity {
            subject: claims.subject().as_str().to_string(),
            email,
            name: claims.name().and_then(|n| n.get(None)).map(|n| n.as_str().to_string()),
        })
    }

    /// The OIDC client, from the cached discovery document (fetched on first use, and again
    /// after a failure or when stale).
    async fn client(&self, entry: &Entry, redirect_uri: &str) -> Result<(Client, IssuerUrl), AuthError> {
        let p = &entry.settings;
        let metadata = {
            let mut cached = entry.metadata.lock().await;
            match cached.as_ref() {
                Some((at, m)) if at.elapsed() < METADATA_TTL => m.clone(),
                _ => {
                    let issuer = p.issuer_url().ok_or_else(|| AuthError::Config(format!("{}: no issuer", p.id)))?;
                    let issuer = IssuerUrl::new(issuer).map_err(|e| AuthError::Config(e.to_string()))?;
                    let m = CoreProviderMetadata::discover_async(issuer, &self.http)
                        .await
                        .map_err(|e| AuthError::Discovery(e.to_string()))?;
                    *cached = Some((Instant::now(), m.clone()));
                    m
                }
            }
        };
        let redirect = RedirectUrl::new(redirect_uri.to_string()).map_err(|e| AuthError::Config(e.to_string()))?;
        let issuer = metadata.issuer().clone();
        let client = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(p.client_id.clone()),
            Some(ClientSecret::new(p.client_secret.expose().to_string())),
        )
        .set_redirect_uri(redirect);
        Ok((client, issuer))
    }
}

/// A boolean claim of a (verified) JWT's payload; Microsoft sends some as `true` or `1`.
fn payload_flag(jwt: &str, claim: &str) -> bool {
    use base64::Engine;
    let Some(payload) = jwt.split('.').nth(1) else { return false };
    let Ok(bytes) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')) else {
        return false;
    };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(&bytes) else { return false };
    matches!(value.get(claim), Some(serde_json::Value::Bool(true)))
        || value.get(claim).and_then(|v| v.as_i64()) == Some(1)
}

#[cfg(test)]
mod payload_tests {
    #[test]
    fn reads_boolean_claims() {
        use base64::Engine;
        let enc = |v: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v);
        let jwt = |p: &str| format!("{}.{}.sig", enc("{}"), enc(p));
        assert!(super::payload_flag(&jwt(r#"{"xms_edov":true}"#), "xms_edov"));
        assert!(super::payload_flag(&jwt(r#"{"xms_edov":1}"#), "xms_edov"));
        assert!(!super::payload_flag(&jwt(r#"{"xms_edov":false}"#), "xms_edov"));
        assert!(!super::payload_flag(&jwt(r#"{}"#), "xms_edov"));
        assert!(!super::payload_flag("garbage", "xms_edov"));
    }
}
