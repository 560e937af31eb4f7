//! After the soak: every write checked against the database. A write acknowledged must be
//! there exactly once, a refused one not at all, one without an answer at most once; things
//! one writer kept changing hold that writer's last acknowledged value (or a later unanswered
//! one); nothing is half-written (an offer without its sectors, cooperation types or audit row,
//! a profile edit without its audit row, an application with answers from different saves).

use super::ledger::{Kind, Outcome, Write, acceptable};
use app::backend::db::Db;
use app::backend::db::sql;
use std::collections::BTreeMap;

#[derive(Default, Debug)]
pub struct Counts {
    pub sent: u64,
    pub acked: u64,
    pub refused: u64,
    pub unknown: u64,
    /// Acknowledged and found as acknowledged.
    pub found: u64,
    pub lost: u64,
    pub duplicated: u64,
    /// Without an answer, yet written.
    pub unknown_landed: u64,
}

#[derive(Default)]
pub struct Report {
    pub counts: BTreeMap<Kind, Counts>,
    pub problems: Vec<String>,
}

impl Report {
    pub fn total(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.counts.values() {
            t.sent += c.sent;
            t.acked += c.acked;
            t.refused += c.refused;
            t.unknown += c.unknown;
            t.found += c.found;
            t.lost += c.lost;
            t.duplicated += c.duplicated;
            t.unknown_landed += c.unknown_landed;
        }
        t
    }
}

pub async fn verify(pool: &Db, writes: &[Write]) -> anyhow::Result<Report> {
    let mut r = Report::default();
    for w in writes {
        let c = r.counts.entry(w.kind).or_default();
        c.sent += 1;
        match w.outcome {
            Outcome::Acked => c.acked += 1,
            Outcome::Refused => c.refused += 1,
            Outcome::Unknown => c.unknown += 1,
        }
    }
    for w in writes {
        let (count, what) = match w.kind {
            Kind::Signup => (count(pool, "SELECT count(*) FROM users WHERE email = $1", &w.value).await?, "account"),
            Kind::Message => {
                (count(pool, "SELECT count(*) FROM collaboration_messages WHERE body = $1", &w.value).await?, "message")
            }
            Kind::Offer => {
                (count(pool, "SELECT count(*) FROM technology_offers WHERE title_vi = $1", &w.value).await?, "offer")
            }
            Kind::Profile => (
                count(
                    pool,
                    "SELECT count(*) FROM audit_log WHERE action = 'org.edit' AND CAST(after_json AS TEXT) LIKE $1",
                    &format!("%{}\"%", w.value), // the closing quote: `… 4-1` is not `… 4-10`
                )
                .await?,
                "profile edit's audit row",
            ),
            Kind::Approval | Kind::Registration | Kind::Draft => continue,
        };
        let c = r.counts.get_mut(&w.kind).expect("counted above");
        match (w.outcome, count) {
            (_, n) if n > 1 => {
                c.duplicated += 1;
                r.problems.push(format!("{what} {:?} is there {n} times", w.value));
            }
            (Outcome::Acked, 1) => c.found += 1,
            (Outcome::Acked, _) => {
                c.lost += 1;
                r.problems.push(format!("acknowledged {what} {:?} is missing", w.value));
            }
            (Outcome::Refused, 1) => r.problems.push(format!("refused {what} {:?} was written", w.value)),
            (Outcome::Unknown, 1) => c.unknown_landed += 1,
            _ => {}
        }
    }
    offers_whole(pool, writes, &mut r).await?;
    approvals(pool, writes, &mut r).await?;
    last_writer(pool, writes, &mut r).await?;
    Ok(r)
}

async fn count(pool: &Db, query: &'static str, key: &str) -> sqlx::Result<i64> {
    sql::query_scalar(query).bind(key).fetch_one(pool).await
}

/// Every offer the soak wrote has its sectors, cooperation types and audit rows.
async fn offers_whole(pool: &Db, writes: &[Write], r: &mut Report) -> anyhow::Result<()> {
    for w in writes.iter().filter(|w| w.kind == Kind::Offer) {
        let row: Option<(i64, i64, i64, i64)> = sql::query_as(
            "SELECT o.id,
                    (SELECT count(*) FROM offer_sectors s WHERE s.offer_id = o.id),
                    (SELECT count(*) FROM offer_cooperation c WHERE c.offer_id = o.id),
                    (SELECT count(*) FROM audit_log a WHERE a.entity_type = 'offer' AND a.entity_id = CAST(o.id AS TEXT))
               FROM technology_offers o WHERE o.title_vi = $1 ORDER BY o.id LIMIT 1",
        )
        .bind(&w.value)
        .fetch_optional(pool)
        .await?;
        if let Some((id, sectors, coop, audit)) = row
            && (sectors != 1 || coop != 2 || audit == 0)
        {
            r.problems.push(format!(
                "offer {id} {:?} is half-written: {sectors} sectors (1 sent), {coop} cooperation types (2 sent), \
                 {audit} audit rows",
                w.value
            ));
        }
    }
    Ok(())
}

