//! Two nodes on one database (README, "Running several nodes"): sessions are rows in the
//! database, so a session begun through one node is good on the other, and signing out
//! through one, or an administrator disabling the account through the other, ends it on both.

use crate::browser::{Browser, DEMO_PASSWORD};
use crate::support::{TestApp, spawn, spawn_node_of};
use app::backend::store::statements::admin;
use app::domain::admin::AdminQuery;

const MEMBER: &str = "demo.duong.thu.ngan@example.com";
const ADMIN: &str = "demo.admin@example.com";

/// The same browser (one cookie jar: cookies do not tell ports apart) talking to `node`.
fn through(b: &Browser, node: &TestApp) -> Browser {
    Browser { client: b.client.clone(), base: node.base.clone() }
}

/// The signed-in user's e-mail as this node sees it.
async fn who(b: &Browser) -> Option<String> {
    let body: serde_json::Value = b.get("/srv/session").await.json().await.expect("session json");
    body["viewer"]["email"].as_str().map(str::to_string)
}

#[tokio::test]
async fn a_session_is_good_on_every_node_and_ends_on_every_node() {
    let a = spawn().await;
    let b = spawn_node_of(&a).await;

    // signed in through A, recognised by B; signed out through B, gone on A too
    let on_a = Browser::new(&a);
    on_a.sign_in(MEMBER, DEMO_PASSWORD).await;
    let on_b = through(&on_a, &b);
    assert_eq!(who(&on_b).await.as_deref(), Some(MEMBER), "node B knows the session node A began");
    let out = on_b.post("/auth/logout", &[]).await;
    assert_eq!(out.status().as_u16(), 303);
    assert_eq!(who(&on_a).await, None, "signed out through B, signed out on A");

    // signed in again through B; an administrator disables the account through A
    on_b.sign_in(MEMBER, DEMO_PASSWORD).await;
    assert_eq!(who(&on_a).await.as_deref(), Some(MEMBER));
    let admin_on_a = Browser::new(&a);
    admin_on_a.sign_in(ADMIN, DEMO_PASSWORD).await;
    let q = AdminQuery { q: Some(MEMBER.into()), filter: None, page: 1 };
    let id = admin::list_users(&a.pool().await, &q).await.expect("users").rows[0].id;
    let res = admin_on_a.post(&format!("/admin/users/{id}/disable"), &[("back", "/admin/users")]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(who(&on_b).await, None, "disabled through A, signed out on B");
    assert_eq!(who(&on_a).await, None);
}
