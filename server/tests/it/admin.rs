//! The admin area, on an empty database with its own accounts and organisations: an admin
//! verifies an organisation, decides a claim, disables a user and merges a duplicate — each
//! change in the database with its audit entry; members and signed-out clients are refused
//! every admin write and read, and nothing changes.

use crate::browser::{Browser, location};
use crate::builders::{Org, PASSWORD, User, offer, org, user};
use crate::support::{audit_rows, spawn_empty};
use app::backend::db::Db;
use app::backend::store::statements::{admin, listings, org_manage};
use app::domain::account::{MemberRole, PlatformRole};
use app::domain::admin::{AdminQuery, UserRow};
use app::domain::kind::OrgKind;
use app::domain::listing::ListingKind;
use reqwest::StatusCode;

/// The signed-in user's e-mail as the server sees it, via the session server function.
async fn who(browser: &Browser) -> Option<String> {
    let body: serde_json::Value = browser.get("/srv/session").await.json().await.expect("session json");
    body["viewer"]["email"].as_str().map(str::to_string)
}

fn query(q: Option<&str>) -> AdminQuery {
    AdminQuery { q: q.map(str::to_string), filter: None, page: 1 }
}

/// `who`'s row in the admin's user list.
async fn user_row(db: &Db, who: &User) -> UserRow {
    let page = admin::list_users(db, &query(None)).await.expect("users");
    page.rows.into_iter().find(|r| r.id == who.id).expect("listed")
}

/// `who` asks to manage `org` (the claim form's write); the claim's id.
async fn pending_claim(db: &Db, org: &Org, who: &User) -> i64 {
    org_manage::claim(db, who.id, org.id, "Tôi là giám đốc").await.expect("claim").expect("a new claim");
    let claims = admin::pending_claims(db, &query(None)).await.expect("claims");
    claims.rows.into_iter().find(|c| c.org_id == org.id && c.user_id == who.id).expect("pending").id
}

