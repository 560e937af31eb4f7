-- The whole domain of PRODUCT.md. Written in SQL that PostgreSQL also accepts where it can:
-- TEXT, INTEGER, ISO-8601 timestamps ('2026-11-25T08:00:00Z') and dates ('2026-11-25'),
-- booleans as INTEGER 0/1 with CHECKs. Kind-specific tables carry the organisation's kind in a
-- composite foreign key so that, e.g., an investor profile can never hang off a startup.

CREATE TABLE sectors (
    code      TEXT PRIMARY KEY,
    name_vi   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    priority  INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
    position  INTEGER NOT NULL
);

-- Two-tier local government (since 2025): a province and its wards / communes.
CREATE TABLE locations (
    code         TEXT PRIMARY KEY,
    name_vi      TEXT NOT NULL,
    level        TEXT NOT NULL CHECK (level IN ('province', 'ward', 'commune')),
    parent_code  TEXT REFERENCES locations (code),
    CHECK ((level = 'province') = (parent_code IS NULL))
);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    password_hash   TEXT,
    email_verified_at TEXT,
    role            TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('admin', 'moderator', 'member')),
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    sample          INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (email = lower(email))
);

CREATE TABLE user_identities (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider    TEXT NOT NULL,
    subject     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (provider, subject)
);

CREATE TABLE organizations (
    id              INTEGER PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 120),
    kind            TEXT NOT NULL CHECK (kind IN ('incubator', 'innovation_space', 'startup',
                        'investor', 'institute', 'university', 'enterprise', 'agency',
                        'intermediary', 'rnd_center')),
    name_vi         TEXT NOT NULL CHECK (length(name_vi) > 0),
    name_en         TEXT,
    -- folded (no diacritics, lower case) name: sort key and plain-text matching
    name_folded     TEXT NOT NULL,
    short_vi        TEXT NOT NULL DEFAULT '',
    short_en        TEXT,
    description_vi  TEXT NOT NULL DEFAULT '',
    description_en  TEXT,
    location_code   TEXT REFERENCES locations (code),
    address         TEXT,
    founded_year    INTEGER CHECK (founded_year BETWEEN 1900 AND 2100),
    website         TEXT,
    contact_name    TEXT,
    contact_email   TEXT,
    contact_phone   TEXT,
    tax_code        TEXT,
    logo_path       TEXT,
    verified        INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    verified_by     INTEGER REFERENCES users (id),
    verified_at     TEXT,
    hidden          INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    sample          INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (id, kind),
    CHECK ((verified = 1) = (verified_at IS NOT NULL))
);
CREATE INDEX organizations_kind_name ON organizations (kind, hidden, name_folded);
CREATE INDEX organizations_kind_created ON organizations (kind, hidden, created_at);
CREATE INDEX organizations_location ON organizations (location_code);

CREATE TABLE org_sectors (
    org_id       INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    sector_code  TEXT NOT NULL REFERENCES sectors (code),
    PRIMARY KEY (org_id, sector_code)
);
CREATE INDEX org_sectors_sector ON org_sectors (sector_code, org_id);

CREATE TABLE startup_profiles (
    org_id        INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL DEFAULT 'startup' CHECK (kind = 'startup'),
    stage         TEXT NOT NULL CHECK (stage IN ('idea', 'mvp', 'early_revenue', 'growth')),
    team_size     INTEGER CHECK (team_size BETWEEN 1 AND 100000),
    incubated_by  INTEGER REFERENCES organizations (id) ON DELETE SET NULL,
    FOREIGN KEY (org_id, kind) REFERENCES organizations (id, kind) ON DELETE CASCADE,
    CHECK (incubated_by IS NULL OR incubated_by <> org_id)
);
CREATE INDEX startup_profiles_stage ON startup_profiles (stage);
CREATE INDEX startup_profiles_incubator ON startup_profiles (incubated_by);

