//! *Exportera gruppblad (Excel)* (issue 9 §4): the group sheet as a workbook per group, for a
//! workshop held in Excel, and read back by *Läs in gruppblad* (core's `sheet_import`).
//!
//! The first sheet is the group's: the instruction and the members at the top, then a table
//! of every activity with a drop-down for Prioritet (Grön, Gul, Röd) and Nationell nivå (Ja,
//! Nej) and a Kommentar column, pre-filled with what the group already said. Two hidden
//! columns carry the activity's id and a check of its title and focus area; a hidden sheet
//! says which council, workshop and group the workbook is for. The layout's names come from
//! `radsplan_core::workshop::sheet_import::format`, which the reader uses too. Every cell a
//! user typed is written as text with formula starts neutralised.

use radsplan_core::activity::Priority;
use radsplan_core::workshop::assessment::GroupAssessment;
use radsplan_core::workshop::group::WorkshopGroup;
use radsplan_core::workshop::sheet_import::format::{
    self as layout, activity_check, COLOUR_WORDS, HEADERS, NO, YES,
};
use rust_xlsxwriter::{
    Color, ConditionalFormatCell, ConditionalFormatCellRule, DataValidation,
    DataValidationErrorStyle, Format, FormatAlign, Workbook, Worksheet,
};

use super::{what_the_colours_mean, GroupSheet};
use crate::spreadsheet_safety::neutralise_formula;
use crate::workshop_model::WorkshopReport;
use crate::workshop_summary::member_line;
use crate::xlsx::{body_format, header_format, priority_format};
use crate::{DocumentFormat, ReportError};

/// Columns of the table, as `layout::HEADERS` orders them.
const ID: u16 = 0;
const PRIORITY: u16 = 3;
const NATIONAL: u16 = 4;
const CHECK: u16 = 6;
/// The last visible column, for the merged lines above the table.
const LAST_VISIBLE: u16 = 5;
/// Column widths in Excel's character units.
const WIDTHS: [f64; 7] = [6.0, 24.0, 46.0, 13.0, 15.0, 60.0, 18.0];
/// The rows above the table: title, workshop line, instruction, members, a blank.
const HEADER_ROW: u32 = 5;
/// Excel paper size code for A4.
const A4: u8 = 9;

/// Every group's sheet as an .xlsx, in the groups' order. `council_identity` is core's
/// `council_identity` of the file the report was read from.
pub fn group_sheets_xlsx(
    report: &WorkshopReport,
    council_identity: &str,
) -> Result<Vec<GroupSheet>, ReportError> {
    super::each_group(report, DocumentFormat::Xlsx, |index, group| {
        group_sheet_xlsx(report, index, group, council_identity)
    })
}

/// The words for the table's cells under Prioritet and Nationell nivå.
fn colour_word(priority: Priority) -> &'static str {
    match priority {
        Priority::Green => COLOUR_WORDS[0],
        Priority::Yellow => COLOUR_WORDS[1],
        Priority::Red => COLOUR_WORDS[2],
    }
}

/// The Excel sheet's instruction: the seed's words, then how to fill the table in.
pub fn excel_instruction(year: i32) -> String {
    format!(
        "{} Välj Grön, Gul eller Röd i kolumnen Prioritet (eller skriv 1, 2 eller 3), Ja i \
         Nationell nivå för det som ska lyftas till nationell nivå, och skriv gruppens \
         kommentarer i Kommentar. En tom cell ändrar inget; skriv Ingen för att ta bort en färg. \
         Ändra inte de andra kolumnerna – bladet läses in i Rådsplan igen.",
        what_the_colours_mean(year)
    )
}

fn group_sheet_xlsx(
    report: &WorkshopReport,
    index: usize,
    group: &WorkshopGroup,
    council_identity: &str,
) -> Result<Vec<u8>, ReportError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_name(&group.name))?;
    write_top(sheet, report, group)?;
    let last_row = write_table(sheet, report, index)?;
    set_up_page(sheet, last_row)?;

    let meta = workbook.add_worksheet();
    meta.set_name(layout::META_SHEET)?;
    write_meta(meta, report, group, council_identity)?;
    meta.set_hidden(true);
    Ok(workbook.save_to_buffer()?)
}

