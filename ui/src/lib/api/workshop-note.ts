// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { NoteBoard, NoteInput, NoteKind, Outcome, PastePreview } from "../bindings";

/** The workshop's categories (its own list) and its notes by category, kind and place. */
export const listWorkshopNotes = (workshopId: number) =>
  invoke<NoteBoard>("list_workshop_notes", { workshopId });

/** Last in its cell (category × kind). */
export const addWorkshopNote = (workshopId: number, input: NoteInput) =>
  invoke<Outcome<number>>("add_workshop_note", { workshopId, input });

export const editWorkshopNote = (id: number, text: string, groupId: number | null) =>
  invoke<Outcome<null>>("edit_workshop_note", { id, text, groupId });

/** The cell closes the gap; an activity made from the note stays. */
export const deleteWorkshopNote = (id: number) =>
  invoke<Outcome<null>>("delete_workshop_note", { id });

/** To a cell and a place in it (keyboard or drag). */
export const moveWorkshopNote = (id: number, category: string, kind: NoteKind, toIndex: number) =>
  invoke<Outcome<null>>("move_workshop_note", { id, category, kind, toIndex });

/** A new activity last in the focus area (of the workshop's plan), linked from the note. */
export const workshopNoteToActivity = (id: number, focusAreaId: number) =>
  invoke<Outcome<number>>("workshop_note_to_activity", { id, focusAreaId });

/** Last on the board, empty; `invalid` when the workshop has it already. */
export const addNoteCategory = (workshopId: number, name: string) =>
  invoke<Outcome<null>>("add_note_category", { workshopId, name });

/** Its notes move along, one undo step. */
export const renameNoteCategory = (workshopId: number, from: string, to: string) =>
  invoke<Outcome<null>>("rename_note_category", { workshopId, from, to });

/** Only an empty category, never the last (`conflict`, `invalid`). */
export const removeNoteCategory = (workshopId: number, name: string) =>
  invoke<Outcome<null>>("remove_note_category", { workshopId, name });

/** Writes nothing: where each note of a pasted table or list goes, and what was not understood. */
export const previewNotesPaste = (workshopId: number, text: string) =>
  invoke<PastePreview>("preview_notes_paste", { workshopId, text });

/** Every note of the paste, one undo step; how many. */
export const pasteWorkshopNotes = (workshopId: number, text: string) =>
  invoke<Outcome<number>>("paste_workshop_notes", { workshopId, text });
