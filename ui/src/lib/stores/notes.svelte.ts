// The notes board of the workshop shown in Workshops: its categories (the workshop's own list)
// and its notes by category × kind. Every change goes through `mutate`, so undo/redo and the
// other places refresh through changes.ts, which reloads this board when notes, categories or
// activities (a note's link shows the activity's title) changed.
import * as api from "../api";
import type { Note, NoteBoard, NoteKind } from "../bindings";
import { showError } from "../errors.svelte";
import { mutate, type Result } from "./changes";

export const KINDS: NoteKind[] = ["condition", "opportunity", "obstacle", "measure"];

export class NotesState {
  workshopId = $state<number | null>(null);
  board = $state.raw<NoteBoard | null>(null);
  loaded = $state(false);
  #seq = 0;

  categories = $derived(this.board?.categories ?? []);

  /** The notes of one cell, in their order. */
  cell(category: string, kind: NoteKind): Note[] {
    return (this.board?.notes ?? []).filter((n) => n.category === category && n.kind === kind);
  }

  note(id: number): Note | undefined {
    return this.board?.notes.find((n) => n.id === id);
  }

  /** Shows the board of `workshopId` (null: none). */
  async show(workshopId: number | null): Promise<void> {
    if (workshopId === this.workshopId && this.loaded) return;
    this.workshopId = workshopId;
    this.board = null;
    await this.reload();
  }

  async reload(): Promise<void> {
    const seq = ++this.#seq;
    const id = this.workshopId;
    if (id === null) {
      this.board = null;
      return;
    }
    try {
      const board = await api.listWorkshopNotes(id);
      if (seq !== this.#seq) return;
      this.board = board;
      this.loaded = true;
    } catch (e) {
      // The workshop was deleted (or its deletion undone) meanwhile: the place shows another
      // one, and `show` loads its board.
      if (seq === this.#seq && (e as { code?: string }).code === "notFound") this.board = null;
      else showError(e);
    }
  }

  add(category: string, kind: NoteKind, text: string, onerror: (text: string) => void): Promise<Result<number>> {
    const id = this.workshopId!;
    return mutate(() => api.addWorkshopNote(id, { category, kind, text, groupId: null }), { onerror });
  }

  edit(note: Note, text: string, onerror: (text: string) => void): Promise<Result<null>> {
    return mutate(() => api.editWorkshopNote(note.id, text, note.groupId), { onerror });
  }

  remove(id: number): Promise<Result<null>> {
    return mutate(() => api.deleteWorkshopNote(id));
  }

  move(id: number, category: string, kind: NoteKind, toIndex: number): Promise<Result<null>> {
    return mutate(() => api.moveWorkshopNote(id, category, kind, toIndex));
  }

  toActivity(id: number, focusAreaId: number, onerror: (text: string) => void): Promise<Result<number>> {
    return mutate(() => api.workshopNoteToActivity(id, focusAreaId), { onerror });
  }

  addCategory(name: string, onerror: (text: string) => void): Promise<Result<null>> {
    const id = this.workshopId!;
    return mutate(() => api.addNoteCategory(id, name), { onerror });
  }

  renameCategory(from: string, to: string, onerror: (text: string) => void): Promise<Result<null>> {
    const id = this.workshopId!;
    return mutate(() => api.renameNoteCategory(id, from, to), { onerror });
  }

  removeCategory(name: string): Promise<Result<null>> {
    const id = this.workshopId!;
    return mutate(() => api.removeNoteCategory(id, name));
  }

  paste(text: string, onerror: (text: string) => void): Promise<Result<number>> {
    const id = this.workshopId!;
    return mutate(() => api.pasteWorkshopNotes(id, text), { onerror });
  }
}
