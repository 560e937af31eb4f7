//! Batched inserts. Rows are buffered per table as JSON arrays and written with one static
//! statement per batch, `INSERT … SELECT value ->> 0, … FROM json_each($1)`: the SQL stays
//! fixed (no string-built SQL) while a round trip carries thousands of rows. The two engines
//! differ only in the row source (`statements`).
//! Tables are flushed in the order below, parents before children, so every foreign key
//! finds its row.

/// The tables the generator fills, in dependency order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    Users,
    Orgs,
    OrgSectors,
    HubProfiles,
    HubServices,
    StartupProfiles,
    StartupNeeds,
    InvestorProfiles,
    InvestorStages,
    Investments,
    InstituteProfiles,
    EnterpriseProfiles,
    BrokerServices,
    Memberships,
    Research,
    ResearchSectors,
    Offers,
    OfferSectors,
    OfferCoop,
    OfferResearch,
    Challenges,
    ChallengeSectors,
    Programmes,
    ProgrammeSectors,
    ProgrammeQuestions,
    Applications,
    ApplicationTransitions,
    ApplicationAnswers,
    ApplicationReviews,
    Events,
    EventSectors,
    EventRegistrations,
    Requests,
    RequestTransitions,
    RequestMessages,
    Agreements,
}

pub const TABLES: usize = T::Agreements as usize + 1;

