-- Rådsplan schema version 3: a working group's last details.
--
-- * task_responsible: a task may have several responsible people (in order), besides the words
--   in task.responsible_text ("Alla"). Each task's responsible_person_id moves here.
-- * meeting.notes: free text (paragraphs and lists kept as typed).
-- * report_duty_meeting: the AU meetings a group's continuous reporting goes to.
--
-- task.responsible_person_id stays as a column, always NULL from now on. SQLite cannot drop a
-- column that is a foreign key without rebuilding the table, and old history names it: an undo
-- or redo of a step made before this version (a task inserted, deleted, or its responsible
-- person changed) writes that column. The triggers below move what such a replay writes into
-- task_responsible, so those steps stay undoable with their meaning. The app itself never writes
-- the column, so for its own steps the triggers do nothing (and history records every row).

-- The old column's index bears the new table's name, and the column is empty from now on.
DROP INDEX task_responsible;

CREATE TABLE task_responsible (
    id          INTEGER PRIMARY KEY,
    task_id     INTEGER NOT NULL REFERENCES task (id),
    person_id   INTEGER NOT NULL REFERENCES person (id),
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (task_id, person_id)
);
CREATE INDEX task_responsible_person ON task_responsible (person_id);

INSERT INTO task_responsible (task_id, person_id, position, created_at, updated_at)
    SELECT id, responsible_person_id, 0, updated_at, updated_at
    FROM task WHERE responsible_person_id IS NOT NULL ORDER BY id;
UPDATE task SET responsible_person_id = NULL WHERE responsible_person_id IS NOT NULL;

-- An old step replayed sets the task's one responsible person: that is then its only one.
CREATE TRIGGER task_legacy_responsible_set AFTER UPDATE OF responsible_person_id ON task
BEGIN
    DELETE FROM task_responsible WHERE task_id = NEW.id;
    INSERT INTO task_responsible (task_id, person_id, position, created_at, updated_at)
        SELECT NEW.id, NEW.responsible_person_id, 0, NEW.updated_at, NEW.updated_at
        WHERE NEW.responsible_person_id IS NOT NULL;
    UPDATE task SET responsible_person_id = NULL
        WHERE id = NEW.id AND NEW.responsible_person_id IS NOT NULL;
END;

-- An old task row put back (undo of its deletion, redo of its insertion) brings its person.
-- The column is cleared first: that fires the trigger above, which then finds nothing to add.
CREATE TRIGGER task_legacy_responsible_insert AFTER INSERT ON task
WHEN NEW.responsible_person_id IS NOT NULL
BEGIN
    UPDATE task SET responsible_person_id = NULL WHERE id = NEW.id;
    INSERT INTO task_responsible (task_id, person_id, position, created_at, updated_at)
        VALUES (NEW.id, NEW.responsible_person_id, 0, NEW.updated_at, NEW.updated_at);
END;

-- Undoing an old task's insertion deletes the task row alone; its people, moved here by this
-- migration and so in no recorded step, go with it. The app's own deletions remove them first
-- (deletion rules, recorded), so for those this finds nothing.
CREATE TRIGGER task_legacy_responsible_delete BEFORE DELETE ON task
BEGIN
    DELETE FROM task_responsible WHERE task_id = OLD.id;
END;

ALTER TABLE meeting ADD COLUMN notes TEXT NOT NULL DEFAULT '';

CREATE TABLE report_duty_meeting (
    id              INTEGER PRIMARY KEY,
    report_duty_id  INTEGER NOT NULL REFERENCES report_duty (id),
    meeting_id      INTEGER NOT NULL REFERENCES meeting (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (report_duty_id, meeting_id)
);
CREATE INDEX report_duty_meeting_meeting ON report_duty_meeting (meeting_id);
