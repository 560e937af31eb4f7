//! Collaboration requests through the real router: the whole path from request to agreement,
//! who may take which step (each refusal changing nothing), replays, double opt-in, the
//! thread's escaping, notifications and their e-mail through a real SMTP sink.

use crate::browser::{Browser, location};
use crate::builders::{self, PASSWORD, offer, org};
use crate::support::{TestApp, audit_rows};
use app::backend::db::Db;
use app::backend::store::statements::{collab, members, notifications, users};
use app::domain::account::MemberRole;
use app::domain::kind::OrgKind;

/// The cast: a published offer with confidential details and its provider's owner, an
/// enterprise's owner who never asked about it, and a stranger who owns a third organisation.
pub struct Cast {
    pub offer: String,
    pub provider_org: i64,
    pub provider_owner: builders::Org,
    pub provider: String,
    pub confidential: String,
    pub requester_org: i64,
    pub requester_slug: String,
    pub requester: String,
    pub requester_id: i64,
    pub stranger: String,
    pub stranger_user: builders::User,
}

pub async fn cast(pool: &Db) -> Cast {
    let confidential = "Bí quyết phối trộn KNX-7731-BANVE theo tỷ lệ ba phần hai\nBản vẽ gửi kèm sau khi ký.";
    let provider = org(OrgKind::Institute).verified().create(pool).await;
    let listing = offer(&provider).confidential(confidential).create(pool).await;
    let requester = org(OrgKind::Enterprise).create(pool).await;
    let stranger = org(OrgKind::Startup).create(pool).await.owner;
    Cast {
        offer: listing.slug,
        provider_org: provider.id,
        provider: provider.owner.email.clone(),
        provider_owner: provider,
        confidential: confidential.into(),
        requester_org: requester.id,
        requester_slug: requester.slug,
        requester: requester.owner.email,
        requester_id: requester.owner.id,
        stranger: stranger.email.clone(),
        stranger_user: stranger,
    }
}

pub async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let b = Browser::new(app);
    b.sign_in(email, PASSWORD).await;
    b
}

/// Sends a request from the requester's organisation; its id.
pub async fn send(b: &Browser, c: &Cast, message: &str) -> i64 {
    let org = c.requester_org.to_string();
    let res = b
        .post("/collab/send", &[("offer", &c.offer), ("from_org", &org), ("intent", "licence"), ("message", message)])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let to = location(&res);
    to.strip_prefix("/collab/").and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("sent, got {to}"))
}

/// The request as the Department's staff see it.
pub async fn view(pool: &Db, id: i64) -> app::domain::collab::CollabView {
    let staff = builders::staff(pool).await;
    let viewer = users::viewer(pool, staff.id).await.expect("viewer").expect("active staff");
    collab::view(pool, &viewer, id).await.expect("view").expect("the request")
}

/// Everything a step may change: state, transitions, messages, agreements, audit entries.
pub async fn snapshot(pool: &Db, id: i64) -> (String, i64, i64, i64, i64) {
    let v = view(pool, id).await;
    let audit = audit_rows(pool, "collaboration_request")
        .await
        .into_iter()
        .filter(|r| r.entity_type == "collaboration_request" && r.entity_id == id.to_string())
        .count();
    let n = |n: usize| i64::try_from(n).expect("a count");
    (v.state.as_str().to_string(), n(v.timeline.len()), n(v.messages.len()), n(v.agreement.iter().count()), n(audit))
}

async fn step(b: &Browser, id: i64, action: &str, note: &str) -> u16 {
    b.post(&format!("/collab/{id}/step"), &[("action", action), ("note", note)]).await.status().as_u16()
}

fn pdf_form(kind: &str, value: &str, date: &str, pdf: Option<Vec<u8>>) -> reqwest::multipart::Form {
    let mut form = reqwest::multipart::Form::new()
        .text("agreement_type", kind.to_string())
        .text("value_vnd", value.to_string())
        .text("signed_on", date.to_string());
    if let Some(bytes) = pdf {
        form = form.part(
            "document",
            reqwest::multipart::Part::bytes(bytes).file_name("hop-dong.pdf").mime_str("application/pdf").expect("mime"),
        );
    }
    form
}

async fn agree(b: &Browser, id: i64, form: reqwest::multipart::Form) -> u16 {
    b.client
        .post(format!("{}/collab/{id}/agreement", b.base))
        .header("origin", &b.base)
        .multipart(form)
        .send()
        .await
        .expect("agreement POST")
        .status()
        .as_u16()
}

