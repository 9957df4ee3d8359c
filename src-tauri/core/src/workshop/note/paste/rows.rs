//! A table row as Excel and Word put it on the clipboard: cells between tabs. Excel quotes a cell
//! that holds a line break, a tab or a quote (`"första raden\nandra"`, quotes doubled), so such a
//! row runs over several lines. Word does not quote: a cell that starts with a quote but does not
//! follow Excel's rule (`"ALF"-liknande struktur`) is read as written.

/// The longest quoted cell followed, in lines: beyond it the quote is taken as written.
const MAX_CELL_LINES: usize = 50;

/// The trimmed cells of the table row that starts at `lines[i]`, and how many lines it took.
pub(super) fn row_at(lines: &[&str], i: usize) -> (Vec<String>, usize) {
    quoted_row(lines, i).unwrap_or_else(|| {
        let cells = lines[i].split('\t').map(|c| c.trim().to_string()).collect();
        (cells, 1)
    })
}

/// The row read with Excel's quoting, when it has a quoted cell and keeps the rule throughout.
fn quoted_row(lines: &[&str], i: usize) -> Option<(Vec<String>, usize)> {
    if !lines[i].contains('"') {
        return None;
    }
    let text = lines[i..lines.len().min(i + MAX_CELL_LINES)].join("\n");
    let mut chars = text.chars().peekable();
    let mut cells = Vec::new();
    let mut quoted = false;
    let mut breaks = 0;
    loop {
        let mut cell = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            quoted = true;
            loop {
                match chars.next()? {
                    '"' => match chars.peek() {
                        Some('"') => {
                            chars.next();
                            cell.push('"');
                        }
                        Some('\t' | '\n') | None => break,
                        Some(_) => return None,
                    },
                    c => {
                        if c == '\n' {
                            breaks += 1;
                        }
                        cell.push(c);
                    }
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| *c != '\t' && *c != '\n') {
                cell.push(c);
            }
        }
        cells.push(cell.trim().to_string());
        match chars.next() {
            Some('\t') => continue,
            _ => break,
        }
    }
    quoted.then_some((cells, breaks + 1))
}

#[cfg(test)]
mod tests {
    use super::row_at;

    #[test]
    fn an_excel_cell_with_a_line_break_is_one_cell_over_two_lines() {
        // As Excel puts it on the clipboard, split into lines as `parse` does.
        let lines = [
            "\"Gemensam styrning",
            "mellan planerna\"\t\"Olika \"\"mål\"\"\"",
            "nästa rad\tx",
        ];
        assert_eq!(
            row_at(&lines, 0),
            (
                vec![
                    "Gemensam styrning\nmellan planerna".to_string(),
                    "Olika \"mål\"".to_string()
                ],
                2
            )
        );
        assert_eq!(
            row_at(&lines, 2),
            (vec!["nästa rad".to_string(), "x".to_string()], 1)
        );
    }

    #[test]
    fn words_quoted_in_word_are_kept_as_written() {
        let lines = [
            "\"ALF\"-liknande struktur\tLandsting är \"mer än\" styrda",
            "rest",
        ];
        assert_eq!(
            row_at(&lines, 0),
            (
                vec![
                    "\"ALF\"-liknande struktur".to_string(),
                    "Landsting är \"mer än\" styrda".to_string()
                ],
                1
            )
        );
        // A quote never closed: as written, one line.
        let open = ["\"Inte stängd\tb", "c\td"];
        assert_eq!(row_at(&open, 0).1, 1);
    }
}
