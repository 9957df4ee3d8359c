//! The colour a secretary gave a row by hand (Word shading or highlighting, an Excel fill, a
//! pasted table's background) read as a priority. One classifier for every source: by hue,
//! saturation and lightness rather than a list of codes, because the shades people pick vary
//! (00B050 and 92D050 are both "green"; Excel's pale C6EFCE too). White, grey and black mean
//! nothing; a colour that is clearly none of green, yellow/amber and red (blue, purple, pink,
//! orange between yellow and red) is shown and noted, never guessed.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activity::Priority;

/// A colour seen on a row, as the preview shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportColour {
    /// "#RRGGBB", for the swatch.
    pub css: String,
    /// The colour's Swedish name: "grön", "gul", "röd", "blå", "lila" …
    pub word: String,
    /// The priority it is read as; `None` when the colour means none we know.
    pub priority: Option<Priority>,
}

/// What a colour says about priority.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// No colour, white, grey or black: the row is simply not coloured.
    Neutral,
    /// A colour we read as a priority, or one we only name.
    Coloured(ImportColour),
}

/// Reads a colour as written in a file or in HTML: "00B050", "#92d050", "#fc0", "rgb(255, 0,
/// 0)", a Word highlight name ("darkGreen") or a CSS name ("yellow"); "auto", "none",
/// "transparent" and what cannot be read are neutral.
pub fn classify(raw: &str) -> Reading {
    let Some((r, g, b)) = rgb(raw) else {
        return Reading::Neutral;
    };
    let (hue, saturation, lightness) = hsl(r, g, b);
    // Near white, near black and greys (Word's table-style greys, D9D9D9) carry no meaning.
    if !(0.08..=0.96).contains(&lightness) || saturation < 0.2 {
        return Reading::Neutral;
    }
    let (word, priority) = match hue {
        h if !(12.0..345.0).contains(&h) => ("röd", Some(Priority::Red)),
        h if h < 36.0 => ("orange", None),
        h if h < 70.0 => ("gul", Some(Priority::Yellow)),
        h if h < 170.0 => ("grön", Some(Priority::Green)),
        h if h < 200.0 => ("turkos", None),
        h if h < 255.0 => ("blå", None),
        h if h < 290.0 => ("lila", None),
        _ => ("rosa", None),
    };
    Reading::Coloured(ImportColour {
        css: format!("#{r:02X}{g:02X}{b:02X}"),
        word: word.to_string(),
        priority,
    })
}

/// Hue in degrees (0–360), saturation and lightness (0–1).
fn hsl(r: u8, g: u8, b: u8) -> (f64, f64, f64) {
    let (r, g, b) = (
        f64::from(r) / 255.0,
        f64::from(g) / 255.0,
        f64::from(b) / 255.0,
    );
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let lightness = (max + min) / 2.0;
    let delta = max - min;
    if delta == 0.0 {
        return (0.0, 0.0, lightness);
    }
    let saturation = delta / (1.0 - (2.0 * lightness - 1.0).abs());
    let hue = if max == r {
        60.0 * ((g - b) / delta).rem_euclid(6.0)
    } else if max == g {
        60.0 * ((b - r) / delta + 2.0)
    } else {
        60.0 * ((r - g) / delta + 4.0)
    };
    (hue, saturation, lightness)
}

/// The red, green and blue of a colour as written, if it is one.
fn rgb(raw: &str) -> Option<(u8, u8, u8)> {
    let text = raw.trim().trim_end_matches(';').trim().to_ascii_lowercase();
    let text = text.trim_end_matches("!important").trim();
    if let Some(inner) = text
        .strip_prefix("rgb(")
        .or_else(|| text.strip_prefix("rgba("))
        .and_then(|rest| rest.strip_suffix(')'))
    {
        let parts: Vec<&str> = inner
            .split([',', ' ', '/'])
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() < 3 {
            return None;
        }
        if parts.get(3).and_then(|a| a.parse::<f64>().ok()) == Some(0.0) {
            return None;
        }
        let channel = |p: &str| {
            p.parse::<f64>()
                .ok()
                .map(|v| v.clamp(0.0, 255.0).round() as u8)
        };
        return Some((channel(parts[0])?, channel(parts[1])?, channel(parts[2])?));
    }
    if let Some(hex) = named(text) {
        return hex_rgb(hex);
    }
    hex_rgb(text.trim_start_matches('#'))
}

fn hex_rgb(hex: &str) -> Option<(u8, u8, u8)> {
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        6 => Some((
            channel(&hex[0..2])?,
            channel(&hex[2..4])?,
            channel(&hex[4..6])?,
        )),
        // ARGB, as some spreadsheets write fills ("FF00B050").
        8 => Some((
            channel(&hex[2..4])?,
            channel(&hex[4..6])?,
            channel(&hex[6..8])?,
        )),
        3 => {
            let double = |i: usize| channel(&hex[i..=i].repeat(2));
            Some((double(0)?, double(1)?, double(2)?))
        }
        _ => None,
    }
}

