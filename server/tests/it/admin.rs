//! The admin area: an admin verifies an organisation, decides a claim, disables a user and
//! merges a duplicate — each change in the database with its audit entry; members and
//! signed-out clients are refused every admin write and read, and nothing changes.

use crate::browser::{Browser, location};
use crate::support::{TestApp, spawn};
use app::backend::db::Db;
use app::backend::db::sql;
use app::backend::secrets::password;
use app::backend::store::sqlite::users;
use reqwest::StatusCode;

const PASSWORD: &str = "Tràng An mùa lúa chín";

/// A confirmed account with a password and the platform role `role`.
async fn account(pool: &Db, email: &str, role: &str) -> i64 {
    let hash = password::hash(PASSWORD.to_string()).await;
    let id = users::create(pool, email, "Người thử", Some(&hash), true).await.expect("create").expect("new e-mail");
    sql::query("UPDATE users SET role = $2 WHERE id = $1").bind(id).bind(role).execute(pool).await.expect("role");
    id
}

async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let browser = Browser::new(app);
    browser.sign_in(email, PASSWORD).await;
    browser
}

/// The signed-in user's e-mail as the server sees it, via the session server function.
async fn who(browser: &Browser) -> Option<String> {
    let body: serde_json::Value = browser.get("/srv/session").await.json().await.expect("session json");
    body["viewer"]["email"].as_str().map(str::to_string)
}

async fn unverified_org(pool: &Db) -> (i64, String) {
    sql::query_as("SELECT id, slug FROM organizations WHERE verified = FALSE AND hidden = FALSE ORDER BY id LIMIT 1")
        .fetch_one(pool)
        .await
        .expect("an unverified organisation")
}

async fn pending_claim(pool: &Db, org: i64, user: i64) -> i64 {
    sql::query_scalar(
        "INSERT INTO org_claims (org_id, user_id, message, status, created_at)
         VALUES ($1, $2, 'Tôi là giám đốc', 'pending', '2026-11-20T08:00:00Z') RETURNING id",
    )
    .bind(org)
    .bind(user)
    .fetch_one(pool)
    .await
    .expect("claim")
}

