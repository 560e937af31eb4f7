//! Organisations run by their members: creating one, claiming one, editing its profile and
//! logo. Every write is one `BEGIN IMMEDIATE` transaction with its audit entry.

use super::audit;
use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::db::{begin_write, now_iso};
use crate::backend::store::Conflict;
use crate::backend::text::{fold, slugify};
use crate::domain::account::MemberRole;
use crate::domain::kind::OrgKind;
use crate::domain::manage::{Invitation, Member, OrgEdit, ProfileFields};
use serde_json::json;

/// A new organisation as its creator typed it (already validated).
pub struct NewOrg {
    pub kind: OrgKind,
    pub name_vi: String,
    pub short_vi: String,
    pub location_code: Option<String>,
    pub website: Option<String>,
    pub sectors: Vec<String>,
}

/// Creates an unverified organisation with `user` as its owner. `Err(NameTaken)` when an
/// organisation of the same kind already has that name (without diacritics).
pub async fn create(pool: &Db, user: i64, new: &NewOrg) -> sqlx::Result<Result<String, Conflict>> {
    let mut tx = begin_write(pool).await?;
    let folded = fold(&new.name_vi);
    let taken: Option<(i64,)> = sql::query_as("SELECT id FROM organizations WHERE kind = $1 AND name_folded = $2")
        .bind(new.kind.as_str())
        .bind(&folded)
        .fetch_optional(&mut *tx)
        .await?;
    if taken.is_some() {
        return Ok(Err(Conflict::NameTaken));
    }
    let profile = ProfileUpdate {
        name_vi: new.name_vi.clone(),
        name_en: None,
        short_vi: new.short_vi.clone(),
        short_en: None,
        description_vi: String::new(),
        description_en: None,
        location_code: new.location_code.clone(),
        address: None,
        founded_year: None,
        website: new.website.clone(),
        contact_name: None,
        contact_email: None,
        contact_phone: None,
        sectors: new.sectors.clone(),
    };
    let (id, slug) = insert(&mut tx, new.kind, &profile, None).await?;
    let now = now_iso();
    sql::query("INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1, $2, 'owner', $3)")
        .bind(user)
        .bind(id)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    let after = json!({ "slug": slug, "kind": new.kind.as_str(), "name_vi": new.name_vi, "sectors": new.sectors });
    audit::org_event(&mut tx, user, "org.create", id, None, Some(after)).await?;
    tx.commit().await?;
    Ok(Ok(slug))
}

/// A slug for `name` that no organisation has or had (`vuon-uom-a`, then `vuon-uom-a-2`…).
pub async fn unique_slug(conn: &mut Conn, name: &str) -> sqlx::Result<String> {
    let base = slugify(name);
    let base = if base.is_empty() { "to-chuc".to_string() } else { base.chars().take(100).collect() };
    let mut slug = base.clone();
    let mut n = 2;
    while sql::query_as::<(i64,)>(
        "SELECT CAST(1 AS BIGINT) FROM organizations WHERE slug = $1 UNION ALL SELECT CAST(1 AS BIGINT) FROM org_redirects WHERE slug = $1",
    )
    .bind(&slug)
    .fetch_optional(&mut *conn)
    .await?
    .is_some()
    {
        slug = format!("{base}-{n}");
        n += 1;
    }
    Ok(slug)
}

/// Inserts an unverified, non-sample organisation with its sectors; its (id, slug). Shared by
/// the create form and the bulk import; the caller owns the transaction and the audit.
pub async fn insert(
    conn: &mut Conn,
    kind: OrgKind,
    p: &ProfileUpdate,
    tax_code: Option<&str>,
) -> sqlx::Result<(i64, String)> {
    let slug = unique_slug(conn, &p.name_vi).await?;
    let (id,): (i64,) = sql::query_as(
        "INSERT INTO organizations (slug, kind, name_vi, name_en, name_folded, short_vi, short_en, description_vi,
             description_en, location_code, address, founded_year, website, contact_name, contact_email, contact_phone,
             tax_code, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18) RETURNING id",
    )
    .bind(&slug)
    .bind(kind.as_str())
    .bind(&p.name_vi)
    .bind(&p.name_en)
    .bind(fold(&p.name_vi))
    .bind(&p.short_vi)
    .bind(&p.short_en)
    .bind(&p.description_vi)
    .bind(&p.description_en)
    .bind(&p.location_code)
    .bind(&p.address)
    .bind(p.founded_year)
    .bind(&p.website)
    .bind(&p.contact_name)
    .bind(&p.contact_email)
    .bind(&p.contact_phone)
    .bind(tax_code)
    .bind(now_iso())
    .fetch_one(&mut *conn)
    .await?;
    for s in &p.sectors {
        sql::query("INSERT INTO org_sectors (org_id, sector_code) VALUES ($1, $2)")
            .bind(id)
            .bind(s)
            .execute(&mut *conn)
            .await?;
    }
    Ok((id, slug))
}

