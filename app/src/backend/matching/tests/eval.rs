use super::*;
use crate::backend::db::sql;
use crate::backend::matching::rank;

/// Labelled pairs, by a rule a person can check on the pages (computed here in SQL, apart
/// from the engine's code):
/// - startup → investor: **good** when they share a sector, the investor funds the startup's
///   stage and its ticket meets that stage's usual round; **bad** when they share no sector
///   and the investor does not fund the stage;
/// - challenge → offer: **good** when they share a sector and the offer's TRL meets the
///   challenge's minimum; **bad** when they share no sector and the TRL is below it.
///
/// Pairs involving items the engine must not show (own organisation, unpublished, expired)
/// are left out.
const GOOD_INVESTORS: &str = "
    SELECT o.slug FROM organizations o JOIN investor_profiles ip ON ip.org_id = o.id
     WHERE o.hidden = FALSE
       AND EXISTS (SELECT 1 FROM org_sectors a JOIN org_sectors b ON a.sector_code = b.sector_code
                    WHERE a.org_id = $1 AND b.org_id = o.id)
       AND EXISTS (SELECT 1 FROM investor_stages st WHERE st.org_id = o.id AND st.stage = $2)
       AND coalesce(ip.ticket_min_vnd, 0) <= $4 AND coalesce(ip.ticket_max_vnd, $3) >= $3
     ORDER BY o.slug";
const BAD_INVESTORS: &str = "
    SELECT o.slug FROM organizations o JOIN investor_profiles ip ON ip.org_id = o.id
     WHERE o.hidden = FALSE AND $3 >= 0 AND $4 >= 0
       AND NOT EXISTS (SELECT 1 FROM org_sectors a JOIN org_sectors b ON a.sector_code = b.sector_code
                        WHERE a.org_id = $1 AND b.org_id = o.id)
       AND NOT EXISTS (SELECT 1 FROM investor_stages st WHERE st.org_id = o.id AND st.stage = $2)
     ORDER BY o.slug";
const GOOD_OFFERS: &str = "
    SELECT t.slug FROM technology_offers t WHERE t.status = 'published' AND t.org_id <> $2
       AND (t.expires_at IS NULL OR substr(t.expires_at, 1, 10) >= $4)
       AND EXISTS (SELECT 1 FROM offer_sectors a JOIN challenge_sectors b ON a.sector_code = b.sector_code
                    WHERE a.offer_id = t.id AND b.challenge_id = $1)
       AND t.trl >= $3 ORDER BY t.slug";
const BAD_OFFERS: &str = "
    SELECT t.slug FROM technology_offers t WHERE t.status = 'published' AND t.org_id <> $2
       AND (t.expires_at IS NULL OR substr(t.expires_at, 1, 10) >= $4)
       AND NOT EXISTS (SELECT 1 FROM offer_sectors a JOIN challenge_sectors b ON a.sector_code = b.sector_code
                        WHERE a.offer_id = t.id AND b.challenge_id = $1)
       AND t.trl < $3 ORDER BY t.slug";

/// (min, max) VND of a stage's usual round, as `fit.rs` documents it.
fn round(stage: &str) -> (i64, i64) {
    match stage {
        "idea" => (100_000_000, 1_500_000_000),
        "mvp" => (200_000_000, 5_000_000_000),
        "early_revenue" => (1_000_000_000, 40_000_000_000),
        _ => (10_000_000_000, 150_000_000_000),
    }
}

struct Labelled {
    group: DocGroup,
    subject: String,
    /// the kind the labels are about ("investor", "offer")
    kind: &'static str,
    good: Vec<String>,
    bad: Vec<String>,
}

async fn labelled(fx: &Fixture) -> Vec<Labelled> {
    let mut out = Vec::new();
    let startups: Vec<(i64, String, String)> = sql::query_as(
        "SELECT o.id, o.slug, sp.stage FROM organizations o JOIN startup_profiles sp ON sp.org_id = o.id
          WHERE o.hidden = FALSE ORDER BY o.id LIMIT 12",
    )
    .fetch_all(&fx.pool)
    .await
    .expect("test data");
    for (id, slug, stage) in startups {
        let (lo, hi) = round(&stage);
        let q = |sql| sql::query_scalar::<String>(sql).bind(id).bind(stage.clone()).bind(lo).bind(hi);
        let good = q(GOOD_INVESTORS).fetch_all(&fx.pool).await.expect("test data");
        let bad = q(BAD_INVESTORS).fetch_all(&fx.pool).await.expect("test data");
        out.push(Labelled { group: DocGroup::Org, subject: slug, kind: "investor", good, bad });
    }
    let challenges: Vec<(i64, String, i64, i64)> = sql::query_as(
        "SELECT c.id, c.slug, c.org_id, c.trl_min FROM challenges c JOIN organizations o ON o.id = c.org_id
          WHERE c.status IN ('open', 'in_discussion') AND c.trl_min IS NOT NULL AND o.hidden = FALSE
            AND (c.deadline IS NULL OR c.deadline >= $1) ORDER BY c.id LIMIT 8",
    )
    .bind(TODAY)
    .fetch_all(&fx.pool)
    .await
    .expect("test data");
    for (id, slug, org, trl_min) in challenges {
        let q = |sql| sql::query_scalar::<String>(sql).bind(id).bind(org).bind(trl_min).bind(TODAY);
        let good = q(GOOD_OFFERS).fetch_all(&fx.pool).await.expect("test data");
        let bad = q(BAD_OFFERS).fetch_all(&fx.pool).await.expect("test data");
        out.push(Labelled { group: DocGroup::Challenge, subject: slug, kind: "offer", good, bad });
    }
    out
}

