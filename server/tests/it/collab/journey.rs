//! The whole path, as the two parties walk it: request, accept, contacts shared, agreement
//! with its signed document, and the KPI that counts it.

use super::cast;
use super::send;
use super::signed_in;
use super::snapshot;
use super::step;
use super::view;
use crate::browser::Browser;
use crate::support::TestApp;
use app::backend::store::statements::notifications;

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
