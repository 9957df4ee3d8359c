-- Rådsplan schema version 5: what a working group's year-end återrapport says in words.
--
-- * working_group.year_end_results: "Resultat och rekommendationer", the secretary's text (or
--   the group's, pasted in). Paragraphs and "- " lists kept as typed.
-- * working_group.continues_next_year: whether the group goes on next year: 'yes', 'no', or
--   'undecided' until the council has said.
-- The rest of the återrapport (tasks, meetings, the mandate in brief) is read from what the
-- file already holds. A working group belongs to one plan year, so one återrapport per group.
-- (Numbered 5 on the "yearend" branch; the "status" branch also adds a version 5. Whichever
-- lands second renumbers its file and `version`.)

ALTER TABLE working_group ADD COLUMN year_end_results TEXT NOT NULL DEFAULT '';
ALTER TABLE working_group ADD COLUMN continues_next_year TEXT NOT NULL DEFAULT 'undecided'
    CHECK (continues_next_year IN ('yes', 'no', 'undecided'));
