//! One page being drawn: A4 landscape geometry and the few drawing primitives the documents
//! use. Coordinates here run top-down from the page's top-left corner, in points; they are
//! turned into PDF's bottom-up coordinates only when an operation is emitted.

use printpdf::{
    Color, Line, LinePoint, Mm, Op, PaintMode, PdfFontHandle, PdfPage, Point, Pt, Rect, Rgb,
    TextItem,
};

use super::fonts::{Fonts, Weight};
use crate::plan_model::Rgb8;

/// A4 landscape.
pub const PAGE_WIDTH: f32 = 841.89;
pub const PAGE_HEIGHT: f32 = 595.28;
pub const MARGIN_LEFT: f32 = 40.0;
pub const MARGIN_RIGHT: f32 = 40.0;
pub const MARGIN_TOP: f32 = 36.0;
/// Content stops here; below are the legend and the footer.
pub const CONTENT_BOTTOM: f32 = PAGE_HEIGHT - 58.0;
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

pub const INK: Rgb8 = Rgb8(0x1F, 0x1F, 0x1F);
pub const MUTED: Rgb8 = Rgb8(0x5F, 0x63, 0x68);
pub const RULE: Rgb8 = Rgb8(0xA6, 0xAD, 0xB4);
pub const HEADER_FILL: Rgb8 = Rgb8(0xE4, 0xE9, 0xEF);
pub const ACCENT: Rgb8 = Rgb8(0x1F, 0x4E, 0x79);

/// A text run's look.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub weight: Weight,
    pub size: f32,
    pub color: Rgb8,
}

impl Style {
    pub const fn new(weight: Weight, size: f32, color: Rgb8) -> Self {
        Style {
            weight,
            size,
            color,
        }
    }
}

/// What a page can be, for what is drawn around its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Title,
    Table,
}

pub struct Page {
    pub kind: PageKind,
    ops: Vec<Op>,
}

impl Page {
    pub fn new(kind: PageKind) -> Self {
        Page {
            kind,
            ops: Vec::new(),
        }
    }

    /// Text with its baseline at `baseline` (top-down).
    pub fn text(&mut self, fonts: &Fonts, x: f32, baseline: f32, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(fonts.face(style.weight).id.clone()),
                size: Pt(style.size),
            },
            Op::SetFillColor {
                col: color(style.color),
            },
            Op::SetTextCursor {
                pos: Point {
                    x: Pt(x),
                    y: Pt(PAGE_HEIGHT - baseline),
                },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ]);
    }

    /// A filled rectangle whose top-left corner is (`x`, `top`).
    pub fn fill_rect(&mut self, x: f32, top: f32, width: f32, height: f32, fill: Rgb8) {
        self.ops.extend([
            Op::SetFillColor { col: color(fill) },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x),
                    y: Pt(PAGE_HEIGHT - top - height),
                    width: Pt(width),
                    height: Pt(height),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            },
        ]);
    }

    /// A straight line.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), thickness: f32, stroke: Rgb8) {
        let point = |(x, y): (f32, f32)| LinePoint {
            p: Point {
                x: Pt(x),
                y: Pt(PAGE_HEIGHT - y),
            },
            bezier: false,
        };
        self.ops.extend([
            Op::SetOutlineColor { col: color(stroke) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![point(from), point(to)],
                    is_closed: false,
                },
            },
        ]);
    }

    pub fn into_pdf_page(self) -> PdfPage {
        PdfPage::new(
            Mm::from(Pt(PAGE_WIDTH)),
            Mm::from(Pt(PAGE_HEIGHT)),
            self.ops,
        )
    }
}

fn color(Rgb8(r, g, b): Rgb8) -> Color {
    Color::Rgb(Rgb::new(
        f32::from(r) / 255.0,
        f32::from(g) / 255.0,
        f32::from(b) / 255.0,
        None,
    ))
}
