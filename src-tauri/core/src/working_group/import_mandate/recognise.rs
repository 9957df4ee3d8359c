//! The document's shape: the title block before the first numbered heading (focus area, group
//! name, the decision line) and the numbered sections after it. A heading is "1. Bakgrund" as a
//! Word heading, as a bold line, or as a plain line naming one of the mandate's sections; the
//! table of contents ("1. Bakgrund ..... 3") is none of these. Sections are known by their name,
//! not their number (seed 002 numbers two sections 5).

use chrono::NaiveDate;

use super::text::{folded_words, join_broken_lines};
use crate::import::docx_xml::{Block, Paragraph};
use crate::text::fold;

/// The mandate's sections, by the words their headings start with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SectionKind {
    Background,
    Requirements,
    Activities,
    Method,
    Organisation,
    Schedule,
}

impl SectionKind {
    /// Its name in the app's mandate.
    pub(super) fn swedish(self) -> &'static str {
        match self {
            SectionKind::Background => "Bakgrund",
            SectionKind::Requirements => "Krav på uppdraget",
            SectionKind::Activities => "Aktiviteter",
            SectionKind::Method => "Metod",
            SectionKind::Organisation => "Arbetsgruppens organisation",
            SectionKind::Schedule => "Tidplan",
        }
    }

    fn of(name: &str) -> Option<SectionKind> {
        let words = folded_words(name);
        let first = words.first()?.as_str();
        let kind = match first {
            "bakgrund" => SectionKind::Background,
            "krav" | "uppdraget" | "uppdrag" => SectionKind::Requirements,
            "aktiviteter" | "aktivitet" => SectionKind::Activities,
            "metod" | "arbetssätt" => SectionKind::Method,
            "organisation" => SectionKind::Organisation,
            "arbetsgruppens" if words.get(1).is_some_and(|w| w == "organisation") => {
                SectionKind::Organisation
            }
            "tidplan" | "tidsplan" => SectionKind::Schedule,
            _ => return None,
        };
        // A heading is a few words; "Bakgrund 3" (a table of contents) is not one.
        (words.len() <= 4 && !words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit())))
            .then_some(kind)
    }
}

pub(super) struct Section {
    /// As written: "3. Aktiviteter".
    pub heading: String,
    pub kind: Option<SectionKind>,
    pub blocks: Vec<Block>,
}

#[derive(Default)]
pub(super) struct TitleBlock {
    pub name: String,
    pub focus_area: String,
    pub decided_by: String,
    pub decided_on: Option<NaiveDate>,
}

pub(super) struct Document {
    pub title: TitleBlock,
    pub sections: Vec<Section>,
}

/// "1. Bakgrund", "2 Krav på uppdraget" → ("1", "Bakgrund").
fn numbered(text: &str) -> Option<(&str, &str)> {
    let digits = text.find(|c: char| !c.is_ascii_digit())?;
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = text[digits..].trim_start_matches('.');
    let name = rest.trim();
    (rest.starts_with(char::is_whitespace) && name.starts_with(char::is_alphabetic))
        .then(|| (&text[..digits], name))
}

/// A section heading: its kind (none for a heading the mandate has no place for).
fn heading(paragraph: &Paragraph) -> Option<Option<SectionKind>> {
    let text = paragraph.text.trim();
    if text.is_empty() || text.chars().count() > 80 || text.contains('\n') {
        return None;
    }
    let marked = paragraph.heading.is_some_and(|l| l <= 2) || paragraph.bold;
    match numbered(text) {
        Some((_, name)) => {
            let kind = SectionKind::of(name);
            (kind.is_some() || marked).then_some(kind)
        }
        // Word numbers a heading itself ("Heading 1" with numbering): the text is the name.
        None if paragraph.heading == Some(1) => SectionKind::of(text).map(Some),
        None => None,
    }
}

pub(super) fn recognise(blocks: Vec<Block>) -> Document {
    let mut title: Vec<Paragraph> = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    for block in blocks {
        if let Block::Paragraph(paragraph) = &block {
            if let Some(kind) = heading(paragraph) {
                sections.push(Section {
                    heading: paragraph.text.trim().to_string(),
                    kind,
                    blocks: Vec::new(),
                });
                continue;
            }
        }
        match (sections.last_mut(), block) {
            (Some(section), block) => section.blocks.push(block),
            (None, Block::Paragraph(paragraph)) => title.push(paragraph),
            (None, Block::Table(_)) => {}
        }
    }
    Document {
        title: title_block(&title),
        sections,
    }
}

