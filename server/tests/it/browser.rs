//! A client that behaves like a browser on our own pages: keeps cookies, does not follow
//! redirects (tests look at them), and sends `Origin` on every POST as browsers do.

use crate::support::TestApp;
use reqwest::redirect::Policy;

pub const DEMO_PASSWORD: &str = "KetNoi-demo-2030";

pub struct Browser {
    pub client: reqwest::Client,
    pub base: String,
}

impl Browser {
    pub fn new(app: &TestApp) -> Browser {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .expect("client");
        Browser { client, base: app.base.clone() }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.base)).send().await.expect("GET")
    }

    /// The page's status and HTML.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.expect("body"))
    }

    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.base))
            .header("origin", &self.base)
            .form(form)
            .send()
            .await
            .expect("POST")
    }

    /// Signs in; panics unless the server answered with the redirect of a success.
    pub async fn sign_in(&self, email: &str, password: &str) {
        let res = self.post("/auth/login", &[("email", email), ("password", password)]).await;
        assert_eq!(res.status().as_u16(), 303, "sign-in of {email}");
        assert_eq!(location(&res), "/account", "sign-in of {email} succeeded");
    }
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or("").to_string()
}
