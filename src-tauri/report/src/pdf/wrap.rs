//! Breaking text into lines that fit a width, the way a word processor does: at spaces, keeping
//! the writer's line breaks, and splitting a word only when it is wider than the whole line.

/// Lines of `text` no wider than `width` as measured by `measure`. Blank lines inside the text are
/// kept; blank lines at its start and end are not. Empty text gives no lines.
pub fn wrap(text: &str, width: f32, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, width, measure, &mut lines);
    }
    while lines.last().is_some_and(|l: &String| l.is_empty()) {
        lines.pop();
    }
    let leading_blank = lines.iter().take_while(|l| l.is_empty()).count();
    lines.drain(..leading_blank);
    lines
}

fn wrap_paragraph(
    paragraph: &str,
    width: f32,
    measure: &dyn Fn(&str) -> f32,
    lines: &mut Vec<String>,
) {
    let space = measure(" ");
    let mut line = String::new();
    let mut line_width = 0.0;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        for (i, piece) in pieces(word).into_iter().enumerate() {
            // The first piece of a word follows a space; the rest continue the word.
            let gap = if i == 0 && !line.is_empty() {
                space
            } else {
                0.0
            };
            let piece_width = measure(piece);
            if line_width + gap + piece_width <= width {
                if gap > 0.0 {
                    line.push(' ');
                }
                line.push_str(piece);
                line_width += gap + piece_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line_width = 0.0;
            if piece_width <= width {
                line.push_str(piece);
                line_width = piece_width;
                continue;
            }
            // Wider than the line (a URL, a very long compound): break between characters.
            for c in piece.chars() {
                let mut buf = [0u8; 4];
                let w = measure(c.encode_utf8(&mut buf));
                if !line.is_empty() && line_width + w > width {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                }
                line.push(c);
                line_width += w;
            }
        }
    }
    lines.push(line);
}

/// A word cut after each slash or hyphen, where a line may break as in a word processor:
/// "karriär-/kompetensvägar" is "karriär-", "/", "kompetensvägar" put back together.
fn pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '/' | '-' | '–') && i > start && end < word.len() {
            out.push(&word[start..end]);
            start = end;
        }
    }
    out.push(&word[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    /// Every character one unit wide.
    fn chars(s: &str) -> f32 {
        s.chars().count() as f32
    }

    #[test]
    fn words_fill_lines_greedily() {
        assert_eq!(
            wrap("Hur får vi till fler VFU-platser", 12.0, &chars),
            ["Hur får vi", "till fler", "VFU-platser"]
        );
    }

    #[test]
    fn the_writers_line_breaks_and_inner_blank_lines_are_kept() {
        assert_eq!(wrap("\nett\n\ntvå\n\n", 10.0, &chars), ["ett", "", "två"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_split_between_characters() {
        assert_eq!(
            wrap("kombinationstjänster", 8.0, &chars),
            ["kombinat", "ionstjän", "ster"]
        );
    }

    #[test]
    fn long_compounds_break_after_a_slash_or_hyphen() {
        assert_eq!(
            wrap(
                "kombinationstjänster/samarbetsmodeller i kommuner",
                22.0,
                &chars
            ),
            ["kombinationstjänster/", "samarbetsmodeller i", "kommuner"]
        );
        assert_eq!(
            wrap("hälso- och sjukvård", 30.0, &chars),
            ["hälso- och sjukvård"]
        );
        assert_eq!(wrap("VFU-platser", 11.0, &chars), ["VFU-platser"]);
        assert_eq!(wrap("VFU-platser", 8.0, &chars), ["VFU-", "platser"]);
    }

    #[test]
    fn empty_text_has_no_lines() {
        assert!(wrap("", 10.0, &chars).is_empty());
        assert!(wrap("  \n ", 10.0, &chars).is_empty());
    }
}
