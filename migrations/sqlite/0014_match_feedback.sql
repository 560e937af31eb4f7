-- What members did with the suggestions shown to them: one row per organisation and suggested
-- item, from the first time a member of the organisation saw it. A dismissed item never comes
-- back for that organisation; "requested" is set when the organisation sends a collaboration
-- request to what it was suggested. The administrators' matching-quality table counts these.
CREATE TABLE match_feedback (
    org_id        INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    -- the suggested item as the search index names it: 'offer:12', 'org:7', 'challenge:3', 'programme:2'
    target        TEXT NOT NULL CHECK (target GLOB '[a-z]*:[0-9]*'),
    first_shown   TEXT NOT NULL,
    last_shown    TEXT NOT NULL,
    times_shown   INTEGER NOT NULL DEFAULT 1 CHECK (times_shown >= 0),
    opened_at     TEXT,
    dismissed_at  TEXT,
    dismissed_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    requested_at  TEXT,
    PRIMARY KEY (org_id, target)
);
CREATE INDEX match_feedback_first_shown ON match_feedback (first_shown);
