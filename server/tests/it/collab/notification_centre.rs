//! Notifications of a request: listed, opened (read, then followed), all marked read.

use super::cast;
use super::send;
use super::signed_in;
use crate::browser::Browser;
use crate::browser::location;
use app::backend::store::statements::notifications;

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
