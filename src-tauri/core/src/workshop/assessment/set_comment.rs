use super::{change, MAX_COMMENT_CHARS};
use crate::activity::check_length_or;
use crate::{Id, Outcome, Result, Storage, Timestamp};

/// The group's comment on the activity, kept as typed (an empty one takes it away).
pub fn set_comment(
    storage: &mut Storage,
    now: Timestamp,
    group_id: Id,
    activity_id: Id,
    comment: &str,
) -> Result<Outcome<()>> {
    check_length_or("Kommentaren", comment, MAX_COMMENT_CHARS, "Korta den.")?;
    let comment = if comment.trim().is_empty() {
        ""
    } else {
        comment
    };
    change(
        storage,
        now,
        group_id,
        activity_id,
        |group, title| format!("Bedömning av ”{title}” från ”{group}”: kommentar"),
        |a| a.comment = comment.to_string(),
    )
}
