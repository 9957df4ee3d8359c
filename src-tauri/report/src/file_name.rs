//! The names a save dialog suggests, such as `Aktivitetsplan 2022 – Mellansverige.pdf`.

use crate::document_format::DocumentFormat;

/// Councils are named "Regionalt vårdkompetensråd X"; people call them by the X.
const COMMON_PREFIXES: [&str; 2] = ["regionalt vårdkompetensråd ", "vårdkompetensråd "];

/// `Aktivitetsplan {year} – {council}.{ext}`, safe as a file name on Windows.
pub fn plan_file_name(council_name: &str, year: i32, format: DocumentFormat) -> String {
    let council = short_council_name(council_name);
    let stem = if council.is_empty() {
        format!("Aktivitetsplan {year}")
    } else {
        format!("Aktivitetsplan {year} – {council}")
    };
    format!("{}.{}", safe_file_stem(&stem), format.extension())
}

/// `Tidslinje {year} – {council}.pdf`, safe as a file name on Windows.
pub fn timeline_file_name(council_name: &str, year: i32, extension: &str) -> String {
    let council = short_council_name(council_name);
    let stem = if council.is_empty() {
        format!("Tidslinje {year}")
    } else {
        format!("Tidslinje {year} – {council}")
    };
    format!("{}.{extension}", safe_file_stem(&stem))
}

/// `Uppdragsbeskrivning {group} {year}.{ext}`, safe as a file name on Windows (a long group
/// name is cut so the whole name stays within 120 characters and keeps its year).
pub fn mandate_file_name(group_name: &str, year: i32, format: DocumentFormat) -> String {
    const PREFIX: &str = "Uppdragsbeskrivning";
    let group: String = safe_file_stem(group_name).chars().take(90).collect();
    let group = group.trim_end_matches([' ', '.', '_', '-', '–']);
    let stem = if group.is_empty() {
        format!("{PREFIX} {year}")
    } else {
        format!("{PREFIX} {group} {year}")
    };
    format!("{}.{}", safe_file_stem(&stem), format.extension())
}

/// `Återrapport {year} – {council}.{ext}` for the council's, `Återrapport {year} – {group}.{ext}`
/// for a working group's (a long group name cut as in [`mandate_file_name`]).
pub fn year_end_file_name(
    council_name: &str,
    year: i32,
    group_name: Option<&str>,
    format: DocumentFormat,
) -> String {
    let whose = match group_name {
        Some(group) => safe_file_stem(group).chars().take(90).collect::<String>(),
        None => short_council_name(council_name),
    };
    let whose = whose.trim_end_matches([' ', '.', '_', '-', '–']);
    let stem = if whose.is_empty() {
        format!("Återrapport {year}")
    } else {
        format!("Återrapport {year} – {whose}")
    };
    format!("{}.{}", safe_file_stem(&stem), format.extension())
}

/// `{calendar name}.ics` for a calendar export ("Arbetsgrupper 2022.ics"), safe as a file name
/// on Windows; "Kalender.ics" when the name leaves nothing.
pub fn calendar_file_name(calendar_name: &str) -> String {
    let stem = safe_file_stem(calendar_name);
    if stem.is_empty() {
        "Kalender.ics".to_string()
    } else {
        format!("{stem}.ics")
    }
}

/// The calendar's events as a printed list: `{calendar} – lista.pdf`.
pub fn calendar_list_file_name(calendar_name: &str) -> String {
    let stem = safe_file_stem(&format!("{calendar_name} – lista"));
    format!("{stem}.pdf")
}

/// `{workshop} – sammanfattning.{ext}` ("Workshop aktivitetsplan 2022 – sammanfattning.pdf").
pub fn workshop_summary_file_name(workshop_name: &str, format: DocumentFormat) -> String {
    let stem = safe_file_stem(&format!("{workshop_name} – sammanfattning"));
    format!("{stem}.{}", format.extension())
}

/// `Gruppblad {n} – {group}.pdf` (or `.xlsx`); the group's position keeps groups of one name
/// apart.
pub fn group_sheet_file_name(position: usize, group_name: &str, format: DocumentFormat) -> String {
    let stem = safe_file_stem(&format!("Gruppblad {position} – {group_name}"));
    format!("{stem}.{}", format.extension())
}

/// `Lägesrapport till AU {meeting} – {council}.{ext}` ("Lägesrapport till AU 2022-03-15 –
/// Mellansverige.pdf"); without a meeting day, the day it was made.
pub fn status_report_file_name(
    council_name: &str,
    day: chrono::NaiveDate,
    format: DocumentFormat,
) -> String {
    let council = short_council_name(council_name);
    let day = day.format("%Y-%m-%d");
    let stem = if council.is_empty() {
        format!("Lägesrapport till AU {day}")
    } else {
        format!("Lägesrapport till AU {day} – {council}")
    };
    format!("{}.{}", safe_file_stem(&stem), format.extension())
}