/// An approval acknowledged left the offer published; one refused did not publish it.
async fn approvals(pool: &Db, writes: &[Write], r: &mut Report) -> anyhow::Result<()> {
    for w in writes.iter().filter(|w| w.kind == Kind::Approval) {
        let status: Option<String> = sql::query_scalar("SELECT status FROM technology_offers WHERE title_vi = $1")
            .bind(&w.target)
            .fetch_optional(pool)
            .await?;
        let published = status.as_deref() == Some("published");
        let c = r.counts.get_mut(&Kind::Approval).expect("counted");
        match w.outcome {
            Outcome::Acked if published => c.found += 1,
            Outcome::Acked => {
                c.lost += 1;
                r.problems.push(format!("acknowledged approval of {:?} is lost: status {status:?}", w.target));
            }
            Outcome::Refused if published => {
                r.problems.push(format!("refused approval of {:?} published it", w.target))
            }
            Outcome::Unknown if published => c.unknown_landed += 1,
            _ => {}
        }
    }
    Ok(())
}

/// Profiles, registrations and drafts, each changed by one writer: its final value is one the
/// writer's answers allow.
async fn last_writer(pool: &Db, writes: &[Write], r: &mut Report) -> anyhow::Result<()> {
    let mut targets: BTreeMap<(Kind, &str), Vec<&Write>> = BTreeMap::new();
    for w in writes.iter().filter(|w| matches!(w.kind, Kind::Profile | Kind::Registration | Kind::Draft)) {
        targets.entry((w.kind, w.target.as_str())).or_default().push(w);
    }
    for ((kind, target), ws) in targets {
        let (held, initial) = match kind {
            Kind::Profile => {
                let d: Option<String> = sql::query_scalar("SELECT description_vi FROM organizations WHERE slug = $1")
                    .bind(target)
                    .fetch_one(pool)
                    .await?;
                (d.unwrap_or_default(), "(the demo description)")
            }
            Kind::Registration => {
                let (email, event) = target.split_once(' ').expect("email event");
                let status: Option<String> = sql::query_scalar(
                    "SELECT r.status FROM event_registrations r JOIN events e ON e.id = r.event_id
                      WHERE e.slug = $1 AND r.email = $2",
                )
                .bind(event)
                .bind(email)
                .fetch_optional(pool)
                .await?;
                let v = if matches!(status.as_deref(), Some("registered" | "waitlisted")) { "in" } else { "out" };
                (v.to_string(), "out")
            }
            _ => {
                let (org, programme) = target.split_once(' ').expect("org programme");
                let answers: Vec<String> = sql::query_scalar(
                    "SELECT aa.answer FROM application_answers aa
                       JOIN applications a ON a.id = aa.application_id
                       JOIN programmes p ON p.id = a.programme_id
                       JOIN organizations o ON o.id = a.applicant_org_id
                      WHERE p.slug = $1 AND o.slug = $2 ORDER BY aa.question_id",
                )
                .bind(programme)
                .bind(org)
                .fetch_all(pool)
                .await?;
                if answers.windows(2).any(|p| p[0] != p[1]) {
                    r.problems.push(format!("application {target:?} holds answers from different saves: {answers:?}"));
                }
                (answers.first().cloned().unwrap_or_default(), "")
            }
        };
        let initial =
            if kind == Kind::Profile && !ws.iter().any(|w| w.value == held) { held.as_str() } else { initial };
        let ok = acceptable(&ws, initial);
        let c = r.counts.get_mut(&kind).expect("counted");
        let acked = ws.iter().filter(|w| w.outcome == Outcome::Acked).count() as u64;
        if ok.contains(&held) {
            // each acknowledged write is accounted for: the last holds, the earlier were overwritten
            // (a profile edit's own row, its audit entry, was counted above)
            if kind != Kind::Profile {
                c.found += acked;
            }
            if ws.iter().rposition(|w| w.value == held && w.outcome == Outcome::Unknown)
                > ws.iter().rposition(|w| w.outcome == Outcome::Acked)
            {
                c.unknown_landed += 1;
            }
        } else {
            c.lost += 1;
            r.problems.push(format!("{} {target:?} holds {held:?}; the answers allow only {ok:?}", kind.label()));
        }
    }
    Ok(())
}