/// "Fokusområde: X", the group's name, "Beslutat av … 2022-09-23"; the words "Arbetsgrupp",
/// "Uppdragsbeskrivning" and the table of contents are labels, not the name.
fn title_block(paragraphs: &[Paragraph]) -> TitleBlock {
    let mut block = TitleBlock::default();
    let mut awaiting_date = false;
    for paragraph in paragraphs {
        let text = paragraph.text.trim();
        if text.is_empty() {
            continue;
        }
        let folded = fold(text);
        if awaiting_date {
            awaiting_date = false;
            let words: Vec<&str> = text.split_whitespace().collect();
            let date = iso_date(text).or_else(|| date_in_words(&words).map(|(_, date)| date));
            if let Some(date) = date {
                block.decided_on = Some(date);
                continue;
            }
        }
        if let Some((label, value)) = text.split_once(':') {
            let label = fold(label.trim());
            if label == "fokusområde" {
                block.focus_area = value.trim().to_string();
                continue;
            }
            if (label == "arbetsgrupp" || label == "arbetsgruppens namn") && block.name.is_empty() {
                block.name = join_broken_lines(value);
                continue;
            }
        }
        if folded.starts_with("beslutat") {
            let (by, on) = decision(text);
            block.decided_by = by;
            block.decided_on = on;
            awaiting_date = on.is_none();
            continue;
        }
        if folded.starts_with("innehåll") {
            // The table of contents follows; the name, if any, came before it.
            break;
        }
        let label = folded.trim_end_matches(':');
        if matches!(
            label,
            "arbetsgrupp" | "uppdragsbeskrivning" | "uppdragsbeskrivning för arbetsgrupp"
        ) {
            continue;
        }
        if block.name.is_empty() {
            block.name = join_broken_lines(without_title_label(text));
        }
    }
    block
}

/// "Uppdragsbeskrivning för arbetsgrupp X" (the title the app itself writes) → "X".
fn without_title_label(text: &str) -> &str {
    const LABELS: [&str; 3] = [
        "uppdragsbeskrivning för arbetsgruppen ",
        "uppdragsbeskrivning för arbetsgrupp ",
        "uppdragsbeskrivning för ",
    ];
    for label in LABELS {
        let n = label.chars().count();
        let end = text.char_indices().nth(n).map_or(text.len(), |(at, _)| at);
        if fold(&text[..end]) == label && end < text.len() {
            return text[end..].trim();
        }
    }
    text
}

/// "Beslutat av Regionala vårdkompetensrådets arbetsutskott 2022-09-23" → (by, date); the date
/// may also be written in words: "… arbetsutskott den 23 september 2022".
fn decision(text: &str) -> (String, Option<NaiveDate>) {
    let text = join_broken_lines(text);
    let rest = text
        .split_once(char::is_whitespace)
        .map_or("", |(_, rest)| rest)
        .trim_start();
    let rest = rest
        .strip_prefix("av ")
        .or_else(|| rest.strip_prefix("Av "))
        .unwrap_or(rest);
    let mut by: Vec<&str> = Vec::new();
    let mut on = None;
    let words: Vec<&str> = rest.split_whitespace().collect();
    if let Some((at, date)) = date_in_words(&words) {
        on = Some(date);
        by.extend(&words[..at]);
        by.extend(&words[at + 3..]);
        if by.last().is_some_and(|w| fold(w) == "den") {
            by.pop();
        }
    } else {
        for word in words {
            match iso_date(word) {
                Some(date) if on.is_none() => on = Some(date),
                _ => by.push(word),
            }
        }
    }
    let by = by.join(" ");
    let by = by.trim_end_matches([',', ':', '.', ' ']).to_string();
    (by, on)
}

/// The first "23 september 2022" (or "23 sep. 2022") among `words`: where it starts, and the day.
fn date_in_words(words: &[&str]) -> Option<(usize, NaiveDate)> {
    words.windows(3).enumerate().find_map(|(at, three)| {
        let day: u32 = three[0].trim_end_matches('.').parse().ok()?;
        let month = crate::schedule::words::month(three[1])?;
        let year: i32 = three[2]
            .trim_end_matches(|c: char| !c.is_ascii_digit())
            .parse()
            .ok()
            .filter(|y| (1900..=2999).contains(y))?;
        NaiveDate::from_ymd_opt(year, month, day).map(|date| (at, date))
    })
}

