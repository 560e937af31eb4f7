//! One score per pair from the text similarity and the structured fit.
//!
//! score = penalty × (0.35·text + 0.30·sectors + 0.25·kind fit + 0.10·place) / (weights used)
//!
//! - text: the pair's more-like-this score over the best one among the subject's candidates
//!   (0 when the text search did not return it);
//! - sectors: shared sectors over the smaller of the two sector lists;
//! - kind fit: the mean of the kind-specific checks (`fit.rs`); left out of the weights when
//!   the pair has none;
//! - place: 1 same ward/commune, 0.5 same province;
//! - penalty: a hard mismatch (stage the investor does not fund ×0.5, TRL below the
//!   challenge's minimum ×0.5, programme type unfit for the stage ×0.6, ticket ×0.8).

use super::fit::Parts;

pub const W_TEXT: f32 = 0.35;
pub const W_SECTORS: f32 = 0.30;
pub const W_KINDS: f32 = 0.25;
pub const W_PLACE: f32 = 0.10;

/// Suggestions scoring below this are not shown.
pub const MIN_SCORE: f32 = 0.15;

pub fn combine(text: f32, parts: &Parts) -> f32 {
    let mut sum = W_TEXT * text.clamp(0.0, 1.0) + W_SECTORS * parts.sectors + W_PLACE * parts.place;
    let mut weights = W_TEXT + W_SECTORS + W_PLACE;
    if let Some(k) = parts.kinds {
        sum += W_KINDS * k;
        weights += W_KINDS;
    }
    (parts.penalty * sum / weights).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_and_penalty() {
        let full = Parts { sectors: 1.0, kinds: Some(1.0), place: 1.0, penalty: 1.0, reasons: Vec::new() };
        assert!((combine(1.0, &full) - 1.0).abs() < 1e-6);
        let none = Parts { sectors: 0.0, kinds: None, place: 0.0, penalty: 1.0, reasons: Vec::new() };
        assert_eq!(combine(0.0, &none), 0.0);
        // without kind checks the other weights are renormalised
        let no_kinds = Parts { sectors: 1.0, kinds: None, place: 0.0, penalty: 1.0, reasons: Vec::new() };
        assert!((combine(0.0, &no_kinds) - W_SECTORS / (W_TEXT + W_SECTORS + W_PLACE)).abs() < 1e-6);
        let penalised = Parts { penalty: 0.5, ..full };
        assert!((combine(1.0, &penalised) - 0.5).abs() < 1e-6);
    }
}
