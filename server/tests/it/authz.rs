//! Who may change an organisation: a member of A tries every write on B, an editor tries the
//! owner's, a signed-out client tries everything — each refused (403 / 401) with nothing
//! changed. Then the allowed paths: editing, creating, claiming, inviting, and hostile input.

use crate::browser::{Browser, DEMO_PASSWORD, location};
use crate::support::{TestApp, spawn};
use app::backend::db::Db;
use app::backend::db::sql;

/// (e-mail, slug) of an owner and of an editor in the demo data, and an org of neither.
async fn cast(pool: &Db) -> (String, String, String, String, String) {
    let (owner, own_slug): (String, String) = sql::query_as(
        "SELECT u.email, o.slug FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.org_id
         WHERE m.role = 'owner' AND u.role = 'member' ORDER BY u.id LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .expect("an owner");
    let (editor, edit_slug): (String, String) = sql::query_as(
        "SELECT u.email, o.slug FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.org_id
         WHERE m.role = 'editor' AND u.role = 'member'
           AND NOT EXISTS (SELECT 1 FROM memberships m2 WHERE m2.user_id = m.user_id AND m2.org_id = m.org_id AND m2.role = 'owner')
         ORDER BY u.id LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .expect("an editor");
    let (other,): (String,) = sql::query_as(
        "SELECT o.slug FROM organizations o WHERE NOT EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
           WHERE m.org_id = o.id AND u.email IN ($1, $2)) ORDER BY o.id LIMIT 1",
    )
    .bind(&owner)
    .bind(&editor)
    .fetch_one(pool)
    .await
    .expect("an org of neither");
    (owner, own_slug, editor, edit_slug, other)
}

/// Everything a refused write might have touched, for before/after comparison.
async fn snapshot(pool: &Db, slug: &str) -> String {
    sql::query_scalar(
        "SELECT o.name_vi || '|' || o.updated_at || '|' || coalesce(o.logo_path, '') || '|' ||
            (SELECT count(*) FROM memberships m WHERE m.org_id = o.id) || '|' ||
            (SELECT count(*) FROM org_invitations i WHERE i.org_id = o.id) || '|' ||
            (SELECT count(*) FROM org_logos l WHERE l.org_id = o.id) || '|' ||
            (SELECT count(*) FROM org_sectors s WHERE s.org_id = o.id) || '|' ||
            (SELECT count(*) FROM audit_log)
         FROM organizations o WHERE o.slug = $1",
    )
    .bind(slug)
    .fetch_one(pool)
    .await
    .expect("snapshot")
}

async fn any_member(pool: &Db, slug: &str) -> i64 {
    sql::query_scalar(
        "SELECT m.user_id FROM memberships m JOIN organizations o ON o.id = m.org_id WHERE o.slug = $1 LIMIT 1",
    )
    .bind(slug)
    .fetch_one(pool)
    .await
    .expect("a member")
}

fn png() -> Vec<u8> {
    let img = image::RgbImage::from_pixel(40, 40, image::Rgb([200, 30, 30]));
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png).expect("png");
    out
}

/// Tries each organisation write on `slug`; returns the statuses.
async fn every_write(app: &TestApp, b: &Browser, slug: &str, member: i64) -> Vec<(String, u16)> {
    let mut out = Vec::new();
    let profile = [("name_vi", "Đã bị chiếm"), ("short_vi", "x")];
    let res = b.post(&format!("/org/{slug}/profile"), &profile).await;
    out.push(("profile".into(), res.status().as_u16()));
    let form = reqwest::multipart::Form::new().part(
        "logo",
        reqwest::multipart::Part::bytes(png()).file_name("logo.png").mime_str("image/png").expect("mime"),
    );
    let res = b
        .client
        .post(format!("{}/org/{slug}/logo", app.base))
        .header("origin", &app.base)
        .multipart(form)
        .send()
        .await
        .expect("logo");
    out.push(("logo".into(), res.status().as_u16()));
    let res =
        b.post(&format!("/org/{slug}/members/invite"), &[("email", "ke.xau@example.com"), ("role", "owner")]).await;
    out.push(("invite".into(), res.status().as_u16()));
    let res = b.post(&format!("/org/{slug}/members/{member}/remove"), &[]).await;
    out.push(("remove".into(), res.status().as_u16()));
    out
}

