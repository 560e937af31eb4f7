//! Local accounts through the real router: sign-up with mail through a real SMTP server,
//! confirmation, sign-in and out, lockout, password reset, and the protections every form
//! relies on (Origin check, rate limit, security headers, cookie flags). Each test starts from
//! an empty database; the accounts that sign in are built.

use crate::browser::{Browser, location};
use crate::builders::{self, User, user};
use crate::smtp_sink::{SmtpSink, link};
use crate::support::{TestApp, spawn_empty, spawn_empty_with};
use app::backend::auth::settings::{AuthSettings, MailSettings, RateLimitSettings};
use app::backend::store::statements::users;

/// A confirmed account to sign in with (its password is [`builders::PASSWORD`]).
async fn account(app: &TestApp) -> User {
    user().create(&app.pool().await).await
}

const PASSWORD: &str = "Tràng An mùa lúa chín 2026";

/// The password-reset mails written to `dir` (only resets are counted, whatever else the
/// server sends).
fn reset_mails(dir: &std::path::Path) -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("mail file"))
        .filter(|m| link(m, "/password/reset?token=").is_some())
        .collect()
}

#[tokio::test]
async fn sign_up_confirm_sign_out_and_in_again() {
    let sink = SmtpSink::start().await;
    let app = spawn_empty_with(AuthSettings {
        mail: MailSettings { smtp_url: Some(sink.url.clone()), ..Default::default() },
        ..Default::default()
    })
    .await;
    let b = Browser::new(&app);
    let email = "nguyen.thi.lan@vien-nong-nghiep.vn";
    let res = b
        .post(
            "/auth/signup",
            &[("name", "Nguyễn Thị Lan"), ("email", email), ("password", PASSWORD), ("confirm", PASSWORD)],
        )
        .await;
    assert_eq!((res.status().as_u16(), location(&res).as_str()), (303, "/account"));
    let (_, page) = b.page("/account").await;
    assert!(page.contains(email), "signed in after sign-up");
    assert!(page.contains("data-testid=\"unverified\""), "not yet confirmed");

    // only this address's mail, whatever else the server sends
    let mails: Vec<_> = sink.received().into_iter().filter(|m| m.rcpt == vec![email.to_string()]).collect();
    assert_eq!(mails.len(), 1, "one mail through SMTP");
    assert_eq!(mails[0].rcpt, vec![email.to_string()]);
    assert!(mails[0].data.contains("Subject:"), "{}", mails[0].data);
    let verify = link(&mails[0].data, "/auth/verify?token=").expect("verification link");
    let res = b.get(&verify).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, page) = b.page("/account").await;
    assert!(!page.contains("data-testid=\"unverified\""), "confirmed");
    // the link works once
    let res = b.get(&verify).await;
    assert_eq!(location(&res), "/account");
    let (_, page) = b.page("/account").await;
    assert!(page.contains("không hợp lệ"), "a used link is refused in Vietnamese");

    let res = b.post("/auth/logout", &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, page) = b.page("/account").await;
    assert!(page.contains("data-testid=\"sign-in-prompt\""), "signed out");
    b.sign_in(email, PASSWORD).await;
    let (_, page) = b.page("/account").await;
    assert!(page.contains(email));
}

#[tokio::test]
async fn refused_forms_keep_what_was_typed_and_say_why() {
    let app = spawn_empty().await;
    let b = Browser::new(&app);
    let res = b
        .post(
            "/auth/signup",
            &[("name", "Trần Văn <b>Bình</b>"), ("email", "khong-phai-email"), ("password", "ngan"), ("confirm", "x")],
        )
        .await;
    assert_eq!(location(&res), "/signup");
    let (_, page) = b.page("/signup").await;
    assert!(page.contains("data-testid=\"error-summary\""));
    assert!(page.contains("Địa chỉ e-mail không hợp lệ"), "field message in Vietnamese");
    assert!(page.contains("Mật khẩu cần ít nhất 10 ký tự"));
    assert!(page.contains("value=\"khong-phai-email\""), "typed e-mail kept");
    assert!(page.contains("Trần Văn &lt;b&gt;Bình&lt;/b&gt;"), "typed name kept, escaped");
    assert!(!page.contains("value=\"ngan\""), "passwords are never sent back");
    // shown once: a reload is a clean form
    let (_, page) = b.page("/signup").await;
    assert!(!page.contains("data-testid=\"error-summary\""));
    // the same in English
    b.post("/auth/signup?lang=en", &[("email", "x@y")]).await;
    let (_, page) = b.page("/signup?lang=en").await;
    assert!(page.contains("Enter an e-mail address like name@company.vn."), "English message");
    let pool = app.pool().await;
    let found = users::find_by_email(&pool, "khong-phai-email").await.expect("look up");
    assert!(found.is_none(), "nothing written");
}

