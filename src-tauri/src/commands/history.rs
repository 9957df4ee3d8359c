use radsplan_core::Changes;

use super::{with_storage, CommandResult, Ctx};

pub fn undo(cx: &Ctx) -> CommandResult<Changes> {
    let changes = with_storage(cx, |s, _| s.undo())?;
    cx.refresh_title();
    Ok(changes)
}

pub fn redo(cx: &Ctx) -> CommandResult<Changes> {
    let changes = with_storage(cx, |s, _| s.redo())?;
    cx.refresh_title();
    Ok(changes)
}
