//! The two embedded faces (DejaVu Sans and DejaVu Sans Bold) and how wide text set in them is.
//! The TTFs travel inside the binary so every character prints on every machine.

use printpdf::{FontId, ParsedFont, PdfDocument};

use crate::error::ReportError;

pub(crate) const REGULAR_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
pub(crate) const BOLD_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// Printed instead of a character the font has no glyph for, so nothing vanishes silently.
const REPLACEMENT: char = '\u{FFFD}';

/// Advances are precomputed for this many code points (Latin, punctuation, arrows, shapes).
const TABLE_SIZE: usize = 0x2700;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// One face: its id in the document and its glyph advances.
pub struct Face {
    pub id: FontId,
    parsed: ParsedFont,
    units_per_em: f32,
    /// Advance in font units per code point below `TABLE_SIZE`; negative when there is no glyph.
    advances: Vec<f32>,
}

impl Face {
    fn load(doc: &mut PdfDocument, bytes: &[u8]) -> Result<Self, ReportError> {
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(ReportError::Font)?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let id = doc.add_font(&parsed);
        let mut face = Face {
            id,
            parsed,
            units_per_em,
            advances: Vec::new(),
        };
        face.advances = (0..TABLE_SIZE)
            .map(|cp| {
                char::from_u32(cp as u32)
                    .and_then(|c| face.lookup(c))
                    .unwrap_or(-1.0)
            })
            .collect();
        Ok(face)
    }

    fn lookup(&self, c: char) -> Option<f32> {
        let gid = self.parsed.lookup_glyph_index(c as u32)?;
        if gid == 0 {
            return None;
        }
        Some(f32::from(self.parsed.get_horizontal_advance(gid)))
    }

    fn advance_units(&self, c: char) -> Option<f32> {
        match self.advances.get(c as usize) {
            Some(a) if *a >= 0.0 => Some(*a),
            Some(_) => None,
            None => self.lookup(c),
        }
    }

    pub fn has_glyph(&self, c: char) -> bool {
        self.advance_units(c).is_some()
    }

    /// Width of `text` at `size` points, in points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: f32 = text
            .chars()
            .map(|c| {
                self.advance_units(c)
                    .or_else(|| self.advance_units(REPLACEMENT))
                    .unwrap_or(self.units_per_em / 2.0)
            })
            .sum();
        units * size / self.units_per_em
    }
}

/// Both faces, registered in one document.
pub struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    pub fn load(doc: &mut PdfDocument) -> Result<Self, ReportError> {
        Ok(Fonts {
            regular: Face::load(doc, REGULAR_TTF)?,
            bold: Face::load(doc, BOLD_TTF)?,
        })
    }

    pub fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// User text made printable: line breaks unified to `\n`, tabs and other control
    /// characters turned into spaces, characters neither face can draw replaced by U+FFFD.
    pub fn printable(&self, text: &str) -> String {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        text.chars()
            .map(|c| match c {
                '\n' => '\n',
                c if c.is_control() => ' ',
                c if self.regular.has_glyph(c) && self.bold.has_glyph(c) => c,
                _ => REPLACEMENT,
            })
            .collect()
    }
}
