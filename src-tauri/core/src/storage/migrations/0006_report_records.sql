-- Rådsplan schema version 6: every document that leaves the app is on record, and the
-- lägesrapport's own words are kept with its draft.
--
-- * report_record: rebuilt (SQLite cannot widen a CHECK) with the kinds every export writes,
--   the export's options, the history point the document reflects (`history_point`, formerly
--   `history_op_id`: it is the id of a history EVENT, as `Storage::history_point` returns), and
--   for a lägesrapport the period it covers (two history points) and whether it was sent to the
--   AU. Rows are written only through `record_permanent`: undo never removes one.
-- * status_report_draft: the secretary's introduction, closing and decision points (text and
--   proposed decision, a JSON array) for the lägesrapport to one AU meeting. Edited through
--   `transact` like any other data (one undo step per edit).

CREATE TABLE report_record_v6 (
    id                   INTEGER PRIMARY KEY,
    kind                 TEXT NOT NULL CHECK (kind IN ('plan', 'status_report', 'mandate',
                             'year_end', 'workshop_summary', 'group_sheet', 'calendar',
                             'timeline', 'overview')),
    format               TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'xlsx', 'csv', 'ics',
                             'png')),
    options              TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(options)),
    plan_id              INTEGER REFERENCES plan (id),
    working_group_id     INTEGER REFERENCES working_group (id),
    committee_meeting_id INTEGER REFERENCES meeting (id),
    generated_at         TEXT NOT NULL,
    content_hash         TEXT NOT NULL CHECK (length(content_hash) = 64
                             AND content_hash NOT GLOB '*[^0-9a-f]*'),
    file_name            TEXT NOT NULL DEFAULT '',
    history_point        INTEGER,
    period_start         INTEGER,
    period_end           INTEGER,
    sent                 INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1)),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    CHECK (sent = 0 OR kind IN ('status_report', 'year_end'))
);
INSERT INTO report_record_v6 (id, kind, format, plan_id, working_group_id, committee_meeting_id,
                              generated_at, content_hash, file_name, history_point, created_at,
                              updated_at)
    SELECT id, kind, format, plan_id, working_group_id, committee_meeting_id, generated_at,
           lower(content_hash), file_name, history_op_id, created_at, updated_at
    FROM report_record;
DROP TABLE report_record;
ALTER TABLE report_record_v6 RENAME TO report_record;
CREATE INDEX report_record_hash ON report_record (content_hash);
CREATE INDEX report_record_meeting ON report_record (committee_meeting_id);

CREATE TABLE status_report_draft (
    id                   INTEGER PRIMARY KEY,
    committee_meeting_id INTEGER NOT NULL UNIQUE REFERENCES meeting (id),
    intro                TEXT NOT NULL DEFAULT '',
    closing              TEXT NOT NULL DEFAULT '',
    decision_points      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(decision_points)
                             AND json_type(decision_points) = 'array'),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
