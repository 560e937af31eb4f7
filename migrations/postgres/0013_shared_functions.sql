-- SQLite's functions that the app's shared SQL uses, defined for PostgreSQL so that one SQL text
-- serves both engines (the twin, migrations/sqlite/0013_shared_functions.sql, has nothing to
-- define: SQLite has them built in). Keep this list short; prefer SQL both engines speak.

-- group_concat(value [, separator]): the values joined in aggregation order, NULLs skipped,
-- NULL when there are none (SQLite's semantics; PostgreSQL's own is string_agg).
CREATE FUNCTION group_concat_step(acc text, value text, sep text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN acc WHEN acc IS NULL THEN value ELSE acc || sep || value END
$$;

CREATE FUNCTION group_concat_step(acc text, value text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT group_concat_step(acc, value, ',')
$$;

CREATE AGGREGATE group_concat(text, text) (SFUNC = group_concat_step, STYPE = text);
CREATE AGGREGATE group_concat(text) (SFUNC = group_concat_step, STYPE = text);

-- json_each(array text): the elements of a JSON array as text, in a column named `value`, as
-- SQLite's table-valued json_each gives them (numbers are cast where they are compared:
-- `CAST(value AS BIGINT)`). Chosen over the built-in json_each(json) for text arguments.
CREATE FUNCTION json_each(list text) RETURNS TABLE (value text)
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_array_elements_text(list::jsonb)
$$;

-- date(value, modifier): SQLite's date function for the forms the app uses, `date('now')`,
-- `date('now', '+7 hours')` and `date(column, '+7 hours')`: the ISO date (text) of an ISO time
-- or 'now', moved by an interval, read in UTC.
CREATE FUNCTION date(value text, modifier text) RETURNS text
LANGUAGE sql STABLE SET timezone = 'UTC' AS $$
    SELECT to_char(
        (CASE WHEN value = 'now' THEN now() ELSE value::timestamptz END) + modifier::interval,
        'YYYY-MM-DD')
$$;

CREATE FUNCTION date(value text) RETURNS text
LANGUAGE sql STABLE SET timezone = 'UTC' AS $$
    SELECT date(value, '0 seconds')
$$;

-- unixepoch(): the current time in whole seconds since 1970 (SQLite 3.38+).
CREATE FUNCTION unixepoch() RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT extract(epoch FROM now())::bigint
$$;