#[tokio::test]
async fn admin_verifies_approves_and_disables() {
    let app = spawn().await;
    let pool = app.pool().await;
    let admin = account(&pool, "quantri@so-khcn.vn", "admin").await;
    let member = account(&pool, "thanhvien@congty.vn", "member").await;
    let (org, _) = unverified_org(&pool).await;
    let a = signed_in(&app, "quantri@so-khcn.vn").await;

    // verify
    let res = a.post(&format!("/admin/orgs/{org}/verify"), &[("back", "/admin/orgs?filter=unverified")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/admin/orgs?filter=unverified");
    let (verified, by, at): (bool, Option<i64>, Option<String>) =
        sql::query_as("SELECT verified, verified_by, verified_at FROM organizations WHERE id = $1")
            .bind(org)
            .fetch_one(&pool)
            .await
            .expect("org");
    assert!(verified);
    assert_eq!(by, Some(admin));
    assert!(at.is_some());
    let (actor, before, after): (Option<i64>, String, String) = sql::query_as(
        "SELECT actor_user_id, CAST(before_json AS TEXT), CAST(after_json AS TEXT) FROM audit_log
         WHERE action = 'org.verify' AND entity_type = 'organization' AND entity_id = $1",
    )
    .bind(org.to_string())
    .fetch_one(&pool)
    .await
    .expect("one audit entry for the verification");
    assert_eq!(actor, Some(admin));
    let before: serde_json::Value = serde_json::from_str(&before).expect("before json");
    let after: serde_json::Value = serde_json::from_str(&after).expect("after json");
    assert_eq!(before["verified"], false);
    assert_eq!(after["verified"], true);
    assert_eq!(after["verified_by"], admin);

    // approve a claim: the claimant becomes an owner
    let claim = pending_claim(&pool, org, member).await;
    let res = a.post(&format!("/admin/claims/{claim}/approve"), &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/admin/claims");
    let (status, decided_by): (String, Option<i64>) =
        sql::query_as("SELECT status, decided_by FROM org_claims WHERE id = $1")
            .bind(claim)
            .fetch_one(&pool)
            .await
            .expect("claim");
    assert_eq!((status.as_str(), decided_by), ("approved", Some(admin)));
    let role: String = sql::query_scalar("SELECT role FROM memberships WHERE user_id = $1 AND org_id = $2")
        .bind(member)
        .bind(org)
        .fetch_one(&pool)
        .await
        .expect("membership created");
    assert_eq!(role, "owner");
    // deciding it again changes nothing
    a.post(&format!("/admin/claims/{claim}/reject"), &[]).await;
    let entries: i64 =
        sql::query_scalar("SELECT count(*) FROM audit_log WHERE entity_type = 'claim' AND entity_id = $1")
            .bind(claim.to_string())
            .fetch_one(&pool)
            .await
            .expect("count");
    assert_eq!(entries, 1);
    let status: String =
        sql::query_scalar("SELECT status FROM org_claims WHERE id = $1").bind(claim).fetch_one(&pool).await.expect("s");
    assert_eq!(status, "approved");

    // disable a signed-in member: their session stops working at once
    let m = signed_in(&app, "thanhvien@congty.vn").await;
    assert_eq!(who(&m).await.as_deref(), Some("thanhvien@congty.vn"));
    let res = a.post(&format!("/admin/users/{member}/disable"), &[("back", "/admin/users?q=thanhvien")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/admin/users?q=thanhvien");
    let disabled: bool =
        sql::query_scalar("SELECT disabled FROM users WHERE id = $1").bind(member).fetch_one(&pool).await.expect("u");
    assert!(disabled);
    let sessions: i64 = sql::query_scalar("SELECT count(*) FROM sessions WHERE user_id = $1")
        .bind(member)
        .fetch_one(&pool)
        .await
        .expect("sessions");
    assert_eq!(sessions, 0);
    assert_eq!(who(&m).await, None);
    let res = m.post("/auth/verify/resend", &[]).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    // …and cannot sign in again
    let res = Browser::new(&app).post("/auth/login", &[("email", "thanhvien@congty.vn"), ("password", PASSWORD)]).await;
    assert_eq!(location(&res), "/login");

    // an admin cannot disable or demote themself
    a.post(&format!("/admin/users/{admin}/disable"), &[]).await;
    a.post(&format!("/admin/users/{admin}/role"), &[("role", "member")]).await;
    let (role, disabled): (String, bool) = sql::query_as("SELECT role, disabled FROM users WHERE id = $1")
        .bind(admin)
        .fetch_one(&pool)
        .await
        .expect("admin");
    assert_eq!((role.as_str(), disabled), ("admin", false));
    assert_eq!(who(&a).await.as_deref(), Some("quantri@so-khcn.vn"));

    // the pages show it all
    let page = async |path: &str| a.page(path).await.1;
    assert!(page("/admin").await.contains("data-testid=\"admin-counts\""));
    let audit = page("/admin/audit").await;
    assert!(audit.contains("org.verify") && audit.contains("claim.approve") && audit.contains("user.disable"));
    assert!(page("/admin/users?filter=disabled").await.contains("thanhvien@congty.vn"));
    assert!(page("/admin/orgs?filter=hidden").await.contains("data-testid=\"admin-filters\""));
}

#[tokio::test]
async fn admin_merges_a_duplicate() {
    let app = spawn().await;
    let pool = app.pool().await;
    account(&pool, "quantri@so-khcn.vn", "admin").await;
    let a = signed_in(&app, "quantri@so-khcn.vn").await;
    // two startups; the duplicate has offers and members
    let (dup, dup_slug, keep, keep_slug): (i64, String, i64, String) = sql::query_as(
        "SELECT d.id, d.slug, k.id, k.slug FROM organizations d JOIN organizations k ON k.kind = d.kind AND k.id <> d.id
         WHERE EXISTS (SELECT 1 FROM technology_offers t WHERE t.org_id = d.id)
           AND EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = d.id)
         ORDER BY d.id, k.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("two organisations of one kind");
    let offers: i64 = sql::query_scalar("SELECT count(*) FROM technology_offers WHERE org_id IN ($1, $2)")
        .bind(dup)
        .bind(keep)
        .fetch_one(&pool)
        .await
        .expect("offers");
    let members: Vec<i64> = sql::query_scalar("SELECT user_id FROM memberships WHERE org_id = $1")
        .bind(dup)
        .fetch_all(&pool)
        .await
        .expect("members");
    let res = a.post(&format!("/admin/orgs/{dup}/merge"), &[("into", &keep_slug)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    for user in members {
        let kept: i64 = sql::query_scalar("SELECT count(*) FROM memberships WHERE user_id = $1 AND org_id = $2")
            .bind(user)
            .bind(keep)
            .fetch_one(&pool)
            .await
            .expect("membership");
        assert_eq!(kept, 1, "member {user} moved to the organisation kept");
    }
    let gone: i64 = sql::query_scalar("SELECT count(*) FROM organizations WHERE id = $1")
        .bind(dup)
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(gone, 0, "the duplicate is deleted");
    let moved: i64 = sql::query_scalar("SELECT count(*) FROM technology_offers WHERE org_id = $1")
        .bind(keep)
        .fetch_one(&pool)
        .await
        .expect("offers");
    assert_eq!(moved, offers, "every offer moved to the organisation kept");
    let redirect: i64 = sql::query_scalar("SELECT org_id FROM org_redirects WHERE slug = $1")
        .bind(&dup_slug)
        .fetch_one(&pool)
        .await
        .expect("a redirect for the old slug");
    assert_eq!(redirect, keep);
    // the old address keeps working, as a permanent redirect (page and API)
    let res = a.get(&format!("/org/{dup_slug}")).await;
    assert_eq!(res.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(res.headers().get("location").and_then(|v| v.to_str().ok()), Some(format!("/org/{keep_slug}").as_str()));
    let res = a.get(&format!("/api/v1/organizations/{dup_slug}")).await;
    assert_eq!(res.status(), StatusCode::PERMANENT_REDIRECT);
    let after: String = sql::query_scalar(
        "SELECT CAST(after_json AS TEXT) FROM audit_log WHERE action = 'org.merge' AND entity_id = $1",
    )
    .bind(dup.to_string())
    .fetch_one(&pool)
    .await
    .expect("audit entry");
    assert!(after.contains(&keep_slug));
    // merging into itself or into nothing is refused
    let res = a.post(&format!("/admin/orgs/{keep}/merge"), &[("into", &keep_slug)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = a.post(&format!("/admin/orgs/{keep}/merge"), &[("into", "khong-co-to-chuc-nay")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let kept: i64 = sql::query_scalar("SELECT count(*) FROM organizations WHERE id = $1")
        .bind(keep)
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(kept, 1);
}

/// Everything an admin write could change, for before/after comparison.
async fn fingerprint(pool: &Db) -> String {
    sql::query_scalar(
        "SELECT (SELECT count(*) FROM audit_log) || '|' || (SELECT count(*) FROM organizations) || '|' ||
                (SELECT sum(CASE WHEN verified THEN 1 ELSE 0 END) FROM organizations) || '|' ||
                (SELECT sum(CASE WHEN hidden THEN 1 ELSE 0 END) FROM organizations) || '|' ||
                (SELECT group_concat(role || disabled, ',') FROM users) || '|' ||
                (SELECT group_concat(status, ',') FROM org_claims) || '|' || (SELECT count(*) FROM memberships) || '|' ||
                (SELECT count(*) FROM org_redirects)",
    )
    .fetch_one(pool)
    .await
    .expect("fingerprint")
}

#[tokio::test]
async fn members_and_strangers_are_refused() {
    let app = spawn().await;
    let pool = app.pool().await;
    let member = account(&pool, "thanhvien@congty.vn", "member").await;
    let moderator = account(&pool, "kiemduyet@so-khcn.vn", "moderator").await;
    let admin = account(&pool, "quantri@so-khcn.vn", "admin").await;
    let (org, _) = unverified_org(&pool).await;
    let (other_slug,): (String,) = sql::query_as("SELECT slug FROM organizations WHERE id <> $1 ORDER BY id LIMIT 1")
        .bind(org)
        .fetch_one(&pool)
        .await
        .expect("another org");
    let claim = pending_claim(&pool, org, member).await;
    let m = signed_in(&app, "thanhvien@congty.vn").await;
    let md = signed_in(&app, "kiemduyet@so-khcn.vn").await;
    let anon = Browser::new(&app);
    let before = fingerprint(&pool).await;
    let writes: Vec<(String, Vec<(&str, &str)>)> = vec![
        (format!("/admin/users/{member}/role"), vec![("role", "admin")]),
        (format!("/admin/users/{admin}/disable"), vec![]),
        (format!("/admin/users/{moderator}/enable"), vec![]),
        (format!("/admin/claims/{claim}/approve"), vec![]),
        (format!("/admin/claims/{claim}/reject"), vec![]),
        (format!("/admin/orgs/{org}/verify"), vec![]),
        (format!("/admin/orgs/{org}/unverify"), vec![]),
        (format!("/admin/orgs/{org}/hide"), vec![]),
        (format!("/admin/orgs/{org}/unhide"), vec![]),
        (format!("/admin/orgs/{org}/merge"), vec![("into", other_slug.as_str())]),
    ];
    for (path, form) in &writes {
        assert_eq!(m.post(path, form).await.status(), StatusCode::FORBIDDEN, "member: {path}");
        assert_eq!(md.post(path, form).await.status(), StatusCode::FORBIDDEN, "moderator: {path}");
        assert_eq!(anon.post(path, form).await.status(), StatusCode::UNAUTHORIZED, "signed out: {path}");
    }
    assert_eq!(fingerprint(&pool).await, before, "nothing changed");

    // the reads refuse too, and give nothing away
    for path in [
        "/srv/admin_counts",
        "/srv/admin_users?search=",
        "/srv/admin_claims?search=",
        "/srv/admin_orgs?search=filter%3Dunverified",
        "/srv/admin_audit?search=",
    ] {
        for (who, client, status) in
            [("member", &m, StatusCode::FORBIDDEN), ("signed out", &anon, StatusCode::UNAUTHORIZED)]
        {
            let res = client.get(path).await;
            assert_eq!(res.status(), status, "{who}: {path}");
            let body = res.text().await.expect("body");
            assert!(!body.contains("@"), "{who}: {path} leaked {body}");
        }
    }
    // the pages say why
    let html = m.page("/admin/users").await.1;
    assert!(html.contains("data-testid=\"admin-not-allowed\""));
    assert!(!html.contains("quantri@so-khcn.vn"));
    let html = anon.page("/admin").await.1;
    assert!(html.contains("data-testid=\"sign-in-prompt\""));
}
