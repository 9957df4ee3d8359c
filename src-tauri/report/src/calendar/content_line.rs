//! Content lines (RFC 5545 §3.1): CRLF at the end, folded so no line exceeds 75 octets.

/// The longest line, in octets, not counting its CRLF.
pub const MAX_LINE_OCTETS: usize = 75;

/// Appends `line` to `out`, folded: when the next character would pass 75 octets the line breaks
/// with CRLF and the rest goes on after one space (which counts toward the next 75). Breaks
/// fall between characters, never inside one UTF-8 sequence, so å, ä, ö and emoji survive, and
/// never inside an escape such as `\,`: RFC 5545 unfolds before it unescapes, but a reader that
/// gets that order wrong still reads every escape whole.
pub fn push_folded(out: &mut Vec<u8>, line: &str) {
    let mut used = 0;
    let mut chars = line.char_indices();
    while let Some((at, c)) = chars.next() {
        let mut end = at + c.len_utf8();
        if c == '\\' {
            if let Some((next_at, next)) = chars.next() {
                end = next_at + next.len_utf8();
            }
        }
        let unit = &line.as_bytes()[at..end];
        if used + unit.len() > MAX_LINE_OCTETS {
            out.extend_from_slice(b"\r\n ");
            used = 1;
        }
        out.extend_from_slice(unit);
        used += unit.len();
    }
    out.extend_from_slice(b"\r\n");
}

#[cfg(test)]
mod tests {
    use super::{push_folded, MAX_LINE_OCTETS};

    fn folded(line: &str) -> Vec<u8> {
        let mut out = Vec::new();
        push_folded(&mut out, line);
        out
    }

    fn physical_lines(bytes: &[u8]) -> Vec<&[u8]> {
        let body = bytes.strip_suffix(b"\r\n").expect("ends with CRLF");
        let mut lines = Vec::new();
        let mut rest = body;
        while let Some(at) = rest.windows(2).position(|w| w == b"\r\n") {
            lines.push(&rest[..at]);
            rest = &rest[at + 2..];
        }
        lines.push(rest);
        lines
    }

    #[test]
    fn a_short_line_is_one_line_with_crlf() {
        assert_eq!(folded("SUMMARY:Möte"), "SUMMARY:Möte\r\n".as_bytes());
    }

    #[test]
    fn exactly_75_octets_is_not_folded_and_76_is() {
        let a75 = "a".repeat(75);
        assert_eq!(folded(&a75), format!("{a75}\r\n").into_bytes());
        let a76 = "a".repeat(76);
        assert_eq!(folded(&a76), format!("{a75}\r\n a\r\n").into_bytes());
    }

    #[test]
    fn an_escape_is_never_split_across_lines() {
        // 74 octets, then `\,`: the pair would straddle the fold, so all of it moves down.
        let line = format!("{}\\,x", "a".repeat(74));
        assert_eq!(
            folded(&line),
            format!("{}\r\n \\,x\r\n", "a".repeat(74)).into_bytes()
        );
        // An escaped backslash (`\\`) is one pair; the n after it is a letter of its own.
        let line = format!("{}\\\\n", "a".repeat(74));
        assert_eq!(
            folded(&line),
            format!("{}\r\n \\\\n\r\n", "a".repeat(74)).into_bytes()
        );
    }

    #[test]
    fn octets_are_counted_not_characters_and_no_sequence_is_split() {
        // 'å' is two octets, '🎉' four: 74 ASCII + 'å' would be 76 octets, so 'å' moves down.
        let line = format!("{}å{}", "x".repeat(74), "🎉".repeat(40));
        let out = folded(&line);
        for physical in physical_lines(&out) {
            assert!(
                physical.len() <= MAX_LINE_OCTETS,
                "{} octets",
                physical.len()
            );
            assert!(
                std::str::from_utf8(physical).is_ok(),
                "a UTF-8 sequence was split"
            );
        }
        let first = physical_lines(&out)[0];
        assert_eq!(first, "x".repeat(74).as_bytes());
        // Continuation lines: a space, then as many whole 4-octet emoji as fit in 74 octets.
        assert_eq!(
            physical_lines(&out)[2],
            format!(" {}", "🎉".repeat(18)).as_bytes()
        );
    }
}
