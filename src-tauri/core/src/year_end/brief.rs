//! The mandate in brief: the återrapport recalls what the group was asked to do in a few lines,
//! not the whole uppdragsbeskrivning.

use crate::working_group::MandateInput;

/// At most this many characters of the mandate are quoted (about three lines of A4).
pub const BRIEF_CHARS: usize = 320;

/// The mandate's "Krav på uppdraget" (what the group was asked to do), or its background when
/// that is empty: the first paragraph, cut after the last whole sentence (or word) that fits in
/// [`BRIEF_CHARS`], with "…" when something was left out. Empty when the mandate is.
pub fn mandate_in_brief(mandate: &MandateInput) -> String {
    let source = [&mandate.requirements, &mandate.background]
        .into_iter()
        .find(|text| !text.trim().is_empty())
        .map_or("", |text| text.as_str());
    let paragraphs: Vec<&str> = source
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let Some(first) = paragraphs.first() else {
        return String::new();
    };
    // A list's lines read as one sentence each.
    let first = first
        .lines()
        .map(|line| line.trim().trim_start_matches(['-', '•', '*']).trim())
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let whole = paragraphs.len() == 1;
    if first.chars().count() <= BRIEF_CHARS {
        return if whole { first } else { format!("{first} …") };
    }
    let cut: String = first.chars().take(BRIEF_CHARS).collect();
    let end = cut
        .rfind(". ")
        .map(|i| i + 1)
        .filter(|i| *i > BRIEF_CHARS / 3)
        .or_else(|| cut.rfind(' '))
        .unwrap_or(cut.len());
    format!("{} …", cut[..end].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn requirements(text: &str) -> MandateInput {
        MandateInput {
            requirements: text.to_string(),
            background: "Bakgrunden".to_string(),
            ..MandateInput::default()
        }
    }

    #[test]
    fn a_short_requirement_is_quoted_whole() {
        assert_eq!(
            mandate_in_brief(&requirements("Ta fram en modell för karriärvägar.")),
            "Ta fram en modell för karriärvägar."
        );
    }

    #[test]
    fn the_background_stands_in_for_empty_requirements() {
        assert_eq!(mandate_in_brief(&requirements("  \n")), "Bakgrunden");
        assert_eq!(mandate_in_brief(&MandateInput::default()), "");
    }

    #[test]
    fn only_the_first_paragraph_is_kept_and_the_rest_marked() {
        assert_eq!(
            mandate_in_brief(&requirements("Första stycket.\n\nAndra stycket.")),
            "Första stycket. …"
        );
    }

    #[test]
    fn a_long_paragraph_is_cut_after_a_whole_sentence() {
        let sentence = "Arbetsgruppen ska kartlägga hur karriärvägarna ser ut i regionen idag. ";
        let brief = mandate_in_brief(&requirements(&sentence.repeat(10)));
        assert!(brief.chars().count() <= BRIEF_CHARS + 2, "{brief}");
        assert!(brief.ends_with("idag. …"), "{brief}");
    }

    #[test]
    fn list_lines_become_one_line() {
        assert_eq!(
            mandate_in_brief(&requirements("- kartlägga\n- föreslå")),
            "kartlägga föreslå"
        );
    }
}
