//! Secrets stay out of the logs: every test in this binary logs into one buffer, and the
//! secrets a sign-up, confirmation and reset handle must not appear in it. (The test client's own
//! cookie jar logs the cookies it stores; it is the browser, not the server, so it is left out.)

use crate::browser::{Browser, location};
use crate::support::spawn;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn logs() -> &'static Buffer {
    static LOGS: OnceLock<Buffer> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buffer = Buffer::default();
        let writer = buffer.clone();
        let _ = tracing_subscriber::fmt()
            .with_env_filter("debug,sqlx=warn,hyper=info,h2=info,reqwest=info,tantivy=info,cookie_store=warn")
            .with_writer(move || writer.clone())
            .try_init();
        buffer
    })
}

#[tokio::test]
async fn passwords_tokens_and_session_ids_are_not_logged() {
    let buffer = logs();
    let app = spawn().await;
    let b = Browser::new(&app);
    let email = "kiem.tra.log@example.vn";
    let password = "Mật khẩu bí mật Vân Long 9";
    let res = b
        .post("/auth/signup", &[("name", "Kiểm Tra"), ("email", email), ("password", password), ("confirm", password)])
        .await;
    assert_eq!(location(&res), "/account");
    let cookie = res.headers().get("set-cookie").and_then(|v| v.to_str().ok()).expect("cookie").to_string();
    let session_id = cookie.split(';').next().and_then(|c| c.split_once('=')).map(|(_, v)| v.to_string()).expect("id");
    let verify = crate::smtp_sink::link_in_dir(&app.mail_dir, "/auth/verify?token=").expect("link");
    let token = verify.split("token=").nth(1).expect("token").to_string();
    b.get(&verify).await;
    b.get(&format!("/password/reset?token={token}")).await;
    let text = String::from_utf8_lossy(&buffer.0.lock().expect("log buffer")).to_string();
    assert!(text.contains("/auth/verify?token=[redacted]"), "the request was logged, redacted");
    for (what, secret) in [("password", password), ("token", token.as_str()), ("session id", session_id.as_str())] {
        let at = text.find(secret).map(|i| &text[i.saturating_sub(300)..(i + 100).min(text.len())]);
        assert!(at.is_none(), "the {what} is in the log: {at:?}");
    }
}