fn today() -> String {
    app::backend::today()
}

/// `text` as a query-string value.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

/// This year's live figure of "innovation products commercialised", from the open-data API
/// (a year without agreements yet counts 0).
async fn commercialised(app: &TestApp) -> f64 {
    let (status, body) = app.json("/api/v1/kpi").await;
    assert_eq!(status, 200);
    let year: i64 = today()[..4].parse().expect("year");
    let rows = body["hits"].as_array().expect("hits");
    let row = rows.iter().find(|r| r["code"] == "products_commercialised").expect("row 12");
    row["actuals"]
        .as_array()
        .expect("actuals")
        .iter()
        .find(|a| a["year"].as_i64() == Some(year))
        .map_or(0.0, |a| a["value"].as_f64().expect("value"))
}

#[tokio::test]
async fn request_to_agreement() {
    let app = crate::support::spawn_empty().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let kpi_before = commercialised(&app).await;
    let requester = signed_in(&app, &c.requester).await;
    let provider = signed_in(&app, &c.provider).await;

    let (status, form) = requester.page(&format!("/collab/new?offer={}", c.offer)).await;
    assert_eq!(status, 200);
    assert!(form.contains("data-testid=\"collab-form\""), "the form is shown");
    let id = send(&requester, &c, "Chúng tôi muốn nhận chuyển giao công nghệ này.").await;
    assert_eq!(snapshot(&pool, id).await.0, "sent");

    // the provider is notified, the badge counts it
    let (_, page) = provider.page("/offers").await;
    assert!(page.contains("data-testid=\"notification-badge\""), "badge shown");
    // opening the page as the receiver records `viewed`, once
    let (status, page) = provider.page(&format!("/collab/{id}")).await;
    assert_eq!(status, 200);
    provider.page(&format!("/collab/{id}")).await;
    let s = snapshot(&pool, id).await;
    assert_eq!((s.0.as_str(), s.1), ("viewed", 2), "viewed recorded once");
    // double opt-in: before acceptance no e-mail of the other side, no confidential details
    assert!(!page.contains(&c.requester), "requester's e-mail hidden before acceptance");
    assert!(page.contains("data-testid=\"contacts-hidden\""));
    let (_, page) = requester.page(&format!("/collab/{id}")).await;
    assert!(!page.contains(&c.provider) && !page.contains(&c.confidential), "provider's side hidden before acceptance");

    assert_eq!(step(&provider, id, "accept", "").await, 303);
    assert_eq!(snapshot(&pool, id).await.0, "accepted");
    let (_, page) = requester.page(&format!("/collab/{id}")).await;
    assert!(page.contains(&c.provider), "provider's contact after acceptance");
    let first_line = c.confidential.lines().next().unwrap_or_default();
    assert!(page.contains(first_line), "confidential details for the requester after acceptance");
    let (_, offer_page) = requester.page(&format!("/offers/{}", c.offer)).await;
    assert!(offer_page.contains("data-testid=\"confidential\""), "and on the offer's page");
    let (_, page) = provider.page(&format!("/collab/{id}")).await;
    assert!(page.contains(&c.requester), "requester's contact after acceptance");

    let res = requester.post(&format!("/collab/{id}/messages"), &[("body", "Xin lịch khảo sát tuần sau.")]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(step(&requester, id, "start", "").await, 303);
    // a future date and a non-PDF are refused with nothing written
    let before = snapshot(&pool, id).await;
    agree(&provider, id, pdf_form("licence", "250000000", "2999-01-01", None)).await;
    agree(&provider, id, pdf_form("licence", "250000000", &today(), Some(b"<html>not a pdf".to_vec()))).await;
    agree(&provider, id, pdf_form("nonsense", "-1", &today(), None)).await;
    assert_eq!(snapshot(&pool, id).await, before, "refused agreements change nothing");
    let pdf = b"%PDF-1.4\n% test agreement\n".to_vec();
    assert_eq!(agree(&provider, id, pdf_form("licence", "250.000.000", &today(), Some(pdf.clone()))).await, 303);
    let s = snapshot(&pool, id).await;
    assert_eq!((s.0.as_str(), s.1, s.2, s.3), ("agreement", 5, 1, 1));
    let value = view(&pool, id).await.agreement.and_then(|a| a.value_vnd);
    assert_eq!(value, Some(250_000_000));
    // the document, for the parties only
    let res = requester.get(&format!("/collab/{id}/document")).await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.bytes().await.expect("body").to_vec(), pdf);
    let stranger = signed_in(&app, &c.stranger).await;
    assert_eq!(stranger.get(&format!("/collab/{id}/document")).await.status().as_u16(), 404);
    assert_eq!(app.get(&format!("/collab/{id}/document")).await.status().as_u16(), 401);
    // the timeline names every step; the KPI counts the agreement this year
    let (_, page) = requester.page(&format!("/collab/{id}")).await;
    assert!(page.contains("data-testid=\"agreement\""));
    assert_eq!(commercialised(&app).await, kpi_before + 1.0, "indicator 12 counts the new agreement");
    // every transition left an audit entry; the requester was told of each of the provider's steps
    let (notes, _) = notifications::list(&pool, c.requester_id, 1).await.expect("notifications");
    let notes = notes.iter().filter(|n| n.link == format!("/collab/{id}")).count();
    assert_eq!(notes, 3, "viewed, accepted, agreement");
    // the inbox and the sent box list it, with counts by state
    let slug = &c.requester_slug;
    let (status, page) = requester.page(&format!("/org/{slug}/requests?box=sent&state=agreement")).await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("/collab/{id}\"")), "in the sent box");
    let (_, page) = stranger.page(&format!("/org/{slug}/requests?box=sent")).await;
    assert!(page.contains("data-testid=\"not-member\"") && !page.contains(&format!("/collab/{id}\"")));
}