CREATE TABLE startup_needs (
    org_id  INTEGER NOT NULL REFERENCES startup_profiles (org_id) ON DELETE CASCADE,
    need    TEXT NOT NULL CHECK (need IN ('funding', 'mentoring', 'pilot_customer', 'technology', 'talent')),
    PRIMARY KEY (org_id, need)
);

CREATE TABLE incubator_profiles (
    org_id        INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('incubator', 'innovation_space')),
    capacity      INTEGER CHECK (capacity >= 0),
    FOREIGN KEY (org_id, kind) REFERENCES organizations (id, kind) ON DELETE CASCADE
);

CREATE TABLE incubator_services (
    org_id   INTEGER NOT NULL REFERENCES incubator_profiles (org_id) ON DELETE CASCADE,
    service  TEXT NOT NULL CHECK (service IN ('workspace', 'mentoring', 'training', 'funding_access',
                 'legal', 'lab', 'market_access', 'networking')),
    PRIMARY KEY (org_id, service)
);

CREATE TABLE investor_profiles (
    org_id          INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL DEFAULT 'investor' CHECK (kind = 'investor'),
    investor_type   TEXT NOT NULL CHECK (investor_type IN ('vc', 'angel', 'corporate', 'public_fund')),
    ticket_min_vnd  INTEGER CHECK (ticket_min_vnd >= 0),
    ticket_max_vnd  INTEGER CHECK (ticket_max_vnd >= 0),
    FOREIGN KEY (org_id, kind) REFERENCES organizations (id, kind) ON DELETE CASCADE,
    CHECK (ticket_min_vnd IS NULL OR ticket_max_vnd IS NULL OR ticket_min_vnd <= ticket_max_vnd)
);
CREATE INDEX investor_profiles_type ON investor_profiles (investor_type);

CREATE TABLE investor_stages (
    org_id  INTEGER NOT NULL REFERENCES investor_profiles (org_id) ON DELETE CASCADE,
    stage   TEXT NOT NULL CHECK (stage IN ('idea', 'mvp', 'early_revenue', 'growth')),
    PRIMARY KEY (org_id, stage)
);

-- An investor's portfolio: one row per investment round.
CREATE TABLE investments (
    id           INTEGER PRIMARY KEY,
    investor_id  INTEGER NOT NULL REFERENCES investor_profiles (org_id) ON DELETE CASCADE,
    startup_id   INTEGER NOT NULL REFERENCES startup_profiles (org_id) ON DELETE CASCADE,
    round        TEXT NOT NULL CHECK (round IN ('pre_seed', 'seed', 'series_a', 'series_b', 'grant')),
    amount_vnd   INTEGER CHECK (amount_vnd >= 0),
    year         INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    UNIQUE (investor_id, startup_id, round)
);
CREATE INDEX investments_startup ON investments (startup_id);

CREATE TABLE institute_profiles (
    org_id            INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('institute', 'university', 'rnd_center')),
    research_areas_vi TEXT NOT NULL DEFAULT '',
    research_areas_en TEXT,
    labs_vi           TEXT NOT NULL DEFAULT '',
    labs_en           TEXT,
    researcher_count  INTEGER CHECK (researcher_count >= 0),
    FOREIGN KEY (org_id, kind) REFERENCES organizations (id, kind) ON DELETE CASCADE
);

CREATE TABLE enterprise_profiles (
    org_id              INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL DEFAULT 'enterprise' CHECK (kind = 'enterprise'),
    size                TEXT NOT NULL CHECK (size IN ('micro', 'small', 'medium', 'large')),
    industry_vi         TEXT NOT NULL DEFAULT '',
    industry_en         TEXT,
    innovation_needs_vi TEXT NOT NULL DEFAULT '',
    innovation_needs_en TEXT,
    FOREIGN KEY (org_id, kind) REFERENCES organizations (id, kind) ON DELETE CASCADE
);
CREATE INDEX enterprise_profiles_size ON enterprise_profiles (size);

