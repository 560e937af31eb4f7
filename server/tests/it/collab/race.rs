//! Conflicting steps at the same moment: the receiver accepts while the sender withdraws.
//! Each round must end with exactly one of them applied and a consistent trail.

use super::{cast, send, signed_in, snapshot};
use app::backend::db::sql;

#[tokio::test]
async fn accept_and_withdraw_race_to_one_outcome() {
    let app = crate::support::spawn_empty().await;
    let pool = app.pool().await;
    let c = cast(&pool).await;
    let requester = signed_in(&app, &c.requester).await;
    let provider = signed_in(&app, &c.provider).await;
    let (mut accepted, mut withdrawn) = (0, 0);
    for round in 0..20 {
        let id = send(&requester, &c, &format!("Vòng {round}")).await;
        let path = format!("/collab/{id}/step");
        let accept = provider.post(&path, &[("action", "accept")]);
        let withdraw = requester.post(&path, &[("action", "withdraw")]);
        let (a, w) = tokio::join!(accept, withdraw);
        assert_eq!(a.status().as_u16(), 303);
        assert_eq!(w.status().as_u16(), 303);
        let (state, transitions, _, _, audit) = snapshot(&pool, id).await;
        let outcomes: Vec<(String,)> = sql::query_as(
            "SELECT to_state FROM collaboration_transitions WHERE request_id = $1 AND to_state IN ('accepted', 'withdrawn')",
        )
        .bind(id)
        .fetch_all(&pool)
        .await
        .expect("query");
        assert_eq!(outcomes.len(), 1, "round {round}: exactly one outcome, got {outcomes:?}");
        assert_eq!(outcomes[0].0, state, "round {round}: the trail ends in the request's state");
        assert_eq!(audit, transitions, "round {round}: one audit entry per transition");
        // the trail is a chain: each row starts where the previous ended
        let chain: Vec<(Option<String>, String)> = sql::query_as(
            "SELECT from_state, to_state FROM collaboration_transitions WHERE request_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&pool)
        .await
        .expect("query");
        for pair in chain.windows(2) {
            assert_eq!(pair[1].0.as_deref(), Some(pair[0].1.as_str()), "round {round}: chain {chain:?}");
        }
        match state.as_str() {
            "accepted" => accepted += 1,
            "withdrawn" => withdrawn += 1,
            other => panic!("round {round}: unexpected state {other}"),
        }
        // close the accepted ones so the next round's request is not a duplicate
        if state == "accepted" {
            provider.post(&format!("/collab/{id}/step"), &[("action", "close"), ("note", "kết thúc vòng")]).await;
        }
    }
    println!("race: accepted {accepted}, withdrawn {withdrawn} of 20");
}
