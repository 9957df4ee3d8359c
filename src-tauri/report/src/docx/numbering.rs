//! Lists: `word/numbering.xml` with one bullet and one decimal definition, and one numbering
//! instance per numbered list so each list starts at 1.

use crate::document::ListKind;

const BULLET: usize = 0;
const DECIMAL: usize = 1;

/// The numbering instances the body asked for, in order (`numId` = index + 1).
#[derive(Default)]
pub struct Lists {
    instances: Vec<usize>,
    bullet: Option<usize>,
}

impl Lists {
    /// The `numId` for a new list of `kind`: bullets share one, numbered lists restart.
    pub fn instance(&mut self, kind: ListKind) -> usize {
        match kind {
            ListKind::Bullet => {
                if let Some(id) = self.bullet {
                    return id;
                }
                self.instances.push(BULLET);
                let id = self.instances.len();
                self.bullet = Some(id);
                id
            }
            ListKind::Numbered => {
                self.instances.push(DECIMAL);
                self.instances.len()
            }
        }
    }

    pub fn xml(&self) -> String {
        let mut out = String::from(super::package::XML_HEADER);
        out.push_str("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        out.push_str(&abstract_num(BULLET, "bullet", "•"));
        out.push_str(&abstract_num(DECIMAL, "decimal", "%1."));
        for (i, abstract_id) in self.instances.iter().enumerate() {
            let id = i + 1;
            out.push_str(&format!(
                "<w:num w:numId=\"{id}\"><w:abstractNumId w:val=\"{abstract_id}\"/>"
            ));
            if *abstract_id == DECIMAL {
                out.push_str(
                    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>",
                );
            }
            out.push_str("</w:num>");
        }
        out.push_str("</w:numbering>");
        out
    }
}

fn abstract_num(id: usize, format: &str, text: &str) -> String {
    format!(
        "<w:abstractNum w:abstractNumId=\"{id}\"><w:multiLevelType w:val=\"singleLevel\"/>\
<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/>\
<w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>\
<w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
    )
}
