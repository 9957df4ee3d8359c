//! Writing XML text safely: escaping, and dropping characters XML 1.0 cannot carry at all
//! (control characters a user pasted), so a part is always well-formed.

/// `text` escaped for element content.
pub fn text(text: &str) -> String {
    escape(text, false)
}

/// `value` escaped for a double-quoted attribute.
pub fn attr(value: &str) -> String {
    escape(value, true)
}

fn escape(input: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\t' | '\n' | '\r' if attribute => out.push(' '),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// XML 1.0's Char production.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// An RGB colour as WordprocessingML writes it ("1F4E79").
pub fn hex(crate::plan_model::Rgb8(r, g, b): crate::plan_model::Rgb8) -> String {
    format!("{r:02X}{g:02X}{b:02X}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_is_escaped_and_control_characters_dropped() {
        assert_eq!(super::text("<b>&\u{1}x\u{FFFE}"), "&lt;b&gt;&amp;x");
        assert_eq!(super::attr("a\"b\nc"), "a&quot;b c");
    }
}
