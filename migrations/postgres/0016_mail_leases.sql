-- Mirrors migrations/sqlite/0016_mail_leases.sql. Several servers run the mail worker on one
-- database: before sending, a worker leases the notification (or the user's digest) until a
-- time (unix seconds), so no other takes it meanwhile; a worker killed mid-send leaves the
-- lease to run out and another sends it then.
ALTER TABLE notifications ADD COLUMN mail_lease BIGINT;
ALTER TABLE users ADD COLUMN digest_lease BIGINT;
