-- The KPI dashboard: which targets count per year, a note beside each actual's source, the
-- history of every admin entry, and the indexes the platform's own counts use.

-- A "per year" target applies to every single year (e.g. ≥ 50 provincial tasks each year);
-- the others are levels to reach by the target year.
ALTER TABLE kpi_indicators ADD COLUMN per_year INTEGER NOT NULL DEFAULT 0 CHECK (per_year IN (0, 1));
UPDATE kpi_indicators SET per_year = 1
 WHERE code IN ('provincial_tasks', 'intl_publications_growth_pct', 'patent_applications',
                'products_commercialised', 'province_funded_projects');

-- "Large R&D centres investing in the province" cannot be told from a directory entry (size and
-- the investment are not recorded), so the Department enters it.
UPDATE kpi_indicators SET source = 'manual' WHERE code = 'rnd_centres';

-- `source_note` is where the figure comes from (a statistics yearbook, a decision…); `note` is
-- an optional remark.
ALTER TABLE kpi_actuals ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- Every value an admin saved, oldest first: editing a year appends, nothing is overwritten here.
CREATE TABLE kpi_actual_history (
    id              INTEGER PRIMARY KEY,
    indicator_code  TEXT NOT NULL REFERENCES kpi_indicators (code) ON DELETE CASCADE,
    year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    value           REAL NOT NULL,
    source_note     TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    entered_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    entered_at      TEXT NOT NULL
);
CREATE INDEX kpi_actual_history_code ON kpi_actual_history (indicator_code, year, entered_at);

-- The derived counts (app/src/backend/store/sqlite/kpi/derive.rs) by year.
CREATE INDEX challenges_task_orders ON challenges (published_at) WHERE is_task_order = 1;
CREATE INDEX organizations_kind_verified ON organizations (kind, hidden, verified_at);
CREATE INDEX application_transitions_to ON application_transitions (to_state, at);
