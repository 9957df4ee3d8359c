//! An RFC 5545 reader written apart from the writer: physical lines, unfolding, content lines,
//! TEXT unescaping. Every step asserts the rule it relies on.

/// One content line: `NAME;PARAM=…:value`, the value as written (still escaped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property {
    pub name: String,
    pub params: Vec<String>,
    pub value: String,
}

/// A calendar read back: its own properties and one list per VEVENT.
#[derive(Debug)]
pub struct Parsed {
    pub calendar: Vec<Property>,
    pub events: Vec<Vec<Property>>,
}

impl Parsed {
    /// The calendar's one value of `name`.
    pub fn calendar_value(&self, name: &str) -> &str {
        one(&self.calendar, name)
            .map(|p| p.value.as_str())
            .unwrap_or_else(|| panic!("no {name}"))
    }
}

/// The one property `name` of `props` (None when absent; two is an error).
pub fn one<'a>(props: &'a [Property], name: &str) -> Option<&'a Property> {
    let mut found = props.iter().filter(|p| p.name == name);
    let first = found.next();
    assert!(found.next().is_none(), "{name} appears twice");
    first
}

/// The lines between CRLFs. Asserts CRLF after every line and no bare CR or LF anywhere.
pub fn physical_lines(bytes: &[u8]) -> Vec<String> {
    let text = std::str::from_utf8(bytes).expect("the file is UTF-8");
    let body = text
        .strip_suffix("\r\n")
        .expect("the last line ends with CRLF");
    body.split("\r\n")
        .map(|line| {
            assert!(!line.contains(['\r', '\n']), "bare CR or LF in {line:?}");
            line.to_string()
        })
        .collect()
}

/// RFC 5545 §3.1: a line starting with a space or tab continues the one before, minus that
/// one character.
pub fn unfold(physical: &[String]) -> Vec<String> {
    let mut logical: Vec<String> = Vec::new();
    for line in physical {
        if let Some(rest) = line.strip_prefix([' ', '\t']) {
            logical
                .last_mut()
                .expect("a continuation follows a line")
                .push_str(rest);
        } else {
            logical.push(line.clone());
        }
    }
    logical
}

/// `NAME *(;param) : value`, with `:` and `;` inside quoted parameter values not counted.
pub fn content_line(line: &str) -> Property {
    let mut in_quotes = false;
    let mut cut = None;
    for (at, c) in line.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            ':' if !in_quotes => {
                cut = Some(at);
                break;
            }
            _ => {}
        }
    }
    let cut = cut.unwrap_or_else(|| panic!("no ':' in {line:?}"));
    let mut head = line[..cut].split(';');
    let name = head.next().expect("a name").to_string();
    assert!(
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
        "bad property name {name:?}"
    );
    Property {
        name,
        params: head.map(str::to_string).collect(),
        value: line[cut + 1..].to_string(),
    }
}

/// RFC 5545 §3.3.11: `\\`, `\;`, `\,`, `\n`/`\N`; any other backslash or a bare `;` or `,`
/// means the writer did not escape.
pub fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\\') => out.push('\\'),
                Some(';') => out.push(';'),
                Some(',') => out.push(','),
                Some('n' | 'N') => out.push('\n'),
                other => panic!("bad escape \\{other:?} in {value:?}"),
            },
            ';' | ',' => panic!("unescaped {c:?} in {value:?}"),
            c => out.push(c),
        }
    }
    out
}

/// The whole file: VCALENDAR around VEVENTs, nothing outside or in between.
pub fn parse(bytes: &[u8]) -> Parsed {
    let lines = unfold(&physical_lines(bytes));
    let props: Vec<Property> = lines.iter().map(|l| content_line(l)).collect();
    assert_eq!(props.first().map(|p| p.value.as_str()), Some("VCALENDAR"));
    assert_eq!(props.last().map(|p| p.value.as_str()), Some("VCALENDAR"));
    let mut calendar = Vec::new();
    let mut events = Vec::new();
    let mut current: Option<Vec<Property>> = None;
    for prop in &props[1..props.len() - 1] {
        match (prop.name.as_str(), prop.value.as_str(), current.as_mut()) {
            ("BEGIN", "VEVENT", None) => current = Some(Vec::new()),
            ("END", "VEVENT", Some(_)) => events.extend(current.take()),
            ("BEGIN" | "END", other, _) => panic!("unexpected {} {other}", prop.name),
            (_, _, Some(event)) => event.push(prop.clone()),
            (_, _, None) => calendar.push(prop.clone()),
        }
    }
    assert!(current.is_none(), "a VEVENT is not closed");
    Parsed { calendar, events }
}