/// The organisation's id for a slug (hidden ones too: their members still manage them).
pub async fn id_by_slug(pool: &Db, slug: &str) -> sqlx::Result<Option<i64>> {
    let row: Option<(i64,)> =
        sql::query_as("SELECT id FROM organizations WHERE slug = $1").bind(slug).fetch_optional(pool).await?;
    Ok(row.map(|(id,)| id))
}

#[derive(sqlx::FromRow)]
struct EditRow {
    id: i64,
    slug: String,
    kind: String,
    verified: bool,
    logo_path: Option<String>,
    name_vi: String,
    name_en: Option<String>,
    short_vi: String,
    short_en: Option<String>,
    description_vi: String,
    description_en: Option<String>,
    location_code: Option<String>,
    address: Option<String>,
    founded_year: Option<i64>,
    website: Option<String>,
    contact_name: Option<String>,
    contact_email: Option<String>,
    contact_phone: Option<String>,
}

/// A member as the management page lists them; `id` is the user's.
#[derive(sqlx::FromRow)]
struct MemberRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
}

/// Everything the management page shows. `viewer_role` is filled in by the caller.
pub async fn load(pool: &Db, org_id: i64) -> sqlx::Result<Option<OrgEdit>> {
    let Some(r) = sql::query_as::<EditRow>(
        "SELECT id, slug, kind, verified, logo_path, name_vi, name_en, short_vi, short_en, description_vi,
                description_en, location_code, address, founded_year, website, contact_name, contact_email, contact_phone
         FROM organizations WHERE id = $1",
    )
    .bind(org_id)
    .fetch_optional(pool)
    .await?
    else {
        return Ok(None);
    };
    let sectors: Vec<(String,)> =
        sql::query_as("SELECT sector_code FROM org_sectors WHERE org_id = $1").bind(org_id).fetch_all(pool).await?;
    let members: Vec<MemberRow> = sql::query_as(
        "SELECT u.id, u.email, u.display_name, m.role FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.org_id = $1 ORDER BY m.role DESC, u.display_name",
    )
    .bind(org_id)
    .fetch_all(pool)
    .await?;
    let invitations: Vec<(String, String, i64)> = sql::query_as(
        "SELECT email, role, expires_at FROM org_invitations WHERE org_id = $1 AND accepted_at IS NULL AND expires_at > $2
         ORDER BY created_at",
    )
    .bind(org_id)
    .bind(crate::backend::secrets::tokens::now_unix())
    .fetch_all(pool)
    .await?;
    let locations: Vec<(String, String)> =
        sql::query_as("SELECT code, name_vi FROM locations WHERE level <> 'province' ORDER BY name_vi")
            .fetch_all(pool)
            .await?;
    let Some(kind) = OrgKind::parse(&r.kind) else { return Ok(None) };
    let opt = |s: Option<String>| s.unwrap_or_default();
    Ok(Some(OrgEdit {
        id: r.id,
        slug: r.slug,
        kind,
        verified: r.verified,
        logo: r.logo_path,
        fields: ProfileFields {
            name_vi: r.name_vi,
            name_en: opt(r.name_en),
            short_vi: r.short_vi,
            short_en: opt(r.short_en),
            description_vi: r.description_vi,
            description_en: opt(r.description_en),
            location_code: opt(r.location_code),
            address: opt(r.address),
            founded_year: r.founded_year.map(|y| y.to_string()).unwrap_or_default(),
            website: opt(r.website),
            contact_name: opt(r.contact_name),
            contact_email: opt(r.contact_email),
            contact_phone: opt(r.contact_phone),
            sectors: sectors.into_iter().map(|(s,)| s).collect(),
        },
        my_role: None,
        members: members
            .into_iter()
            .filter_map(|m| {
                Some(Member { user_id: m.id, email: m.email, name: m.display_name, role: MemberRole::parse(&m.role)? })
            })
            .collect(),
        invitations: invitations
            .into_iter()
            .filter_map(|(email, role, exp)| {
                let expires = chrono::DateTime::from_timestamp(exp, 0)?.format("%Y-%m-%d").to_string();
                Some(Invitation { email, role: MemberRole::parse(&role)?, expires })
            })
            .collect(),
        locations,
    }))
}

