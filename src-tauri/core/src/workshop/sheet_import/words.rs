//! What a group writes in the Prioritet and Nationell nivå cells, read the way people write it:
//! the drop-down's "Grön", or "Grönt", "GRÖN", "g", the grid's keys 1/2/3, "x" for yes.

use crate::activity::Priority;
use crate::import::cells;

/// What a Prioritet cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ColourCell {
    /// Empty: the group's colour stays as it is.
    Empty,
    /// "Ingen", "0", "ej bedömd", "-": the colour is taken away.
    Clear,
    Colour(Priority),
    /// "röd/gul": two colours where one is asked for.
    Two,
    /// A word that is no colour.
    Unreadable,
}

/// The grid's keys, 1/2/3 = grön/gul/röd and 0 = none, and the words the plan import reads.
fn one_colour(word: &str) -> Option<Option<Priority>> {
    match word {
        "1" => Some(Some(Priority::Green)),
        "2" => Some(Some(Priority::Yellow)),
        "3" => Some(Some(Priority::Red)),
        "0" | "ingen" | "ingen färg" | "inget" | "ej färg" => Some(None),
        other => cells::priority(other).ok(),
    }
}

pub(super) fn colour(cell: &str) -> ColourCell {
    let word = cells::word(cell);
    if word.is_empty() {
        return ColourCell::Empty;
    }
    if let Some(read) = one_colour(&word) {
        return read.map_or(ColourCell::Clear, ColourCell::Colour);
    }
    let parts: Vec<String> = word
        .split(['/', ',', '+', '&', ';'])
        .flat_map(|part| part.split(" eller "))
        .flat_map(|part| part.split(" och "))
        .map(cells::word)
        .filter(|part| !part.is_empty())
        .collect();
    let colours: Vec<Priority> = parts
        .iter()
        .filter_map(|part| one_colour(part).flatten())
        .collect();
    if parts.len() > 1 && colours.len() == parts.len() {
        if colours.iter().all(|c| *c == colours[0]) {
            return ColourCell::Colour(colours[0]);
        }
        return ColourCell::Two;
    }
    ColourCell::Unreadable
}

/// A Nationell nivå cell: `Ok(None)` when empty (unchanged), `Err` for a word that is neither
/// yes nor no.
pub(super) fn national(cell: &str) -> Result<Option<bool>, ()> {
    if cells::word(cell).is_empty() {
        return Ok(None);
    }
    cells::national(cell).map(Some).ok_or(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Priority::{Green, Red, Yellow};

    #[test]
    fn colours_are_read_as_people_write_them() {
        for (written, read) in [
            ("Grön", ColourCell::Colour(Green)),
            ("Grönt", ColourCell::Colour(Green)),
            ("GRÖN", ColourCell::Colour(Green)),
            ("g", ColourCell::Colour(Green)),
            ("1", ColourCell::Colour(Green)),
            (" gul ", ColourCell::Colour(Yellow)),
            ("2", ColourCell::Colour(Yellow)),
            ("Rött", ColourCell::Colour(Red)),
            ("3", ColourCell::Colour(Red)),
            ("röd/röd", ColourCell::Colour(Red)),
            ("", ColourCell::Empty),
            ("  ", ColourCell::Empty),
            ("Ingen", ColourCell::Clear),
            ("0", ColourCell::Clear),
            ("ej bedömd", ColourCell::Clear),
            ("röd/gul", ColourCell::Two),
            ("Grön eller gul", ColourCell::Two),
            ("gul, röd", ColourCell::Two),
            ("lila", ColourCell::Unreadable),
            ("4", ColourCell::Unreadable),
            ("grön/lila", ColourCell::Unreadable),
        ] {
            assert_eq!(colour(written), read, "{written:?}");
        }
    }

    #[test]
    fn national_is_yes_no_x_or_empty() {
        assert_eq!(national("Ja"), Ok(Some(true)));
        assert_eq!(national("x"), Ok(Some(true)));
        assert_eq!(national("X"), Ok(Some(true)));
        assert_eq!(national("Nej"), Ok(Some(false)));
        assert_eq!(national(""), Ok(None));
        assert_eq!(national("kanske"), Err(()));
    }
}
