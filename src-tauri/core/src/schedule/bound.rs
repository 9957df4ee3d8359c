//! Words that bound a date: "fr.o.m. 1 mars" (ongoing from that day), "t.o.m. 30 juni" (goes
//! on until and including that day), "senast 30 juni" (done by that day at the latest).

use super::{ItemKind, ScheduleItem};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bound {
    From,
    Until,
    Deadline,
}

/// The bound that the words just before a date end with, if any ("fr.o.m.", "från och med",
/// "from", "från", "t.o.m.", "till och med", "senast", each optionally followed by "den"/"i").
pub(super) fn before(words: &[&str]) -> Option<Bound> {
    let words = match words {
        [rest @ .., "den" | "i"] => rest,
        _ => words,
    };
    match words {
        [.., "fr.o.m." | "fr.o.m" | "f.o.m." | "fom" | "fom." | "from" | "från"] => {
            Some(Bound::From)
        }
        [.., "från", "och", "med"] | [.., "fr", "o", "m"] => Some(Bound::From),
        [.., "t.o.m." | "t.o.m"] | [.., "till", "och", "med"] | [.., "t", "o", "m"] => {
            Some(Bound::Until)
        }
        [.., "senast"] => Some(Bound::Deadline),
        _ => None,
    }
}

/// Turns what the date alone was read as into what the bound makes of it.
pub(super) fn apply(bound: Bound, item: &mut ScheduleItem) -> Result<(), String> {
    match bound {
        Bound::From if item.kind == ItemKind::Ongoing => {}
        Bound::From => {
            item.kind = ItemKind::Ongoing;
            item.end = None;
        }
        Bound::Until | Bound::Deadline => {
            let Some(last) = item.end else {
                return Err("en gräns (t.o.m., senast) kräver ett slutdatum".to_string());
            };
            item.kind = if bound == Bound::Until {
                ItemKind::Until
            } else {
                ItemKind::Deadline
            };
            item.start = Some(last);
        }
    }
    Ok(())
}