CREATE TABLE intermediary_services (
    org_id   INTEGER NOT NULL,
    kind     TEXT NOT NULL DEFAULT 'intermediary' CHECK (kind = 'intermediary'),
    service  TEXT NOT NULL CHECK (service IN ('brokerage', 'valuation', 'ip', 'legal', 'testing', 'consulting')),
    PRIMARY KEY (org_id, service),
    FOREIGN KEY (org_id, kind) REFERENCES organizations (id, kind) ON DELETE CASCADE
);
CREATE INDEX intermediary_services_service ON intermediary_services (service);

CREATE TABLE memberships (
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id      INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('owner', 'editor')),
    created_at  TEXT NOT NULL,
    PRIMARY KEY (user_id, org_id)
);
CREATE INDEX memberships_org ON memberships (org_id);

CREATE TABLE org_claims (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    message     TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by  INTEGER REFERENCES users (id),
    decided_at  TEXT,
    created_at  TEXT NOT NULL,
    CHECK ((status = 'pending') = (decided_at IS NULL))
);
CREATE INDEX org_claims_status ON org_claims (status, created_at);

-- Technology offers (chào bán công nghệ)
CREATE TABLE technology_offers (
    id                    INTEGER PRIMARY KEY,
    slug                  TEXT NOT NULL UNIQUE,
    org_id                INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    title_vi              TEXT NOT NULL CHECK (length(title_vi) > 0),
    title_en              TEXT,
    title_folded          TEXT NOT NULL,
    summary_vi            TEXT NOT NULL DEFAULT '',
    summary_en            TEXT,
    problem_vi            TEXT NOT NULL DEFAULT '',
    advantages_vi         TEXT NOT NULL DEFAULT '',
    applications_vi       TEXT NOT NULL DEFAULT '',
    trl                   INTEGER NOT NULL CHECK (trl BETWEEN 1 AND 9),
    ip_status             TEXT NOT NULL CHECK (ip_status IN ('granted_patent', 'pending_patent',
                              'utility_solution', 'know_how', 'copyright', 'none')),
    ip_number             TEXT,
    price_vnd             INTEGER CHECK (price_vnd >= 0),
    price_negotiable      INTEGER NOT NULL DEFAULT 0 CHECK (price_negotiable IN (0, 1)),
    confidential_details  TEXT NOT NULL DEFAULT '',
    status                TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review',
                              'published', 'paused', 'transferred', 'archived')),
    published_at          TEXT,
    expires_at            TEXT,
    sample                INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    CHECK (price_negotiable = 1 OR price_vnd IS NOT NULL),
    CHECK (status IN ('draft', 'in_review') OR published_at IS NOT NULL),
    CHECK (ip_status IN ('none', 'know_how') OR ip_number IS NOT NULL OR ip_status = 'copyright')
);
CREATE INDEX technology_offers_status ON technology_offers (status, published_at);
CREATE INDEX technology_offers_org ON technology_offers (org_id);

CREATE TABLE offer_sectors (
    offer_id     INTEGER NOT NULL REFERENCES technology_offers (id) ON DELETE CASCADE,
    sector_code  TEXT NOT NULL REFERENCES sectors (code),
    PRIMARY KEY (offer_id, sector_code)
);
CREATE INDEX offer_sectors_sector ON offer_sectors (sector_code, offer_id);

CREATE TABLE offer_cooperation (
    offer_id   INTEGER NOT NULL REFERENCES technology_offers (id) ON DELETE CASCADE,
    coop_type  TEXT NOT NULL CHECK (coop_type IN ('licence', 'assignment', 'joint_rnd',
                   'technical_service', 'pilot', 'spin_off')),
    PRIMARY KEY (offer_id, coop_type)
);

