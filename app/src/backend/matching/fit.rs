//! Structured fit of a pair from the database's facts: shared sectors, place, and what the two
//! kinds care about (stage and ticket for investors, services for incubators, TRL and
//! cooperation for offers, open calls for programmes). Each check that holds adds a reason.

use super::facts::Facts;
use crate::domain::matching::Reason;

/// What a startup of each stage typically raises (VND), from the demo portfolio's rounds:
/// an investor fits when its ticket range meets this range.
const ROUND_VND: &[(&str, i64, i64)] = &[
    ("idea", 100_000_000, 1_500_000_000),
    ("mvp", 200_000_000, 5_000_000_000),
    ("early_revenue", 1_000_000_000, 40_000_000_000),
    ("growth", 10_000_000_000, 150_000_000_000),
];

/// Cooperation types through which an offer's technology reaches a company with a problem.
const ADOPTION: &[&str] = &["licence", "assignment", "technical_service", "pilot"];

/// The incubator services that answer a startup's need.
fn services_for(need: &str) -> &'static [&'static str] {
    match need {
        "funding" => &["funding_access"],
        "mentoring" => &["mentoring", "training"],
        "pilot_customer" => &["market_access", "networking"],
        "technology" => &["lab"],
        "talent" => &["training", "networking"],
        _ => &[],
    }
}

/// Programme types that suit a stage.
fn programme_suits(kind: &str, stage: &str) -> bool {
    match kind {
        "incubation" => matches!(stage, "idea" | "mvp"),
        "acceleration" => matches!(stage, "mvp" | "early_revenue" | "growth"),
        "competition" => matches!(stage, "idea" | "mvp" | "early_revenue"),
        "training" => true,
        _ => false,
    }
}

const KNOWLEDGE: &[&str] = &["institute", "university", "rnd_center"];

/// The structured part of a pair's score, each in 0–1, and the reasons.
#[derive(Debug, Default)]
pub struct Parts {
    pub sectors: f32,
    /// What the two kinds care about; `None` when the pair has no such checks.
    pub kinds: Option<f32>,
    pub place: f32,
    /// Multiplies the score on a hard mismatch (stage not funded, TRL below the minimum…).
    pub penalty: f32,
    /// A problem and a possible answer to it (a challenge or an enterprise and an offer, a
    /// research organisation or a startup): only what the texts say can make such a pair fit.
    pub needs_text: bool,
    pub reasons: Vec<Reason>,
}

/// Checks of one pair: (value, reason when it holds).
#[derive(Default)]
struct Checks {
    values: Vec<f32>,
    penalty: f32,
    reasons: Vec<Reason>,
}

impl Checks {
    fn new() -> Checks {
        Checks { penalty: 1.0, ..Default::default() }
    }
    fn add(&mut self, value: f32, reason: Option<Reason>) {
        self.values.push(value);
        self.reasons.extend(reason);
    }
    fn mismatch(&mut self, factor: f32) {
        self.penalty *= factor;
    }
    fn mean(&self) -> Option<f32> {
        (!self.values.is_empty()).then(|| self.values.iter().sum::<f32>() / self.values.len() as f32)
    }
}

fn startup_investor(c: &mut Checks, startup: &Facts, investor: &Facts) {
    let stage = startup.stage.as_deref().unwrap_or("");
    if investor.stages.iter().any(|s| s == stage) {
        c.add(1.0, Some(Reason::StageFit(stage.to_string())));
    } else {
        c.add(0.0, None);
        c.mismatch(0.5);
    }
    let (min, max) = investor.ticket;
    let round = ROUND_VND.iter().find(|r| r.0 == stage);
    let meets = round.is_some_and(|r| min.is_none_or(|m| m <= r.2) && max.is_none_or(|m| m >= r.1));
    if meets && (min.is_some() || max.is_some()) {
        c.add(1.0, Some(Reason::TicketFit { min_vnd: min, max_vnd: max }));
    } else if !meets {
        c.add(0.0, None);
        c.mismatch(0.8);
    }
    if startup.needs.iter().any(|n| n == "funding") {
        c.add(1.0, Some(Reason::SeeksFunding));
    } else {
        c.add(0.4, None);
    }
}

fn startup_incubator(c: &mut Checks, startup: &Facts, hub: &Facts) {
    let mut answering: Vec<String> = Vec::new();
    let mut met = 0;
    for need in &startup.needs {
        let offered: Vec<&String> = hub.services.iter().filter(|s| services_for(need).contains(&s.as_str())).collect();
        if !offered.is_empty() {
            met += 1;
        }
        for s in offered {
            if !answering.contains(s) {
                answering.push(s.clone());
            }
        }
    }
    if !startup.needs.is_empty() {
        let share = met as f32 / startup.needs.len() as f32;
        c.add(share, (!answering.is_empty()).then_some(Reason::ServicesForNeeds(answering)));
    }
    match startup.stage.as_deref() {
        Some(stage @ ("idea" | "mvp" | "early_revenue")) => c.add(1.0, Some(Reason::StageFit(stage.to_string()))),
        _ => {
            c.add(0.2, None);
            c.mismatch(0.8);
        }
    }
}

