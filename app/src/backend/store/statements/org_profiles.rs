//! The kind-specific profile tables (a startup's stage, an investor's type and tickets…): the
//! one writer of them, shared by the import, the programme pipeline and the admin tools. (The
//! demo generator fills them in bulk with its own batch statements, `seed::batch`.)

use crate::backend::db::Conn;
use crate::backend::db::sql;
use crate::domain::{EnterpriseSize, InvestorType, OrgKind, Stage};

/// The profile table row a kind has.
pub enum KindProfile {
    Startup { stage: Stage, team_size: Option<i64> },
    Enterprise { size: EnterpriseSize },
    Investor { kind: InvestorType, min: Option<i64>, max: Option<i64> },
    Incubator { capacity: Option<i64> },
    Institute { researchers: Option<i64> },
    None,
}

/// Writes the profile row of a new organisation `org_id` of `kind` (nothing for `None`).
pub async fn insert(conn: &mut Conn, org_id: i64, kind: OrgKind, profile: &KindProfile) -> sqlx::Result<()> {
    let q = match profile {
        KindProfile::Startup { stage, team_size } => {
            sql::query("INSERT INTO startup_profiles (org_id, stage, team_size) VALUES ($1, $2, $3)")
                .bind(org_id)
                .bind(stage.as_str())
                .bind(*team_size)
        }
        KindProfile::Enterprise { size } => {
            sql::query("INSERT INTO enterprise_profiles (org_id, size) VALUES ($1, $2)").bind(org_id).bind(size.as_str())
        }
        KindProfile::Investor { kind, min, max } => sql::query(
            "INSERT INTO investor_profiles (org_id, investor_type, ticket_min_vnd, ticket_max_vnd) VALUES ($1, $2, $3, $4)",
        )
        .bind(org_id)
        .bind(kind.as_str())
        .bind(*min)
        .bind(*max),
        KindProfile::Incubator { capacity } => {
            sql::query("INSERT INTO incubator_profiles (org_id, kind, capacity) VALUES ($1, $2, $3)")
                .bind(org_id)
                .bind(kind.as_str())
                .bind(*capacity)
        }
        KindProfile::Institute { researchers } => {
            sql::query("INSERT INTO institute_profiles (org_id, kind, researcher_count) VALUES ($1, $2, $3)")
                .bind(org_id)
                .bind(kind.as_str())
                .bind(*researchers)
        }
        KindProfile::None => return Ok(()),
    };
    q.execute(&mut *conn).await?;
    Ok(())
}

/// Records that `startup` is incubated by `incubator`; a startup page made on the site has no
/// profile row yet, and gets one at the first stage. Nothing for an organisation that is not
/// a startup.
pub async fn set_incubated_by(conn: &mut Conn, startup: i64, incubator: i64) -> sqlx::Result<()> {
    sql::query(
        "INSERT INTO startup_profiles (org_id, stage, incubated_by) SELECT $1, 'idea', $2
         WHERE EXISTS (SELECT 1 FROM organizations WHERE id = $1 AND kind = 'startup')
         ON CONFLICT (org_id) DO UPDATE SET incubated_by = excluded.incubated_by",
    )
    .bind(startup)
    .bind(incubator)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