-- Technology requests / challenges (nhu cầu công nghệ, bài toán); S&T task orders (đặt hàng)
-- are challenges of the Department with funding and output-based evaluation.
CREATE TABLE challenges (
    id                   INTEGER PRIMARY KEY,
    slug                 TEXT NOT NULL UNIQUE,
    org_id               INTEGER NOT NULL,
    org_kind             TEXT NOT NULL CHECK (org_kind IN ('enterprise', 'agency', 'startup', 'institute', 'university')),
    is_task_order        INTEGER NOT NULL DEFAULT 0 CHECK (is_task_order IN (0, 1)),
    title_vi             TEXT NOT NULL CHECK (length(title_vi) > 0),
    title_en             TEXT,
    title_folded         TEXT NOT NULL,
    problem_vi           TEXT NOT NULL DEFAULT '',
    problem_en           TEXT,
    desired_result_vi    TEXT NOT NULL DEFAULT '',
    constraints_vi       TEXT NOT NULL DEFAULT '',
    budget_min_vnd       INTEGER CHECK (budget_min_vnd >= 0),
    budget_max_vnd       INTEGER CHECK (budget_max_vnd >= 0),
    funding_vnd          INTEGER CHECK (funding_vnd >= 0),
    evaluation_criteria_vi TEXT,
    trl_min              INTEGER CHECK (trl_min BETWEEN 1 AND 9),
    deadline             TEXT,
    status               TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open',
                             'in_discussion', 'matched', 'closed')),
    published_at         TEXT,
    sample               INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    FOREIGN KEY (org_id, org_kind) REFERENCES organizations (id, kind) ON DELETE CASCADE,
    CHECK (budget_min_vnd IS NULL OR budget_max_vnd IS NULL OR budget_min_vnd <= budget_max_vnd),
    -- only the Department (an agency) orders S&T tasks, and an order always states its funding
    CHECK (is_task_order = 0 OR (org_kind = 'agency' AND funding_vnd IS NOT NULL AND evaluation_criteria_vi IS NOT NULL)),
    CHECK (status = 'draft' OR published_at IS NOT NULL)
);
CREATE INDEX challenges_status ON challenges (status, published_at);
CREATE INDEX challenges_org ON challenges (org_id);

CREATE TABLE challenge_sectors (
    challenge_id  INTEGER NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
    sector_code   TEXT NOT NULL REFERENCES sectors (code),
    PRIMARY KEY (challenge_id, sector_code)
);
CREATE INDEX challenge_sectors_sector ON challenge_sectors (sector_code, challenge_id);

CREATE TABLE research_outputs (
    id              INTEGER PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,
    org_id          INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    output_type     TEXT NOT NULL CHECK (output_type IN ('paper', 'patent', 'utility_solution', 'thesis', 'dataset')),
    title_vi        TEXT NOT NULL CHECK (length(title_vi) > 0),
    title_en        TEXT,
    title_folded    TEXT NOT NULL,
    authors         TEXT NOT NULL,
    year            INTEGER NOT NULL CHECK (year BETWEEN 1950 AND 2100),
    doi             TEXT,
    patent_number   TEXT,
    abstract_vi     TEXT NOT NULL DEFAULT '',
    abstract_en     TEXT,
    international   INTEGER NOT NULL DEFAULT 0 CHECK (international IN (0, 1)),
    sample          INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (output_type NOT IN ('patent', 'utility_solution') OR patent_number IS NOT NULL)
);
CREATE INDEX research_outputs_org ON research_outputs (org_id);
CREATE INDEX research_outputs_year ON research_outputs (year, output_type);

CREATE TABLE research_sectors (
    research_id  INTEGER NOT NULL REFERENCES research_outputs (id) ON DELETE CASCADE,
    sector_code  TEXT NOT NULL REFERENCES sectors (code),
    PRIMARY KEY (research_id, sector_code)
);
CREATE INDEX research_sectors_sector ON research_sectors (sector_code, research_id);

CREATE TABLE offer_research (
    offer_id     INTEGER NOT NULL REFERENCES technology_offers (id) ON DELETE CASCADE,
    research_id  INTEGER NOT NULL REFERENCES research_outputs (id) ON DELETE CASCADE,
    PRIMARY KEY (offer_id, research_id)
);
CREATE INDEX offer_research_research ON offer_research (research_id);