/// The batch statements of each table, indexed by `T as usize`, around one row source: the
/// engines differ only in how a JSON array parameter becomes rows (`value` is each element,
/// itself a JSON array read with `->>`). Casts make the text columns' neighbours typed on
/// PostgreSQL; on SQLite they are no-ops on values already INTEGER.
macro_rules! statements {
    ($rows:literal) => {
        [
        concat!("INSERT INTO users (id, email, display_name, password_hash, email_verified_at, role, disabled, sample, created_at, updated_at) \
     SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, value ->> 2, NULL, value ->> 3, value ->> 4, FALSE, TRUE, value ->> 3, value ->> 3 FROM ", $rows),
        concat!("INSERT INTO organizations (id, slug, kind, name_vi, name_en, name_folded, short_vi, short_en, description_vi, description_en, \
     location_code, address, founded_year, website, contact_name, contact_email, contact_phone, verified, verified_by, verified_at, \
     sample, created_at, updated_at) \
     SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, \
     value ->> 9, value ->> 10, value ->> 11, CAST(value ->> 12 AS BIGINT), value ->> 13, value ->> 14, value ->> 15, value ->> 16, CAST(value ->> 17 AS BOOLEAN), \
     CAST(value ->> 18 AS BIGINT), value ->> 19, TRUE, value ->> 20, value ->> 21 FROM ", $rows),
        concat!("INSERT INTO org_sectors (org_id, sector_code) SELECT CAST(value ->> 0 AS BIGINT), value ->> 1 FROM ", $rows),
        concat!("INSERT INTO incubator_profiles (org_id, kind, capacity) SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, CAST(value ->> 2 AS BIGINT) FROM ", $rows),
        concat!("INSERT INTO incubator_services (org_id, service) SELECT CAST(value ->> 0 AS BIGINT), value ->> 1 FROM ", $rows),
        concat!("INSERT INTO startup_profiles (org_id, kind, stage, team_size, incubated_by) \
     SELECT CAST(value ->> 0 AS BIGINT), 'startup', value ->> 1, CAST(value ->> 2 AS BIGINT), CAST(value ->> 3 AS BIGINT) FROM ", $rows),
        concat!("INSERT INTO startup_needs (org_id, need) SELECT CAST(value ->> 0 AS BIGINT), value ->> 1 FROM ", $rows),
        concat!("INSERT INTO investor_profiles (org_id, kind, investor_type, ticket_min_vnd, ticket_max_vnd) \
     SELECT CAST(value ->> 0 AS BIGINT), 'investor', value ->> 1, CAST(value ->> 2 AS BIGINT), CAST(value ->> 3 AS BIGINT) FROM ", $rows),
        concat!("INSERT INTO investor_stages (org_id, stage) SELECT CAST(value ->> 0 AS BIGINT), value ->> 1 FROM ", $rows),
        concat!("INSERT INTO investments (investor_id, startup_id, round, amount_vnd, year) \
     SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT), value ->> 2, CAST(value ->> 3 AS BIGINT), CAST(value ->> 4 AS BIGINT) FROM ", $rows),
        concat!("INSERT INTO institute_profiles (org_id, kind, research_areas_vi, research_areas_en, labs_vi, labs_en, researcher_count) \
     SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, CAST(value ->> 6 AS BIGINT) FROM ", $rows),
        concat!("INSERT INTO enterprise_profiles (org_id, kind, size, industry_vi, industry_en, innovation_needs_vi, innovation_needs_en) \
     SELECT CAST(value ->> 0 AS BIGINT), 'enterprise', value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM ", $rows),
        concat!("INSERT INTO intermediary_services (org_id, kind, service) SELECT CAST(value ->> 0 AS BIGINT), 'intermediary', value ->> 1 FROM ", $rows),
        concat!("INSERT INTO memberships (user_id, org_id, role, created_at) SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT), value ->> 2, value ->> 3 FROM ", $rows),
        concat!("INSERT INTO research_outputs (id, slug, org_id, output_type, title_vi, title_en, title_folded, authors, year, doi, patent_number, \
     abstract_vi, abstract_en, international, sample, created_at, updated_at) \
     SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, CAST(value ->> 2 AS BIGINT), value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, CAST(value ->> 8 AS BIGINT), \
     value ->> 9, value ->> 10, value ->> 11, value ->> 12, CAST(value ->> 13 AS BOOLEAN), TRUE, value ->> 14, value ->> 15 FROM ", $rows),
        concat!("INSERT INTO research_sectors (research_id, sector_code) SELECT CAST(value ->> 0 AS BIGINT), value ->> 1 FROM ", $rows),
        concat!("INSERT INTO technology_offers (id, slug, org_id, title_vi, title_en, title_folded, summary_vi, summary_en, problem_vi, \
     advantages_vi, applications_vi, trl, ip_status, ip_number, price_vnd, price_negotiable, confidential_details, status, \
     published_at, expires_at, sample, created_at, updated_at) \
     SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, CAST(value ->> 2 AS BIGINT), value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, \
     value ->> 9, value ->> 10, CAST(value ->> 11 AS BIGINT), value ->> 12, value ->> 13, CAST(value ->> 14 AS BIGINT), CAST(value ->> 15 AS BOOLEAN), value ->> 16, value ->> 17, \
     value ->> 18, value ->> 19, TRUE, value ->> 20, value ->> 21 FROM ", $rows),
        concat!("INSERT INTO offer_sectors (offer_id, sector_code) SELECT CAST(value ->> 0 AS BIGINT), value ->> 1 FROM ", $rows),
        concat!("INSERT INTO offer_cooperation (offer_id, coop_type) SELECT CAST(value ->> 0 AS BIGINT), value ->> 1 FROM ", $rows),
        concat!("INSERT INTO offer_research (offer_id, research_id) SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT) FROM ", $rows),
        concat!("INSERT INTO challenges (id, slug, org_id, org_kind, is_task_order, title_vi, title_en, title_folded, problem_vi, problem_en, \
     desired_result_vi, constraints_vi, budget_min_vnd, budget_max_vnd, funding_vnd, evaluation_criteria_vi, trl_min, deadline, \
     status, published_at, sample, created_at, updated_at) \
     SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, CAST(value ->> 2 AS BIGINT), value ->> 3, CAST(value ->> 4 AS BOOLEAN), value ->> 5, value ->> 6, value ->> 7, value ->> 8, \
     value ->> 9, value ->> 10, value ->> 11, CAST(value ->> 12 AS BIGINT), CAST(value ->> 13 AS BIGINT), CAST(value ->> 14 AS BIGINT), value ->> 15, CAST(value ->> 16 AS BIGINT), value ->> 17, \
     value ->> 18, value ->> 19, TRUE, value ->> 20, value ->> 21 FROM ", $rows),
        concat!("INSERT INTO challenge_sectors (challenge_id, sector_code) SELECT CAST(value ->> 0 AS BIGINT), value ->> 1 FROM ", $rows),
        concat!("INSERT INTO programmes (id, slug, org_id, programme_type, title_vi, title_en, title_folded, description_vi, description_en, \
     eligibility_vi, benefits_vi, opens_on, closes_on, starts_on, ends_on, capacity, funding_vnd, published, sample, created_at, \
     updated_at) \
     SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, CAST(value ->> 2 AS BIGINT), value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, \
     value ->> 9, value ->> 10, value ->> 11, value ->> 12, value ->> 13, value ->> 14, CAST(value ->> 15 AS BIGINT), CAST(value ->> 16 AS BIGINT), CAST(value ->> 17 AS BOOLEAN), \
     TRUE, value ->> 18, value ->> 19 FROM ", $rows),
        concat!("INSERT INTO programme_sectors (programme_id, sector_code) SELECT CAST(value ->> 0 AS BIGINT), value ->> 1 FROM ", $rows),
        concat!("INSERT INTO programme_questions (id, programme_id, position, prompt_vi, prompt_en, required) \
     SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT), CAST(value ->> 2 AS BIGINT), value ->> 3, value ->> 4, CAST(value ->> 5 AS BOOLEAN) FROM ", $rows),
        concat!("INSERT INTO applications (id, programme_id, applicant_org_id, applicant_user_id, state, submitted_at, sample, created_at, \
     updated_at) \
     SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT), CAST(value ->> 2 AS BIGINT), CAST(value ->> 3 AS BIGINT), value ->> 4, value ->> 5, TRUE, value ->> 6, value ->> 7 FROM ", $rows),
        concat!("INSERT INTO application_transitions (application_id, from_state, to_state, actor_user_id, at) \
     SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, value ->> 2, CAST(value ->> 3 AS BIGINT), value ->> 4 FROM ", $rows),
        concat!("INSERT INTO application_answers (application_id, question_id, answer) SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT), value ->> 2 FROM ", $rows),
        concat!("INSERT INTO application_reviews (application_id, reviewer_user_id, score, comment, created_at) \
     SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT), CAST(value ->> 2 AS BIGINT), value ->> 3, value ->> 4 FROM ", $rows),
        concat!("INSERT INTO events (id, slug, organiser_org_id, event_type, title_vi, title_en, title_folded, description_vi, description_en, \
     starts_at, ends_at, venue, location_code, capacity, published, sample, created_at, updated_at) \
     SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, CAST(value ->> 2 AS BIGINT), value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, \
     value ->> 9, value ->> 10, value ->> 11, value ->> 12, CAST(value ->> 13 AS BIGINT), CAST(value ->> 14 AS BOOLEAN), TRUE, value ->> 15, value ->> 16 FROM ", $rows),
        concat!("INSERT INTO event_sectors (event_id, sector_code) SELECT CAST(value ->> 0 AS BIGINT), value ->> 1 FROM ", $rows),
        concat!("INSERT INTO event_registrations (event_id, user_id, org_id, name, email, status, created_at) \
     SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT), CAST(value ->> 2 AS BIGINT), value ->> 3, value ->> 4, value ->> 5, value ->> 6 FROM ", $rows),
        concat!("INSERT INTO collaboration_requests (id, from_org_id, from_user_id, to_org_id, target_type, offer_id, challenge_id, intent, \
     message, state, decline_reason, sample, created_at, updated_at) \
     SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT), CAST(value ->> 2 AS BIGINT), CAST(value ->> 3 AS BIGINT), value ->> 4, CAST(value ->> 5 AS BIGINT), CAST(value ->> 6 AS BIGINT), value ->> 7, value ->> 8, \
     value ->> 9, value ->> 10, TRUE, value ->> 11, value ->> 12 FROM ", $rows),
        concat!("INSERT INTO collaboration_transitions (request_id, from_state, to_state, actor_user_id, note, at) \
     SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, value ->> 2, CAST(value ->> 3 AS BIGINT), value ->> 4, value ->> 5 FROM ", $rows),
        concat!("INSERT INTO collaboration_messages (request_id, author_user_id, author_org_id, body, created_at) \
     SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT), CAST(value ->> 2 AS BIGINT), value ->> 3, value ->> 4 FROM ", $rows),
        concat!("INSERT INTO agreements (request_id, agreement_type, value_vnd, signed_on, created_at) \
     SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, CAST(value ->> 2 AS BIGINT), value ->> 3, value ->> 4 FROM ", $rows),
        ]
    };
}

