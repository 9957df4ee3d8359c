//! Swedish text rules: sort order (… x y z å ä ö) and case/form-insensitive search.
//!
//! Stored text stays exactly as typed; these functions only decide order and matching.

use std::cmp::Ordering;

use unicode_normalization::UnicodeNormalization;

/// Folds text for searching: composed Unicode (NFC, so "a\u{30A}" equals "å") and lower case
/// beyond ASCII ("ÅSA" finds "åsa").
pub fn fold(text: &str) -> String {
    text.nfc().flat_map(char::to_lowercase).collect()
}

/// Whether `haystack` contains `needle` after folding both. An empty needle matches everything.
pub fn contains_folded(haystack: &str, folded_needle: &str) -> bool {
    if folded_needle.is_empty() {
        return true;
    }
    // The find bar calls this for five fields of every row on every keypress. Text that is
    // already composed (nearly all of it: a quick check says so) needs only lower-casing; the
    // composing pass, the slow part of `fold`, is kept for the rest.
    let folded: String = if haystack.is_ascii() {
        haystack.to_ascii_lowercase()
    } else if unicode_normalization::is_nfc_quick(haystack.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        haystack.chars().flat_map(char::to_lowercase).collect()
    } else {
        fold(haystack)
    };
    folded.contains(folded_needle)
}

/// The primary sort weight of one lower-case character in the Swedish alphabet. Letters with
/// accents that Swedish treats as variants (é, à, ü …) sort with their base letter; å, ä, ö come
/// after z, with æ and ø as variants of ä and ö.
fn primary_weight(c: char) -> u32 {
    match c {
        'å' => 'z' as u32 + 1,
        'ä' | 'æ' => 'z' as u32 + 2,
        'ö' | 'ø' => 'z' as u32 + 3,
        'ü' => 'y' as u32,
        _ => {
            // Strip other diacritics: the first char of the canonical decomposition.
            let base = std::iter::once(c).nfd().next().unwrap_or(c);
            if base.is_ascii_alphabetic() {
                base as u32
            } else if base.is_alphanumeric() {
                // Other scripts after the Swedish alphabet, in code point order.
                0x1_0000 + base as u32
            } else {
                // Spaces and punctuation before letters and digits keep "Region X" before
                // "RegionX".
                base as u32 % 0x80
            }
        }
    }
}

fn primary_key(text: &str) -> impl Iterator<Item = u32> + '_ {
    text.nfc().flat_map(char::to_lowercase).map(primary_weight)
}

/// Compares two strings the Swedish way: by letters first (case- and accent-insensitive, with
/// å < ä < ö after z), then by the exact text so that the order is total and stable.
pub fn swedish_cmp(a: &str, b: &str) -> Ordering {
    primary_key(a).cmp(primary_key(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_letters_sort_after_z_in_order() {
        let mut names = vec![
            "Örjan", "Åsa", "Zara", "Ärla", "Anna", "åke", "Östen", "Ada",
        ];
        names.sort_by(|a, b| swedish_cmp(a, b));
        assert_eq!(
            names,
            ["Ada", "Anna", "Zara", "åke", "Åsa", "Ärla", "Örjan", "Östen"]
        );
    }

    #[test]
    fn accents_sort_with_their_base_letter_and_case_does_not_split_groups() {
        let mut names = vec!["Eva", "émile", "Erik", "Müller", "Myra", "erika"];
        names.sort_by(|a, b| swedish_cmp(a, b));
        assert_eq!(names, ["émile", "Erik", "erika", "Eva", "Müller", "Myra"]);
    }

    #[test]
    fn fold_matches_upper_case_and_decomposed_forms() {
        assert_eq!(fold("ÅSA"), "åsa");
        assert_eq!(
            fold("A\u{30A}sa"),
            "åsa",
            "decomposed Å must fold like the composed one"
        );
        assert!(contains_folded("Åsa Öberg", &fold("ÖBERG")));
        assert!(
            !contains_folded("Asa", &fold("Åsa")),
            "å is its own letter, not an a"
        );
    }

    /// The quick paths give the same answers as folding the whole text.
    #[test]
    fn contains_folded_agrees_with_fold_for_every_form() {
        let texts = [
            "VFU-platser i Örebro",
            "Tandva\u{30A}rd och ÅSA",
            "plain ascii TEXT",
            "Ωμέγα ΣΟΦΙΑ",
            "",
        ];
        let needles = [
            "vfu",
            "örebro",
            "tandvård",
            "åsa",
            "text",
            "σοφια",
            "ω",
            "x",
        ];
        for text in texts {
            for needle in needles {
                assert_eq!(
                    contains_folded(text, &fold(needle)),
                    fold(text).contains(&fold(needle)),
                    "{text:?} / {needle:?}"
                );
            }
        }
    }
}
