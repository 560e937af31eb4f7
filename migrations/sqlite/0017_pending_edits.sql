-- An edit of a live listing's public text waits for review beside the approved version, which
-- stays public (and searchable) until a moderator approves the edit:
--   pending_edit  the edit form's values, as JSON (the store's *Input), NULL when none waits;
--   pending_at    when it was sent for review: set while it is in the moderators' queue;
--   pending_note  the moderator's message when they asked for changes (pending_edit kept) or
--                 turned the edit down (pending_edit cleared).
ALTER TABLE technology_offers ADD COLUMN pending_edit TEXT;
ALTER TABLE technology_offers ADD COLUMN pending_at TEXT;
ALTER TABLE technology_offers ADD COLUMN pending_note TEXT;
ALTER TABLE challenges ADD COLUMN pending_edit TEXT;
ALTER TABLE challenges ADD COLUMN pending_at TEXT;
ALTER TABLE challenges ADD COLUMN pending_note TEXT;
ALTER TABLE research_outputs ADD COLUMN pending_edit TEXT;
ALTER TABLE research_outputs ADD COLUMN pending_at TEXT;
ALTER TABLE research_outputs ADD COLUMN pending_note TEXT;
