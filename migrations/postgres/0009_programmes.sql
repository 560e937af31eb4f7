-- Mirrors migrations/sqlite/0009_programmes.sql on PostgreSQL (types translated as 0001_domain.sql says).

-- Programmes run by their owners: questions can be retired without losing answers, and
-- reviews score a small rubric.

-- A question removed from a programme that already has answers to it is hidden instead of
-- deleted (deleting would cascade to the answers): new applicants no longer see it, reviewers
-- still read the answers given.
ALTER TABLE programme_questions ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;

-- The rubric: one score 1–5 per criterion. `score` stays the overall mark (the rounded mean of
-- the criteria when they are given), so older reviews without criteria still count.
ALTER TABLE application_reviews ADD COLUMN team BIGINT CHECK (team BETWEEN 1 AND 5);
ALTER TABLE application_reviews ADD COLUMN innovation BIGINT CHECK (innovation BETWEEN 1 AND 5);
ALTER TABLE application_reviews ADD COLUMN market BIGINT CHECK (market BETWEEN 1 AND 5);
ALTER TABLE application_reviews ADD COLUMN feasibility BIGINT CHECK (feasibility BETWEEN 1 AND 5);
ALTER TABLE application_reviews ADD COLUMN updated_at TEXT;

CREATE INDEX applications_applicant ON applications (applicant_org_id);
CREATE INDEX application_transitions_app ON application_transitions (application_id, at);
