//! The workshop's notes board: notes by category × kind, the workshop's own categories, a pasted
//! table read into notes, and a note turned into an activity.

use radsplan_core::workshop::note::{self, NoteBoard, NoteInput, NoteKind, PastePreview};
use radsplan_core::{Id, Outcome};

use super::{with_storage, CommandResult, Ctx};

pub fn list_workshop_notes(cx: &Ctx, workshop_id: Id) -> CommandResult<NoteBoard> {
    with_storage(cx, |s, _| note::list(s, workshop_id))
}

pub fn add_workshop_note(
    cx: &Ctx,
    workshop_id: Id,
    input: NoteInput,
) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| note::add(s, now, workshop_id, &input))
}

pub fn edit_workshop_note(
    cx: &Ctx,
    id: Id,
    text: String,
    group_id: Option<Id>,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| note::edit(s, now, id, &text, group_id))
}

pub fn delete_workshop_note(cx: &Ctx, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| note::delete(s, now, id))
}

pub fn move_workshop_note(
    cx: &Ctx,
    id: Id,
    category: String,
    kind: NoteKind,
    to_index: usize,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        note::move_to(s, now, id, &category, kind, to_index)
    })
}

pub fn workshop_note_to_activity(
    cx: &Ctx,
    id: Id,
    focus_area_id: Id,
) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| note::to_activity(s, now, id, focus_area_id))
}

pub fn add_note_category(cx: &Ctx, workshop_id: Id, name: String) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| note::add_category(s, now, workshop_id, &name))
}

pub fn rename_note_category(
    cx: &Ctx,
    workshop_id: Id,
    from: String,
    to: String,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        note::rename_category(s, now, workshop_id, &from, &to)
    })
}

pub fn remove_note_category(cx: &Ctx, workshop_id: Id, name: String) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        note::remove_category(s, now, workshop_id, &name)
    })
}

pub fn preview_notes_paste(cx: &Ctx, workshop_id: Id, text: String) -> CommandResult<PastePreview> {
    with_storage(cx, |s, _| note::preview_paste(s, workshop_id, &text))
}

pub fn paste_workshop_notes(
    cx: &Ctx,
    workshop_id: Id,
    text: String,
) -> CommandResult<Outcome<usize>> {
    with_storage(cx, |s, now| note::paste(s, now, workshop_id, &text))
}
