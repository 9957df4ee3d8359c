//! Text: paragraphs made of runs (bold, italic, a tone) and priority marks, and lists of them.

use serde::Serialize;
use ts_rs::TS;

use crate::plan_model::Priority;

/// A paragraph's role; each writer gives every role its size and spacing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ParagraphStyle {
    #[default]
    Body,
    /// Secondary text: summaries, "Ansvarig: …", notes. Smaller and muted.
    Note,
}

/// A paragraph: runs in order. A `\n` inside a run's text is a line break.
#[derive(Debug, Clone, PartialEq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Paragraph {
    pub style: ParagraphStyle,
    pub inlines: Vec<Inline>,
}

impl Paragraph {
    /// One plain run in `style`.
    pub fn plain(style: ParagraphStyle, text: impl Into<String>) -> Self {
        Paragraph {
            style,
            inlines: vec![Inline::Text(Run::plain(text))],
        }
    }

    pub fn of(style: ParagraphStyle, inlines: Vec<Inline>) -> Self {
        Paragraph { style, inlines }
    }

    /// The paragraph's text as a reader sees it (marks as shape and word).
    pub fn text(&self) -> String {
        self.inlines.iter().map(Inline::text).collect()
    }

    pub fn is_blank(&self) -> bool {
        self.text().trim().is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "value")]
pub enum Inline {
    Text(Run),
    /// A priority as colour, shape and word together ("● grön" on green), never colour alone.
    Priority(Option<Priority>),
}

impl Inline {
    pub fn text(&self) -> String {
        match self {
            Inline::Text(run) => run.text.clone(),
            Inline::Priority(p) => priority_label(*p),
        }
    }
}

/// "● grön", "○ ej bedömd": the words a priority mark prints.
pub fn priority_label(priority: Option<Priority>) -> String {
    format!(
        "{} {}",
        crate::priority_style::shape(priority),
        crate::priority_style::word(priority)
    )
}

/// Text in one look.
#[derive(Debug, Clone, PartialEq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub tone: Tone,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Self {
        Run {
            text: text.into(),
            ..Run::default()
        }
    }

    pub fn bold(text: impl Into<String>) -> Self {
        Run {
            bold: true,
            ..Run::plain(text)
        }
    }

    pub fn italic(text: impl Into<String>) -> Self {
        Run {
            italic: true,
            ..Run::plain(text)
        }
    }

    pub fn with_tone(self, tone: Tone) -> Self {
        Run { tone, ..self }
    }
}

/// A run's colour, by meaning; the writers pick the actual colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Tone {
    #[default]
    Normal,
    Muted,
    /// The documents' one accent colour (headings, the national mark).
    Accent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ListKind {
    /// "•" before each item.
    Bullet,
    /// "1.", "2.", … starting at 1 for each list.
    Numbered,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct List {
    pub kind: ListKind,
    pub items: Vec<Paragraph>,
}