fn iso_date(word: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(word.trim_matches(|c: char| !c.is_ascii_digit()), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bold(text: &str) -> Block {
        Block::Paragraph(Paragraph {
            bold: true,
            ..Paragraph::plain(text)
        })
    }

    fn plain(text: &str) -> Block {
        Block::Paragraph(Paragraph::plain(text))
    }

    #[test]
    fn headings_may_be_bold_lines_or_plain_section_names_but_not_the_contents() {
        let document = recognise(vec![
            bold("Fokusområde: Fortbildning"),
            bold("Arbetsgrupp"),
            bold("Kartlägga befintliga modeller\nför att stärka karriär-\n/kompetensvägar"),
            bold("Beslutat av Regionala vårdkompetensrådets arbetsutskott\n2022-09-23"),
            plain("Innehåll"),
            plain("1. Bakgrund 3"),
            plain("2. Krav på uppdraget ..... 4"),
            bold("1. Bakgrund"),
            plain("Rådet är ett samverkansforum."),
            plain("2. Krav på uppdraget"),
            plain("- Främja dialog."),
            bold("7. Övrigt"),
            plain("1. Inte en rubrik utan en mening i löptexten."),
        ]);
        assert_eq!(document.title.focus_area, "Fortbildning");
        assert_eq!(
            document.title.name,
            "Kartlägga befintliga modeller för att stärka karriär-/kompetensvägar"
        );
        assert_eq!(
            document.title.decided_by,
            "Regionala vårdkompetensrådets arbetsutskott"
        );
        assert_eq!(
            document.title.decided_on,
            NaiveDate::from_ymd_opt(2022, 9, 23)
        );
        let headings: Vec<(&str, Option<SectionKind>)> = document
            .sections
            .iter()
            .map(|s| (s.heading.as_str(), s.kind))
            .collect();
        assert_eq!(
            headings,
            [
                ("1. Bakgrund", Some(SectionKind::Background)),
                ("2. Krav på uppdraget", Some(SectionKind::Requirements)),
                ("7. Övrigt", None),
            ],
            "the contents lines are not headings; a plain numbered sentence is not one"
        );
        assert_eq!(document.sections[2].blocks.len(), 1);
    }

    #[test]
    fn the_title_the_app_writes_gives_the_group_name_without_its_label() {
        assert_eq!(
            without_title_label("Uppdragsbeskrivning för arbetsgrupp Förenade anställningar"),
            "Förenade anställningar"
        );
        assert_eq!(
            without_title_label("UPPDRAGSBESKRIVNING FÖR Vårdens kompetens"),
            "Vårdens kompetens"
        );
        assert_eq!(
            without_title_label("Förenade anställningar"),
            "Förenade anställningar"
        );
        assert_eq!(
            without_title_label("Uppdragsbeskrivning för"),
            "Uppdragsbeskrivning för"
        );
    }

    #[test]
    fn a_decision_date_in_words_is_read_as_a_date() {
        let day = NaiveDate::from_ymd_opt(2022, 9, 23);
        for (text, by) in [
            (
                "Beslutat av Regionala vårdkompetensrådets arbetsutskott 23 september 2022",
                "Regionala vårdkompetensrådets arbetsutskott",
            ),
            (
                "Beslutat av arbetsutskottet den 23 sep. 2022.",
                "arbetsutskottet",
            ),
            ("Beslutat av AU 2022-09-23", "AU"),
        ] {
            assert_eq!(decision(text), (by.to_string(), day), "{text}");
        }
        assert_eq!(
            decision("Beslutat av AU 31 februari 2022").1,
            None,
            "no such day: not guessed"
        );
    }

    #[test]
    fn a_word_numbered_heading_is_known_by_its_name() {
        let document = recognise(vec![
            Block::Paragraph(Paragraph {
                heading: Some(1),
                ..Paragraph::plain("Tidplan")
            }),
            plain("Tidplan för hösten"),
        ]);
        assert_eq!(document.sections.len(), 1);
        assert_eq!(document.sections[0].kind, Some(SectionKind::Schedule));
    }
}
