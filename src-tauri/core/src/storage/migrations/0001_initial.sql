-- Rådsplan schema version 1: the whole domain of shared/domain.md.
-- Conventions: every row has id, created_at, updated_at (ISO 8601 UTC text); dates are ISO
-- 'YYYY-MM-DD' text; enumerations are lower-case English words guarded by CHECK; booleans are
-- 0/1 guarded by CHECK. Deleting is explicit in core (recorded in history), so foreign keys
-- RESTRICT by default instead of cascading behind history's back.

CREATE TABLE council (
    id          INTEGER PRIMARY KEY CHECK (id = 1),  -- one council per file
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    mandate     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE county (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE organisation (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('region', 'kommun', 'larosate', 'other')),
    county_id   INTEGER REFERENCES county (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX organisation_county ON organisation (county_id);

CREATE TABLE person (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title            TEXT NOT NULL DEFAULT '',
    organisation_id  INTEGER REFERENCES organisation (id),
    email            TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX person_organisation ON person (organisation_id);

CREATE TABLE plan (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adopted', 'closed')),
    adopted_on  TEXT CHECK (adopted_on IS NULL OR adopted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (status <> 'adopted' OR adopted_on IS NOT NULL)
);

CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plan (id),
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX goal_plan ON goal (plan_id, position);

CREATE TABLE focus_area (
    id                 INTEGER PRIMARY KEY,
    plan_id            INTEGER NOT NULL REFERENCES plan (id),
    position           INTEGER NOT NULL,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description        TEXT NOT NULL DEFAULT '',
    deferred_to_year   INTEGER CHECK (deferred_to_year IS NULL OR deferred_to_year BETWEEN 2000 AND 2100),
    deferral_note      TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX focus_area_plan ON focus_area (plan_id, position);

CREATE TABLE committee (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE working_group (
    id              INTEGER PRIMARY KEY,
    plan_id         INTEGER NOT NULL REFERENCES plan (id),
    focus_area_id   INTEGER REFERENCES focus_area (id),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    decided_by      TEXT NOT NULL DEFAULT '',
    decided_on      TEXT CHECK (decided_on IS NULL OR decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('proposed', 'active', 'finished', 'cancelled')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX working_group_plan ON working_group (plan_id);

CREATE TABLE activity (
    id                     INTEGER PRIMARY KEY,
    focus_area_id          INTEGER NOT NULL REFERENCES focus_area (id),
    position               INTEGER NOT NULL,
    title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
    delivery               TEXT NOT NULL DEFAULT '',   -- genomförande
    schedule_text          TEXT NOT NULL DEFAULT '',   -- tidplan exactly as typed
    schedule_parsed        TEXT CHECK (schedule_parsed IS NULL OR json_valid(schedule_parsed)),
    content                TEXT NOT NULL DEFAULT '',   -- innehåll
    follow_up              TEXT NOT NULL DEFAULT '',   -- uppföljning – när
    priority               TEXT CHECK (priority IS NULL OR priority IN ('green', 'yellow', 'red')),
    raise_national         INTEGER NOT NULL DEFAULT 0 CHECK (raise_national IN (0, 1)),
    status                 TEXT NOT NULL DEFAULT 'not_started'
                           CHECK (status IN ('not_started', 'in_progress', 'done', 'postponed', 'cancelled')),
    responsible_person_id  INTEGER REFERENCES person (id),
    responsible_text       TEXT NOT NULL DEFAULT '',
    carried_from_id        INTEGER REFERENCES activity (id),
    working_group_id       INTEGER REFERENCES working_group (id),
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX activity_focus_area ON activity (focus_area_id, position);
CREATE INDEX activity_carried_from ON activity (carried_from_id);
CREATE INDEX activity_working_group ON activity (working_group_id);
CREATE INDEX activity_responsible ON activity (responsible_person_id);

CREATE TABLE workshop (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plan (id),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    held_on     TEXT CHECK (held_on IS NULL OR held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    place       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX workshop_plan ON workshop (plan_id);

CREATE TABLE workshop_group (
    id                INTEGER PRIMARY KEY,
    workshop_id       INTEGER NOT NULL REFERENCES workshop (id),
    position          INTEGER NOT NULL,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    leader_person_id  INTEGER REFERENCES person (id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX workshop_group_workshop ON workshop_group (workshop_id, position);

CREATE TABLE workshop_member (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES workshop_group (id),
    person_id   INTEGER NOT NULL REFERENCES person (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (group_id, person_id)
);
CREATE INDEX workshop_member_person ON workshop_member (person_id);

CREATE TABLE assessment (
    id              INTEGER PRIMARY KEY,
    group_id        INTEGER NOT NULL REFERENCES workshop_group (id),
    activity_id     INTEGER NOT NULL REFERENCES activity (id),
    priority        TEXT CHECK (priority IS NULL OR priority IN ('green', 'yellow', 'red')),
    raise_national  INTEGER NOT NULL DEFAULT 0 CHECK (raise_national IN (0, 1)),
    comment         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (group_id, activity_id)
);
CREATE INDEX assessment_activity ON assessment (activity_id);

CREATE TABLE workshop_note (
    id           INTEGER PRIMARY KEY,
    workshop_id  INTEGER NOT NULL REFERENCES workshop (id),
    group_id     INTEGER REFERENCES workshop_group (id),
    category     TEXT NOT NULL CHECK (length(trim(category)) > 0),  -- Styrning, Planering … (open list)
    kind         TEXT NOT NULL CHECK (kind IN ('condition', 'opportunity', 'obstacle', 'measure')),
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    activity_id  INTEGER REFERENCES activity (id),  -- the activity made from this note
    position     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX workshop_note_workshop ON workshop_note (workshop_id);
CREATE INDEX workshop_note_activity ON workshop_note (activity_id);

-- The working group's uppdragsbeskrivning, in the sections of seeds 002 and 004.
CREATE TABLE mandate (
    id                  INTEGER PRIMARY KEY,
    working_group_id    INTEGER NOT NULL UNIQUE REFERENCES working_group (id),
    background          TEXT NOT NULL DEFAULT '',  -- 1. Bakgrund
    requirements        TEXT NOT NULL DEFAULT '',  -- 2. Krav på uppdraget
    activities_intro    TEXT NOT NULL DEFAULT '',  -- 3. Aktiviteter (text before the task table)
    method              TEXT NOT NULL DEFAULT '',  -- 4. Metod
    commissioner        TEXT NOT NULL DEFAULT '',  -- 5. Uppdragsgivare
    owner               TEXT NOT NULL DEFAULT '',  -- 5. Uppdragsägare
    organisation_note   TEXT NOT NULL DEFAULT '',  -- 5. "Huvudmännen har möjlighet …"
    schedule            TEXT NOT NULL DEFAULT '',  -- 6. Tidplan
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

CREATE TABLE membership (
    id                INTEGER PRIMARY KEY,
    working_group_id  INTEGER NOT NULL REFERENCES working_group (id),
    person_id         INTEGER NOT NULL REFERENCES person (id),
    role              TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('convener', 'member', 'adjunct')),
    representing      TEXT NOT NULL DEFAULT '',  -- e.g. "Sjukvårdsregionala HR-direktörsgruppen"
    position          INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (working_group_id, person_id)
);
CREATE INDEX membership_person ON membership (person_id);

CREATE TABLE task (
    id                     INTEGER PRIMARY KEY,
    working_group_id       INTEGER NOT NULL REFERENCES working_group (id),
    position               INTEGER NOT NULL,
    title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description            TEXT NOT NULL DEFAULT '',
    responsible_person_id  INTEGER REFERENCES person (id),
    responsible_text       TEXT NOT NULL DEFAULT '',  -- "Alla", "Alla i arbetsgruppen" …
    schedule_text          TEXT NOT NULL DEFAULT '',
    schedule_parsed        TEXT CHECK (schedule_parsed IS NULL OR json_valid(schedule_parsed)),
    status                 TEXT NOT NULL DEFAULT 'not_started'
                           CHECK (status IN ('not_started', 'in_progress', 'done', 'postponed', 'cancelled')),
    done_on                TEXT CHECK (done_on IS NULL OR done_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX task_working_group ON task (working_group_id, position);
CREATE INDEX task_responsible ON task (responsible_person_id);

-- A meeting of a working group or of a committee (the AU): exactly one owner.
CREATE TABLE meeting (
    id                INTEGER PRIMARY KEY,
    working_group_id  INTEGER REFERENCES working_group (id),
    committee_id      INTEGER REFERENCES committee (id),
    held_on           TEXT CHECK (held_on IS NULL OR held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    when_text         TEXT NOT NULL DEFAULT '',  -- as written ("Slutet av november") when no date is set
    starts_at         TEXT CHECK (starts_at IS NULL OR starts_at GLOB '[0-2][0-9]:[0-5][0-9]'),
    ends_at           TEXT CHECK (ends_at IS NULL OR ends_at GLOB '[0-2][0-9]:[0-5][0-9]'),
    mode              TEXT CHECK (mode IS NULL OR mode IN ('physical', 'digital')),
    place             TEXT NOT NULL DEFAULT '',
    purpose           TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK ((working_group_id IS NULL) <> (committee_id IS NULL)),
    CHECK (held_on IS NOT NULL OR length(trim(when_text)) > 0)
);
CREATE INDEX meeting_working_group ON meeting (working_group_id);
CREATE INDEX meeting_committee ON meeting (committee_id);

CREATE TABLE report_duty (
    id                INTEGER PRIMARY KEY,
    working_group_id  INTEGER NOT NULL REFERENCES working_group (id),
    kind              TEXT NOT NULL CHECK (kind IN ('continuous', 'year_end')),
    recipient         TEXT NOT NULL DEFAULT '',
    due_on            TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    delivered_on      TEXT CHECK (delivered_on IS NULL OR delivered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note              TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX report_duty_working_group ON report_duty (working_group_id);

-- Every generated report is kept: what, when, and a hash of its content.
CREATE TABLE report_record (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('plan', 'status_report', 'mandate', 'year_end', 'workshop_summary')),
    format            TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'xlsx', 'csv', 'ics')),
    plan_id           INTEGER REFERENCES plan (id),
    working_group_id  INTEGER REFERENCES working_group (id),
    committee_meeting_id INTEGER REFERENCES meeting (id),
    generated_at      TEXT NOT NULL,
    content_hash      TEXT NOT NULL CHECK (length(content_hash) = 64),
    file_name         TEXT NOT NULL DEFAULT '',
    history_op_id     INTEGER,  -- the last change included: "changed since the last AU report"
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

-- History: one op per user action, its changes in order. Undo/redo and "changed since" read it.
CREATE TABLE history_op (
    id      INTEGER PRIMARY KEY,
    label   TEXT NOT NULL,
    actor   TEXT NOT NULL DEFAULT '',
    at      TEXT NOT NULL,
    undone  INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);

CREATE TABLE history_change (
    id         INTEGER PRIMARY KEY,
    op_id      INTEGER NOT NULL REFERENCES history_op (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    field      TEXT,
    old_value  TEXT,  -- JSON: the field's old value, or the whole row for delete
    new_value  TEXT,  -- JSON: the field's new value, or the whole row for insert
    CHECK ((action = 'update') = (field IS NOT NULL)),
    UNIQUE (op_id, seq)
);
CREATE INDEX history_change_entity ON history_change (entity, entity_id);