#[tokio::test]
async fn admin_verifies_approves_and_disables() {
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let admin = user().role(PlatformRole::Admin).create(&pool).await;
    let member = user().create(&pool).await;
    let unverified = org(OrgKind::Enterprise).create(&pool).await;
    let org = unverified.id;
    let a = admin.browser(&app).await;

    // verify
    let res = a.post(&format!("/admin/orgs/{org}/verify"), &[("back", "/admin/orgs?filter=unverified")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/admin/orgs?filter=unverified");
    let listed = admin::list_orgs(&pool, &query(None)).await.expect("orgs");
    let row = listed.rows.iter().find(|r| r.id == org).expect("the organisation");
    assert!(row.verified);
    assert!(row.verified_at.is_some());
    let entries: Vec<_> = audit_rows(&pool, "org.verify")
        .await
        .into_iter()
        .filter(|r| r.action == "org.verify" && r.entity_type == "organization" && r.entity_id == org.to_string())
        .collect();
    assert_eq!(entries.len(), 1, "one audit entry for the verification");
    assert_eq!(entries[0].actor_email.as_deref(), Some(admin.email.as_str()));
    let before: serde_json::Value = serde_json::from_str(entries[0].before.as_deref().expect("before")).expect("json");
    let after: serde_json::Value = serde_json::from_str(entries[0].after.as_deref().expect("after")).expect("json");
    assert_eq!(before["verified"], false);
    assert_eq!(after["verified"], true);
    assert_eq!(after["verified_by"], admin.id, "verified by the admin");

    // approve a claim: the claimant becomes an owner
    let claim = pending_claim(&pool, &unverified, &member).await;
    let res = a.post(&format!("/admin/claims/{claim}/approve"), &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/admin/claims");
    let decided = |rows: Vec<app::domain::admin::AuditRow>| -> Vec<app::domain::admin::AuditRow> {
        rows.into_iter().filter(|r| r.entity_type == "claim" && r.entity_id == claim.to_string()).collect()
    };
    let entries = decided(audit_rows(&pool, "claim").await);
    assert_eq!(entries.len(), 1);
    assert_eq!(
        (entries[0].action.as_str(), entries[0].actor_email.as_deref()),
        ("claim.approve", Some(admin.email.as_str()))
    );
    let members = org_manage::load(&pool, org).await.expect("load").expect("org").members;
    let role = members.iter().find(|m| m.user_id == member.id).expect("membership created").role;
    assert_eq!(role, MemberRole::Owner);
    // deciding it again changes nothing
    a.post(&format!("/admin/claims/{claim}/reject"), &[]).await;
    assert_eq!(decided(audit_rows(&pool, "claim").await).len(), 1);
    let members = org_manage::load(&pool, org).await.expect("load").expect("org").members;
    assert!(members.iter().any(|m| m.user_id == member.id && m.role == MemberRole::Owner), "still approved");

    // disable a signed-in member: their session stops working at once
    let m = member.browser(&app).await;
    assert_eq!(who(&m).await.as_deref(), Some(member.email.as_str()));
    let res = a.post(&format!("/admin/users/{}/disable", member.id), &[("back", "/admin/users?q=nguoi")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/admin/users?q=nguoi");
    assert!(user_row(&pool, &member).await.disabled);
    // No store reader counts a user's sessions: the one look at the table itself.
    let sessions: i64 = app::backend::db::sql::query_scalar("SELECT count(*) FROM sessions WHERE user_id = $1")
        .bind(member.id)
        .fetch_one(&pool)
        .await
        .expect("sessions");
    assert_eq!(sessions, 0);
    assert_eq!(who(&m).await, None);
    let res = m.post("/auth/verify/resend", &[]).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    // …and cannot sign in again
    let res = Browser::new(&app).post("/auth/login", &[("email", &member.email), ("password", PASSWORD)]).await;
    assert_eq!(location(&res), "/login");

    // an admin cannot disable or demote themself
    a.post(&format!("/admin/users/{}/disable", admin.id), &[]).await;
    a.post(&format!("/admin/users/{}/role", admin.id), &[("role", "member")]).await;
    let row = user_row(&pool, &admin).await;
    assert_eq!((row.role, row.disabled), (PlatformRole::Admin, false));
    assert_eq!(who(&a).await.as_deref(), Some(admin.email.as_str()));

    // the pages show it all
    let page = async |path: &str| a.page(path).await.1;
    assert!(page("/admin").await.contains("data-testid=\"admin-counts\""));
    let audit = page("/admin/audit").await;
    assert!(audit.contains("org.verify") && audit.contains("claim.approve") && audit.contains("user.disable"));
    assert!(page("/admin/users?filter=disabled").await.contains(&member.email));
    assert!(page("/admin/orgs?filter=hidden").await.contains("data-testid=\"admin-filters\""));
}

/// How many offers organisation `id` has, in any state (its listings page).
async fn offers_of(db: &Db, id: i64) -> usize {
    let rows = listings::read::org_listings(db, id, &crate::support::vn_date(0)).await.expect("listings");
    rows.into_iter().filter(|r| r.kind == ListingKind::Offer).count()
}

#[tokio::test]
async fn admin_merges_a_duplicate() {
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let admin = user().role(PlatformRole::Admin).create(&pool).await;
    let a = admin.browser(&app).await;
    // two startups; the duplicate has offers and members
    let dup_org = org(OrgKind::Startup).create(&pool).await;
    let keep_org = org(OrgKind::Startup).create(&pool).await;
    user().member_of(&dup_org, MemberRole::Editor).create(&pool).await;
    for o in [&dup_org, &dup_org, &keep_org] {
        offer(o).create(&pool).await;
    }
    let (dup, dup_slug, keep, keep_slug) = (dup_org.id, dup_org.slug.clone(), keep_org.id, keep_org.slug.clone());
    let offers = offers_of(&pool, dup).await + offers_of(&pool, keep).await;
    let members: Vec<i64> =
        org_manage::load(&pool, dup).await.expect("load").expect("org").members.iter().map(|m| m.user_id).collect();
    let res = a.post(&format!("/admin/orgs/{dup}/merge"), &[("into", &keep_slug)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let kept = org_manage::load(&pool, keep).await.expect("load").expect("org").members;
    for user in members {
        assert!(kept.iter().any(|m| m.user_id == user), "member {user} moved to the organisation kept");
    }
    assert!(org_manage::load(&pool, dup).await.expect("load").is_none(), "the duplicate is deleted");
    assert_eq!(offers_of(&pool, keep).await, offers, "every offer moved to the organisation kept");
    let redirect = org_manage::redirect_target(&pool, &dup_slug).await.expect("redirect");
    assert_eq!(redirect.as_deref(), Some(keep_slug.as_str()), "a redirect for the old slug");
    // the old address keeps working, as a permanent redirect (page and API)
    let res = a.get(&format!("/org/{dup_slug}")).await;
    assert_eq!(res.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(res.headers().get("location").and_then(|v| v.to_str().ok()), Some(format!("/org/{keep_slug}").as_str()));
    let res = a.get(&format!("/api/v1/organizations/{dup_slug}")).await;
    assert_eq!(res.status(), StatusCode::PERMANENT_REDIRECT);
    let merged = audit_rows(&pool, "org.merge").await;
    let entry = merged.iter().find(|r| r.action == "org.merge" && r.entity_id == dup.to_string()).expect("audit entry");
    assert!(entry.after.as_deref().expect("after").contains(&keep_slug));
    // merging into itself or into nothing is refused
    let res = a.post(&format!("/admin/orgs/{keep}/merge"), &[("into", &keep_slug)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = a.post(&format!("/admin/orgs/{keep}/merge"), &[("into", "khong-co-to-chuc-nay")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(org_manage::load(&pool, keep).await.expect("load").is_some());
}

/// Everything an admin write could change, for before/after comparison: the dashboard's counts
/// (audit entries among them), every organisation's row and members, every user's role and
/// state, the pending claims, and where `slug` leads.
async fn fingerprint(db: &Db, slug: &str) -> String {
    let counts = admin::counts(db).await.expect("counts");
    let orgs = admin::list_orgs(db, &query(None)).await.expect("orgs").rows;
    let mut members = Vec::new();
    for o in &orgs {
        members.push(org_manage::load(db, o.id).await.expect("load").map(|e| e.members));
    }
    let users = admin::list_users(db, &query(None)).await.expect("users").rows;
    let claims = admin::pending_claims(db, &query(None)).await.expect("claims").rows;
    let redirect = org_manage::redirect_target(db, slug).await.expect("redirect");
    format!("{counts:?}|{orgs:?}|{members:?}|{users:?}|{claims:?}|{redirect:?}")
}

#[tokio::test]
async fn members_and_strangers_are_refused() {
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let member = user().create(&pool).await;
    let moderator = user().role(PlatformRole::Moderator).create(&pool).await;
    let admin = user().role(PlatformRole::Admin).create(&pool).await;
    let unverified = org(OrgKind::Enterprise).create(&pool).await;
    let other = org(OrgKind::Institute).create(&pool).await;
    let (org, other_slug) = (unverified.id, other.slug.clone());
    let claim = pending_claim(&pool, &unverified, &member).await;
    let m = member.browser(&app).await;
    let md = moderator.browser(&app).await;
    let anon = Browser::new(&app);
    let before = fingerprint(&pool, &unverified.slug).await;
    let writes: Vec<(String, Vec<(&str, &str)>)> = vec![
        (format!("/admin/users/{}/role", member.id), vec![("role", "admin")]),
        (format!("/admin/users/{}/disable", admin.id), vec![]),
        (format!("/admin/users/{}/enable", moderator.id), vec![]),
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
    assert_eq!(fingerprint(&pool, &unverified.slug).await, before, "nothing changed");

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
    assert!(!html.contains(&admin.email));
    let html = anon.page("/admin").await.1;
    assert!(html.contains("data-testid=\"sign-in-prompt\""));
}
