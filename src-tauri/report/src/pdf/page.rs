//! One page being drawn: its geometry (A4 or A3, portrait or landscape) and the few drawing primitives the
//! documents use. Coordinates here run top-down from the page's top-left corner, in points; they are
//! turned into PDF's bottom-up coordinates only when an operation is emitted.

use printpdf::{
    Color, Line, LinePoint, Mm, Op, PaintMode, PdfFontHandle, PdfPage, Point, Pt, Rect, Rgb,
    TextItem, TextMatrix,
};

use super::fonts::{Fonts, Weight};
use super::rich::RichLine;
use crate::document::{Orientation, Paper};
use crate::plan_model::Rgb8;

pub const MARGIN_LEFT: f32 = 40.0;
pub const MARGIN_RIGHT: f32 = 40.0;
pub const MARGIN_TOP: f32 = 36.0;
/// Room below the content for the footer note (legend) and the footer.
const MARGIN_BOTTOM: f32 = 58.0;

/// A page's size; everything else is measured from it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
}

impl Geometry {
    pub fn of(paper: Paper, orientation: Orientation) -> Self {
        let (short, long) = paper.sides();
        match orientation {
            Orientation::Landscape => Geometry {
                width: long,
                height: short,
            },
            Orientation::Portrait => Geometry {
                width: short,
                height: long,
            },
        }
    }

    /// Content stops here; below are the footer note and the footer.
    pub fn content_bottom(self) -> f32 {
        self.height - MARGIN_BOTTOM
    }

    pub fn content_width(self) -> f32 {
        self.width - MARGIN_LEFT - MARGIN_RIGHT
    }
}

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
    /// Slanted by the text matrix (the documents embed no oblique face).
    pub italic: bool,
}

impl Style {
    pub const fn new(weight: Weight, size: f32, color: Rgb8) -> Self {
        Style {
            weight,
            size,
            color,
            italic: false,
        }
    }
}

/// How far an italic run leans: x moves this much per unit of height.
const ITALIC_SLANT: f32 = 0.2;

/// Which section a page belongs to (its footer) and its size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageKind {
    pub section: usize,
    pub geometry: Geometry,
}

pub struct Page {
    pub kind: PageKind,
    ops: Vec<Op>,
}

impl Page {
    pub fn new(kind: PageKind) -> Self {
        Page {
            kind,
            ops: Vec::with_capacity(64),
        }
    }

    fn height(&self) -> f32 {
        self.kind.geometry.height
    }

    /// A line of styled segments starting at `x`; a segment's tint is drawn behind its first
    /// character (the shape of a priority mark).
    pub fn rich_line(&mut self, fonts: &Fonts, x: f32, baseline: f32, line: &RichLine) {
        let mut x = x;
        for segment in line {
            let face = fonts.face(segment.style.weight);
            if let Some(tint) = segment.tint {
                let first: String = segment.text.chars().take(1).collect();
                let side = segment.style.size + 3.0;
                let left = x + (face.width(&first, segment.style.size) - side) / 2.0;
                self.fill_rect(left, baseline - segment.style.size - 1.0, side, side, tint);
            }
            self.text(fonts, x, baseline, &segment.text, segment.style);
            x += face.width(&segment.text, segment.style.size);
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
            if style.italic {
                Op::SetTextMatrix {
                    matrix: TextMatrix::Raw([
                        1.0,
                        0.0,
                        ITALIC_SLANT,
                        1.0,
                        x,
                        self.height() - baseline,
                    ]),
                }
            } else {
                Op::SetTextCursor {
                    pos: Point {
                        x: Pt(x),
                        y: Pt(self.height() - baseline),
                    },
                }
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
                    y: Pt(self.height() - top - height),
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
        let page_height = self.height();
        let point = |(x, y): (f32, f32)| LinePoint {
            p: Point {
                x: Pt(x),
                y: Pt(page_height - y),
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
        let Geometry { width, height } = self.kind.geometry;
        PdfPage::new(Mm::from(Pt(width)), Mm::from(Pt(height)), self.ops)
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
