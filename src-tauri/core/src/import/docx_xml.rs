//! The parts of a Word document (`word/document.xml`) an import needs, read as a stream: the
//! body's paragraphs and its top-level tables, each cell's text (paragraphs joined by a line
//! break), its span and vertical merge, and the colour a person gave it (cell shading, or
//! highlighting and shading of the text in it). Nested tables, text boxes and deleted text
//! are not the plan's cells and are left out. A body paragraph also says whether it is a
//! heading (its style's outline level), a list item and bold throughout: what a mandate's
//! numbered sections and bullet lists are recognised by.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// A piece of the body, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    Paragraph(Paragraph),
    Table(Vec<Vec<Cell>>),
}

/// A paragraph of the body: its text (line breaks as `\n`) and how it is marked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub text: String,
    /// 1 for a "Heading 1" / "Rubrik 1" paragraph, 2 for the next level …; `None` for others.
    pub heading: Option<u8>,
    /// A list item (Word's numbering: bullets or numbers that are not part of the text).
    pub list_item: bool,
    /// Every run with text is bold (a heading typed as a bold line).
    pub bold: bool,
}

impl Paragraph {
    #[cfg(test)]
    pub(crate) fn plain(text: &str) -> Paragraph {
        Paragraph {
            text: text.to_string(),
            ..Paragraph::default()
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Cell {
    pub text: String,
    /// The cell's shading, else the row's, else the first highlight or shading of its text.
    pub colour: String,
    /// How many grid columns the cell covers (`w:gridSpan`), at least 1.
    pub span: usize,
    /// `w:vMerge` without "restart": the cell continues the one above.
    pub continues_above: bool,
}

/// Is a neutral fill (white, auto, grey) a colour? No: a colour here is what a person chose.
fn meaningful(colour: &str) -> bool {
    !matches!(
        super::colour::classify(colour),
        super::colour::Reading::Neutral
    )
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    /// Depth of `w:tbl`: 1 is a table of the body, more is a table inside a cell.
    table_depth: usize,
    /// Inside something whose text is not the cell's (text box, deleted text, fallback).
    skip_depth: usize,
    rows: Vec<Vec<Cell>>,
    row: Vec<Cell>,
    row_colour: String,
    cell: Option<Cell>,
    cell_shading: String,
    text_colour: String,
    paragraph: String,
    /// How the paragraph being read is marked (its text is `paragraph`).
    marks: Paragraph,
    /// The run being read is bold; `marks.bold` stays true while every run with text is.
    run_bold: bool,
    has_text: bool,
    paragraphs: Vec<String>,
    in_text: bool,
    in_cell_properties: bool,
    in_row_exceptions: bool,
    in_run_properties: bool,
    in_paragraph_properties: bool,
}

/// Reads the body; `Err` when the XML is not well-formed.
pub(crate) fn blocks(xml: &[u8]) -> Result<Vec<Block>, quick_xml::Error> {
    let mut reader = Reader::from_reader(xml);
    let mut builder = Builder::default();
    loop {
        match reader.read_event()? {
            Event::Start(e) => builder.start(&e, false),
            Event::Empty(e) => builder.start(&e, true),
            Event::End(e) => builder.end(e.local_name().as_ref()),
            Event::Text(t) if builder.in_text && builder.skip_depth == 0 => {
                let text = t.decode().unwrap_or_default();
                builder.saw_text(&text);
                builder.paragraph.push_str(&text);
            }
            Event::GeneralRef(r) if builder.in_text && builder.skip_depth == 0 => {
                let resolved = match r.resolve_char_ref().ok().flatten() {
                    Some(c) => Some(c),
                    None => match r.decode().unwrap_or_default().as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                builder.paragraph.extend(resolved);
            }
            Event::CData(t) if builder.in_text && builder.skip_depth == 0 => {
                builder
                    .paragraph
                    .push_str(&String::from_utf8_lossy(&t.into_inner()));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(builder.blocks)
}

fn attribute(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| {
            let raw = String::from_utf8_lossy(&a.value).into_owned();
            quick_xml::escape::unescape(&raw)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// "Heading1", "heading 2", "Rubrik1" (Swedish Word) → the level; other styles → none.
fn heading_level(style: &str) -> Option<u8> {
    let folded = style.to_lowercase().replace(' ', "");
    let level = folded
        .strip_prefix("heading")
        .or_else(|| folded.strip_prefix("rubrik"))?;
    level.parse().ok().filter(|l| (1..=9).contains(l))
}

impl Builder {
    /// Text of the current run: a paragraph with a run that is not bold is not a bold line.
    fn saw_text(&mut self, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.has_text = true;
        if !self.run_bold {
            self.marks.bold = false;
        }
    }

    fn start(&mut self, e: &BytesStart<'_>, empty: bool) {
        let name = e.local_name();
        let name = name.as_ref();
        if self.skip_depth > 0 {
            if !empty {
                self.skip_depth += 1;
            }
            return;
        }
        match name {
            b"txbxContent" | b"del" | b"Fallback" | b"instrText" | b"delText" if !empty => {
                self.skip_depth = 1;
            }
            b"tbl" if !empty => {
                self.table_depth += 1;
                if self.table_depth == 1 {
                    self.rows.clear();
                }
            }
            _ if self.table_depth > 1 => self.nested(name),
            b"tr" if !empty => {
                self.row.clear();
                self.row_colour.clear();
            }
            b"tc" if !empty => {
                self.cell = Some(Cell {
                    span: 1,
                    ..Cell::default()
                });
                self.cell_shading.clear();
                self.text_colour.clear();
                self.paragraphs.clear();
            }
            b"tcPr" if !empty => self.in_cell_properties = true,
            b"tblPrEx" | b"trPr" if !empty => self.in_row_exceptions = true,
            b"rPr" if !empty => self.in_run_properties = true,
            b"pPr" if !empty => self.in_paragraph_properties = true,
            b"gridSpan" if self.in_cell_properties => {
                if let Some(cell) = self.cell.as_mut() {
                    cell.span = attribute(e, b"val")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(1usize)
                        .clamp(1, 64);
                }
            }
            b"vMerge" if self.in_cell_properties => {
                let restart = attribute(e, b"val").is_some_and(|v| v == "restart");
                if let Some(cell) = self.cell.as_mut() {
                    cell.continues_above = !restart;
                }
            }
            b"shd" | b"highlight" => self.colour(e, name),
            b"p" if !empty => {
                self.paragraph.clear();
                self.marks = Paragraph {
                    bold: true,
                    ..Paragraph::default()
                };
                self.has_text = false;
            }
            b"r" if !empty => self.run_bold = false,
            b"b" if self.in_run_properties && !self.in_paragraph_properties => {
                self.run_bold = attribute(e, b"val")
                    .is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"));
            }
            b"pStyle" if self.in_paragraph_properties => {
                self.marks.heading = attribute(e, b"val").and_then(|v| heading_level(&v));
            }
            b"numPr" if self.in_paragraph_properties => self.marks.list_item = true,
            b"t" if !empty => self.in_text = true,
            b"tab" if !self.in_paragraph_properties => self.paragraph.push(' '),
            b"br" | b"cr" => self.paragraph.push('\n'),
            b"noBreakHyphen" => self.paragraph.push('-'),
            _ => {}
        }
    }

    /// Text of a table inside a cell joins the cell's text, one paragraph per line.
    fn nested(&mut self, name: &[u8]) {
        match name {
            b"p" => self.paragraph.clear(),
            b"t" => self.in_text = true,
            _ => {}
        }
    }

    fn colour(&mut self, e: &BytesStart<'_>, name: &[u8]) {
        let value = if name == b"highlight" {
            attribute(e, b"val")
        } else {
            attribute(e, b"fill")
        };
        let Some(value) = value.filter(|v| meaningful(v)) else {
            return;
        };
        if self.in_cell_properties {
            self.cell_shading = value;
        } else if self.in_row_exceptions {
            self.row_colour = value;
        } else if (self.in_run_properties || self.in_paragraph_properties)
            && self.cell.is_some()
            && self.text_colour.is_empty()
        {
            self.text_colour = value;
        }
    }

    fn end(&mut self, name: &[u8]) {
        if self.skip_depth > 0 {
            self.skip_depth -= 1;
            return;
        }
        match name {
            b"tbl" => {
                self.table_depth = self.table_depth.saturating_sub(1);
                if self.table_depth == 0 {
                    self.blocks
                        .push(Block::Table(std::mem::take(&mut self.rows)));
                }
            }
            b"t" => self.in_text = false,
            b"p" => {
                let text = std::mem::take(&mut self.paragraph);
                if self.table_depth == 0 {
                    let mut marks = std::mem::take(&mut self.marks);
                    marks.bold &= self.has_text;
                    marks.text = text;
                    self.blocks.push(Block::Paragraph(marks));
                } else {
                    self.paragraphs.push(text);
                }
            }
            _ if self.table_depth > 1 => {}
            b"tcPr" => self.in_cell_properties = false,
            b"tblPrEx" | b"trPr" => self.in_row_exceptions = false,
            b"rPr" => self.in_run_properties = false,
            b"pPr" => self.in_paragraph_properties = false,
            b"tc" => {
                if let Some(mut cell) = self.cell.take() {
                    let lines = std::mem::take(&mut self.paragraphs);
                    cell.text = lines.join("\n").trim().to_string();
                    cell.colour = [&self.cell_shading, &self.row_colour, &self.text_colour]
                        .into_iter()
                        .find(|c| !c.is_empty())
                        .cloned()
                        .unwrap_or_default();
                    self.row.push(cell);
                }
            }
            b"tr" => {
                let row = std::mem::take(&mut self.row);
                self.rows.push(row);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_their_paragraphs_spans_merges_and_colours() {
        let xml = r#"<w:document xmlns:w="w"><w:body>
            <w:p><w:r><w:t>Fokusområde: VFU</w:t></w:r></w:p>
            <w:tbl><w:tblPr><w:shd w:fill="FFFFFF"/></w:tblPr>
              <w:tr><w:tc><w:p><w:r><w:t>Aktivitet</w:t></w:r></w:p></w:tc>
                    <w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Tidplan</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="00B050"/><w:vMerge w:val="restart"/></w:tcPr>
                      <w:p><w:r><w:t xml:space="preserve">Rad </w:t></w:r><w:r><w:t>ett &amp; två</w:t></w:r></w:p><w:p><w:r><w:t>andra stycket</w:t></w:r></w:p></w:tc>
                    <w:tc><w:p><w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t>v. 12</w:t></w:r></w:p>
                      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>inre</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr>
              <w:tr><w:tblPrEx><w:shd w:fill="FF0000"/></w:tblPrEx><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>
                    <w:tc><w:p><w:r><w:t>x</w:t></w:r><w:del><w:r><w:delText>bort</w:delText></w:r></w:del></w:p></w:tc></w:tr>
            </w:tbl></w:body></w:document>"#;
        let blocks = blocks(xml.as_bytes()).expect("well-formed");
        assert_eq!(
            blocks[0],
            Block::Paragraph(Paragraph::plain("Fokusområde: VFU"))
        );
        let Block::Table(rows) = &blocks[1] else {
            panic!("a table: {blocks:?}")
        };
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][1].span, 2);
        assert_eq!(rows[1][0].text, "Rad ett & två\nandra stycket");
        assert_eq!(rows[1][0].colour, "00B050");
        assert!(!rows[1][0].continues_above);
        assert_eq!(
            rows[1][1].text, "v. 12\ninre",
            "nested table text joins the cell"
        );
        assert_eq!(rows[1][1].colour, "yellow");
        assert!(rows[2][0].continues_above);
        assert_eq!(rows[2][0].colour, "FF0000", "the row's shading");
        assert_eq!(rows[2][1].text, "x", "deleted text is not read");
    }
}
