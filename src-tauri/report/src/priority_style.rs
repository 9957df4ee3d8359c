//! How a priority is drawn in documents: word, shape, tint and ink. Colour is never the only
//! signal.

use crate::plan_model::{Priority, Rgb8};

/// The Swedish word for an assessed or unassessed priority.
pub fn word(priority: Option<Priority>) -> &'static str {
    priority.map_or("ej bedömd", Priority::swedish)
}

/// The shape that tells the priorities apart without colour (black-and-white print,
/// colour-blind readers): a filled circle, triangle and square; an open circle when unassessed.
pub fn shape(priority: Option<Priority>) -> char {
    match priority {
        Some(Priority::Green) => '●',
        Some(Priority::Yellow) => '▲',
        Some(Priority::Red) => '■',
        None => '○',
    }
}

/// A light tint for a cell's background; dark text stays readable on it.
pub fn fill(priority: Option<Priority>) -> Option<Rgb8> {
    match priority {
        Some(Priority::Green) => Some(Rgb8(0xC6, 0xEF, 0xCE)),
        Some(Priority::Yellow) => Some(Rgb8(0xFF, 0xEB, 0x9C)),
        Some(Priority::Red) => Some(Rgb8(0xFF, 0xC7, 0xCE)),
        None => None,
    }
}

/// A strong colour for the shape and word drawn on the tint.
pub fn ink(priority: Option<Priority>) -> Rgb8 {
    match priority {
        Some(Priority::Green) => Rgb8(0x00, 0x61, 0x00),
        Some(Priority::Yellow) => Rgb8(0x8A, 0x5A, 0x00),
        Some(Priority::Red) => Rgb8(0x9C, 0x00, 0x06),
        None => Rgb8(0x59, 0x59, 0x59),
    }
}

/// What the colour means, for legends.
pub fn meaning(priority: Option<Priority>, year: i32) -> String {
    match priority {
        Some(Priority::Green) => format!("högst prio, måste ske {year}"),
        Some(Priority::Yellow) => format!("bra om {year}, ok även {}", year + 1),
        Some(Priority::Red) => format!("kan vänta till {}", year + 1),
        None => "inte prioriterad än".to_string(),
    }
}

/// All four, in legend order.
pub const LEGEND: [Option<Priority>; 4] = [
    Some(Priority::Green),
    Some(Priority::Yellow),
    Some(Priority::Red),
    None,
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_priority_has_its_own_word_and_shape() {
        let words: Vec<_> = super::LEGEND.iter().map(|p| super::word(*p)).collect();
        let shapes: Vec<_> = super::LEGEND.iter().map(|p| super::shape(*p)).collect();
        assert_eq!(words, ["grön", "gul", "röd", "ej bedömd"]);
        // Distinct shapes are what make black-and-white print readable.
        let mut unique = shapes.clone();
        unique.dedup();
        assert_eq!(unique.len(), shapes.len());
    }
}
