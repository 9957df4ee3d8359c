//! The plan as an Excel workbook: one sheet, the council's columns, priority cells coloured
//! and worded, header row bold, frozen and filterable. Every cell is written as a string;
//! nothing a user typed can become a formula.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet};

use crate::error::ReportError;
use crate::plan_model::{PlanDocument, Priority, Rgb8};
use crate::plan_table::{rows, COLUMNS, PRIORITY_COLUMN};

/// Column widths in Excel's character units, chosen for the text each column usually holds.
const WIDTHS: [f64; 11] = [
    24.0, 36.0, 18.0, 18.0, 60.0, 26.0, 11.0, 13.0, 12.0, 20.0, 14.0,
];

/// Excel paper size code for A4.
const A4: u8 = 9;

/// The sheet's name: "Aktivitetsplan 2022" (Excel allows 31 characters).
pub fn sheet_name(year: i32) -> String {
    format!("Aktivitetsplan {year}")
}

/// The whole plan as the bytes of an .xlsx file.
pub fn plan_xlsx(doc: &PlanDocument) -> Result<Vec<u8>, ReportError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_name(doc.year))?;
    write_header(sheet)?;

    let body = body_format();
    let priority_formats: Vec<(Option<Priority>, Format)> = crate::priority_style::LEGEND
        .iter()
        .map(|p| (*p, priority_format(&body, *p)))
        .collect();

    let mut last_row = 0;
    for (i, row) in rows(doc).enumerate() {
        let r = u32::try_from(i + 1)
            .map_err(|_| ReportError::Xlsx("planen har fler rader än Excel klarar".into()))?;
        for (c, text) in row.cells.iter().enumerate() {
            let format = if c == PRIORITY_COLUMN {
                priority_formats
                    .iter()
                    .find(|(p, _)| *p == row.priority)
                    .map_or(&body, |(_, f)| f)
            } else {
                &body
            };
            sheet.write_string_with_format(r, col(c), text, format)?;
        }
        last_row = r;
    }

    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last_row, col(COLUMNS.len() - 1))?;
    sheet.set_landscape();
    sheet.set_paper_size(A4);
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_footer("&L&D&RSida &P av &N");
    Ok(workbook.save_to_buffer()?)
}

fn write_header(sheet: &mut Worksheet) -> Result<(), ReportError> {
    let header = header_format();
    for (c, title) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, col(c), *title, &header)?;
        sheet.set_column_width(col(c), WIDTHS[c])?;
    }
    Ok(())
}

/// A header cell: bold on a light blue-grey, wrapped, framed.
pub(crate) fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xD9E2EC))
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0x8C9BAB))
}

/// A body cell: wrapped text from the top, a thin grey frame.
pub(crate) fn body_format() -> Format {
    Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xBFBFBF))
}

/// The body format plus the priority's tint and ink; unassessed keeps the plain background.
pub(crate) fn priority_format(body: &Format, priority: Option<Priority>) -> Format {
    let Rgb8(r, g, b) = crate::priority_style::ink(priority);
    let mut format = body.clone().set_font_color(rgb(r, g, b));
    if let Some(Rgb8(r, g, b)) = crate::priority_style::fill(priority) {
        format = format.set_background_color(rgb(r, g, b)).set_bold();
    }
    format
}

/// An RGB colour of the priority styles as rust_xlsxwriter takes it.
pub(crate) fn rgb(r: u8, g: u8, b: u8) -> Color {
    Color::RGB((u32::from(r) << 16) | (u32::from(g) << 8) | u32::from(b))
}

/// Column indices are below ten; the conversion cannot fail.
fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}