/// Word's highlight names (ST_HighlightColor, lower-cased) and the CSS names a pasted table
/// may use.
fn named(name: &str) -> Option<&'static str> {
    Some(match name {
        "black" => "000000",
        "white" => "FFFFFF",
        "red" => "FF0000",
        "darkred" => "8B0000",
        "green" => "00FF00",
        "darkgreen" => "008000",
        "lime" => "00FF00",
        "yellow" => "FFFF00",
        "darkyellow" => "808000",
        "olive" => "808000",
        "orange" => "FFA500",
        "gold" => "FFD700",
        "blue" => "0000FF",
        "darkblue" => "00008B",
        "navy" => "000080",
        "cyan" | "aqua" => "00FFFF",
        "darkcyan" | "teal" => "008080",
        "magenta" | "fuchsia" => "FF00FF",
        "darkmagenta" | "purple" => "800080",
        "lightgray" | "lightgrey" | "silver" => "C0C0C0",
        "darkgray" | "darkgrey" | "gray" | "grey" => "808080",
        "pink" => "FFC0CB",
        _ => return None,
    })
}

/// The colour of a row: the Aktivitet cell's, else the Prioritet cell's, else the first cell
/// coloured as a priority, else the first coloured at all (shown and noted).
pub(super) fn of_row(cells: &[String], preferred: &[usize]) -> Option<ImportColour> {
    let reading = |index: usize| match cells.get(index).map(|c| classify(c)) {
        Some(Reading::Coloured(colour)) => Some(colour),
        _ => None,
    };
    preferred
        .iter()
        .find_map(|&index| reading(index))
        .or_else(|| {
            (0..cells.len())
                .filter_map(reading)
                .find(|c| c.priority.is_some())
        })
        .or_else(|| (0..cells.len()).find_map(reading))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(raw: &str) -> Option<(String, Option<Priority>)> {
        match classify(raw) {
            Reading::Neutral => None,
            Reading::Coloured(c) => Some((c.word, c.priority)),
        }
    }

    #[test]
    fn the_shades_people_pick_are_read_as_priorities_and_the_rest_is_named_or_nothing() {
        use Priority::{Green, Red, Yellow};
        for (raw, word, priority) in [
            ("00B050", "grön", Some(Green)),
            ("92D050", "grön", Some(Green)),
            ("#c6efce", "grön", Some(Green)),
            ("green", "grön", Some(Green)),
            ("darkGreen", "grön", Some(Green)),
            ("rgb(0, 176, 80)", "grön", Some(Green)),
            ("FFFF00", "gul", Some(Yellow)),
            ("FFC000", "gul", Some(Yellow)),
            ("#FFEB9C", "gul", Some(Yellow)),
            ("yellow", "gul", Some(Yellow)),
            ("darkYellow", "gul", Some(Yellow)),
            ("#fc0", "gul", Some(Yellow)),
            ("FF0000", "röd", Some(Red)),
            ("C00000", "röd", Some(Red)),
            ("red", "röd", Some(Red)),
            ("darkRed", "röd", Some(Red)),
            ("FFC7CE", "röd", Some(Red)),
            ("FF00B050", "grön", Some(Green)),
            ("0070C0", "blå", None),
            ("blue", "blå", None),
            ("darkBlue", "blå", None),
            ("7030A0", "lila", None),
            ("magenta", "rosa", None),
            ("cyan", "turkos", None),
            ("FF6600", "orange", None),
        ] {
            assert_eq!(
                read(raw),
                Some((word.to_string(), priority)),
                "{raw} should read as {word}"
            );
        }
        for neutral in [
            "",
            "auto",
            "none",
            "transparent",
            "FFFFFF",
            "white",
            "#fff",
            "D9D9D9",
            "F2F2F2",
            "lightGray",
            "darkGray",
            "808080",
            "000000",
            "black",
            "rgba(255, 0, 0, 0)",
            "inherit",
            "window",
        ] {
            assert_eq!(read(neutral), None, "{neutral:?} is not a priority colour");
        }
    }

    #[test]
    fn a_rows_colour_prefers_the_title_cell_then_any_priority_colour() {
        let cells = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let row = cells(&["", "FF0000", "00B050"]);
        assert_eq!(of_row(&row, &[2]).map(|c| c.word), Some("grön".into()));
        assert_eq!(of_row(&row, &[0]).map(|c| c.word), Some("röd".into()));
        let blue_then_red = cells(&["0070C0", "FF0000"]);
        assert_eq!(
            of_row(&blue_then_red, &[]).map(|c| c.word),
            Some("röd".into())
        );
        assert_eq!(
            of_row(&cells(&["0070C0", ""]), &[]).map(|c| c.word),
            Some("blå".into())
        );
        assert_eq!(of_row(&cells(&["FFFFFF", ""]), &[0]), None);
    }
}
