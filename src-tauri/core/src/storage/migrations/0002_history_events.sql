-- Rådsplan schema version 2: history that can be read, not only undone.
--
-- * history_event: every do, undo and redo in the order it happened. A "history point" is an
--   event id; what changed since a point is the net effect of the events after it. Undo marks an
--   op undone, so without events an undo of an older step would be invisible to "changed since".
-- * history_op.undoable: 0 for records that must never be undone (a report was produced, backup
--   bookkeeping); Ctrl+Z skips them and they do not discard the redo steps.
-- * history_op.discarded: a step that could have been redone when a new change was made. It is
--   kept (no longer deleted) because its undo may lie after a history point and still count.

ALTER TABLE history_op ADD COLUMN undoable INTEGER NOT NULL DEFAULT 1 CHECK (undoable IN (0, 1));
ALTER TABLE history_op ADD COLUMN discarded INTEGER NOT NULL DEFAULT 0 CHECK (discarded IN (0, 1));

CREATE TABLE history_event (
    id      INTEGER PRIMARY KEY,
    op_id   INTEGER NOT NULL REFERENCES history_op (id) ON DELETE CASCADE,
    kind    TEXT NOT NULL CHECK (kind IN ('do', 'undo', 'redo')),
    at      TEXT  -- when; NULL for undo/redo made before times were passed to them
);
CREATE INDEX history_event_op ON history_event (op_id);

-- Steps already recorded: each was done once, and the undone ones were undone after that.
INSERT INTO history_event (op_id, kind, at) SELECT id, 'do', at FROM history_op ORDER BY id;
INSERT INTO history_event (op_id, kind, at) SELECT id, 'undo', NULL FROM history_op WHERE undone = 1 ORDER BY id DESC;