-- Collaboration requests (yêu cầu hợp tác) and their audit trail.
CREATE TABLE collaboration_requests (
    id               INTEGER PRIMARY KEY,
    from_org_id      INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    from_user_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    to_org_id        INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    target_type      TEXT NOT NULL CHECK (target_type IN ('offer', 'challenge', 'org')),
    offer_id         INTEGER REFERENCES technology_offers (id) ON DELETE CASCADE,
    challenge_id     INTEGER REFERENCES challenges (id) ON DELETE CASCADE,
    intent           TEXT NOT NULL CHECK (intent IN ('licence', 'joint_rnd', 'pilot', 'investment',
                         'technical_service', 'purchase', 'other')),
    message          TEXT NOT NULL CHECK (length(message) > 0),
    state            TEXT NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'viewed', 'accepted',
                         'declined', 'withdrawn', 'in_progress', 'agreement', 'closed_no_deal')),
    decline_reason   TEXT,
    sample           INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (from_org_id <> to_org_id),
    CHECK ((target_type = 'offer') = (offer_id IS NOT NULL)),
    CHECK ((target_type = 'challenge') = (challenge_id IS NOT NULL)),
    CHECK (state <> 'declined' OR decline_reason IS NOT NULL)
);
CREATE INDEX collaboration_requests_to ON collaboration_requests (to_org_id, state);
CREATE INDEX collaboration_requests_from ON collaboration_requests (from_org_id, state);
CREATE INDEX collaboration_requests_offer ON collaboration_requests (offer_id);
CREATE INDEX collaboration_requests_challenge ON collaboration_requests (challenge_id);

CREATE TABLE collaboration_transitions (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES collaboration_requests (id) ON DELETE CASCADE,
    from_state      TEXT,
    to_state        TEXT NOT NULL,
    actor_user_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    note            TEXT,
    at              TEXT NOT NULL
);
CREATE INDEX collaboration_transitions_request ON collaboration_transitions (request_id, at);

CREATE TABLE collaboration_messages (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES collaboration_requests (id) ON DELETE CASCADE,
    author_user_id  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author_org_id   INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    body            TEXT NOT NULL CHECK (length(body) > 0),
    created_at      TEXT NOT NULL
);
CREATE INDEX collaboration_messages_request ON collaboration_messages (request_id, created_at);

-- A signed agreement is what the KPI "innovation products commercialised" counts.
CREATE TABLE agreements (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL UNIQUE REFERENCES collaboration_requests (id) ON DELETE CASCADE,
    agreement_type  TEXT NOT NULL CHECK (agreement_type IN ('licence', 'contract', 'investment', 'joint_project')),
    value_vnd       INTEGER CHECK (value_vnd >= 0),
    signed_on       TEXT NOT NULL,
    document_path   TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX agreements_signed ON agreements (signed_on);

CREATE TABLE programmes (
    id                INTEGER PRIMARY KEY,
    slug              TEXT NOT NULL UNIQUE,
    org_id            INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    programme_type    TEXT NOT NULL CHECK (programme_type IN ('incubation', 'acceleration',
                          'competition', 'task_call', 'training')),
    title_vi          TEXT NOT NULL CHECK (length(title_vi) > 0),
    title_en          TEXT,
    title_folded      TEXT NOT NULL,
    description_vi    TEXT NOT NULL DEFAULT '',
    description_en    TEXT,
    eligibility_vi    TEXT NOT NULL DEFAULT '',
    benefits_vi       TEXT NOT NULL DEFAULT '',
    opens_on          TEXT NOT NULL,
    closes_on         TEXT NOT NULL,
    starts_on         TEXT,
    ends_on           TEXT,
    capacity          INTEGER CHECK (capacity > 0),
    funding_vnd       INTEGER CHECK (funding_vnd >= 0),
    published         INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    sample            INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (closes_on >= opens_on),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX programmes_dates ON programmes (published, closes_on);
CREATE INDEX programmes_org ON programmes (org_id);

CREATE TABLE programme_sectors (
    programme_id  INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    sector_code   TEXT NOT NULL REFERENCES sectors (code),
    PRIMARY KEY (programme_id, sector_code)
);

CREATE TABLE programme_questions (
    id            INTEGER PRIMARY KEY,
    programme_id  INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    prompt_vi     TEXT NOT NULL,
    prompt_en     TEXT,
    required      INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
    UNIQUE (programme_id, position)
);

CREATE TABLE applications (
    id                INTEGER PRIMARY KEY,
    programme_id      INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    applicant_org_id  INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    applicant_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    state             TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted',
                          'screening', 'interview', 'accepted', 'rejected')),
    submitted_at      TEXT,
    sample            INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (programme_id, applicant_org_id),
    CHECK ((state = 'draft') = (submitted_at IS NULL))
);
CREATE INDEX applications_state ON applications (programme_id, state);

