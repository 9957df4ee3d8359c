//! A drawing of the document model as a PNG picture, for a slide: the timeline's year on one
//! image. Rectangles and lines are filled on a white canvas; text is set in the PDF's own
//! DejaVu faces (so ● ▲ ■ and å ä ö look as they print), its glyphs blended by coverage.

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};

use crate::document::{Drawing, Shape};
use crate::error::ReportError;
use crate::pdf::fonts::{BOLD_TTF, REGULAR_TTF};
use crate::plan_model::Rgb8;

/// Pixels across: a full-HD slide.
pub const PICTURE_WIDTH_PX: u32 = 1920;

/// The drawing's width in points: as far right as any shape reaches.
pub fn drawing_width(drawing: &Drawing) -> f32 {
    drawing
        .shapes
        .iter()
        .map(|shape| match shape {
            Shape::Rect { x, width, .. } => x + width,
            Shape::Line { from, to, .. } => from.0.max(to.0),
            Shape::Text { x, .. } => *x,
        })
        .fold(1.0, f32::max)
}

/// `drawing` as PNG bytes, `PICTURE_WIDTH_PX` wide.
pub fn write_png(drawing: &Drawing) -> Result<Vec<u8>, ReportError> {
    let regular = FontRef::try_from_slice(REGULAR_TTF).map_err(|_| ReportError::Font)?;
    let bold = FontRef::try_from_slice(BOLD_TTF).map_err(|_| ReportError::Font)?;
    let scale = PICTURE_WIDTH_PX as f32 / drawing_width(drawing);
    let mut canvas = Canvas::new(
        PICTURE_WIDTH_PX,
        (drawing.height * scale).ceil().max(1.0) as u32,
    );
    for shape in &drawing.shapes {
        match shape {
            Shape::Rect {
                x,
                y,
                width,
                height,
                fill,
                stroke,
            } => {
                let (x, y, w, h) = (x * scale, y * scale, width * scale, height * scale);
                if let Some(colour) = fill {
                    canvas.fill(x, y, x + w, y + h, *colour);
                }
                if let Some(colour) = stroke {
                    let t = (0.5 * scale).max(1.0);
                    canvas.fill(x, y, x + w, y + t, *colour);
                    canvas.fill(x, y + h - t, x + w, y + h, *colour);
                    canvas.fill(x, y, x + t, y + h, *colour);
                    canvas.fill(x + w - t, y, x + w, y + h, *colour);
                }
            }
            Shape::Line {
                from,
                to,
                thickness,
                color,
            } => canvas.line(
                (from.0 * scale, from.1 * scale),
                (to.0 * scale, to.1 * scale),
                (thickness * scale).max(1.0),
                *color,
            ),
            Shape::Text {
                x,
                baseline,
                text,
                size,
                bold: is_bold,
                color,
            } => {
                let font = if *is_bold { &bold } else { &regular };
                canvas.text(
                    font,
                    text,
                    x * scale,
                    baseline * scale,
                    size * scale,
                    *color,
                );
            }
        }
    }
    canvas.encode()
}

/// RGBA pixels, row by row, white to begin with.
struct Canvas {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
}

impl Canvas {
    fn new(width: u32, height: u32) -> Canvas {
        Canvas {
            width,
            height,
            pixels: vec![255; (width * height * 4) as usize],
        }
    }

    /// Blends `colour` over the pixel at (`x`, `y`) by `coverage` (0 to 1); outside is ignored.
    fn blend(&mut self, x: i64, y: i64, colour: Rgb8, coverage: f32) {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) {
            return;
        }
        let at = ((y as u32 * self.width + x as u32) * 4) as usize;
        let a = coverage.clamp(0.0, 1.0);
        for (i, channel) in [colour.0, colour.1, colour.2].into_iter().enumerate() {
            let old = f32::from(self.pixels[at + i]);
            self.pixels[at + i] = (old + (f32::from(channel) - old) * a).round() as u8;
        }
    }

    /// Fills the pixels whose centres lie in the box from (`x0`, `y0`) to (`x1`, `y1`).
    fn fill(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, colour: Rgb8) {
        let (left, right) = (x0.min(x1).round() as i64, x0.max(x1).round() as i64);
        let (top, bottom) = (y0.min(y1).round() as i64, y0.max(y1).round() as i64);
        for y in top..bottom.max(top + 1) {
            for x in left..right.max(left + 1) {
                self.blend(x, y, colour, 1.0);
            }
        }
    }

    /// A straight line `thickness` pixels wide: a box when it runs across or down (the
    /// timeline's rules and today's line), else squares stamped along it.
    fn line(&mut self, from: (f32, f32), to: (f32, f32), thickness: f32, colour: Rgb8) {
        let half = thickness / 2.0;
        if (from.1 - to.1).abs() < f32::EPSILON || (from.0 - to.0).abs() < f32::EPSILON {
            self.fill(
                from.0.min(to.0) - half,
                from.1.min(to.1) - half,
                from.0.max(to.0) + half,
                from.1.max(to.1) + half,
                colour,
            );
            return;
        }
        let length = ((to.0 - from.0).powi(2) + (to.1 - from.1).powi(2)).sqrt();
        let steps = (length * 2.0).ceil() as usize;
        for step in 0..=steps {
            let t = step as f32 / steps as f32;
            let (x, y) = (from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t);
            self.fill(x - half, y - half, x + half, y + half, colour);
        }
    }

    /// `text` from `x` on the baseline `baseline`, `size` pixels high, kerned as the font says.
    fn text(
        &mut self,
        font: &FontRef<'_>,
        text: &str,
        x: f32,
        baseline: f32,
        size: f32,
        colour: Rgb8,
    ) {
        let scaled = font.as_scaled(PxScale::from(size));
        let mut caret = x;
        let mut previous = None;
        for character in text.chars() {
            let id = scaled.glyph_id(character);
            if let Some(before) = previous {
                caret += scaled.kern(before, id);
            }
            let glyph = id.with_scale_and_position(size, ab_glyph::point(caret, baseline));
            caret += scaled.h_advance(id);
            previous = Some(id);
            if let Some(outlined) = font.outline_glyph(glyph) {
                let bounds = outlined.px_bounds();
                outlined.draw(|gx, gy, coverage| {
                    self.blend(
                        bounds.min.x as i64 + i64::from(gx),
                        bounds.min.y as i64 + i64::from(gy),
                        colour,
                        coverage,
                    );
                });
            }
        }
    }

    fn encode(&self) -> Result<Vec<u8>, ReportError> {
        let mut bytes = Vec::new();
        let mut encoder = png::Encoder::new(&mut bytes, self.width, self.height);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder
            .write_header()
            .map_err(|e| ReportError::Png(e.to_string()))?;
        writer
            .write_image_data(&self.pixels)
            .map_err(|e| ReportError::Png(e.to_string()))?;
        writer
            .finish()
            .map_err(|e| ReportError::Png(e.to_string()))?;
        Ok(bytes)
    }
}
