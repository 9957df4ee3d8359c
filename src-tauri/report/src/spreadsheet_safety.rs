//! Cells a spreadsheet would run as a formula are neutralised before export.

/// Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (or
/// that can smuggle one in: tab and carriage return at the start).
const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Returns the text a spreadsheet shows as typed: a leading formula trigger is escaped with an
/// apostrophe, which Excel hides and treats as "this is text". Other text is untouched.
pub fn neutralise_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_TRIGGERS) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::neutralise_formula;

    #[test]
    fn formula_starts_are_escaped_and_plain_text_is_kept() {
        assert_eq!(
            neutralise_formula("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(neutralise_formula("+46 70"), "'+46 70");
        assert_eq!(neutralise_formula("-1"), "'-1");
        assert_eq!(neutralise_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_formula("\tx"), "'\tx");
        assert_eq!(neutralise_formula("\rx"), "'\rx");
        assert_eq!(neutralise_formula("Örebro = bra"), "Örebro = bra");
        assert_eq!(neutralise_formula(""), "");
    }
}
