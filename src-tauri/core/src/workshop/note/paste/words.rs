//! The words a workshop writes for the kinds of note, and the shapes of a line.

use super::super::NoteKind;

/// The kind a header cell or heading names: "Möjligheter", "Hinder", "Insatser och åtgärder" …
/// None when it names no kind, or more than one ("Hinder och möjligheter").
pub(super) fn kind_named(text: &str) -> Option<NoteKind> {
    let text = text.trim().trim_end_matches(':').trim().to_lowercase();
    let text = without_segment(&text);
    if text.is_empty() || text.chars().count() > 40 {
        return None;
    }
    let mut found: Option<NoteKind> = None;
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let kind = match word {
            "grundförutsättning" | "grundförutsättningar" | "förutsättning" | "förutsättningar" => {
                NoteKind::Condition
            }
            "möjlighet" | "möjligheter" => NoteKind::Opportunity,
            "hinder" => NoteKind::Obstacle,
            "insats" | "insatser" | "åtgärd" | "åtgärder" => NoteKind::Measure,
            "och" | "samt" => continue,
            _ => return None,
        };
        match found {
            Some(other) if other != kind => return None,
            _ => found = Some(kind),
        }
    }
    found
}

/// "segment 3 – insatser och åtgärder" → "insatser och åtgärder".
fn without_segment(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("segment") else {
        return text;
    };
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    rest.trim_start_matches(['–', '-', '—', ':', ' '])
}

/// True for a heading that starts a new part of the text ("Segment 2 – …"): what came before
/// it (its category) no longer holds.
pub(super) fn is_segment(text: &str) -> bool {
    text.trim().to_lowercase().starts_with("segment ")
}

/// The text of a bulleted line ("- Gemensam styrning", "• …"), or None for a plain line.
pub(super) fn bullet(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    ["- ", "– ", "• ", "* ", "· "]
        .iter()
        .find_map(|b| trimmed.strip_prefix(b))
        .map(str::trim)
}

/// The categories of `known` a heading names ("Kultur/ledarskap och Struktur" names two).
pub(super) fn categories_named<'a>(text: &str, known: &'a [String]) -> Vec<&'a String> {
    let heading = text.trim().trim_end_matches(':').trim().to_lowercase();
    if let Some(exact) = known.iter().find(|c| c.to_lowercase() == heading) {
        return vec![exact];
    }
    let parts: Vec<&str> = heading
        .split([',', '&'])
        .flat_map(|p| p.split(" och "))
        .map(str::trim)
        .collect();
    let named: Vec<&String> = known
        .iter()
        .filter(|c| parts.contains(&c.to_lowercase().as_str()))
        .collect();
    if named.len() == parts.len() {
        named
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_words_singular_plural_and_in_a_segment_heading() {
        assert_eq!(kind_named("Möjligheter"), Some(NoteKind::Opportunity));
        assert_eq!(kind_named("HINDER"), Some(NoteKind::Obstacle));
        assert_eq!(
            kind_named("Grundförutsättningar:"),
            Some(NoteKind::Condition)
        );
        assert_eq!(
            kind_named("Segment 3 – Insatser och åtgärder"),
            Some(NoteKind::Measure)
        );
        assert_eq!(kind_named("Segment 2 – Hinder och möjligheter"), None);
        assert_eq!(kind_named("Digitala lösningar"), None);
        assert_eq!(kind_named(""), None);
    }

    #[test]
    fn a_heading_may_name_one_category_or_several() {
        let known: Vec<String> = ["Styrning", "Planering", "Kultur/ledarskap", "Struktur"]
            .map(String::from)
            .to_vec();
        assert_eq!(categories_named("styrning", &known), [&known[0]]);
        assert_eq!(
            categories_named("Kultur/ledarskap och Struktur", &known),
            [&known[2], &known[3]]
        );
        assert!(categories_named("Styrning av regionen", &known).is_empty());
        assert_eq!(bullet("  - Gemensam styrning"), Some("Gemensam styrning"));
        assert_eq!(bullet("-1 grad"), None);
    }
}