#[tokio::test]
async fn members_act_only_on_their_own_organisations() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (owner, own, editor, edited, other) = cast(&pool).await;

    let a = Browser::new(&app);
    a.sign_in(&owner, DEMO_PASSWORD).await;
    let before = snapshot(&pool, &other).await;
    let member = any_member(&pool, &other).await;
    let tried = every_write(&app, &a, &other, member).await;
    assert!(tried.iter().all(|(_, s)| *s == 403), "member of A on B: {tried:?}");
    assert_eq!(snapshot(&pool, &other).await, before, "nothing changed");

    let e = Browser::new(&app);
    e.sign_in(&editor, DEMO_PASSWORD).await;
    let before = snapshot(&pool, &edited).await;
    let member = any_member(&pool, &edited).await;
    let tried = every_write(&app, &e, &edited, member).await;
    let owner_only: Vec<_> = tried.iter().filter(|(w, _)| w == "invite" || w == "remove").collect();
    assert!(owner_only.iter().all(|(_, s)| *s == 403), "editor on owner-only: {tried:?}");
    assert_eq!(snapshot(&pool, &edited).await.split('|').nth(3), before.split('|').nth(3), "members unchanged");

    let anon = Browser::new(&app);
    let before = snapshot(&pool, &own).await;
    let member = any_member(&pool, &own).await;
    let tried = every_write(&app, &anon, &own, member).await;
    assert!(tried.iter().all(|(_, s)| *s == 401), "signed out: {tried:?}");
    for (path, form) in [
        ("/orgs/create", vec![("name", "Công ty Ma"), ("kind", "startup"), ("short", "x")]),
        (
            "/auth/password",
            vec![("current", "x"), ("password", "một mật khẩu mới dài"), ("confirm", "một mật khẩu mới dài")],
        ),
        ("/auth/verify/resend", vec![]),
    ] {
        let res = anon.post(path, &form).await;
        assert_eq!(res.status().as_u16(), 401, "{path} signed out");
    }
    let res = anon.post(&format!("/org/{own}/claim"), &[("message", "x")]).await;
    assert_eq!(res.status().as_u16(), 401);
    assert_eq!(snapshot(&pool, &own).await, before, "nothing changed");
}

#[tokio::test]
async fn an_owner_edits_invites_and_the_invitee_joins() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (owner, own, _, _, _) = cast(&pool).await;
    let b = Browser::new(&app);
    b.sign_in(&owner, DEMO_PASSWORD).await;
    let xss = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
    let res = b
        .post(
            &format!("/org/{own}/profile"),
            &[
                ("name_vi", "Hợp tác xã Nông nghiệp Xanh Gia Viễn"),
                ("short_vi", xss),
                ("description_vi", &format!("**Giới thiệu** {xss} [liên kết](javascript:alert(1))")),
                ("sector", "high-tech-agriculture"),
                ("sector", "green-circular-economy"),
                ("website", "https://htx-xanh.example.vn"),
                ("contact_phone", "0229 3871 234"),
            ],
        )
        .await;
    assert_eq!(location(&res), format!("/org/{own}/manage"));
    let (_, page) = b.page(&format!("/org/{own}/manage")).await;
    assert!(page.contains("data-testid=\"notice\""), "saved notice: {}", &page[..200.min(page.len())]);
    let (status, public) = b.page(&format!("/org/{own}")).await;
    assert_eq!(status, 200);
    assert!(public.contains("Hợp tác xã Nông nghiệp Xanh Gia Viễn"));
    assert!(public.contains("<strong>Giới thiệu</strong>"), "markdown rendered");
    assert!(!public.contains("<script>alert"), "no live script");
    let live_img =
        public.split("<img").skip(1).any(|tag| tag[..tag.find('>').unwrap_or(tag.len())].contains("onerror"));
    assert!(!live_img, "no live handler");
    assert!(!public.contains("href=\"javascript:"), "no script links");
    let sectors: i64 = sql::query_scalar(
        "SELECT count(*) FROM org_sectors s JOIN organizations o ON o.id = s.org_id WHERE o.slug = $1",
    )
    .bind(&own)
    .fetch_one(&pool)
    .await
    .expect("sectors");
    assert_eq!(sectors, 2);
    let audit: i64 =
        sql::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'org.edit' AND before_json IS NOT NULL")
            .fetch_one(&pool)
            .await
            .expect("audit");
    assert_eq!(audit, 1, "the edit is in the audit log with its before state");

    // a bad value keeps everything typed
    let res = b
        .post(&format!("/org/{own}/profile"), &[("name_vi", ""), ("short_vi", "Giữ lại"), ("website", "ftp://x")])
        .await;
    assert_eq!(location(&res), format!("/org/{own}/manage"));
    let (_, page) = b.page(&format!("/org/{own}/manage")).await;
    assert!(page.contains("value=\"Giữ lại\"") && page.contains("value=\"ftp://x\""), "typed values kept");
    assert!(page.contains("Địa chỉ web cần bắt đầu bằng http://"));

    // invite a new person, who signs up and accepts
    let invitee = "pham.minh@htx-xanh.example.vn";
    let res = b.post(&format!("/org/{own}/members/invite"), &[("email", invitee), ("role", "editor")]).await;
    assert_eq!(location(&res), format!("/org/{own}/manage"));
    let accept = crate::smtp_sink::link_in_dir(&app.mail_dir, "/invitations/accept?token=").expect("link");
    let c = Browser::new(&app);
    let res = c.get(&accept).await;
    assert!(location(&res).starts_with("/login?next="), "sign in first");
    let pw = "Sông Hoàng Long chảy mãi";
    c.post("/auth/signup", &[("name", "Phạm Minh"), ("email", invitee), ("password", pw), ("confirm", pw)]).await;
    let res = c.get(&accept).await;
    assert_eq!(location(&res), format!("/org/{own}/manage"));
    let (_, page) = c.page(&format!("/org/{own}/manage")).await;
    assert!(page.contains("data-testid=\"profile-form\""), "the invitee now manages the page");
    assert!(!page.contains("data-testid=\"invite-form\""), "as an editor: no invitations");
}