/// The validated profile, as stored.
pub struct ProfileUpdate {
    pub name_vi: String,
    pub name_en: Option<String>,
    pub short_vi: String,
    pub short_en: Option<String>,
    pub description_vi: String,
    pub description_en: Option<String>,
    pub location_code: Option<String>,
    pub address: Option<String>,
    pub founded_year: Option<i32>,
    pub website: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub sectors: Vec<String>,
}

pub async fn save_profile(pool: &Db, actor: i64, org_id: i64, p: &ProfileUpdate) -> sqlx::Result<()> {
    let mut tx = begin_write(pool).await?;
    let before: Option<(String, String, String)> =
        sql::query_as("SELECT name_vi, short_vi, description_vi FROM organizations WHERE id = $1")
            .bind(org_id)
            .fetch_optional(&mut *tx)
            .await?;
    sql::query(
        "UPDATE organizations SET name_vi = $2, name_en = $3, name_folded = $4, short_vi = $5, short_en = $6,
             description_vi = $7, description_en = $8, location_code = $9, address = $10, founded_year = $11,
             website = $12, contact_name = $13, contact_email = $14, contact_phone = $15, updated_at = $16
         WHERE id = $1",
    )
    .bind(org_id)
    .bind(&p.name_vi)
    .bind(&p.name_en)
    .bind(fold(&p.name_vi))
    .bind(&p.short_vi)
    .bind(&p.short_en)
    .bind(&p.description_vi)
    .bind(&p.description_en)
    .bind(&p.location_code)
    .bind(&p.address)
    .bind(p.founded_year)
    .bind(&p.website)
    .bind(&p.contact_name)
    .bind(&p.contact_email)
    .bind(&p.contact_phone)
    .bind(now_iso())
    .execute(&mut *tx)
    .await?;
    sql::query("DELETE FROM org_sectors WHERE org_id = $1").bind(org_id).execute(&mut *tx).await?;
    for s in &p.sectors {
        sql::query("INSERT INTO org_sectors (org_id, sector_code) VALUES ($1, $2)")
            .bind(org_id)
            .bind(s)
            .execute(&mut *tx)
            .await?;
    }
    let before = before.map(|(n, s, d)| json!({ "name_vi": n, "short_vi": s, "description_vi": d }));
    let after = json!({ "name_vi": p.name_vi, "short_vi": p.short_vi, "description_vi": p.description_vi, "sectors": p.sectors });
    audit::org_event(&mut tx, actor, "org.edit", org_id, before, Some(after)).await?;
    tx.commit().await
}

pub async fn set_logo(pool: &Db, actor: i64, org_id: i64, path: &str) -> sqlx::Result<()> {
    let mut tx = begin_write(pool).await?;
    sql::query("UPDATE organizations SET logo_path = $2, updated_at = $3 WHERE id = $1")
        .bind(org_id)
        .bind(path)
        .bind(now_iso())
        .execute(&mut *tx)
        .await?;
    audit::org_event(&mut tx, actor, "org.logo", org_id, None, Some(json!({ "logo": path }))).await?;
    tx.commit().await
}

/// Asks the Department to make `user` an owner of `org_id`.
pub async fn claim(pool: &Db, user: i64, org_id: i64, message: &str) -> sqlx::Result<Result<(), Conflict>> {
    let mut tx = begin_write(pool).await?;
    let member: Option<(i64,)> =
        sql::query_as("SELECT CAST(1 AS BIGINT) FROM memberships WHERE user_id = $1 AND org_id = $2")
            .bind(user)
            .bind(org_id)
            .fetch_optional(&mut *tx)
            .await?;
    if member.is_some() {
        return Ok(Err(Conflict::AlreadyMember));
    }
    let done = sql::query(
        "INSERT INTO org_claims (org_id, user_id, message, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id, user_id) WHERE status = 'pending' DO NOTHING",
    )
    .bind(org_id)
    .bind(user)
    .bind(message)
    .bind(now_iso())
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(Err(Conflict::AlreadyClaimed));
    }
    audit::org_event(&mut tx, user, "claim.create", org_id, None, Some(json!({ "message": message }))).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Where a merged organisation's old slug now points (links and bookmarks keep working).
pub async fn redirect_target(pool: &Db, slug: &str) -> sqlx::Result<Option<String>> {
    let row: Option<(String,)> = sql::query_as(
        "SELECT o.slug FROM org_redirects r JOIN organizations o ON o.id = r.org_id WHERE r.slug = $1 AND o.hidden = FALSE",
    )
    .bind(slug)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(s,)| s))
}

/// The organisation's Vietnamese name (for mail), without loading its whole profile.
pub async fn name(pool: &Db, org_id: i64) -> sqlx::Result<Option<String>> {
    sql::query_scalar("SELECT name_vi FROM organizations WHERE id = $1").bind(org_id).fetch_optional(pool).await
}