#[tokio::test]
async fn form_refusals_keep_values_and_write_nothing() {
    let app = crate::support::spawn_empty().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let b = signed_in(&app, &c.requester).await;
    // every request either organisation sent or the provider received
    let count = || async {
        let mut ids = std::collections::BTreeSet::new();
        for (org, inbox) in [(c.provider_org, true), (c.provider_org, false), (c.requester_org, false)] {
            let (_, total, rows) = collab::inbox(&pool, org, inbox, None, 1).await.expect("box");
            assert_eq!(total as usize, rows.len(), "one page holds them all");
            ids.extend(rows.into_iter().map(|r| r.id));
        }
        ids.len()
    };
    let before = count().await;
    let mine = c.requester_org.to_string();
    let theirs = c.provider_org.to_string();
    for (from, intent, message) in [
        (mine.as_str(), "licence", "   "),
        (mine.as_str(), "bribe", "Xin chào"),
        (theirs.as_str(), "licence", "Gửi từ chính tổ chức nhận"),
        ("999999", "licence", "Tổ chức không phải của tôi"),
        ("", "licence", "Chưa chọn tổ chức"),
    ] {
        let res = b
            .post("/collab/send", &[("offer", &c.offer), ("from_org", from), ("intent", intent), ("message", message)])
            .await;
        assert_eq!(res.status().as_u16(), 303);
        assert!(location(&res).starts_with("/collab/new?offer="), "back to the form");
    }
    assert_eq!(count().await, before, "nothing written");
    // the refused form comes back with the message typed and a field error
    b.post(
        "/collab/send",
        &[("offer", &c.offer), ("from_org", &mine), ("intent", ""), ("message", "Giữ lại nội dung này")],
    )
    .await;
    let (_, page) = b.page(&format!("/collab/new?offer={}", c.offer)).await;
    assert!(page.contains("Giữ lại nội dung này") && page.contains("data-testid=\"error-summary\""));
    // an open request for the same target is not sent twice
    send(&b, &c, "Lần đầu").await;
    let res = b
        .post("/collab/send", &[("offer", &c.offer), ("from_org", &mine), ("intent", "pilot"), ("message", "Lần hai")])
        .await;
    assert!(location(&res).starts_with("/collab/new"), "duplicate refused");
    assert_eq!(count().await, before + 1);
    // signed out: 401
    let res = Browser::new(&app)
        .post("/collab/send", &[("offer", &c.offer), ("from_org", &mine), ("intent", "pilot"), ("message", "x")])
        .await;
    assert_eq!(res.status().as_u16(), 401);
}

