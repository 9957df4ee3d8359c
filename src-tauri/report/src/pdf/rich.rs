//! Text in several looks on one line (a bold word, a priority mark, a muted note), wrapped to a
//! width. A paragraph in one look wraps exactly as [`wrap`] does.

use super::fonts::Fonts;
use super::page::Style;
use super::wrap::wrap;
use crate::plan_model::Rgb8;

/// Text in one look; `tint` is drawn behind its first character (a priority mark's shape).
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub text: String,
    pub style: Style,
    pub tint: Option<Rgb8>,
}

pub type RichLine = Vec<Segment>;

/// The tallest size on a line (at least `fallback` for an empty line).
pub fn line_size(line: &RichLine, fallback: f32) -> f32 {
    line.iter().map(|s| s.style.size).fold(fallback, f32::max)
}

/// `segments` wrapped to `width`. Text is made printable first.
pub fn lay_out(fonts: &Fonts, segments: &[Segment], width: f32) -> Vec<RichLine> {
    let segments: Vec<Segment> = segments
        .iter()
        .filter(|s| !s.text.is_empty())
        .map(|s| Segment {
            text: fonts.printable(&s.text),
            ..s.clone()
        })
        .collect();
    let Some(first) = segments.first() else {
        return Vec::new();
    };
    if segments
        .iter()
        .all(|s| s.style == first.style && s.tint.is_none())
    {
        let text: String = segments.iter().map(|s| s.text.as_str()).collect();
        let face = fonts.face(first.style.weight);
        return wrap(&text, width, &|s| face.width(s, first.style.size))
            .into_iter()
            .map(|line| {
                vec![Segment {
                    text: line,
                    style: first.style,
                    tint: None,
                }]
            })
            .collect();
    }
    greedy(fonts, &segments, width)
}

/// Word by word, each word keeping its segment's look; a word wider than a whole line (typed
/// text without spaces, such as a workshop note) starts a new line and is broken between
/// characters, as `wrap` does.
fn greedy(fonts: &Fonts, segments: &[Segment], width: f32) -> Vec<RichLine> {
    let mut lines: Vec<RichLine> = vec![Vec::new()];
    let mut line_width = 0.0;
    for segment in segments {
        let face = fonts.face(segment.style.weight);
        let measure = |s: &str| face.width(s, segment.style.size);
        for (n, hard_line) in segment.text.split('\n').enumerate() {
            if n > 0 {
                lines.push(Vec::new());
                line_width = 0.0;
            }
            // Keep the spaces: they separate this segment from its neighbours.
            let mut word_start = true;
            let mut tint = segment.tint;
            for token in split_keeping_spaces(hard_line) {
                let token_width = measure(token);
                let is_space = token.trim().is_empty();
                if !is_space && token_width > width {
                    if line_width > 0.0 {
                        lines.push(Vec::new());
                        line_width = 0.0;
                    }
                    for c in token.chars() {
                        let mut buf = [0u8; 4];
                        let piece = &*c.encode_utf8(&mut buf);
                        let piece_width = measure(piece);
                        if line_width + piece_width > width && line_width > 0.0 {
                            lines.push(Vec::new());
                            line_width = 0.0;
                        }
                        let line = lines.last_mut().expect("one line at least");
                        push(line, piece, segment.style, tint.take());
                        line_width += piece_width;
                    }
                    word_start = false;
                    continue;
                }
                if !is_space && line_width + token_width > width && line_width > 0.0 && word_start {
                    lines.push(Vec::new());
                    line_width = 0.0;
                }
                let line = lines.last_mut().expect("one line at least");
                if is_space && line_width == 0.0 {
                    continue;
                }
                push(line, token, segment.style, tint.take());
                line_width += token_width;
                word_start = is_space;
            }
        }
    }
    for line in &mut lines {
        if let Some(last) = line.last_mut() {
            let trimmed = last.text.trim_end().len();
            last.text.truncate(trimmed);
        }
    }
    lines
}

fn push(line: &mut RichLine, text: &str, style: Style, tint: Option<Rgb8>) {
    if let Some(last) = line.last_mut() {
        if last.style == style && tint.is_none() {
            last.text.push_str(text);
            return;
        }
    }
    line.push(Segment {
        text: text.to_string(),
        style,
        tint,
    });
}

/// "a  b c" as "a", "  ", "b", " ", "c".
fn split_keeping_spaces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (i, c) in text.char_indices() {
        let space = c == ' ';
        if in_space.is_some_and(|s| s != space) {
            out.push(&text[start..i]);
            start = i;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::split_keeping_spaces;

    #[test]
    fn spaces_are_tokens_of_their_own() {
        assert_eq!(split_keeping_spaces("a  b c"), ["a", "  ", "b", " ", "c"]);
        assert_eq!(split_keeping_spaces(" a"), [" ", "a"]);
    }
}
