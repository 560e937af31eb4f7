//! GitHub sign-in: OAuth2 (GitHub speaks no OpenID Connect) with state and PKCE, then the
//! user's id and primary verified e-mail from the REST API. The flow state is `flow::Pending`.

use super::flow::{AuthError, Identity, Pending, new_pending};
use super::settings::ProviderSettings;
use serde::Deserialize;

const AUTHORIZE_URL: &str = "https://github.com/login/oauth/authorize";
const TOKEN_URL: &str = "https://github.com/login/oauth/access_token";
const API: &str = "https://api.github.com";

pub(super) fn start(p: &ProviderSettings, redirect_uri: &str, next: &str) -> Result<(url::Url, Pending), AuthError> {
    let (pending, challenge) = new_pending(&p.id, next, None);
    let url = url::Url::parse_with_params(
        AUTHORIZE_URL,
        [
            ("client_id", p.client_id.as_str()),
            ("redirect_uri", redirect_uri),
            // `user:email` lets us read private addresses and whether GitHub verified them.
            ("scope", "read:user user:email"),
            ("state", pending.state()),
            ("code_challenge", challenge.as_str()),
            ("code_challenge_method", challenge.method().as_str()),
        ],
    )
    .map_err(|e| AuthError::Config(e.to_string()))?;
    Ok((url, pending))
}

/// GitHub answers token errors with 200 and an `error` field.
#[derive(Deserialize)]
struct TokenAnswer {
    access_token: Option<String>,
    error: Option<String>,
}

#[derive(Deserialize)]
struct User {
    id: u64,
    name: Option<String>,
    login: String,
}

#[derive(Deserialize)]
struct Email {
    email: String,
    primary: bool,
    verified: bool,
}

pub(super) async fn finish(
    http: &reqwest::Client,
    p: &ProviderSettings,
    pending: &Pending,
    code: &str,
    redirect_uri: &str,
) -> Result<Identity, AuthError> {
    let verifier = pending.verifier();
    let answer: TokenAnswer = http
        .post(TOKEN_URL)
        .header(reqwest::header::ACCEPT, "application/json")
        .form(&[
            ("client_id", p.client_id.as_str()),
            ("client_secret", p.client_secret.expose()),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("code_verifier", verifier.secret().as_str()),
        ])
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .map_err(|e| AuthError::Exchange(e.without_url().to_string()))?
        .json()
        .await
        .map_err(|e| AuthError::Exchange(e.to_string()))?;
    let token = match answer {
        TokenAnswer { access_token: Some(t), .. } => t,
        TokenAnswer { error, .. } => {
            return Err(AuthError::Exchange(error.unwrap_or_else(|| "no access token".into())));
        }
    };
    let user: User = api(http, &token, "/user").await?;
    let emails: Vec<Email> = api(http, &token, "/user/emails").await?;
    let email = emails.into_iter().find(|e| e.primary).ok_or(AuthError::NoEmail)?;
    if !email.verified {
        return Err(AuthError::EmailUnverified);
    }
    Ok(Identity { subject: user.id.to_string(), email: email.email, name: user.name.or(Some(user.login)) })
}

async fn api<T: serde::de::DeserializeOwned>(http: &reqwest::Client, token: &str, path: &str) -> Result<T, AuthError> {
    http.get(format!("{API}{path}"))
        .bearer_auth(token)
        .header(reqwest::header::ACCEPT, "application/vnd.github+json")
        .header("X-GitHub-Api-Version", "2022-11-28")
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .map_err(|e| AuthError::Api(format!("{path}: {e}")))?
        .json()
        .await
        .map_err(|e| AuthError::Api(format!("{path}: {e}")))
}