#[tokio::test]
async fn new_organisations_start_unverified_and_others_can_be_claimed() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (owner, _, _, _, other) = cast(&pool).await;
    let b = Browser::new(&app);
    b.sign_in(&owner, DEMO_PASSWORD).await;
    let res = b
        .post(
            "/orgs/create",
            &[
                ("name", "Công ty Cổ phần Lúa Vàng Kim Sơn"),
                ("kind", "enterprise"),
                ("short", "Chế biến gạo hữu cơ"),
                ("sector", "high-tech-agriculture"),
            ],
        )
        .await;
    let to = location(&res);
    assert!(to.starts_with("/org/cong-ty-co-phan-lua-vang-kim-son") && to.ends_with("/manage"), "{to}");
    let verified: i64 =
        sql::query_scalar("SELECT verified FROM organizations WHERE slug = 'cong-ty-co-phan-lua-vang-kim-son'")
            .fetch_one(&pool)
            .await
            .expect("org");
    assert_eq!(verified, 0);
    // the same name again is refused
    let res = b
        .post("/orgs/create", &[("name", "Cong ty co phan lua vang Kim Son"), ("kind", "enterprise"), ("short", "x")])
        .await;
    assert_eq!(location(&res), "/orgs/new");
    // claim another organisation, once
    let res = b.post(&format!("/org/{other}/claim"), &[("message", "Tôi là giám đốc, SĐT 0912 345 678")]).await;
    assert_eq!(location(&res), format!("/org/{other}"));
    b.post(&format!("/org/{other}/claim"), &[("message", "lần nữa")]).await;
    let pending: i64 = sql::query_scalar(
        "SELECT count(*) FROM org_claims c JOIN organizations o ON o.id = c.org_id WHERE o.slug = $1 AND c.status = 'pending'",
    )
    .bind(&other)
    .fetch_one(&pool)
    .await
    .expect("claims");
    assert_eq!(pending, 1);
}

#[tokio::test]
async fn refused_management_pages_say_so_in_their_status() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (owner, own, _, _, other) = cast(&pool).await;

    let a = Browser::new(&app);
    a.sign_in(&owner, DEMO_PASSWORD).await;
    for (page, mark) in [("manage", "not-manager"), ("listings", "not-manager"), ("requests", "not-member")] {
        let (status, body) = a.page(&format!("/org/{other}/{page}")).await;
        assert_eq!(status, 403, "a member of A on B's {page}");
        assert!(body.contains(&format!("data-testid=\"{mark}\"")), "{page} explains the refusal");
        let (status, _) = a.page(&format!("/org/khong-co-to-chuc-nay/{page}")).await;
        assert_eq!(status, 404, "an unknown organisation's {page}");
        let (status, body) = a.page(&format!("/org/{own}/{page}")).await;
        assert_eq!(status, 200, "their own {page}");
        assert!(!body.contains(&format!("data-testid=\"{mark}\"")), "{page} is theirs");
    }

    let anon = Browser::new(&app);
    for page in ["manage", "listings", "requests"] {
        let (status, body) = anon.page(&format!("/org/{own}/{page}")).await;
        assert_eq!(status, 401, "signed out on {page}");
        assert!(body.contains(&format!("next=/org/{own}/{page}")) || body.contains("/login"), "{page} offers sign-in");
    }
}
