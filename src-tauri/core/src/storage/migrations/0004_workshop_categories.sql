-- Rådsplan schema version 4: a workshop's own list of note categories.
--
-- * workshop_category: the notes board's categories of one workshop, in order. A workshop with
--   no rows here shows the default four (Styrning, Planering, Kultur/ledarskap, Struktur); the
--   first category the user adds, renames or removes writes the whole list, so an added category
--   that has no notes yet is kept. Notes keep their category as text (workshop_note.category),
--   and a rename changes both in one step.
-- (Version 3 belongs to the working groups' details, written on another branch.)

CREATE TABLE workshop_category (
    id           INTEGER PRIMARY KEY,
    workshop_id  INTEGER NOT NULL REFERENCES workshop (id),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX workshop_category_workshop ON workshop_category (workshop_id);
