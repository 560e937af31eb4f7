//! What the demo's listings are about: per sector, the technologies providers offer, research
//! and build startups on, and the problems enterprises and the Department post. Each carries
//! specific text (how it works, what it achieves, who uses it, the posters' situations), so
//! that a reader — and the matcher — can tell which offer fits which challenge from the texts.

mod problems;
mod technologies;

/// A technology; the demo's offers, research outputs, events and startups draw on it.
pub struct Tech {
    /// (vi, en), lower-case first: templates embed it ("Đánh giá hiệu quả {t}").
    pub name: (&'static str, &'static str),
    /// What it solves, as an offer states it: "khó khăn trong việc {solves}" (vi).
    pub solves: &'static str,
    /// How it works: one or two full sentences with concrete parts and figures (vi, en).
    pub how: (&'static str, &'static str),
    /// What it achieves, measurable, lower-case first: "giúp {gain}" / "that {gain}".
    pub gain: (&'static str, &'static str),
    /// Three providers' versions of it; each title says what sets that version apart.
    pub variants: [Variant; 3],
    /// Who uses it, lower-case first, specific (vi).
    pub users: [&'static str; 3],
    /// Two advantages specific to it, capitalised (vi).
    pub strengths: [&'static str; 2],
}

/// One provider's version of a technology.
pub struct Variant {
    /// (vi, en), capitalised: the offer's whole title.
    pub title: (&'static str, &'static str),
    /// One sentence on what this version does differently (vi).
    pub detail: &'static str,
}

/// A problem an enterprise, a cooperative or the Department wants solved.
pub struct Problem {
    /// (vi, en), lower-case first: a task order's title embeds it.
    pub name: (&'static str, &'static str),
    /// Three posters' settings of it.
    pub cases: [Case; 3],
    /// The result wanted, one or two measurable sentences, capitalised (vi).
    pub wanted: &'static str,
}

/// One poster's setting of a problem.
pub struct Case {
    /// (vi, en), lower-case first: the challenge's title follows "Tìm giải pháp " / "Seeking
    /// solutions for ".
    pub title: (&'static str, &'static str),
    /// The situation, two or three sentences with figures, without the poster's name (vi, en).
    pub situation: (&'static str, &'static str),
}

/// The technologies of a sector (by code); an unknown code gets finance's.
pub fn technologies(sector: &str) -> &'static [Tech] {
    match sector {
        "smart-tourism" => technologies::smart_tourism::TECHNOLOGIES,
        "cultural-industry" => technologies::cultural_industry::TECHNOLOGIES,
        "high-tech-industry" => technologies::high_tech_industry::TECHNOLOGIES,
        "electronics-semiconductors" => technologies::electronics::TECHNOLOGIES,
        "high-tech-agriculture" => technologies::agriculture::TECHNOLOGIES,
        "green-circular-economy" => technologies::green_economy::TECHNOLOGIES,
        "digital-ai-iot" => technologies::digital_ai_iot::TECHNOLOGIES,
        "biotech-health" => technologies::biotech_health::TECHNOLOGIES,
        "education" => technologies::education::TECHNOLOGIES,
        "logistics" => technologies::logistics::TECHNOLOGIES,
        "manufacturing" => technologies::manufacturing::TECHNOLOGIES,
        "construction-materials" => technologies::construction_materials::TECHNOLOGIES,
        "energy" => technologies::energy::TECHNOLOGIES,
        "environment" => technologies::environment::TECHNOLOGIES,
        _ => technologies::finance::TECHNOLOGIES,
    }
}

/// The problems of a sector (by code); an unknown code gets finance's.
pub fn problems(sector: &str) -> &'static [Problem] {
    match sector {
        "smart-tourism" => problems::smart_tourism::PROBLEMS,
        "cultural-industry" => problems::cultural_industry::PROBLEMS,
        "high-tech-industry" => problems::high_tech_industry::PROBLEMS,
        "electronics-semiconductors" => problems::electronics::PROBLEMS,
        "high-tech-agriculture" => problems::agriculture::PROBLEMS,
        "green-circular-economy" => problems::green_economy::PROBLEMS,
        "digital-ai-iot" => problems::digital_ai_iot::PROBLEMS,
        "biotech-health" => problems::biotech_health::PROBLEMS,
        "education" => problems::education::PROBLEMS,
        "logistics" => problems::logistics::PROBLEMS,
        "manufacturing" => problems::manufacturing::PROBLEMS,
        "construction-materials" => problems::construction_materials::PROBLEMS,
        "energy" => problems::energy::PROBLEMS,
        "environment" => problems::environment::PROBLEMS,
        _ => problems::finance::PROBLEMS,
    }
}

#[cfg(test)]
mod tests;
