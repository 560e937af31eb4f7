use super::*;
use crate::backend::db::sql;
use crate::backend::matching::{rank, suggestions};
use crate::domain::matching::Reason;

/// The subject itself, its own organisation's items and unpublished ones are never suggested;
/// unpublishing an offer takes it out at once.
#[tokio::test]
async fn exclusions() {
    let fx = Fixture::new().await;
    // a challenge whose poster also offers technology in the same sector would be tempting
    let (challenge, org): (i64, i64) = sql::query_as(
        "SELECT c.id, c.org_id FROM challenges c WHERE c.status = 'open' AND c.trl_min IS NOT NULL ORDER BY c.id LIMIT 1",
    )
    .fetch_one(&fx.pool)
    .await
    .expect("test data");
    let (_, ranked) = rank(&fx.pool, &fx.searcher, DocGroup::Challenge, challenge, TODAY).await.expect("test data");
    assert!(!ranked.is_empty());
    assert!(ranked.iter().all(|r| r.facts.org_id != org), "own organisation suggested");
    assert!(ranked.iter().all(|r| r.facts.visible));
    // an offer suggested now disappears once it is paused (unpublished)
    let offer = ranked.iter().find(|r| r.facts.kind == "offer").expect("an offer suggested").facts.id;
    sql::query("UPDATE technology_offers SET status = 'paused' WHERE id = $1")
        .bind(offer)
        .execute(&fx.pool)
        .await
        .expect("test data");
    let (_, after) = rank(&fx.pool, &fx.searcher, DocGroup::Challenge, challenge, TODAY).await.expect("test data");
    assert!(after.iter().all(|r| !(r.facts.kind == "offer" && r.facts.id == offer)), "paused offer still suggested");
    // an organisation never sees itself, nor hidden organisations
    let startup: i64 = sql::query_scalar("SELECT id FROM organizations WHERE kind = 'startup' ORDER BY id LIMIT 1")
        .fetch_one(&fx.pool)
        .await
        .expect("test data");
    let (_, ranked) = rank(&fx.pool, &fx.searcher, DocGroup::Org, startup, TODAY).await.expect("test data");
    let top = ranked.iter().find(|r| r.facts.kind == "investor").expect("an investor").facts.id;
    assert!(ranked.iter().all(|r| r.facts.org_id != startup));
    sql::query("UPDATE organizations SET hidden = TRUE WHERE id = $1")
        .bind(top)
        .execute(&fx.pool)
        .await
        .expect("test data");
    let (_, after) = rank(&fx.pool, &fx.searcher, DocGroup::Org, startup, TODAY).await.expect("test data");
    assert!(after.iter().all(|r| r.facts.id != top), "hidden investor still suggested");
    // closed programmes are not suggested
    assert!(after.iter().filter(|r| r.facts.kind == "programme").all(|r| r.facts.closes_on.as_deref() >= Some(TODAY)));
}

/// What a page shows: at most six, the kinds the subject is shown, each with reasons; shared
/// key terms are phrases of two or more words, never edged by a function word.
#[tokio::test]
async fn shown_suggestions_explain_themselves() {
    let fx = Fixture::new().await;
    let challenges: Vec<(i64, i64)> =
        sql::query_as("SELECT id, org_id FROM challenges WHERE status = 'open' AND deadline >= $1 ORDER BY id LIMIT 6")
            .bind(TODAY)
            .fetch_all(&fx.pool)
            .await
            .expect("test data");
    let mut terms: Vec<String> = Vec::new();
    for (id, org) in challenges {
        let list = suggestions(&fx.pool, &fx.searcher, DocGroup::Challenge, id, org, TODAY).await.expect("test data");
        assert!(!list.is_empty() && list.len() <= crate::backend::matching::SHOWN);
        for s in &list {
            assert!(
                ["/offers/", "/org/"].iter().any(|p| s.href.starts_with(p)),
                "a challenge is shown offers and organisations, not {}",
                s.href
            );
            // the province alone, or a way to cooperate, does not say why the two fit
            assert!(s.reasons.iter().any(Reason::explains), "nothing explains {}: {:?}", s.href, s.reasons);
            for r in &s.reasons {
                if let Reason::KeyTerms(t) = r {
                    terms.extend(t.iter().cloned());
                }
            }
        }
    }
    println!("key terms: {terms:?}");
    assert!(!terms.is_empty(), "no key terms at all");
    for t in terms {
        assert!(t.split(' ').count() >= 2, "{t}");
        assert!(!t.starts_with("và ") && !t.ends_with(" của") && !t.ends_with(" cho"), "{t}");
        assert!(!crate::backend::matching::text::GENERIC.contains(&t.to_lowercase().as_str()), "too general: {t}");
    }
}

/// A subject that says almost nothing still gets suggestions from its sector, stage and
/// place, but never above "có thể phù hợp": a short text must not pass for a strong match.
#[tokio::test]
async fn a_subject_with_little_text_is_at_most_a_possible_fit() {
    use crate::domain::matching::Fit;
    let fx = Fixture::new().await;
    let startup: i64 = sql::query_scalar("SELECT id FROM organizations WHERE kind = 'startup' ORDER BY id LIMIT 1")
        .fetch_one(&fx.pool)
        .await
        .expect("test data");
    let challenge: i64 = sql::query_scalar("SELECT id FROM challenges WHERE status = 'open' ORDER BY id LIMIT 1")
        .fetch_one(&fx.pool)
        .await
        .expect("test data");
    // with their texts the best suggestions are more than possible fits (else this test shows nothing)
    for (group, id) in [(DocGroup::Org, startup), (DocGroup::Challenge, challenge)] {
        let (_, ranked) = rank(&fx.pool, &fx.searcher, group, id, TODAY).await.expect("rank");
        assert!(Fit::of(ranked[0].score) != Fit::Fair, "{group:?} {id}: best is already a possible fit");
    }
    sql::query(
        "UPDATE organizations SET short_vi = 'Ứng dụng di động', description_vi = 'Đang cập nhật.' WHERE id = $1",
    )
    .bind(startup)
    .execute(&fx.pool)
    .await
    .expect("test data");
    sql::query(
        "UPDATE challenges SET problem_vi = 'Cần giải pháp.', desired_result_vi = 'Tăng năng suất.' WHERE id = $1",
    )
    .bind(challenge)
    .execute(&fx.pool)
    .await
    .expect("test data");
    for (group, id) in [(DocGroup::Org, startup), (DocGroup::Challenge, challenge)] {
        let (_, ranked) = rank(&fx.pool, &fx.searcher, group, id, TODAY).await.expect("rank");
        let shown: Vec<_> = ranked.iter().filter(|r| r.score >= crate::backend::matching::score::MIN_SCORE).collect();
        assert!(!shown.is_empty(), "{group:?} {id}: nothing suggested from sector and stage");
        for r in shown {
            assert_eq!(Fit::of(r.score), Fit::Fair, "{group:?} {id}: {} scored {}", r.facts.slug, r.score);
        }
    }
}
