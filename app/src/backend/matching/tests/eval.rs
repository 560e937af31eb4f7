use super::*;
use crate::backend::matching::rank;

/// Prints subjects' rankings for choosing the labelled pairs (run by hand with --ignored).
#[tokio::test]
#[ignore]
async fn dump() {
    let fx = Fixture::new().await;
    let subjects: Vec<(String, String)> = sqlx::query_as(
        "SELECT 'org', slug FROM (SELECT slug FROM organizations WHERE kind = 'startup' ORDER BY id LIMIT 6)
         UNION ALL SELECT 'challenge', slug FROM (SELECT slug FROM challenges WHERE status = 'open' ORDER BY id LIMIT 4)
         UNION ALL SELECT 'offer', slug FROM (SELECT slug FROM technology_offers WHERE status = 'published' ORDER BY id LIMIT 3)",
    )
    .fetch_all(&fx.pool)
    .await
    .unwrap();
    for (g, slug) in subjects {
        let group = DocGroup::parse(&g).unwrap();
        let id = fx.id(group, &slug).await;
        let (s, ranked) = rank(&fx.pool, &fx.searcher, group, id, TODAY).await.unwrap();
        let s = s.unwrap();
        println!("\n== {g} {slug} kind={} sectors={:?} stage={:?} needs={:?} trl_min={:?}", s.kind, s.sectors, s.stage, s.needs, s.trl_min);
        for r in ranked.iter().take(12).chain(ranked.iter().rev().take(4)) {
            let f = &r.facts;
            println!(
                "  {:.3} t{:.2} {:<10} {:<50} sec={:?} stages={:?} trl={:?} {:?}",
                r.score, r.text, f.kind, f.slug, f.sectors, f.stages, f.trl, r.reasons
            );
        }
        println!("  ({} candidates)", ranked.len());
    }
}
