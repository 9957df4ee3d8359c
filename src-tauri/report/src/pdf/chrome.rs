//! What surrounds the content of every page: the page header, the footer (left text, centre
//! text, "Sida N av M") and the section's footer note (the plan's legend).

use super::fonts::{Fonts, Weight};
use super::page::{Page, Style, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MUTED, RULE};
use super::rich::lay_out;
use super::styles::{segments, FOOTER_NOTE};
use crate::document::Section;

const FOOTER_SIZE: f32 = 7.5;

/// Adds header, footer and footer note to every page, now that the page count is known.
pub fn decorate(pages: &mut [Page], fonts: &Fonts, sections: &[Section]) {
    let count = pages.len();
    let style = Style::new(Weight::Regular, FOOTER_SIZE, MUTED);
    for (i, page) in pages.iter_mut().enumerate() {
        let Some(section) = sections.get(page.kind.section) else {
            continue;
        };
        let geometry = page.kind.geometry;
        let (width, height) = (geometry.width, geometry.height);
        let footer = &section.footer;
        if let Some(header) = &section.header {
            let text = fonts.printable(header).replace('\n', " ");
            let text = shorten(fonts, &text, geometry.content_width(), style);
            page.text(fonts, MARGIN_LEFT, MARGIN_TOP - 14.0, &text, style);
        }
        let baseline = height - 20.0;
        let rule = height - 30.0;
        page.line((MARGIN_LEFT, rule), (width - MARGIN_RIGHT, rule), 0.5, RULE);
        let right = if footer.page_numbers {
            format!("Sida {} av {count}", i + 1)
        } else {
            String::new()
        };
        let right_x = width - MARGIN_RIGHT - fonts.regular.width(&right, FOOTER_SIZE);
        let centre = fonts.printable(&footer.centre).replace('\n', " ");
        let centre_x = (width - fonts.regular.width(&centre, FOOTER_SIZE)) / 2.0;
        let left = fonts.printable(&footer.left).replace('\n', " ");
        let left_room = if centre.is_empty() {
            right_x - MARGIN_LEFT - 12.0
        } else {
            centre_x - MARGIN_LEFT - 12.0
        };
        let left = shorten(fonts, &left, left_room, style);
        page.text(fonts, MARGIN_LEFT, baseline, &left, style);
        page.text(fonts, centre_x, baseline, &centre, style);
        page.text(fonts, right_x, baseline, &right, style);
        if let Some(note) = &footer.note {
            // One line: a legend that does not fit is cut rather than pushed into the content.
            let lines = lay_out(fonts, &segments(note, FOOTER_NOTE), f32::INFINITY);
            if let Some(line) = lines.first() {
                page.rich_line(fonts, MARGIN_LEFT, height - 38.0, line);
            }
        }
    }
}

fn shorten(fonts: &Fonts, text: &str, width: f32, style: Style) -> String {
    let face = fonts.face(style.weight);
    if face.width(text, style.size) <= width {
        return text.to_string();
    }
    let mut out: String = text.to_string();
    while !out.is_empty() && face.width(&out, style.size) + face.width("…", style.size) > width {
        out.pop();
    }
    out.push('…');
    out
}
