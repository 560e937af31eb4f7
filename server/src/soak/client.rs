//! One simulated person: a browser-like client with its own session, posting forms and telling
//! from the answer whether the server accepted the write.

use std::time::Duration;

/// What the person was told about one write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `303` and the page it leads to shows the success notice: the write must be there, once.
    Acked,
    /// A clear refusal (a form error, 4xx): the write must not be there.
    Refused,
    /// No answer, or one that says neither (the server died mid-request, a 5xx): either way.
    Unknown,
}

pub struct Client {
    http: reqwest::Client,
    base: String,
}

impl Client {
    /// Its own cookie store and the `Origin` a browser sends with a form (the server refuses
    /// cross-site posts); redirects are not followed, the redirect is the answer.
    pub fn new(base: &str) -> anyhow::Result<Client> {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::ORIGIN, reqwest::header::HeaderValue::from_str(base)?);
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .default_headers(headers)
            .pool_max_idle_per_host(1)
            .timeout(Duration::from_secs(30))
            .build()?;
        Ok(Client { http, base: base.to_string() })
    }

    /// Signs in, retrying while the server restarts; sessions live in the database, so one
    /// sign-in lasts the whole soak.
    pub async fn sign_in(&self, email: &str, password: &str) -> anyhow::Result<()> {
        for _ in 0..600 {
            let form = [("email", email), ("password", password)];
            match self.http.post(format!("{}/auth/login", self.base)).form(&form).send().await {
                Ok(a) if a.status() == 303 && location(&a) == Some("/account") => return Ok(()),
                Ok(a) if a.status().is_client_error() || a.status() == 303 => {
                    anyhow::bail!("sign-in of {email} refused: {} to {:?}", a.status(), location(&a))
                }
                _ => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
        anyhow::bail!("could not sign in {email}: the server did not come back")
    }

    /// Posts a form and judges the answer (see [`Outcome`]).
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> Outcome {
        let answer = match self.http.post(format!("{}{path}", self.base)).form(form).send().await {
            Ok(a) => a,
            Err(_) => return Outcome::Unknown,
        };
        let status = answer.status();
        if status.is_client_error() {
            return Outcome::Refused;
        }
        let Some(to) = location(&answer).map(|l| l.split('#').next().unwrap_or(l).to_string()) else {
            return Outcome::Unknown;
        };
        if status != 303 {
            return Outcome::Unknown;
        }
        // the notice (or the error summary) is in the session's flash, shown once by the next page
        let page = match self.http.get(format!("{}{to}", self.base)).send().await {
            Ok(p) if p.status().is_success() => p.text().await.unwrap_or_default(),
            _ => return Outcome::Unknown,
        };
        if page.contains("data-testid=\"notice\"") {
            Outcome::Acked
        } else if page.contains("data-testid=\"error-summary\"") {
            Outcome::Refused
        } else {
            Outcome::Unknown
        }
    }
}

fn location(a: &reqwest::Response) -> Option<&str> {
    a.headers().get(reqwest::header::LOCATION).and_then(|v| v.to_str().ok())
}
