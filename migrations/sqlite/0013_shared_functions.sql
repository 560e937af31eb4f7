-- The twin of migrations/postgres/0013_shared_functions.sql, which defines for PostgreSQL the
-- SQLite functions the shared SQL uses (group_concat, json_each, date, unixepoch). SQLite has
-- them built in.
--
-- The shared SQL writes booleans as TRUE/FALSE (PostgreSQL refuses `= 1` on a BOOLEAN), and
-- SQLite only uses a partial index whose WHERE is written as the query writes it: the task-order
-- index of 0011 is rebuilt with TRUE.
DROP INDEX challenges_task_orders;
CREATE INDEX challenges_task_orders ON challenges (published_at) WHERE is_task_order = TRUE;
