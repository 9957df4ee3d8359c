//! A picture drawn from shapes at positions: what a timeline is, where a table would be the
//! wrong tool. Points, measured from the drawing's top-left corner, for the width the builder
//! was told; a drawing is kept whole on one page. The PDF draws it; DOCX leaves it out (the
//! documents with drawings are PDF only).

use serde::Serialize;
use ts_rs::TS;

use crate::plan_model::Rgb8;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Drawing {
    /// Its height in points (its width is the page's content width).
    pub height: f32,
    pub shapes: Vec<Shape>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Shape {
    /// A rectangle with its top-left corner at (`x`, `y`), filled and/or outlined.
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        fill: Option<Rgb8>,
        stroke: Option<Rgb8>,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        thickness: f32,
        color: Rgb8,
    },
    /// Text with its baseline at `baseline`, starting at `x`.
    Text {
        x: f32,
        baseline: f32,
        text: String,
        size: f32,
        bold: bool,
        color: Rgb8,
    },
}
