//! One model for every document Rådsplan prints: plain data that says *what* is on the pages
//! (a title block, headings, paragraphs, lists, tables, a footer with page numbers), never how a
//! format draws it. A document (the plan today; mandate, lägesrapport … later) is built from core
//! data in its own folder (`crate::plan`); the writers (`crate::pdf`, `crate::docx`) read only
//! this. No I/O and no clock here: the date a document is made is passed in.

mod contents;
mod drawing;
mod numbering;
mod preview;
mod table;
mod text;

pub use contents::Contents;
pub use drawing::{Drawing, Shape};
pub use numbering::HeadingNumbers;
pub use preview::{DocumentPreview, PreviewSource};
pub use table::{Column, Table, TableCell, TableRow};
pub use text::{Inline, List, ListKind, Paragraph, ParagraphStyle, Run, Tone};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A whole document: what describes it, and its sections in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    pub metadata: Metadata,
    pub sections: Vec<Section>,
}

/// What a file says about itself (PDF info, DOCX core properties).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    pub title: String,
    pub author: String,
    /// When the document was made, in the user's time zone (passed in; never read here).
    pub created: DateTime<FixedOffset>,
}

/// A run of pages with one orientation and one header and footer. Every section starts on a new
/// page.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    pub paper: Paper,
    pub orientation: Orientation,
    /// A line at the top of every page of the section; `None` for no header.
    pub header: Option<String>,
    pub footer: Footer,
    pub blocks: Vec<Block>,
}

/// The sheet a section is printed on: A4 for every document, A3 where a drawing wants the room
/// (the timeline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Paper {
    #[default]
    A4,
    A3,
}

impl Paper {
    /// The short and the long side, in points.
    pub fn sides(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::A3 => (841.89, 1190.55),
        }
    }

    /// "a4" or "a3", as the command line and the export's record write it.
    pub fn word(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A3 => "a3",
        }
    }

    /// The paper `word` names ("a4", "A3"), if any.
    pub fn parse(word: &str) -> Option<Paper> {
        match word.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "a3" => Some(Paper::A3),
            _ => None,
        }
    }
}

/// How a section's pages are turned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Orientation {
    Portrait,
    Landscape,
}

/// What is printed at the foot of every page of a section.
#[derive(Debug, Clone, PartialEq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Footer {
    /// At the left ("Rådet · Aktivitetsplan 2022 · Utkast").
    pub left: String,
    /// In the middle ("Utskriven 23 sep 2022").
    pub centre: String,
    /// "Sida x av y" at the right.
    pub page_numbers: bool,
    /// A line above the footer rule, such as the legend of the priority marks.
    pub note: Option<Paragraph>,
}

/// One block of a page, in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "value")]
pub enum Block {
    Title(TitleBlock),
    Heading(Heading),
    Paragraph(Paragraph),
    List(List),
    Table(Table),
    /// Blocks set side by side where the page is wide enough (PDF); one after the other where
    /// the reader's program decides the layout (DOCX).
    Columns(Columns),
    /// Empty ruled lines to write on by hand (comments on a printed group sheet).
    WritingLines(u8),
    /// A table of contents: the document's level-1 headings, as printed, in order (DOCX: a TOC
    /// field Word can update; PDF: the headings listed).
    Contents(Contents),
    /// Shapes at positions, kept whole on a page (PDF only; DOCX leaves it out).
    Drawing(Drawing),
    PageBreak,
}

/// A document's name as its first page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TitleBlock {
    /// Above the title, smaller ("Regionalt vårdkompetensråd Mellansverige").
    pub overline: String,
    /// "Aktivitetsplan 2022".
    pub title: String,
    /// Below the title ("Utkast · utskriven 23 sep 2022").
    pub subtitle: String,
}

/// A heading of level 1–3 (Word's Heading 1–3, so a table of contents finds it).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Heading {
    pub level: u8,
    pub text: String,
    /// Printed with its number ("2.1 Mål") when set; see [`HeadingNumbers`].
    pub numbered: bool,
}

impl Heading {
    /// An unnumbered heading; levels outside 1–3 are clamped into it.
    pub fn new(level: u8, text: impl Into<String>) -> Self {
        Heading {
            level: level.clamp(1, 3),
            text: text.into(),
            numbered: false,
        }
    }

    pub fn numbered(level: u8, text: impl Into<String>) -> Self {
        Heading {
            numbered: true,
            ..Heading::new(level, text)
        }
    }
}

/// Side-by-side blocks; `widths` are relative (only their ratios matter).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Columns {
    pub widths: Vec<f32>,
    pub columns: Vec<Vec<Block>>,
}
