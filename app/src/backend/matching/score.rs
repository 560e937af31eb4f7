//! One score per pair from the text similarity and the structured fit.
//!
//! score = penalty × (w_text·text + w_sectors·sectors + w_kinds·kind fit + w_place·place)
//!         / (weights used)
//!
//! - text: the pair's more-like-this score over the score the subject's own document gets
//!   from the same query, over `TEXT_FULL`, at most 1 (0 when the text search did not return
//!   it): how much of what the subject's text says the candidate's text says too;
//! - sectors: shared sectors over the smaller of the two sector lists;
//! - kind fit: the mean of the kind-specific checks (`fit.rs`); left out of the weights when
//!   the pair has none;
//! - place: 1 same ward/commune, 0.5 same province;
//! - penalty: a hard mismatch (stage the investor does not fund ×0.5, TRL below the
//!   challenge's minimum ×0.5, programme type unfit for the stage ×0.6, ticket ×0.8).
//!
//! A subject with too little text to match on (`is_thin`) gets its suggestions from the
//! structured fit, "có thể phù hợp" at most (`combine_thin`).
//!
//! A problem and a possible answer (`Parts::needs_text`) are weighed mostly on their texts,
//! and without text evidence (`text < TEXT_MIN`) such a pair's score is scaled into
//! `0..NO_TEXT_CAP`, a "có thể phù hợp" at best: a shared sector alone never makes a strong suggestion. The
//! weights, `TEXT_MIN` and the label thresholds (`domain::matching::Fit::of`) were set on the
//! judged pairs (`ketnoi bench-match --judged`, `server/src/bench/judged/`).

use super::fit::Parts;

/// Weights of one kind of pair.
#[derive(Clone, Copy, Debug)]
pub struct Weights {
    pub text: f32,
    pub sectors: f32,
    pub kinds: f32,
    pub place: f32,
}

/// A problem and a possible answer: the texts lead.
pub const TEXT_LED: Weights = Weights { text: 0.60, sectors: 0.15, kinds: 0.15, place: 0.10 };
/// Startups and their investors, incubators and programmes: stage, ticket, services and
/// sectors say as much as the descriptions.
pub const BALANCED: Weights = Weights { text: 0.35, sectors: 0.30, kinds: 0.25, place: 0.10 };

/// The share of the subject's own more-like-this score at which a text counts as saying
/// the same thing (text = 1). The subject's own score counts every syllable pair of its text, so
/// a candidate shares a small part of it: on the judged pairs, relevant challenge → offer pairs
/// a median 0.032 of it, unrelated ones 0.009. Of 0.09, 0.12 and 0.15, 0.15 kept the
/// "phù hợp cao" label right most often at the same precision@5 and nDCG@10.
pub const TEXT_FULL: f32 = 0.15;
/// Below this text score a problem–answer pair has no text evidence. 0.20 ranked the judged
/// pairs a little better (nDCG@10 0.865 against 0.840) but let templated phrases lift unrelated
/// offers into a challenge's first five (`tests/eval.rs`).
pub const TEXT_MIN: f32 = 0.30;
/// What such a pair may score at most: under the "khá phù hợp" threshold.
pub const NO_TEXT_CAP: f32 = 0.30;

/// Suggestions scoring below this are not shown.
pub const MIN_SCORE: f32 = 0.15;

/// A subject whose texts, title aside, hold fewer words (syllables) than this says too little
/// to match on: whatever its suggestions share rests on sector, stage and place. The demo's
/// shortest body has 58; a short but specific challenge ("Xưởng dệt chiếu cói dệt tay chậm,
/// sợi cói nhuộm màu bị phai sau vài tháng…") about 30.
pub const THIN_SYLLABLES: usize = 15;
/// What a thin subject's suggestion may score at most: under the "khá phù hợp" threshold, so
/// the best of them still show, as "có thể phù hợp".
pub const THIN_CAP: f32 = 0.44;

/// Whether a subject's text is too short to match on (`THIN_SYLLABLES`). Its first line is
/// the title (an organisation's one-line summary), which names the subject more than it
/// describes it.
pub fn is_thin(text: &str) -> bool {
    let body = text.split_once('\n').map_or("", |(_, body)| body);
    body.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count() < THIN_SYLLABLES
}

