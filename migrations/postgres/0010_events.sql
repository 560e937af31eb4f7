-- Mirrors migrations/sqlite/0010_events.sql on PostgreSQL (types translated as 0001_domain.sql says).

-- Events run by their organisers: a cancelled event stays visible (its registrants were told)
-- but takes no registrations. The waiting list is served in order of arrival.
ALTER TABLE events ADD COLUMN cancelled_at TEXT;
CREATE INDEX event_registrations_queue ON event_registrations (event_id, status, created_at, id);
CREATE INDEX event_registrations_user ON event_registrations (user_id);