/// The statements on SQLite: `json_each` walks the array.
pub const SQLITE: [&str; TABLES] = statements!("json_each($1)");
/// The statements on PostgreSQL: the same over `jsonb_array_elements`.
pub const POSTGRES: [&str; TABLES] = statements!("jsonb_array_elements(CAST($1 AS JSONB)) AS r(value)");

/// The batch statements for an engine.
pub fn statements(engine: crate::backend::db::Engine) -> &'static [&'static str; TABLES] {
    match engine {
        crate::backend::db::Engine::Sqlite => &SQLITE,
        crate::backend::db::Engine::Postgres => &POSTGRES,
    }
}

/// One row being built: `Row::new(T::OrgSectors).bind(id).bind("energy")`, then `cx.push(row)`.
pub struct Row {
    pub table: T,
    pub json: String,
}

impl Row {
    pub fn new(table: T) -> Row {
        let mut json = String::with_capacity(64);
        json.push('[');
        Row { table, json }
    }

    pub fn bind<V: Json>(mut self, value: V) -> Row {
        if self.json.len() > 1 {
            self.json.push(',');
        }
        value.put(&mut self.json);
        self
    }
}

/// A value written as JSON, read back by SQLite's `->>` as INTEGER, REAL, TEXT or NULL.
pub trait Json {
    fn put(&self, out: &mut String);
}