/// Title, workshop, instruction and members, each a merged line across the visible columns.
fn write_top(
    sheet: &mut Worksheet,
    report: &WorkshopReport,
    group: &WorkshopGroup,
) -> Result<(), ReportError> {
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let title = wrap.clone().set_bold().set_font_size(14);
    let strong = wrap.clone().set_bold();
    let year = report.workshop.plan_year;
    let members = if group.members.is_empty() {
        "Deltagare: (skriv namnen här)".to_string()
    } else {
        let names: Vec<String> = group.members.iter().map(member_line).collect();
        format!("Deltagare: {}", names.join("; "))
    };
    let lines: [(String, &Format, f64); 4] = [
        (format!("Gruppblad: {}", group.name), &title, 22.0),
        (
            format!(
                "{} · {} · bedömer aktivitetsplan {year}",
                report.council_name,
                report.workshop_line()
            ),
            &wrap,
            30.0,
        ),
        (excel_instruction(year), &strong, 62.0),
        (members, &wrap, 46.0),
    ];
    for (row, (text, format, height)) in (0u32..).zip(lines) {
        sheet.merge_range(
            row,
            1,
            row,
            LAST_VISIBLE,
            &neutralise_formula(&text),
            format,
        )?;
        sheet.set_row_height(row, height)?;
    }
    Ok(())
}

/// The header row and one row per activity in plan order; the last row written.
fn write_table(
    sheet: &mut Worksheet,
    report: &WorkshopReport,
    group_index: usize,
) -> Result<u32, ReportError> {
    let header = header_format();
    for (column, name) in (0u16..).zip(HEADERS) {
        sheet.write_string_with_format(HEADER_ROW, column, name, &header)?;
        sheet.set_column_width(column, WIDTHS[usize::from(column)])?;
    }
    let body = body_format();
    let input = body.clone().set_background_color(Color::RGB(0xFFFDF5));
    let mut row = HEADER_ROW;
    for (area, rows) in report.rows_by_focus_area() {
        for activity in rows {
            row += 1;
            let said: GroupAssessment = activity
                .groups
                .get(group_index)
                .cloned()
                .flatten()
                .unwrap_or_default();
            let id = i64_to_f64(activity.activity_id);
            sheet.write_number_with_format(row, ID, id, &body)?;
            let cells: [(&str, &Format); 6] = [
                (area.name.as_str(), &body),
                (activity.title.as_str(), &body),
                (said.priority.map_or("", colour_word), &input),
                (if said.raise_national { YES } else { "" }, &input),
                (said.comment.as_str(), &input),
                (&activity_check(&activity.title, &area.name), &body),
            ];
            for (column, (text, format)) in (1u16..).zip(cells) {
                sheet.write_string_with_format(row, column, neutralise_formula(text), format)?;
            }
            let lines = [
                (area.name.as_str(), 1),
                (activity.title.as_str(), 2),
                (said.comment.as_str(), 5),
            ]
            .into_iter()
            .map(|(text, column)| wrapped_lines(text, WIDTHS[column]))
            .max()
            .unwrap_or(1);
            sheet.set_row_height(row, row_height(lines))?;
        }
    }
    if row > HEADER_ROW {
        drop_downs(sheet, HEADER_ROW + 1, row)?;
    }
    Ok(row)
}

/// How many lines `text` wraps to in a column `width` characters wide: Excel and LibreOffice
/// keep a written row height, and neither grows a row to its wrapped text when opening a file,
/// so the height is set from this (a little generous: letters are narrower than the "0" a
/// width counts).
fn wrapped_lines(text: &str, width: f64) -> usize {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let per_line = (width.max(2.0) - 1.0) as usize;
    text.split('\n')
        .map(|line| line.chars().count().div_ceil(per_line).max(1))
        .sum()
}

/// Points for `lines` lines of 11-point text; Excel allows at most 409.
fn row_height(lines: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let height = 15.0 * lines.max(1) as f64;
    height.min(409.0)
}

/// Ids are SQLite integers far below 2^53: exact as an Excel number.
#[allow(clippy::cast_precision_loss)]
fn i64_to_f64(id: i64) -> f64 {
    id as f64
}