#[tokio::test]
async fn wrong_passwords_lock_the_account_for_a_while() {
    let app = spawn_empty().await;
    let b = Browser::new(&app);
    let who = account(&app).await;
    let email = who.email.as_str();
    for _ in 0..5 {
        let res = b.post("/auth/login", &[("email", email), ("password", "sai mật khẩu rồi")]).await;
        assert_eq!(location(&res), "/login");
    }
    let (_, page) = b.page("/login").await;
    assert!(page.contains("E-mail hoặc mật khẩu không đúng"));
    // the right password no longer helps until the wait is over
    let res = b.post("/auth/login", &[("email", email), ("password", builders::PASSWORD)]).await;
    assert_eq!(location(&res), "/login");
    let (_, page) = b.page("/login").await;
    assert!(page.contains("Đăng nhập sai nhiều lần"), "lockout message");
    let pool = app.pool().await;
    let locked = users::find_by_email(&pool, email).await.expect("look up").expect("the account").locked_until;
    assert!(locked.is_some());
    // an unknown address gets the same answer as a wrong password
    b.post("/auth/login", &[("email", "khong-co@example.com"), ("password", "bất kỳ mật khẩu nào")]).await;
    let (_, page) = b.page("/login").await;
    assert!(page.contains("E-mail hoặc mật khẩu không đúng"));
}

#[tokio::test]
async fn password_reset_ends_other_sessions_and_works_once() {
    let app = spawn_empty().await;
    let who = account(&app).await;
    let email = who.email.as_str();
    let old = who.browser(&app).await;
    let b = Browser::new(&app);
    let res = b.post("/auth/forgot", &[("email", email)]).await;
    assert_eq!(location(&res), "/password/forgot");
    // an unknown address gets the same confirmation, and no mail
    b.post("/auth/forgot", &[("email", "khong-co@example.com")]).await;
    let mails = reset_mails(&app.mail_dir);
    assert_eq!(mails.len(), 1, "one reset mail");
    let reset = link(&mails[0], "/password/reset?token=").expect("reset link");
    let token = reset.split("token=").nth(1).expect("token").to_string();
    let new_password = "Cố đô Hoa Lư ngàn năm";
    let res = b.post("/auth/reset", &[("token", &token), ("password", new_password), ("confirm", new_password)]).await;
    assert_eq!(location(&res), "/login");
    let (_, page) = old.page("/account").await;
    assert!(page.contains("data-testid=\"sign-in-prompt\""), "the old session ended");
    let res = b.post("/auth/login", &[("email", email), ("password", builders::PASSWORD)]).await;
    assert_eq!(location(&res), "/login", "old password refused");
    b.sign_in(email, new_password).await;
    let again = Browser::new(&app);
    let res = again
        .post(
            "/auth/reset",
            &[("token", &token), ("password", "Một mật khẩu khác hẳn"), ("confirm", "Một mật khẩu khác hẳn")],
        )
        .await;
    assert_eq!(location(&res), "/password/forgot", "a used token is refused");
}

#[tokio::test]
async fn cross_origin_writes_are_refused() {
    let app = spawn_empty().await;
    let url = format!("{}/auth/login", app.base);
    let who = account(&app).await;
    let form = [("email", who.email.as_str()), ("password", builders::PASSWORD)];
    let none = app.client.post(&url).form(&form).send().await.expect("post");
    assert_eq!(none.status().as_u16(), 403, "no Origin, no Referer");
    let evil = app.client.post(&url).header("origin", "http://evil.example").form(&form).send().await.expect("post");
    assert_eq!(evil.status().as_u16(), 403, "another site");
    let lookalike = app
        .client
        .post(&url)
        .header("referer", format!("{}.evil.example/x", app.base))
        .form(&form)
        .send()
        .await
        .expect("post");
    assert_eq!(lookalike.status().as_u16(), 403, "a look-alike host");
    let srv = app.client.post(format!("{}/srv/session", app.base)).header("origin", "null").send().await.expect("post");
    assert_eq!(srv.status().as_u16(), 403, "server functions too");
    let ours =
        app.client.post(&url).header("referer", format!("{}/login", app.base)).form(&form).send().await.expect("post");
    assert_ne!(ours.status().as_u16(), 403, "our own page's Referer passes");
}