CREATE TABLE application_answers (
    application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    question_id     INTEGER NOT NULL REFERENCES programme_questions (id) ON DELETE CASCADE,
    answer          TEXT NOT NULL,
    PRIMARY KEY (application_id, question_id)
);

CREATE TABLE application_transitions (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    from_state      TEXT,
    to_state        TEXT NOT NULL,
    actor_user_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    at              TEXT NOT NULL
);

CREATE TABLE application_reviews (
    id                INTEGER PRIMARY KEY,
    application_id    INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    reviewer_user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    score             INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment           TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    UNIQUE (application_id, reviewer_user_id)
);

CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    slug              TEXT NOT NULL UNIQUE,
    organiser_org_id  INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    event_type        TEXT NOT NULL CHECK (event_type IN ('techmart', 'demo_day', 'forum', 'workshop', 'training')),
    title_vi          TEXT NOT NULL CHECK (length(title_vi) > 0),
    title_en          TEXT,
    title_folded      TEXT NOT NULL,
    description_vi    TEXT NOT NULL DEFAULT '',
    description_en    TEXT,
    starts_at         TEXT NOT NULL,
    ends_at           TEXT NOT NULL,
    venue             TEXT NOT NULL,
    location_code     TEXT REFERENCES locations (code),
    capacity          INTEGER CHECK (capacity > 0),
    published         INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    sample            INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (ends_at >= starts_at)
);
CREATE INDEX events_starts ON events (published, starts_at);

CREATE TABLE event_sectors (
    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    sector_code  TEXT NOT NULL REFERENCES sectors (code),
    PRIMARY KEY (event_id, sector_code)
);

CREATE TABLE event_registrations (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    org_id      INTEGER REFERENCES organizations (id) ON DELETE SET NULL,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'waitlisted', 'cancelled', 'attended')),
    created_at  TEXT NOT NULL,
    UNIQUE (event_id, email)
);
CREATE INDEX event_registrations_event ON event_registrations (event_id, status);

-- The plan's 15 targets and their yearly actuals.
CREATE TABLE kpi_indicators (
    code           TEXT PRIMARY KEY,
    position       INTEGER NOT NULL UNIQUE CHECK (position BETWEEN 1 AND 99),
    name_vi        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    unit_vi        TEXT NOT NULL,
    unit_en        TEXT NOT NULL,
    direction      TEXT NOT NULL CHECK (direction IN ('at_least', 'at_most', 'boolean')),
    baseline_value REAL,
    baseline_year  INTEGER,
    target_value   REAL NOT NULL,
    target_year    INTEGER NOT NULL DEFAULT 2030,
    source         TEXT NOT NULL CHECK (source IN ('derived', 'manual'))
);

CREATE TABLE kpi_actuals (
    id              INTEGER PRIMARY KEY,
    indicator_code  TEXT NOT NULL REFERENCES kpi_indicators (code) ON DELETE CASCADE,
    year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    value           REAL NOT NULL,
    source_note     TEXT NOT NULL DEFAULT '',
    entered_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    entered_at      TEXT NOT NULL,
    UNIQUE (indicator_code, year)
);

CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL DEFAULT '{}',
    read_at     TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX notifications_user ON notifications (user_id, read_at, created_at);

CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    actor_user_id  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    action         TEXT NOT NULL,
    entity_type    TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    before_json    TEXT,
    after_json     TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at);
CREATE INDEX audit_log_at ON audit_log (at);