/// Prioritet: Grön/Gul/Röd, tinted by what is chosen; Nationell nivå: Ja/Nej. A word outside
/// the list warns but is allowed ("g", "1", "Grönt" are read too).
fn drop_downs(sheet: &mut Worksheet, first: u32, last: u32) -> Result<(), ReportError> {
    let colours = DataValidation::new()
        .allow_list_strings(&COLOUR_WORDS)?
        .set_input_title("Prioritet")?
        .set_input_message("Välj Grön, Gul eller Röd.")?
        .set_error_title("Okänd färg")?
        .set_error_message("Välj Grön, Gul eller Röd ur listan (Ingen tar bort färgen).")?
        .set_error_style(DataValidationErrorStyle::Warning);
    sheet.add_data_validation(first, PRIORITY, last, PRIORITY, &colours)?;
    let national = DataValidation::new()
        .allow_list_strings(&[YES, NO])?
        .set_input_title("Nationell nivå")?
        .set_input_message("Ja: lyft aktiviteten till nationell nivå.")?
        .set_error_title("Ja eller Nej")?
        .set_error_message("Välj Ja eller Nej ur listan.")?
        .set_error_style(DataValidationErrorStyle::Warning);
    sheet.add_data_validation(first, NATIONAL, last, NATIONAL, &national)?;
    for (word, priority) in
        COLOUR_WORDS
            .into_iter()
            .zip([Priority::Green, Priority::Yellow, Priority::Red])
    {
        let tinted = priority_format(&Format::new(), Some(priority));
        let rule = ConditionalFormatCell::new()
            .set_rule(ConditionalFormatCellRule::EqualTo(word))
            .set_format(tinted);
        sheet.add_conditional_format(first, PRIORITY, last, PRIORITY, &rule)?;
    }
    Ok(())
}

/// The header row frozen and repeated on every printed page; the hidden columns hidden;
/// landscape A4, one page wide.
fn set_up_page(sheet: &mut Worksheet, last_row: u32) -> Result<(), ReportError> {
    sheet.set_column_hidden(ID)?;
    sheet.set_column_hidden(CHECK)?;
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    sheet.set_landscape();
    sheet.set_paper_size(A4);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    sheet.set_print_area(0, 0, last_row.max(HEADER_ROW), LAST_VISIBLE)?;
    sheet.set_footer("&LGruppblad&RSida &P av &N");
    Ok(())
}

/// The hidden sheet: what the workbook is for, key beside value.
fn write_meta(
    sheet: &mut Worksheet,
    report: &WorkshopReport,
    group: &WorkshopGroup,
    council_identity: &str,
) -> Result<(), ReportError> {
    let rows: [(&str, String); 8] = [
        (layout::MARKER, layout::VERSION.to_string()),
        (layout::KEY_COUNCIL, council_identity.to_string()),
        (layout::KEY_COUNCIL_NAME, report.council_name.clone()),
        (layout::KEY_PLAN, report.workshop.plan_id.to_string()),
        (layout::KEY_WORKSHOP, report.workshop.id.to_string()),
        (layout::KEY_WORKSHOP_NAME, report.workshop.name.clone()),
        (layout::KEY_GROUP, group.id.to_string()),
        (layout::KEY_GROUP_NAME, group.name.clone()),
    ];
    for (row, (key, value)) in (0u32..).zip(rows) {
        sheet.write_string(row, 0, key)?;
        sheet.write_string(row, 1, neutralise_formula(&value))?;
    }
    sheet.set_column_width(0, 20)?;
    sheet.set_column_width(1, 40)?;
    Ok(())
}

/// The group's name as a sheet name: at most 31 characters, without the characters Excel
/// refuses there, and never the hidden sheet's name.
pub fn sheet_name(group_name: &str) -> String {
    let cleaned: String = group_name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .take(31)
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').trim();
    if cleaned.is_empty() || cleaned.to_lowercase() == layout::META_SHEET.to_lowercase() {
        "Gruppblad".to_string()
    } else {
        cleaned.to_string()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_row_is_as_tall_as_its_longest_wrapped_cell() {
        assert_eq!(super::wrapped_lines("", 24.0), 1);
        assert_eq!(super::wrapped_lines(&"a".repeat(23), 24.0), 1);
        assert_eq!(super::wrapped_lines(&"a".repeat(24), 24.0), 2);
        assert_eq!(super::wrapped_lines("rad 1\nrad 2\nrad 3", 24.0), 3);
        assert!((super::row_height(2) - 30.0).abs() < f64::EPSILON);
        assert!((super::row_height(1000) - 409.0).abs() < f64::EPSILON);
    }

    #[test]
    fn a_sheet_is_named_after_its_group_within_excels_rules() {
        assert_eq!(super::sheet_name("Grupp Hans"), "Grupp Hans");
        assert_eq!(super::sheet_name("Grupp [A]/B?"), "Grupp AB");
        assert_eq!(super::sheet_name("'?'"), "Gruppblad");
        assert_eq!(super::sheet_name("Rådsplan"), "Gruppblad");
        assert_eq!(super::sheet_name(&"x".repeat(40)).chars().count(), 31);
    }
}
