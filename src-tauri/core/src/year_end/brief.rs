//! The mandate in brief: the återrapport recalls what the group was asked to do in a few lines,
//! not the whole uppdragsbeskrivning.

use crate::working_group::MandateInput;

/// At most this many characters of the mandate are quoted (about three lines of A4).
pub const BRIEF_CHARS: usize = 320;

/// What the group was asked to do, from its mandate: the text before the task table ("Arbetsgruppen
/// ska kartlägga …", the group's own uppdrag), or "Krav på uppdraget", or the background, the
/// first that is filled in. Its first paragraph (a line, or a run of list lines) is cut after
/// the last whole sentence (or word) that fits in [`BRIEF_CHARS`], with "…" when something was
/// left out. Empty when the mandate is.
pub fn mandate_in_brief(mandate: &MandateInput) -> String {
    let source = [
        &mandate.activities_intro,
        &mandate.requirements,
        &mandate.background,
    ]
    .into_iter()
    .find(|text| !text.trim().is_empty())
    .map_or("", |text| text.as_str());
    let lines: Vec<&str> = source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    let Some(first_line) = lines.first() else {
        return String::new();
    };
    let is_item = |line: &str| line.starts_with(['-', '•', '*', '–']);
    // A list reads as one paragraph, its items one after another.
    let taken = if is_item(first_line) {
        lines.iter().take_while(|line| is_item(line)).count()
    } else {
        1
    };
    let first = lines[..taken]
        .iter()
        .map(|line| line.trim_start_matches(['-', '•', '*', '–']).trim())
        .collect::<Vec<_>>()
        .join(" ");
    let whole = taken == lines.len();
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
    fn the_groups_own_uppdrag_comes_first() {
        let mandate = MandateInput {
            activities_intro: "Arbetsgruppen ska kartlägga modeller.".to_string(),
            ..requirements("Främja dialog.")
        };
        assert_eq!(
            mandate_in_brief(&mandate),
            "Arbetsgruppen ska kartlägga modeller."
        );
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
            mandate_in_brief(&requirements("Första stycket.\nAndra stycket.")),
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
            mandate_in_brief(&requirements("- kartlägga\n- föreslå\nSedan mer.")),
            "kartlägga föreslå …"
        );
    }
}
