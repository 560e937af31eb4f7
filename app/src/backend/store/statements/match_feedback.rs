//! What members did with their suggestions (`match_feedback`): shown, opened, dismissed, and
//! turned into a collaboration request; and the monthly counts the administrators read.
//! Every write names the organisation it is for; the actions check membership first.

use crate::backend::db::{Conn, Db, sql};
use crate::domain::matching::QualityMonth;

/// The items an organisation dismissed (index keys), oldest first.
pub async fn dismissed(db: &Db, org_id: i64) -> sqlx::Result<Vec<String>> {
    sql::query_scalar(
        "SELECT target FROM match_feedback WHERE org_id = $1 AND dismissed_at IS NOT NULL
          ORDER BY dismissed_at, target",
    )
    .bind(org_id)
    .fetch_all(db)
    .await
}

/// Counts one showing of each of `targets` to a member of the organisation (`day`: the date).
pub async fn shown(db: &Db, org_id: i64, targets: &[String], day: &str) -> sqlx::Result<()> {
    if targets.is_empty() {
        return Ok(());
    }
    let list = serde_json::to_string(targets).unwrap_or_else(|_| "[]".into());
    sql::query(
        "INSERT INTO match_feedback (org_id, target, first_shown, last_shown, times_shown)
         SELECT $1, value, $3, $3, 1 FROM json_each($2) WHERE TRUE -- SQLite: else ON reads as a join's
         ON CONFLICT (org_id, target) DO UPDATE
            SET last_shown = excluded.last_shown, times_shown = match_feedback.times_shown + 1",
    )
    .bind(org_id)
    .bind(list)
    .bind(day)
    .execute(db)
    .await?;
    Ok(())
}

/// A member opened the suggestion (the first time counts).
pub async fn opened(db: &Db, org_id: i64, target: &str, now: &str) -> sqlx::Result<()> {
    sql::query(
        "INSERT INTO match_feedback (org_id, target, first_shown, last_shown, times_shown, opened_at)
         VALUES ($1, $2, substr($3, 1, 10), substr($3, 1, 10), 0, $3)
         ON CONFLICT (org_id, target) DO UPDATE
            SET opened_at = coalesce(match_feedback.opened_at, excluded.opened_at)",
    )
    .bind(org_id)
    .bind(target)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// A member marked the suggestion "not relevant": it never comes back for the organisation.
pub async fn dismiss(db: &Db, org_id: i64, target: &str, user: i64, now: &str) -> sqlx::Result<()> {
    sql::query(
        "INSERT INTO match_feedback (org_id, target, first_shown, last_shown, times_shown, dismissed_at, dismissed_by)
         VALUES ($1, $2, substr($3, 1, 10), substr($3, 1, 10), 0, $3, $4)
         ON CONFLICT (org_id, target) DO UPDATE
            SET dismissed_at = coalesce(match_feedback.dismissed_at, excluded.dismissed_at),
                dismissed_by = coalesce(match_feedback.dismissed_by, excluded.dismissed_by)",
    )
    .bind(org_id)
    .bind(target)
    .bind(now)
    .bind(user)
    .execute(db)
    .await?;
    Ok(())
}

/// In the transaction of a new collaboration request: if the sending organisation was shown
/// its target (the listing, or the organisation), the suggestion led to a request.
pub async fn requested(conn: &mut Conn, org_id: i64, targets: &[String], now: &str) -> sqlx::Result<()> {
    let list = serde_json::to_string(targets).unwrap_or_else(|_| "[]".into());
    sql::query(
        "UPDATE match_feedback SET requested_at = $3
          WHERE org_id = $1 AND target IN (SELECT value FROM json_each($2)) AND requested_at IS NULL",
    )
    .bind(org_id)
    .bind(list)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct QualityRow {
    month: String,
    shown: i64,
    opened: i64,
    dismissed: i64,
    requested: i64,
}

/// Per month (of the first showing), newest first: suggestions shown to members, and how many
/// of them were opened, dismissed and turned into a request; `months` at most.
pub async fn quality(db: &Db, months: i64) -> sqlx::Result<Vec<QualityMonth>> {
    let rows: Vec<QualityRow> = sql::query_as(
        "SELECT substr(first_shown, 1, 7) AS month, count(CASE WHEN times_shown > 0 THEN 1 END) AS shown,
                count(opened_at) AS opened, count(dismissed_at) AS dismissed, count(requested_at) AS requested
           FROM match_feedback GROUP BY substr(first_shown, 1, 7) ORDER BY month DESC LIMIT $1",
    )
    .bind(months)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| QualityMonth {
            month: r.month,
            shown: r.shown,
            opened: r.opened,
            dismissed: r.dismissed,
            requested: r.requested,
        })
        .collect())
}
