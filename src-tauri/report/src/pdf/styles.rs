//! How the model's text looks in the PDF: sizes per place (running text, table, footer),
//! weights, the tones' colours and the priority marks' ink and tint.

use super::fonts::Weight;
use super::page::{Style, ACCENT, INK, MUTED};
use super::rich::Segment;
use crate::document::{Inline, Paragraph, ParagraphStyle, Tone};

/// Text sizes and line heights for one place on the page.
#[derive(Debug, Clone, Copy)]
pub struct Voice {
    pub body: f32,
    pub body_line: f32,
    pub note: f32,
    pub note_line: f32,
}

/// Running text (mandate, goals, descriptions).
pub const RUNNING: Voice = Voice {
    body: 9.5,
    body_line: 13.5,
    note: 9.0,
    note_line: 13.0,
};

/// Table cells: one line height for all, so a row can be split between any two lines.
pub const TABLE: Voice = Voice {
    body: 8.5,
    body_line: 11.0,
    note: 8.5,
    note_line: 11.0,
};

/// Header rows: a little smaller, bold.
pub const TABLE_HEADER: Voice = Voice {
    body: 8.0,
    body_line: 11.0,
    note: 8.0,
    note_line: 11.0,
};

/// The footer's note (the priority legend).
pub const FOOTER_NOTE: Voice = Voice {
    body: 7.0,
    body_line: 9.0,
    note: 7.0,
    note_line: 9.0,
};

impl Voice {
    pub fn line_height(&self, style: ParagraphStyle) -> f32 {
        match style {
            ParagraphStyle::Body => self.body_line,
            ParagraphStyle::Note => self.note_line,
        }
    }
}

/// A paragraph as styled segments in `voice`.
pub fn segments(paragraph: &Paragraph, voice: Voice) -> Vec<Segment> {
    let (size, base) = match paragraph.style {
        ParagraphStyle::Body => (voice.body, INK),
        ParagraphStyle::Note => (voice.note, MUTED),
    };
    paragraph
        .inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(run) => Segment {
                text: run.text.clone(),
                style: Style {
                    italic: run.italic,
                    ..Style::new(
                        if run.bold {
                            Weight::Bold
                        } else {
                            Weight::Regular
                        },
                        size,
                        match run.tone {
                            Tone::Normal => base,
                            Tone::Muted => MUTED,
                            Tone::Accent => ACCENT,
                        },
                    )
                },
                tint: None,
            },
            Inline::Priority(priority) => Segment {
                text: inline.text(),
                style: Style::new(Weight::Bold, size, crate::priority_style::ink(*priority)),
                tint: crate::priority_style::fill(*priority),
            },
        })
        .collect()
}

/// Every segment of `segments` in bold (header rows).
pub fn bold(mut segments: Vec<Segment>) -> Vec<Segment> {
    for segment in &mut segments {
        segment.style.weight = Weight::Bold;
    }
    segments
}