/// The distinguishing part of the council's name.
pub fn short_council_name(name: &str) -> String {
    let name = name.trim();
    let lower = name.to_lowercase();
    for prefix in COMMON_PREFIXES {
        // Lowercasing keeps the byte length of these letters, so the index is valid in `name`.
        if lower.starts_with(prefix) && lower.len() == name.len() {
            let rest = name[prefix.len()..].trim();
            if !rest.is_empty() {
                return rest.to_string();
            }
        }
    }
    name.to_string()
}

/// Letters (å, ä, ö too), digits, spaces and dashes kept; characters Windows refuses in file
/// names become `_`; at most 120 characters.
fn safe_file_stem(stem: &str) -> String {
    let cleaned: String = stem
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let trimmed = cleaned.trim_matches(|c: char| c == ' ' || c == '.' || c == '_');
    trimmed.chars().take(120).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_council_is_called_by_its_distinguishing_name() {
        assert_eq!(
            plan_file_name(
                "Regionalt vårdkompetensråd Mellansverige",
                2022,
                DocumentFormat::Pdf
            ),
            "Aktivitetsplan 2022 – Mellansverige.pdf"
        );
        assert_eq!(
            plan_file_name("Vårdkompetensråd Örebro län", 2023, DocumentFormat::Xlsx),
            "Aktivitetsplan 2023 – Örebro län.xlsx"
        );
        assert_eq!(
            plan_file_name("Vårdkompetensråd Örebro län", 2023, DocumentFormat::Docx),
            "Aktivitetsplan 2023 – Örebro län.docx"
        );
        assert_eq!(
            plan_file_name("Rådet i Norr", 2024, DocumentFormat::Csv),
            "Aktivitetsplan 2024 – Rådet i Norr.csv"
        );
    }

    #[test]
    fn a_mandate_is_named_after_its_group_and_year() {
        assert_eq!(
            mandate_file_name(
                "Förenade anställningar i kommuner och regioner",
                2022,
                DocumentFormat::Docx
            ),
            "Uppdragsbeskrivning Förenade anställningar i kommuner och regioner 2022.docx"
        );
        // "/" and ":" are refused by Windows; NFD å/ä/ö stay letters.
        assert_eq!(
            mandate_file_name(
                "Karriär-/kompetensvägar: A\u{30A}sa",
                2022,
                DocumentFormat::Pdf
            ),
            "Uppdragsbeskrivning Karriär-_kompetensvägar_ A\u{30A}sa 2022.pdf"
        );
        assert_eq!(
            mandate_file_name(" ?* ", 2023, DocumentFormat::Pdf),
            "Uppdragsbeskrivning 2023.pdf"
        );
        let long = mandate_file_name(
            &"Kartlägga befintliga modeller ".repeat(10),
            2022,
            DocumentFormat::Pdf,
        );
        assert!(long.ends_with(" 2022.pdf"), "{long}");
        assert!(long.chars().count() <= 124, "{long}");
    }

    #[test]
    fn a_calendar_is_named_after_itself() {
        assert_eq!(
            calendar_file_name("Arbetsgrupper 2022"),
            "Arbetsgrupper 2022.ics"
        );
        assert_eq!(
            calendar_file_name("Arbetsgrupp: Karriär-/kompetensvägar"),
            "Arbetsgrupp_ Karriär-_kompetensvägar.ics"
        );
        assert_eq!(calendar_file_name(" ?* "), "Kalender.ics");
    }

    #[test]
    fn workshop_files_are_named_after_the_workshop_and_the_group() {
        assert_eq!(
            workshop_summary_file_name("Workshop aktivitetsplan 2022", DocumentFormat::Docx),
            "Workshop aktivitetsplan 2022 – sammanfattning.docx"
        );
        assert_eq!(
            group_sheet_file_name(2, "Grupp Maria/Björn", DocumentFormat::Pdf),
            "Gruppblad 2 – Grupp Maria_Björn.pdf"
        );
        assert_eq!(
            group_sheet_file_name(1, "Grupp Hans", DocumentFormat::Xlsx),
            "Gruppblad 1 – Grupp Hans.xlsx"
        );
    }

    #[test]
    fn characters_windows_refuses_are_replaced() {
        assert_eq!(
            plan_file_name("A/B: <test>?", 2022, DocumentFormat::Pdf),
            "Aktivitetsplan 2022 – A_B_ _test.pdf"
        );
        assert_eq!(
            plan_file_name("   ", 2022, DocumentFormat::Pdf),
            "Aktivitetsplan 2022.pdf"
        );
    }
}