impl Json for i64 {
    fn put(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "{self}");
    }
}

impl Json for f64 {
    fn put(&self, out: &mut String) {
        use std::fmt::Write;
        if self.is_finite() {
            let _ = write!(out, "{self:?}");
        } else {
            out.push_str("null");
        }
    }
}

impl Json for str {
    fn put(&self, out: &mut String) {
        use std::fmt::Write;
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if u32::from(c) < 0x20 => {
                    let _ = write!(out, "\\u{:04x}", u32::from(c));
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

impl Json for String {
    fn put(&self, out: &mut String) {
        self.as_str().put(out);
    }
}

impl<V: Json + ?Sized> Json for &V {
    fn put(&self, out: &mut String) {
        (**self).put(out);
    }
}

impl<V: Json> Json for Option<V> {
    fn put(&self, out: &mut String) {
        match self {
            Some(v) => v.put(out),
            None => out.push_str("null"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_json_arrays() {
        let r =
            Row::new(T::Users).bind(1_i64).bind("a\"b\\c\nđ").bind(None::<i64>).bind(Some(2.5)).bind(String::from("x"));
        assert_eq!(r.json, "[1,\"a\\\"b\\\\c\\nđ\",null,2.5,\"x\"");
        assert!(SQLITE[T::Agreements as usize].starts_with("INSERT INTO agreements"));
        assert!(POSTGRES[T::Requests as usize].starts_with("INSERT INTO collaboration_requests"));
    }
}
