//! Sample users (no password: they sign in only through dev tooling) and their memberships.

use super::batch::{Row, T};
use crate::backend::db::sql;
use std::collections::HashSet;

use super::cx::{Cx, ts};
use super::names::person;
use super::{User, World};
use crate::backend::text::slugify;

const USERS: usize = 40;

/// The admin (`demo.admin@example.com`), two moderators (`demo.moderator@example.com` and one
/// named), and members named `demo.<name>@example.com`.
pub async fn insert(cx: &mut Cx<'_>, w: &mut World) -> Result<(), sqlx::Error> {
    let existing: Vec<String> = sql::query_scalar("SELECT email FROM users").fetch_all(&mut *cx.tx).await?;
    let mut taken: HashSet<String> = existing.into_iter().collect();
    for i in 0..USERS {
        let name = person(cx);
        let (role, local) = match i {
            0 => ("admin", "admin".to_owned()),
            1 => ("moderator", "moderator".to_owned()),
            2 => ("moderator", slugify(&name).replace('-', ".")),
            _ => ("member", slugify(&name).replace('-', ".")),
        };
        let mut email = format!("demo.{local}@example.com");
        let mut n = 1;
        while !taken.insert(email.clone()) {
            n += 1;
            email = format!("demo.{local}{n}@example.com");
        }
        let id = w.next.user;
        w.next.user += 1;
        let created = cx.instant(-540..-200);
        let q = Row::new(T::Users).bind(id).bind(&email).bind(&name).bind(ts(created)).bind(role);
        cx.push(q).await?;
        if i == 0 {
            w.admin = Some(id);
        }
        if i < 6 {
            w.reviewers.push(id);
        }
        w.users.push(User { id, name, email });
    }
    w.report.users = w.users.len() as u64;
    Ok(())
}

/// Department staff belong to the Department; every other user owns one organisation (spread
/// over the kinds) and edits one to three more.
pub async fn memberships(cx: &mut Cx<'_>, w: &mut World) -> Result<(), sqlx::Error> {
    let users: Vec<i64> = w.users.iter().map(|u| u.id).collect();
    let mut pairs: Vec<(i64, usize, &'static str)> = Vec::new();
    for (i, uid) in users.iter().enumerate().take(3) {
        pairs.push((*uid, w.dept, if i == 0 { "owner" } else { "editor" }));
    }
    let groups =
        [&w.hubs, &w.startups, &w.knowledge, &w.enterprises, &w.investors, &w.startups, &w.brokers, &w.enterprises];
    let mut cursor = [0usize; 8];
    let mut owned: HashSet<usize> = HashSet::from([w.dept]);
    for (i, uid) in users.iter().enumerate().skip(3) {
        // the next not-yet-owned org of this round's group
        let g = i % groups.len();
        let mut org = None;
        while cursor[g] < groups[g].len() {
            let candidate = groups[g][cursor[g]];
            cursor[g] += 1;
            if owned.insert(candidate) {
                org = Some(candidate);
                break;
            }
        }
        if let Some(org) = org {
            pairs.push((*uid, org, "owner"));
        }
        for _ in 0..cx.range(1..4) {
            let other = cx.range(0..w.orgs.len());
            if !pairs.iter().any(|(u, o, _)| u == uid && *o == other) {
                pairs.push((*uid, other, "editor"));
            }
        }
    }
    for (uid, org, role) in pairs {
        let at = cx.instant(-200..-30);
        let q = Row::new(T::Memberships).bind(uid).bind(w.orgs[org].id).bind(role).bind(ts(at));
        cx.push(q).await?;
        w.orgs[org].members.push(uid);
    }
    Ok(())
}

/// The one password of every demo account (`demo.*@example.com`). Demo data only: it is
/// printed in the README, so a real deployment never runs `seed-demo`.
pub const DEMO_PASSWORD: &str = "KetNoi-demo-2030";

/// Gives the sample users the demo password and confirmed e-mail addresses, so every role can
/// be tried. One argon2 hash (its own salt) serves them all.
pub async fn demo_passwords(cx: &mut Cx<'_>) -> Result<(), sqlx::Error> {
    let hash = crate::backend::secrets::password::hash(DEMO_PASSWORD.to_string()).await;
    sql::query(
        "UPDATE users SET password_hash = $1, email_verified_at = COALESCE(email_verified_at, created_at) WHERE sample = TRUE",
    )
    .bind(hash)
    .execute(&mut *cx.tx)
    .await?;
    Ok(())
}

/// A few pending claims, so the Department's queue in `/admin/claims` has work to show: the
/// first members ask for organisations that have nobody managing them.
pub async fn demo_claims(cx: &mut Cx<'_>) -> Result<(), sqlx::Error> {
    const MESSAGES: [&str; 3] = [
        "Tôi là phó giám đốc phụ trách đổi mới sáng tạo; xin nhận quản lý trang để cập nhật thông tin và chào bán công nghệ.",
        "Tôi phụ trách truyền thông của đơn vị, có thể xác minh qua số điện thoại trên trang web chính thức.",
        "Đơn vị chúng tôi vừa đổi tên và địa chỉ; xin quyền cập nhật hồ sơ.",
    ];
    let users: Vec<(i64, String)> =
        sql::query_as("SELECT id, created_at FROM users WHERE sample = TRUE AND role = 'member' ORDER BY id LIMIT 3")
            .fetch_all(&mut *cx.tx)
            .await?;
    let orgs: Vec<i64> = sql::query_scalar(
        "SELECT o.id FROM organizations o WHERE o.sample = TRUE AND o.verified = FALSE
         AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = o.id) ORDER BY o.id LIMIT 3",
    )
    .fetch_all(&mut *cx.tx)
    .await?;
    for (((user, at), org), message) in users.into_iter().zip(orgs).zip(MESSAGES) {
        sql::query("INSERT INTO org_claims (org_id, user_id, message, created_at) VALUES ($1, $2, $3, $4)")
            .bind(org)
            .bind(user)
            .bind(message)
            .bind(at)
            .execute(&mut *cx.tx)
            .await?;
    }
    Ok(())
}
