-- Programmes run by their owners: questions can be retired without losing answers, and
-- reviews score a small rubric.

-- A question removed from a programme that already has answers to it is hidden instead of
-- deleted (deleting would cascade to the answers): new applicants no longer see it, reviewers
-- still read the answers given.
ALTER TABLE programme_questions ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));

-- The rubric: one score 1–5 per criterion. `score` stays the overall mark (the rounded mean of
-- the criteria when they are given), so older reviews without criteria still count.
ALTER TABLE application_reviews ADD COLUMN team INTEGER CHECK (team BETWEEN 1 AND 5);
ALTER TABLE application_reviews ADD COLUMN innovation INTEGER CHECK (innovation BETWEEN 1 AND 5);
ALTER TABLE application_reviews ADD COLUMN market INTEGER CHECK (market BETWEEN 1 AND 5);
ALTER TABLE application_reviews ADD COLUMN feasibility INTEGER CHECK (feasibility BETWEEN 1 AND 5);
ALTER TABLE application_reviews ADD COLUMN updated_at TEXT;

CREATE INDEX applications_applicant ON applications (applicant_org_id);
CREATE INDEX application_transitions_app ON application_transitions (application_id, at);