#[tokio::test]
async fn only_the_right_party_takes_each_step() {
    let app = crate::support::spawn_empty().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let requester = signed_in(&app, &c.requester).await;
    let provider = signed_in(&app, &c.provider).await;
    let stranger = signed_in(&app, &c.stranger).await;
    let anon = Browser::new(&app);
    let id = send(&requester, &c, "Ma trận quyền").await;
    // (who, action, expected status) from `sent`: each refused with nothing changed
    let refused: Vec<(&Browser, &str, u16)> = vec![
        (&requester, "accept", 403),
        (&requester, "decline", 403),
        (&provider, "withdraw", 403),
        (&stranger, "accept", 404),
        (&stranger, "withdraw", 404),
        (&anon, "accept", 401),
        (&anon, "withdraw", 401),
        // not yet possible from `sent`: back to the page with a message
        (&provider, "start", 303),
        (&requester, "close", 303),
        (&provider, "agree", 400),
    ];
    let before = snapshot(&pool, id).await;
    for (who, action, status) in &refused {
        assert_eq!(step(who, id, action, "lý do").await, *status, "{action}");
        assert_eq!(snapshot(&pool, id).await, before, "{action} changed nothing");
    }
    for who in [&stranger, &anon] {
        let res = who.post(&format!("/collab/{id}/messages"), &[("body", "chen ngang")]).await;
        assert!(matches!(res.status().as_u16(), 401 | 404));
    }
    let (status, _) = stranger.page(&format!("/collab/{id}")).await;
    assert_eq!(status, 404, "a stranger cannot tell the request exists");
    let (status, _) = stranger.page("/collab/99999999").await;
    assert_eq!(status, 404);
    assert_eq!(snapshot(&pool, id).await, before);
    // a decline needs its reason
    assert_eq!(step(&provider, id, "decline", "  ").await, 303);
    assert_eq!(snapshot(&pool, id).await, before);
    // any member of the receiving organisation may act: an editor accepts
    let owner = &c.provider_owner.owner;
    let token = members::invite(&pool, owner.id, c.provider_org, &c.stranger, MemberRole::Editor)
        .await
        .expect("invite")
        .expect("not a member yet");
    members::accept(&pool, c.stranger_user.id, &c.stranger, &token).await.expect("accept").expect("invitation");
    assert_eq!(step(&stranger, id, "accept", "").await, 303);
    // replays answer OK and write nothing
    let after = snapshot(&pool, id).await;
    assert_eq!(after.0, "accepted");
    assert_eq!(step(&provider, id, "accept", "").await, 303);
    assert_eq!(snapshot(&pool, id).await, after, "accepting twice writes once");
    // after acceptance the requester can no longer withdraw
    assert_eq!(step(&requester, id, "withdraw", "").await, 303);
    assert_eq!(snapshot(&pool, id).await, after);
    // closing without a deal ends the thread
    assert_eq!(step(&requester, id, "close", "Chưa thống nhất được giá").await, 303);
    assert_eq!(snapshot(&pool, id).await.0, "closed_no_deal");
    let s = snapshot(&pool, id).await;
    requester.post(&format!("/collab/{id}/messages"), &[("body", "muộn rồi")]).await;
    assert_eq!(snapshot(&pool, id).await, s, "no messages after closing");
}

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

#[tokio::test]
async fn notifications_list_open_and_mark_read() {
    let app = crate::support::spawn_empty().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let requester = signed_in(&app, &c.requester).await;
    let provider = signed_in(&app, &c.provider).await;
    let id = send(&requester, &c, "Thông báo").await;
    let (status, page) = provider.page("/notifications").await;
    assert_eq!(status, 200);
    assert!(page.contains("data-testid=\"notification\""));
    let provider_id = c.provider_owner.owner.id;
    let (list, _) = notifications::list(&pool, provider_id, 1).await.expect("notifications");
    let nid = list.first().expect("the provider's notification").id;
    // someone else cannot open (or learn about) it
    let res = requester.post(&format!("/notifications/{nid}/open"), &[]).await;
    assert_eq!(res.status().as_u16(), 404);
    let res = provider.post(&format!("/notifications/{nid}/open"), &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), format!("/collab/{id}"));
    let (list, _) = notifications::list(&pool, provider_id, 1).await.expect("notifications");
    assert!(list.iter().find(|n| n.id == nid).expect("still listed").read);
    requester.post(&format!("/collab/{id}/messages"), &[("body", "một")]).await;
    requester.post(&format!("/collab/{id}/messages"), &[("body", "hai")]).await;
    let (_, page) = provider.page("/").await;
    assert!(page.contains("data-testid=\"notification-badge\""));
    assert_eq!(provider.post("/notifications/read-all", &[]).await.status().as_u16(), 303);
    let (_, page) = provider.page("/").await;
    assert!(!page.contains("data-testid=\"notification-badge\""), "no badge once all are read");
    assert_eq!(Browser::new(&app).post("/notifications/read-all", &[]).await.status().as_u16(), 401);
}
