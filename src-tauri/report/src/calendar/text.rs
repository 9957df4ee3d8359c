//! TEXT values (RFC 5545 §3.3.11): what a user typed stays text in every calendar program.

/// Escapes `\`, `;` and `,`, writes each line break (CRLF, LF or a lone CR) as `\n`, and drops
/// the other control characters, which a TEXT value may not hold (tab is kept). Nothing else is
/// touched: `<script>` or `=HYPERLINK(…)` are plain characters in a calendar.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The calendar's name for `X-WR-CALNAME`, with nothing left to escape: that property is not in
/// RFC 5545, and readers differ on whether they unescape it (Python's `icalendar` shows `\,` as
/// typed). So line breaks become spaces, `,` and `;` are left out and `\` becomes `/`; the name
/// then reads the same in every program.
pub fn plain_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !matches!(c, ',' | ';'))
        .map(|c| match c {
            '\\' => '/',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::{escape_text, plain_name};

    #[test]
    fn the_calendar_name_needs_no_escaping() {
        assert_eq!(
            plain_name("Arbetsgrupp: Kartlägga modeller, 2022;\nHT\r\n\\ AU "),
            "Arbetsgrupp: Kartlägga modeller 2022 HT / AU"
        );
        let name = plain_name("a,b;c\\d\ne");
        assert_eq!(escape_text(&name), name);
    }

    #[test]
    fn backslash_semicolon_comma_and_line_breaks_are_escaped() {
        assert_eq!(
            escape_text("Möte; rum 3, plan 2"),
            "Möte\\; rum 3\\, plan 2"
        );
        assert_eq!(escape_text("C:\\mapp"), "C:\\\\mapp");
        assert_eq!(escape_text("rad 1\nrad 2"), "rad 1\\nrad 2");
        assert_eq!(
            escape_text("rad 1\r\nrad 2\rrad 3"),
            "rad 1\\nrad 2\\nrad 3"
        );
        // A backslash before an n stays two characters, not a line break.
        assert_eq!(escape_text("\\n"), "\\\\n");
    }

    #[test]
    fn control_characters_are_dropped_and_tab_and_colon_kept() {
        assert_eq!(escape_text("a\u{0}b\u{7}c\u{7f}d\te:f"), "abcd\te:f");
    }

    #[test]
    fn markup_and_formulas_are_left_as_text() {
        let hostile = "<script>alert(1)</script> =HYPERLINK(\"http://x\")";
        assert_eq!(
            escape_text(hostile),
            "<script>alert(1)</script> =HYPERLINK(\"http://x\")"
        );
    }
}
