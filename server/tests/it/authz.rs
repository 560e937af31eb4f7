//! Who may change an organisation: a member of A tries every write on B, an editor tries the
//! owner's, a signed-out client tries everything — each refused (403 / 401) with nothing
//! changed. Then the allowed paths: editing, creating, claiming, inviting, and hostile input.

use crate::browser::{Browser, location};
use crate::builders::{Org, User, org, user};
use crate::support::{TestApp, spawn_empty};
use app::backend::db::Db;
use app::backend::store::statements::{admin, logos, org_manage};
use app::domain::account::MemberRole;
use app::domain::admin::AdminQuery;
use app::domain::kind::OrgKind;
use app::domain::manage::OrgEdit;

/// An owner and their organisation, an editor (not owner) and theirs, and an organisation of
/// neither.
struct Cast {
    owner: User,
    own: Org,
    editor: User,
    edited: Org,
    other: Org,
}

async fn cast(db: &Db) -> Cast {
    let own = org(OrgKind::Enterprise).create(db).await;
    let edited = org(OrgKind::Institute).create(db).await;
    let editor = user().member_of(&edited, MemberRole::Editor).create(db).await;
    let other = org(OrgKind::Startup).create(db).await;
    Cast { owner: own.owner.clone(), own, editor, edited, other }
}

/// Everything a refused write might have touched, for before/after comparison: the profile,
/// sectors, logo, members and invitations, whether a logo is stored, and the audit log's length.
async fn snapshot(db: &Db, org: &Org) -> (OrgEdit, bool, u64) {
    let edit = org_manage::load(db, org.id).await.expect("load").expect("the organisation");
    let logo = logos::load(db, org.id).await.expect("logo").is_some();
    (edit, logo, audit(db, None).await.len() as u64)
}

/// The audit log's entries (whose action starts with `action`).
async fn audit(db: &Db, action: Option<&str>) -> Vec<app::domain::admin::AuditRow> {
    let q = AdminQuery { q: action.map(str::to_string), filter: None, page: 1 };
    let page = admin::audit_log(db, &q).await.expect("audit log");
    assert!(page.total as usize == page.rows.len(), "one page is enough here");
    page.rows
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
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let Cast { owner, own, editor, edited, other } = cast(&pool).await;

    let a = owner.browser(&app).await;
    let before = snapshot(&pool, &other).await;
    let tried = every_write(&app, &a, &other.slug, other.owner.id).await;
    assert!(tried.iter().all(|(_, s)| *s == 403), "member of A on B: {tried:?}");
    assert_eq!(snapshot(&pool, &other).await, before, "nothing changed");

    let e = editor.browser(&app).await;
    let before = snapshot(&pool, &edited).await;
    let tried = every_write(&app, &e, &edited.slug, edited.owner.id).await;
    let owner_only: Vec<_> = tried.iter().filter(|(w, _)| w == "invite" || w == "remove").collect();
    assert!(owner_only.iter().all(|(_, s)| *s == 403), "editor on owner-only: {tried:?}");
    let after = snapshot(&pool, &edited).await;
    assert_eq!(after.0.members, before.0.members, "members unchanged");
    assert_eq!(after.0.invitations, before.0.invitations, "no invitation");

    let anon = Browser::new(&app);
    let before = snapshot(&pool, &own).await;
    let tried = every_write(&app, &anon, &own.slug, owner.id).await;
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
    let res = anon.post(&format!("/org/{}/claim", own.slug), &[("message", "x")]).await;
    assert_eq!(res.status().as_u16(), 401);
    assert_eq!(snapshot(&pool, &own).await, before, "nothing changed");
}

#[tokio::test]
async fn an_owner_edits_invites_and_the_invitee_joins() {
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let Cast { owner, own: own_org, .. } = cast(&pool).await;
    let own = own_org.slug.clone();
    let b = owner.browser(&app).await;
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
    let (edit, ..) = snapshot(&pool, &own_org).await;
    assert_eq!(edit.fields.sectors.len(), 2);
    let edits: Vec<_> = audit(&pool, Some("org.edit")).await.into_iter().filter(|r| r.action == "org.edit").collect();
    assert_eq!(edits.len(), 1, "the edit is in the audit log");
    assert!(edits[0].before.is_some(), "with its before state");

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
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let Cast { owner, other, .. } = cast(&pool).await;
    let other = other.slug;
    let b = owner.browser(&app).await;
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
    let id = org_manage::id_by_slug(&pool, "cong-ty-co-phan-lua-vang-kim-son").await.expect("id").expect("org");
    let created = org_manage::load(&pool, id).await.expect("load").expect("org");
    assert!(!created.verified);
    // the same name again is refused
    let res = b
        .post("/orgs/create", &[("name", "Cong ty co phan lua vang Kim Son"), ("kind", "enterprise"), ("short", "x")])
        .await;
    assert_eq!(location(&res), "/orgs/new");
    // claim another organisation, once
    let res = b.post(&format!("/org/{other}/claim"), &[("message", "Tôi là giám đốc, SĐT 0912 345 678")]).await;
    assert_eq!(location(&res), format!("/org/{other}"));
    b.post(&format!("/org/{other}/claim"), &[("message", "lần nữa")]).await;
    let claims = admin::pending_claims(&pool, &AdminQuery { q: None, filter: None, page: 1 }).await.expect("claims");
    let pending = claims.rows.iter().filter(|c| c.org_slug == other).count();
    assert_eq!(pending, 1);
}

#[tokio::test]
async fn refused_management_pages_say_so_in_their_status() {
    let app = spawn_empty().await;
    let pool = app.pool().await;
    let Cast { owner, own, other, .. } = cast(&pool).await;
    let (own, other) = (own.slug, other.slug);

    let a = owner.browser(&app).await;
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
