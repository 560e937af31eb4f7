-- Mirrors migrations/sqlite/0007_publishing.sql on PostgreSQL (types translated as 0001_domain.sql says).

-- Publishing: what a moderator decided (and told the owner), when a listing was sent for review,
-- the reminder before an offer expires, and research outputs' own lifecycle.
--
-- A listing's lifecycle state is derived from these columns (one place: domain/listing.rs):
--   offers     status as stored; a rejected offer stays 'draft' with review_outcome 'rejected'
--   challenges 'draft' + submitted_at = in review (the table's CHECK has no 'in_review');
--              rejected as for offers
--   research   status below; rejected as for offers
-- `unset_fields` names the fields a saved draft left empty whose columns are NOT NULL (they hold
-- a placeholder until the draft is submitted), so the form shows them empty again.

ALTER TABLE technology_offers ADD COLUMN submitted_at TEXT;
ALTER TABLE technology_offers ADD COLUMN review_outcome TEXT CHECK (review_outcome IN ('changes_requested', 'rejected'));
ALTER TABLE technology_offers ADD COLUMN review_note TEXT;
ALTER TABLE technology_offers ADD COLUMN expiry_reminded_at TEXT;
ALTER TABLE technology_offers ADD COLUMN unset_fields TEXT NOT NULL DEFAULT '';

ALTER TABLE challenges ADD COLUMN submitted_at TEXT;
ALTER TABLE challenges ADD COLUMN review_outcome TEXT CHECK (review_outcome IN ('changes_requested', 'rejected'));
ALTER TABLE challenges ADD COLUMN review_note TEXT;
ALTER TABLE challenges ADD COLUMN unset_fields TEXT NOT NULL DEFAULT '';

-- Existing research outputs were all public: they start published.
ALTER TABLE research_outputs ADD COLUMN status TEXT NOT NULL DEFAULT 'published'
    CHECK (status IN ('draft', 'in_review', 'published', 'archived'));
ALTER TABLE research_outputs ADD COLUMN submitted_at TEXT;
ALTER TABLE research_outputs ADD COLUMN review_outcome TEXT CHECK (review_outcome IN ('changes_requested', 'rejected'));
ALTER TABLE research_outputs ADD COLUMN review_note TEXT;
ALTER TABLE research_outputs ADD COLUMN unset_fields TEXT NOT NULL DEFAULT '';

-- The moderation queue (oldest first) and the expiry sweep.
CREATE INDEX technology_offers_review ON technology_offers (status, submitted_at);
CREATE INDEX challenges_review ON challenges (submitted_at) WHERE submitted_at IS NOT NULL;
CREATE INDEX research_outputs_review ON research_outputs (status, submitted_at);
CREATE INDEX technology_offers_expiry ON technology_offers (status, expires_at);
