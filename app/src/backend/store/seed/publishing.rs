//! Listings waiting for the Department, so the moderation queue has work in the demo: offers the
//! generator left in review were sent on their last update, one draft challenge in two and one
//! research output in fifty are in review, another one in fifty is a draft. Deterministic (by id).

use super::cx::Cx;
use crate::backend::db::sql;

pub async fn review_queue(cx: &mut Cx<'_>) -> Result<(), sqlx::Error> {
    for sql in [
        "UPDATE technology_offers SET submitted_at = updated_at WHERE status = 'in_review' AND sample = TRUE",
        "UPDATE challenges SET submitted_at = updated_at WHERE status = 'draft' AND sample = TRUE AND id % 2 = 0",
        "UPDATE research_outputs SET status = 'in_review', submitted_at = updated_at WHERE sample = TRUE AND id % 50 = 7",
        "UPDATE research_outputs SET status = 'draft' WHERE sample = TRUE AND id % 50 = 19",
    ] {
        sql::query(sql).execute(&mut *cx.tx).await?;
    }
    Ok(())
}
