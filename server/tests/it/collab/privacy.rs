//! What stays between the parties: confidential details only after acceptance, and the
//! thread's messages as plain text.

use super::cast;
use super::encode;
use super::send;
use super::signed_in;
use crate::browser::Browser;

#[tokio::test]
async fn confidential_details_never_leak() {
    let app = crate::support::spawn_empty().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let secret = c.confidential.lines().next().unwrap_or_default().to_string();
    assert!(secret.len() > 10);
    let requester = signed_in(&app, &c.requester).await;
    let stranger = signed_in(&app, &c.stranger).await;
    let id = send(&requester, &c, "Quan tâm").await;
    // a word of the secret to search for
    let word = secret.split_whitespace().max_by_key(|w| w.len()).unwrap_or_default().to_string();
    let q = encode(&word);
    let paths = vec![
        format!("/offers/{}", c.offer),
        "/offers".into(),
        format!("/api/v1/offers?q={q}"),
        "/api/v1/offers".into(),
        format!("/api/v1/search?q={q}"),
        format!("/search?q={q}"),
        format!("/srv/offer_confidential?slug={}", c.offer),
        format!("/collab/{id}"),
    ];
    let anon = Browser::new(&app);
    for who in [&anon, &stranger, &requester] {
        for p in &paths {
            let (_, body) = who.page(p).await;
            assert!(!body.contains(&secret), "confidential text leaked at {p}");
        }
    }
}

#[tokio::test]
async fn messages_are_plain_text() {
    let app = crate::support::spawn_empty().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let requester = signed_in(&app, &c.requester).await;
    let provider = signed_in(&app, &c.provider).await;
    let id = send(&requester, &c, "<b>đậm</b><script>alert('send')</script>").await;
    let corpus = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(2)>",
        "<a href=\"javascript:alert(3)\">bấm</a>",
        "<svg onload=alert(4)>",
        "</textarea><iframe src=//evil.example>",
    ];
    for body in corpus {
        let res = provider.post(&format!("/collab/{id}/messages"), &[("body", body)]).await;
        assert_eq!(res.status().as_u16(), 303);
    }
    let (_, page) = requester.page(&format!("/collab/{id}")).await;
    for bad in ["<script>alert", "<img src=x", "<svg onload", "<iframe", "<a href=\"javascript:", "<b>đậm"] {
        assert!(!page.contains(bad), "{bad} rendered as markup");
    }
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
}