pub fn combine(text: f32, parts: &Parts) -> f32 {
    weighted(text, parts, parts.needs_text)
}

/// The score of a pair whose subject is thin (`is_thin`): its text cannot be evidence either
/// way, so every pair is weighed as a balanced one and scaled under the "khá phù hợp"
/// threshold, the order still following the fit.
pub fn combine_thin(text: f32, parts: &Parts) -> f32 {
    weighted(text, parts, false) * THIN_CAP
}

fn weighted(text: f32, parts: &Parts, needs_text: bool) -> f32 {
    let w = if needs_text { TEXT_LED } else { BALANCED };
    let text = text.clamp(0.0, 1.0);
    let mut sum = w.text * text + w.sectors * parts.sectors + w.place * parts.place;
    let mut weights = w.text + w.sectors + w.place;
    if let Some(k) = parts.kinds {
        sum += w.kinds * k;
        weights += w.kinds;
    }
    let score = (parts.penalty * sum / weights).clamp(0.0, 1.0);
    // scaled rather than clipped, so the order among such pairs still follows their fit
    if needs_text && text < TEXT_MIN { score * NO_TEXT_CAP } else { score }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::matching::Fit;

    fn parts(sectors: f32, kinds: Option<f32>, place: f32, needs_text: bool) -> Parts {
        Parts { sectors, kinds, place, penalty: 1.0, needs_text, reasons: Vec::new() }
    }

    #[test]
    fn weights_and_penalty() {
        let full = parts(1.0, Some(1.0), 1.0, false);
        assert!((combine(1.0, &full) - 1.0).abs() < 1e-6);
        assert_eq!(combine(0.0, &parts(0.0, None, 0.0, false)), 0.0);
        // without kind checks the other weights are renormalised
        let no_kinds = parts(1.0, None, 0.0, false);
        let w = BALANCED;
        assert!((combine(0.0, &no_kinds) - w.sectors / (w.text + w.sectors + w.place)).abs() < 1e-6);
        let penalised = Parts { penalty: 0.5, ..full };
        assert!((combine(1.0, &penalised) - 0.5).abs() < 1e-6);
    }

    /// A challenge and an offer sharing every sector, in the same ward, with a fitting TRL but
    /// texts about other things: at most "có thể phù hợp".
    #[test]
    fn a_shared_sector_alone_is_never_a_strong_fit() {
        let everything_but_text = parts(1.0, Some(1.0), 1.0, true);
        let score = combine(0.05, &everything_but_text);
        assert!(score <= NO_TEXT_CAP);
        assert_eq!(Fit::of(score), Fit::Fair);
        // the same pair whose texts do match is a strong one
        assert_eq!(Fit::of(combine(0.8, &everything_but_text)), Fit::High);
        // a startup and an investor are not capped: stage, ticket and sectors speak too
        assert!(combine(0.05, &parts(1.0, Some(1.0), 1.0, false)) > NO_TEXT_CAP);
    }

    #[test]
    fn a_thin_subject_is_at_most_a_fair_fit() {
        assert!(is_thin("Ứng dụng di động\nChưa có mô tả."));
        let rich = "Giảm thời gian dừng máy ngoài kế hoạch tại xưởng cơ khí\nMáy CNC hỏng bất ngờ hai ba lần \
                    mỗi tháng, mỗi lần dừng cả ngày. Cần cảm biến rung và nhiệt gửi dữ liệu lên máy chủ, mô hình \
                    báo trước hỏng hóc để thay thế kịp thời.";
        assert!(!is_thin(rich));
        for needs_text in [true, false] {
            let perfect = combine_thin(1.0, &parts(1.0, Some(1.0), 1.0, needs_text));
            assert_eq!(Fit::of(perfect), Fit::Fair);
            // a problem and an answer sharing sector and place, with no text in common, still show
            assert!(combine_thin(0.0, &parts(1.0, Some(1.0), 1.0, needs_text)) >= MIN_SCORE);
        }
    }
}