/// precision@5 of subject s = |top 5 of kind ∩ good(s)| / min(5, |good(s)|), the ranking being
/// the engine's full ranking restricted to the labelled kind; averaged over the subjects with at
/// least one good item. Also reported: the strict share |top 5 ∩ good| / 5, and how many bad
/// pairs reach a top 5.
///
/// These labels come from the same facts the engine scores (sectors, TRL, stage), so the
/// precision is printed, not held to a bar: what the texts say is judged by people in
/// `ketnoi bench-match --judged`. A pair failing every rule may reach a top 5 when the texts say
/// the same thing ("phụ gia xi măng giảm phát thải" for a challenge on cutting emissions, in
/// another sector and below the TRL asked for), but never above "có thể phù hợp".
#[tokio::test]
async fn labelled_pairs_precision_at_5() {
    let fx = Fixture::new().await;
    let sets = labelled(&fx).await;
    let pairs: usize = sets.iter().map(|s| s.good.len() + s.bad.len()).sum();
    let (goods, bads): (usize, usize) = sets.iter().fold((0, 0), |(g, b), s| (g + s.good.len(), b + s.bad.len()));
    assert!(pairs >= 30 && goods >= 10 && bads >= 10, "labelled set too small: {goods} good, {bads} bad");
    let (mut sum, mut strict, mut subjects, mut bad_in_top) = (0.0, 0.0, 0, 0);
    for set in &sets {
        let id = fx.id(set.group, &set.subject).await;
        let (_, ranked) = rank(&fx.pool, &fx.searcher, set.group, id, TODAY).await.expect("test data");
        let top: Vec<&str> =
            ranked.iter().filter(|r| r.facts.kind == set.kind).take(5).map(|r| r.facts.slug.as_str()).collect();
        let hits = top.iter().filter(|s| set.good.iter().any(|g| g == *s)).count();
        let bad: Vec<&&str> = top.iter().filter(|s| set.bad.iter().any(|b| b == **s)).collect();
        bad_in_top += bad.len();
        for r in ranked.iter().filter(|r| set.bad.contains(&r.facts.slug)) {
            let fit = crate::domain::matching::Fit::of(r.score);
            assert_eq!(
                fit,
                crate::domain::matching::Fit::Fair,
                "{} → {}: labelled bad, scored {}",
                set.subject,
                r.facts.slug,
                r.score
            );
        }
        println!(
            "{} → {}: {} good, {} bad labelled; top 5 {:?}: {hits} good, bad {:?}",
            set.subject,
            set.kind,
            set.good.len(),
            set.bad.len(),
            top,
            bad
        );
        if !set.good.is_empty() {
            subjects += 1;
            sum += hits as f64 / set.good.len().min(5) as f64;
            strict += hits as f64 / 5.0;
        }
    }
    let p5 = sum / subjects as f64;
    println!(
        "MATCHING precision@5 = {p5:.3} (strict {:.3}) over {subjects} subjects; {pairs} labelled pairs ({goods} good, {bads} bad); bad pairs in a top 5: {bad_in_top}",
        strict / subjects as f64
    );
}

/// A judged pair (`server/src/bench/judged/pairs.tsv`) whose texts plainly match: the offer
/// that answers the challenge comes first among its offers, with a strong or good label.
#[tokio::test]
async fn the_offer_that_answers_a_challenge_comes_first() {
    let fx = Fixture::new().await;
    for (challenge, offer) in [
        (
            "can-cong-nghe-han-khung-thep-nha-tien-che-khi-thieu-tho-han-bac-cao-o-tam-diep",
            // the judged exact fit, or the other welding robot (judged a borderline fit)
            "robot-han-tu-dong-",
        ),
        (
            "can-cong-nghe-quan-ly-chung-25-homestay-cua-hop-tac-xa-du-lich-cong-dong-o-nho-quan",
            "quan-ly-phong-va-dong-bo-kenh-dat-phong",
        ),
    ] {
        let id = fx.id(DocGroup::Challenge, challenge).await;
        let (_, ranked) = rank(&fx.pool, &fx.searcher, DocGroup::Challenge, id, TODAY).await.expect("test data");
        let first = ranked.iter().find(|r| r.facts.kind == "offer").expect("an offer");
        assert!(first.facts.slug.starts_with(offer), "{challenge}: first offer {}", first.facts.slug);
        let fit = crate::domain::matching::Fit::of(first.score);
        assert_ne!(fit, crate::domain::matching::Fit::Fair, "{challenge}: {} scores {}", first.facts.slug, first.score);
    }
}
