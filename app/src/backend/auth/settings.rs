//! Account settings from the config file and environment: the public address (links in
//! mail, OpenID Connect redirects, the Origin check), mail delivery, sign-in providers and the
//! sign-in rate limit.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AuthSettings {
    /// `https://ketnoi.example.vn`: where users reach the site. Links in mail and OIDC
    /// redirects are built from it; `None` uses the request's `Host` (development).
    pub public_url: Option<String>,
    /// Marks cookies `Secure`; defaults to true when `public_url` is https.
    pub secure_cookies: Option<bool>,
    pub mail: MailSettings,
    /// Sign-in providers, shown on the sign-in page in this order.
    #[serde(skip_serializing)]
    pub providers: Vec<ProviderSettings>,
    pub rate_limit: RateLimitSettings,
}

impl AuthSettings {
    pub fn secure(&self) -> bool {
        self.secure_cookies.unwrap_or_else(|| self.public_url.as_deref().is_some_and(|u| u.starts_with("https://")))
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct MailSettings {
    /// `smtp://host:port` (plain, for a local relay or the test sink), `smtps://user@host`
    /// (TLS) or `smtp+starttls://…`; the password comes from `KETNOI_AUTH__MAIL__SMTP_PASSWORD`.
    /// Unset: mail is written as `.eml` files into `dir` (development).
    pub smtp_url: Option<String>,
    #[serde(skip_serializing)]
    pub smtp_password: Option<Secret>,
    pub dir: String,
    pub from: String,
}

impl Default for MailSettings {
    fn default() -> Self {
        MailSettings {
            smtp_url: None,
            smtp_password: None,
            dir: "data/mail".into(),
            from: "Kết Nối <no-reply@ketnoi.invalid>".into(),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct RateLimitSettings {
    /// Requests a client may make at once to sign-in, sign-up and reset…
    pub burst: u32,
    /// …and how many more it earns per minute.
    pub per_minute: u32,
}

impl Default for RateLimitSettings {
    fn default() -> Self {
        RateLimitSettings { burst: 10, per_minute: 20 }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    /// Any OpenID Connect provider, found by its issuer's discovery document.
    Oidc,
    Google,
    Microsoft,
    /// OAuth2 and GitHub's e-mail API (GitHub speaks no OpenID Connect).
    Github,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ProviderSettings {
    /// The URL segment: `/auth/{id}/start`, `/auth/{id}/callback`.
    pub id: String,
    /// The button's label; defaults to the preset's name.
    pub name: Option<String>,
    pub kind: ProviderKind,
    /// Required for `oidc`; presets know theirs (Microsoft: from `tenant`).
    pub issuer: Option<String>,
    /// Microsoft: the directory (tenant) id. Required: the multi-tenant endpoints (`common`,
    /// `organizations`) publish a templated issuer that no ID token can be checked against.
    pub tenant: Option<String>,
    pub client_id: String,
    pub client_secret: Secret,
}

impl ProviderSettings {
    pub fn label(&self) -> String {
        self.name.clone().unwrap_or_else(|| {
            match self.kind {
                ProviderKind::Google => "Google",
                ProviderKind::Microsoft => "Microsoft",
                ProviderKind::Github => "GitHub",
                ProviderKind::Oidc => self.id.as_str(),
            }
            .to_string()
        })
    }

    /// The issuer whose discovery document describes the provider.
    pub fn issuer_url(&self) -> Option<String> {
        match self.kind {
            ProviderKind::Google => Some("https://accounts.google.com".into()),
            ProviderKind::Microsoft => {
                self.tenant.as_ref().map(|t| format!("https://login.microsoftonline.com/{t}/v2.0"))
            }
            ProviderKind::Oidc => self.issuer.clone(),
            ProviderKind::Github => None,
        }
    }
}

/// A secret from the configuration: never printed, never serialised.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// `[api]` in the config file, `KETNOI_API__RATE_LIMIT__PER_MINUTE=…` in the environment.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ApiSettings {
    pub rate_limit: ApiRateLimit,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct ApiRateLimit {
    /// Requests a client may make at once…
    pub burst: u32,
    /// …and how many more it earns per minute; 0 turns the limit off (benchmarks).
    pub per_minute: u32,
}

impl Default for ApiRateLimit {
    fn default() -> Self {
        // generous: a page of a script walking every list at 10 requests a second is fine
        ApiRateLimit { burst: 120, per_minute: 600 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_print() {
        let p = ProviderSettings {
            id: "test".into(),
            name: None,
            kind: ProviderKind::Oidc,
            issuer: Some("http://127.0.0.1:1".into()),
            tenant: None,
            client_id: "id".into(),
            client_secret: Secret::new("hunter2-very-secret"),
        };
        let shown = format!("{p:?} {:?}", AuthSettings { providers: vec![p.clone()], ..Default::default() });
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("Secret(***)"));
    }

    #[test]
    fn presets_know_their_issuers() {
        let mut p = ProviderSettings {
            id: "ms".into(),
            name: None,
            kind: ProviderKind::Microsoft,
            issuer: None,
            tenant: None,
            client_id: "id".into(),
            client_secret: Secret::new("s"),
        };
        assert_eq!(p.issuer_url(), None, "Microsoft needs its tenant");
        p.tenant = Some("3f2a-tenant".into());
        assert_eq!(p.issuer_url().as_deref(), Some("https://login.microsoftonline.com/3f2a-tenant/v2.0"));
        assert_eq!(p.label(), "Microsoft");
        p.kind = ProviderKind::Github;
        assert_eq!(p.issuer_url(), None);
    }
}
