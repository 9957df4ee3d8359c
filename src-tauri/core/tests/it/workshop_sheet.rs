//! Group sheets filled in Excel and read back (*Läs in gruppblad*): written here with
//! rust_xlsxwriter in the export's layout (`sheet_import::format`), as a group would leave them.

use radsplan_core::import::Limits;
use radsplan_core::workshop::sheet_import::format::{self, activity_check, HEADERS};
use radsplan_core::workshop::sheet_import::{
    preview_sheet, read_sheet_bytes, SheetImportPreview, SheetSource,
};
use radsplan_core::{Id, Storage};
use rust_xlsxwriter::Workbook;

/// A filled sheet: the hidden sheet's keys and values, the header row and the table's rows
/// (written as text, from row 7 down, as the export does), and merged ranges.
#[derive(Clone)]
pub struct FilledSheet {
    pub meta: Vec<(String, String)>,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub merges: Vec<(u32, u16, u32, u16)>,
    pub with_meta: bool,
}

/// The table's header is on this row (0-based), below the title, instruction and members.
pub const HEADER_ROW: u32 = 5;

impl FilledSheet {
    /// A sheet for `group_id` of `workshop_id`, as the export writes its identity.
    pub fn for_group(storage: &Storage, plan_id: Id, workshop_id: Id, group_id: Id) -> Self {
        let identity = format::council_identity(storage).expect("identity");
        FilledSheet {
            meta: vec![
                (format::MARKER.into(), format::VERSION.into()),
                (format::KEY_COUNCIL.into(), identity),
                (format::KEY_COUNCIL_NAME.into(), "Testrådet".into()),
                (format::KEY_PLAN.into(), plan_id.to_string()),
                (format::KEY_WORKSHOP.into(), workshop_id.to_string()),
                (format::KEY_WORKSHOP_NAME.into(), "Workshop 2022".into()),
                (format::KEY_GROUP.into(), group_id.to_string()),
                (format::KEY_GROUP_NAME.into(), "Grupp Hans".into()),
            ],
            header: HEADERS.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            merges: Vec::new(),
            with_meta: true,
        }
    }

    /// A row as exported for the activity titled `title` in focus area "VFU", filled with
    /// `colour`, `national` and `comment`.
    pub fn row(mut self, id: Id, title: &str, colour: &str, national: &str, comment: &str) -> Self {
        self.rows.push(vec![
            id.to_string(),
            "VFU".into(),
            title.into(),
            colour.into(),
            national.into(),
            comment.into(),
            activity_check(title, "VFU"),
        ]);
        self
    }

    pub fn set_meta(mut self, key: &str, value: &str) -> Self {
        for (k, v) in &mut self.meta {
            if k == key {
                *v = value.to_string();
            }
        }
        self
    }

    /// A copy whose hidden sheet says `value` for `key`.
    pub fn clone_with_meta(&self, key: &str, value: &str) -> Self {
        self.clone().set_meta(key, value)
    }

    /// Column `column` taken out of the header and every row, as Excel's "Ta bort kolumn".
    pub fn without_column(mut self, column: usize) -> Self {
        self.header.remove(column);
        for row in &mut self.rows {
            row.remove(column);
        }
        self
    }

    pub fn bytes(&self) -> Vec<u8> {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name("Grupp Hans").expect("name");
        sheet
            .write_string(0, 1, "Gruppblad: Grupp Hans")
            .expect("title");
        for (c, header) in (0u16..).zip(&self.header) {
            sheet.write_string(HEADER_ROW, c, header).expect("header");
        }
        for (r, row) in (HEADER_ROW + 1..).zip(&self.rows) {
            for (c, cell) in (0u16..).zip(row) {
                if !cell.is_empty() {
                    sheet.write_string(r, c, cell).expect("cell");
                }
            }
        }
        for &(r1, c1, r2, c2) in &self.merges {
            let text = match r1.checked_sub(HEADER_ROW + 1) {
                Some(index) => self
                    .rows
                    .get(index as usize)
                    .and_then(|row| row.get(usize::from(c1)))
                    .cloned()
                    .unwrap_or_default(),
                None => "Gruppblad: Grupp Hans".to_string(),
            };
            sheet
                .merge_range(r1, c1, r2, c2, &text, &rust_xlsxwriter::Format::new())
                .expect("merge");
        }
        if self.with_meta {
            let meta = book.add_worksheet();
            meta.set_name(format::META_SHEET).expect("meta name");
            for (r, (key, value)) in (0u32..).zip(&self.meta) {
                meta.write_string(r, 0, key).expect("key");
                meta.write_string(r, 1, value).expect("value");
            }
            meta.set_hidden(true);
        }
        book.save_to_buffer().expect("xlsx")
    }

    pub fn source(&self) -> SheetSource {
        read_sheet_bytes(
            "Gruppblad 1 – Grupp Hans.xlsx",
            &self.bytes(),
            &Limits::default(),
        )
        .expect("read sheet")
    }
}

/// The preview of `sheet` read into `workshop_id` for the group it names.
pub fn preview_of(storage: &Storage, workshop_id: Id, sheet: &FilledSheet) -> SheetImportPreview {
    preview_sheet(storage, workshop_id, None, &sheet.source()).expect("preview")
}

/// Every message of the preview, the sheet's and the rows', with their lines.
pub fn messages(preview: &SheetImportPreview) -> Vec<(Option<u32>, String, bool)> {
    preview
        .problems
        .iter()
        .chain(preview.rows.iter().flat_map(|r| &r.problems))
        .map(|p| (p.line, p.message.clone(), p.blocking))
        .collect()
}