#[tokio::test]
async fn a_burst_of_sign_ins_gets_429_with_retry_after() {
    let app = spawn_empty_with(AuthSettings {
        rate_limit: RateLimitSettings { burst: 5, per_minute: 1 },
        ..Default::default()
    })
    .await;
    let b = Browser::new(&app);
    let mut statuses = Vec::new();
    for _ in 0..8 {
        let res = b.post("/auth/login", &[("email", "a@example.com"), ("password", "không đúng đâu")]).await;
        statuses.push((res.status().as_u16(), res.headers().get("retry-after").is_some()));
    }
    assert!(statuses[..5].iter().all(|(s, _)| *s == 303), "{statuses:?}");
    assert!(statuses[5..].iter().all(|&(s, retry)| s == 429 && retry), "{statuses:?}");
    // pages are not limited
    assert_eq!(b.get("/login").await.status().as_u16(), 200);
}

#[tokio::test]
async fn pages_carry_security_headers_and_a_nonce_for_their_scripts() {
    let app = spawn_empty().await;
    let b = Browser::new(&app);
    let res = b.get("/login").await;
    let h = res.headers().clone();
    let csp = h.get("content-security-policy").and_then(|v| v.to_str().ok()).expect("CSP").to_string();
    let html = res.text().await.expect("html");
    let nonce = csp.split("'nonce-").nth(1).and_then(|r| r.split('\'').next()).expect("nonce in CSP");
    assert!(html.contains(&format!("nonce=\"{nonce}\"")), "inline scripts carry the nonce");
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(h.get("x-content-type-options").map(|v| v.as_bytes()), Some(&b"nosniff"[..]));
    assert!(h.get("referrer-policy").is_some());
    assert!(h.get("strict-transport-security").is_none(), "no HSTS over plain http");
    let again = b.get("/login").await;
    let csp2 = again.headers().get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    assert_ne!(csp, csp2, "a new nonce per response");
    let api = b.get("/api/v1/organizations").await;
    let api_csp = api.headers().get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or("");
    assert!(api_csp.starts_with("default-src 'none'"), "{api_csp}");

    // the session cookie: HttpOnly, SameSite=Lax, not Secure over http
    let who = account(&app).await;
    let res = b.post("/auth/login", &[("email", who.email.as_str()), ("password", builders::PASSWORD)]).await;
    let cookie = res.headers().get("set-cookie").and_then(|v| v.to_str().ok()).expect("session cookie").to_string();
    assert!(cookie.starts_with("ketnoi_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"), "{cookie}");
}

#[tokio::test]
async fn over_tls_cookies_are_secure_and_hsts_is_sent() {
    let app =
        spawn_empty_with(AuthSettings { public_url: Some("https://ketnoi.example.vn".into()), ..Default::default() })
            .await;
    let b = Browser::new(&app);
    let who = account(&app).await;
    let res = b.get("/").await;
    assert!(res.headers().get("strict-transport-security").is_some());
    // Origin of the public address is accepted, too
    let res = b
        .client
        .post(format!("{}/auth/login", app.base))
        .header("origin", "https://ketnoi.example.vn")
        .form(&[("email", who.email.as_str()), ("password", builders::PASSWORD)])
        .send()
        .await
        .expect("post");
    assert_eq!(res.status().as_u16(), 303);
    let cookie = res.headers().get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    assert!(cookie.contains("Secure"), "{cookie}");
}

#[tokio::test]
async fn a_forged_host_does_not_change_the_links_in_mail() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_empty().await;
    let who = account(&app).await;
    // An attacker's own request, Host and Origin agreeing, so the Origin check lets it through.
    // Written by hand: HTTP clients will not send a Host that differs from the address.
    let addr = app.base.trim_start_matches("http://");
    let body = format!("email={}", who.email.replace('@', "%40"));
    let request = format!(
        "POST /auth/forgot HTTP/1.1\r\nHost: evil.example\r\nOrigin: http://evil.example\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut tcp = tokio::net::TcpStream::connect(addr).await.expect("connect");
    tcp.write_all(request.as_bytes()).await.expect("send");
    let mut answer = String::new();
    tcp.read_to_string(&mut answer).await.expect("answer");
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    let mails = reset_mails(&app.mail_dir);
    assert_eq!(mails.len(), 1);
    let reset = link(&mails[0], "/password/reset?token=").expect("reset link");
    let text = mails[0].replace("=\r\n", "").replace("=3D", "=");
    assert!(text.contains(&format!("{}{reset}", app.base)), "the link names our own address");
    assert!(!text.contains("evil.example"), "never the forged host");
}
