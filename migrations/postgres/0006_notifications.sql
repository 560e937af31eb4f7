-- Mirrors migrations/sqlite/0006_notifications.sql on PostgreSQL (types translated as 0001_domain.sql says).

-- Notifications: one row per recipient user, written in the same transaction as the change that
-- causes it. A background worker e-mails them according to the user's preference.
ALTER TABLE notifications ADD COLUMN emailed_at TEXT;
CREATE INDEX notifications_unmailed ON notifications (emailed_at, created_at);

-- How a user wants notification e-mail: at once, in one daily digest, or not at all.
ALTER TABLE users ADD COLUMN notify_email TEXT NOT NULL DEFAULT 'immediate'
    CHECK (notify_email IN ('immediate', 'daily', 'off'));
ALTER TABLE users ADD COLUMN digest_sent_at TEXT;