fn startup_programme(c: &mut Checks, startup: &Facts, p: &Facts, today: &str) {
    let opens = p.opens_on.as_deref().unwrap_or("");
    let closes = p.closes_on.as_deref().unwrap_or("");
    if opens <= today && today <= closes {
        c.add(1.0, Some(Reason::OpenUntil(closes.to_string())));
    } else {
        c.add(0.6, Some(Reason::OpensOn(opens.to_string())));
    }
    let stage = startup.stage.as_deref().unwrap_or("");
    if programme_suits(p.programme_type.as_deref().unwrap_or(""), stage) {
        c.add(1.0, Some(Reason::StageFit(stage.to_string())));
    } else {
        c.add(0.0, None);
        c.mismatch(0.6);
    }
}

fn adoption(c: &mut Checks, offer: &Facts) {
    let ways: Vec<String> = offer.coop.iter().filter(|k| ADOPTION.contains(&k.as_str())).cloned().collect();
    if ways.is_empty() { c.add(0.3, None) } else { c.add(1.0, Some(Reason::Cooperation(ways))) }
}

fn offer_challenge(c: &mut Checks, offer: &Facts, challenge: &Facts) {
    let trl = offer.trl.unwrap_or(0);
    match challenge.trl_min {
        Some(required) if trl >= required => c.add(1.0, Some(Reason::TrlFit { trl, required })),
        Some(_) => {
            c.add(0.0, None);
            c.mismatch(0.5);
        }
        None if trl >= 7 => c.add(1.0, Some(Reason::TrlReady(trl))),
        None => c.add(0.6, None),
    }
    adoption(c, offer);
}

fn offer_enterprise(c: &mut Checks, offer: &Facts) {
    let trl = offer.trl.unwrap_or(0);
    if trl >= 7 {
        c.add(1.0, Some(Reason::TrlReady(trl)))
    } else {
        c.add(0.5, None)
    }
    adoption(c, offer);
}

/// A company's problem (a challenge, or an enterprise) and a startup that could solve it.
fn problem_startup(c: &mut Checks, startup: &Facts) {
    match startup.stage.as_deref() {
        Some(stage @ ("mvp" | "early_revenue" | "growth")) => c.add(1.0, Some(Reason::StageFit(stage.to_string()))),
        _ => c.add(0.3, None),
    }
    if startup.needs.iter().any(|n| n == "pilot_customer") {
        c.add(1.0, Some(Reason::SeeksPilot));
    } else {
        c.add(0.5, None);
    }
}

/// The kind-specific checks, whichever side of the pair is which.
fn kinds(a: &Facts, b: &Facts, today: &str) -> Checks {
    let mut c = Checks::new();
    let (ka, kb) = (a.kind.as_str(), b.kind.as_str());
    let hub = |k: &str| matches!(k, "incubator" | "innovation_space");
    let knowledge = |k: &str| KNOWLEDGE.contains(&k);
    match (ka, kb) {
        ("startup", "investor") => startup_investor(&mut c, a, b),
        ("investor", "startup") => startup_investor(&mut c, b, a),
        ("startup", k) if hub(k) => startup_incubator(&mut c, a, b),
        (k, "startup") if hub(k) => startup_incubator(&mut c, b, a),
        ("startup", "programme") => startup_programme(&mut c, a, b, today),
        ("offer", "challenge") => offer_challenge(&mut c, a, b),
        ("challenge", "offer") => offer_challenge(&mut c, b, a),
        ("offer", "enterprise") => offer_enterprise(&mut c, a),
        ("enterprise" | "agency" | "intermediary", "offer") => offer_enterprise(&mut c, b),
        ("challenge" | "enterprise", "startup") => problem_startup(&mut c, b),
        ("challenge", k) | (k, "challenge") if knowledge(k) => {
            let challenge = if ka == "challenge" { a } else { b };
            if challenge.task_order { c.add(1.0, Some(Reason::TaskOrder)) } else { c.add(0.6, None) }
        }
        _ => {}
    }
    c
}

/// Whether one side of the pair states a problem and the other may answer it.
fn problem_and_answer(a: &str, b: &str) -> bool {
    let problem = |k: &str| matches!(k, "challenge" | "enterprise");
    let answer = |k: &str| k == "offer" || k == "startup" || KNOWLEDGE.contains(&k);
    (problem(a) && answer(b)) || (problem(b) && answer(a))
}

pub fn parts(subject: &Facts, cand: &Facts, today: &str) -> Parts {
    let mut reasons = Vec::new();
    let shared: Vec<String> = subject.sectors.iter().filter(|s| cand.sectors.contains(s)).cloned().collect();
    let smaller = subject.sectors.len().min(cand.sectors.len());
    let sectors = if smaller == 0 { 0.0 } else { shared.len() as f32 / smaller as f32 };
    if !shared.is_empty() {
        reasons.push(Reason::SharedSectors(shared));
    }
    let checks = kinds(subject, cand, today);
    reasons.extend(checks.reasons.iter().cloned());
    let place = match (&subject.ward, &cand.ward, &subject.province, &cand.province) {
        (Some(a), Some(b), _, _) if a.0 == b.0 => {
            reasons.push(Reason::SameWard(b.1.clone()));
            1.0
        }
        (_, _, Some(a), Some(b)) if a.0 == b.0 => {
            reasons.push(Reason::SameProvince(b.1.clone()));
            0.5
        }
        _ => 0.0,
    };
    let needs_text = problem_and_answer(&subject.kind, &cand.kind);
    Parts { sectors, kinds: checks.mean(), place, penalty: checks.penalty, needs_text, reasons }
}
