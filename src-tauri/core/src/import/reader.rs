//! Reading a source table into the preview's rows: the header row, which column is which field,
//! then each row's cells understood (focus area, tidplan, responsible, colour) with its problems.

use std::collections::HashMap;

use super::headers::{find_header_row, known_not_read, normalise, recognise, swedish};
use super::preview::file_problem;
use super::{cells, colour, rows, ImportColumn, ImportField, ImportPreview, ImportProblem};
use super::{ImportColour, ImportRow, Limits};
use crate::activity::ActivityInput;
use crate::text::fold;
use crate::Id;

pub(super) struct Reader<'a> {
    pub(super) limits: &'a Limits,
    pub(super) existing: Vec<String>,
    pub(super) people: HashMap<String, Option<Id>>,
    pub(super) preview: ImportPreview,
}

/// The column of each field: the first column that names it.
type FieldColumns = HashMap<ImportField, usize>;

impl Reader<'_> {
    pub(super) fn read(
        &mut self,
        table: &[Vec<String>],
        colours: &[Vec<String>],
        into: Option<String>,
    ) {
        let Some(header_index) = find_header_row(table) else {
            self.preview.problems.push(file_problem(
                "Hittade ingen rubrikrad. Tabellen behöver rubriker som Aktivitet, Genomförande, \
                 Tidplan, Innehåll och Uppföljning – när i en av de första raderna.",
            ));
            return;
        };
        let header = &table[header_index];
        let width = header
            .iter()
            .rposition(|cell| !cell.trim().is_empty())
            .map_or(0, |last| last + 1);
        self.preview.columns = header[..width]
            .iter()
            .map(|cell| ImportColumn {
                header: cell.trim().replace('\u{a0}', " "),
                field: recognise(cell),
            })
            .collect();
        self.preview.unused_columns = self
            .preview
            .columns
            .iter()
            .filter(|c| c.field.is_none() && !c.header.is_empty() && !known_not_read(&c.header))
            .map(|c| c.header.clone())
            .collect();
        let fields = self.field_columns();
        if !fields.contains_key(&ImportField::Title) {
            self.preview.problems.push(file_problem(format!(
                "Kolumnen Aktivitet saknas (rubrikraden är rad {}). Lägg till en kolumn med \
                 rubriken Aktivitet för aktiviteternas namn.",
                header_index + 1
            )));
        }
        let has_focus_column = fields.contains_key(&ImportField::FocusArea);
        // A "Fokusområde: X" above the first header row names the first table (seed 003).
        let mut current = table[..header_index]
            .iter()
            .filter_map(|row| rows::heading(row, true, &self.existing))
            .next_back();
        for (index, row) in table.iter().enumerate().skip(header_index + 1) {
            if rows::is_empty(row) || rows::is_repeated_header(row, &self.preview.columns) {
                continue;
            }
            if let Some(name) = rows::heading(row, has_focus_column, &self.existing) {
                current = Some(name);
                continue;
            }
            let line = u32::try_from(index + 1).unwrap_or(u32::MAX);
            let fallback = current.as_deref().or(into.as_deref());
            let preferred: Vec<usize> = [ImportField::Title, ImportField::Priority]
                .iter()
                .filter_map(|field| fields.get(field).copied())
                .collect();
            let seen = colours
                .get(index)
                .and_then(|cells| colour::of_row(cells, &preferred));
            let import_row = self.row(line, row, &fields, fallback, seen);
            self.preview.rows.push(import_row);
        }
    }

    /// Each field's column; a field named by two columns is a blocking problem, since we cannot
    /// know which one the secretary means.
    fn field_columns(&mut self) -> FieldColumns {
        let mut fields = FieldColumns::new();
        for (index, column) in self.preview.columns.iter().enumerate() {
            let Some(field) = column.field else { continue };
            if let Some(first) = fields.get(&field) {
                let first = &self.preview.columns[*first].header;
                self.preview.problems.push(ImportProblem {
                    line: None,
                    column: Some(column.header.clone()),
                    message: format!(
                        "Kolumnerna ”{first}” och ”{}” betyder båda {}. Ta bort eller byt namn på \
                         den ena så att det är tydligt vilken som ska användas.",
                        column.header,
                        swedish(field)
                    ),
                    blocking: true,
                });
            } else {
                fields.insert(field, index);
            }
        }
        self.responsible_as_delivery(&mut fields);
        fields
    }

    /// In a plan without a Genomförande column, "Ansvarig" is who carries the activity out
    /// (the council's Word tables): it is read as Genomförande. Beside a Genomförande column
    /// (as our exports write it) it stays the responsible person.
    fn responsible_as_delivery(&mut self, fields: &mut FieldColumns) {
        if fields.contains_key(&ImportField::Delivery) {
            return;
        }
        let Some(&index) = fields.get(&ImportField::Responsible) else {
            return;
        };
        let column = &mut self.preview.columns[index];
        if normalise(&column.header).starts_with("ansvar") {
            column.field = Some(ImportField::Delivery);
            fields.remove(&ImportField::Responsible);
            fields.insert(ImportField::Delivery, index);
        }
    }

    fn row(
        &mut self,
        line: u32,
        row: &[String],
        fields: &FieldColumns,
        fallback: Option<&str>,
        colour: Option<ImportColour>,
    ) -> ImportRow {
        let mut problems = Vec::new();
        let mut cell = |field: ImportField| -> String {
            let Some(&index) = fields.get(&field) else {
                return String::new();
            };
            let header = self.preview.columns[index].header.clone();
            let raw = row.get(index).map_or("", String::as_str);
            let (text, formula) = cells::clean(raw);
            if formula {
                problems.push(ImportProblem {
                    line: Some(line),
                    column: Some(header.clone()),
                    message: "Cellen börjar med = och importeras som text; ingen formel körs."
                        .to_string(),
                    blocking: false,
                });
            }
            let length = text.chars().count();
            if length > self.limits.max_cell_chars {
                problems.push(ImportProblem {
                    line: Some(line),
                    column: Some(header),
                    message: format!(
                        "Cellen har {length} tecken; högst {} får plats. Korta texten och \
                         försök igen.",
                        self.limits.max_cell_chars
                    ),
                    blocking: true,
                });
            }
            text
        };
        let title = cell(ImportField::Title).trim().to_string();
        let focus_cell = cell(ImportField::FocusArea).trim().to_string();
        let priority_cell = cell(ImportField::Priority);
        let status_cell = cell(ImportField::Status);
        let national_cell = cell(ImportField::RaiseNational);
        let responsible_cell = cell(ImportField::Responsible);
        let mut input = ActivityInput::titled(&title);
        input.delivery = cell(ImportField::Delivery);
        input.schedule_text = cell(ImportField::Schedule);
        input.content = cell(ImportField::Content);
        input.follow_up = cell(ImportField::FollowUp);

        let header_of = |field: ImportField| {
            fields
                .get(&field)
                .map(|i| self.preview.columns[*i].header.clone())
        };
        let mut note = |field: ImportField, message: String, blocking: bool| {
            problems.push(ImportProblem {
                line: Some(line),
                column: header_of(field),
                message,
                blocking,
            });
        };
        if title.is_empty() {
            note(
                ImportField::Title,
                "Raden har ingen aktivitet (kolumnen Aktivitet är tom). Skriv aktivitetens namn \
                 eller ta bort raden."
                    .to_string(),
                true,
            );
        }
        let coloured = colour.as_ref().and_then(|c| c.priority);
        match cells::priority(&priority_cell) {
            Ok(Some(written)) => {
                input.priority = Some(written);
                if let Some(c) = colour
                    .as_ref()
                    .filter(|c| c.priority.is_some_and(|p| p != written))
                {
                    note(
                        ImportField::Priority,
                        format!(
                            "Raden är färgad {}, men Prioritet säger {}; {} används. Ändra \
                             prioriteten här om färgen är den rätta.",
                            c.word,
                            written.swedish(),
                            written.swedish()
                        ),
                        false,
                    );
                }
            }
            Ok(None) if priority_cell.trim().is_empty() => input.priority = coloured,
            Ok(None) => {}
            Err(()) => {
                input.priority = coloured;
                note(
                    ImportField::Priority,
                    format!(
                        "Prioriteten ”{}” känns inte igen; raden importeras som {}. Använd \
                         grön, gul eller röd.",
                        priority_cell.trim(),
                        coloured.map_or("ej bedömd", |p| p.swedish())
                    ),
                    false,
                );
            }
        }
        if let Some(c) = colour.as_ref().filter(|c| c.priority.is_none()) {
            if input.priority.is_none() {
                note(
                    ImportField::Priority,
                    format!(
                        "Raden är färgad {} ({}), som inte är grön, gul eller röd; den \
                         importeras som ej bedömd. Välj prioritet här om färgen betyder något.",
                        c.word, c.css
                    ),
                    false,
                );
            }
        }
        match cells::status(&status_cell) {
            Some(status) => input.status = status,
            None => note(
                ImportField::Status,
                format!(
                    "Statusen ”{}” känns inte igen; raden importeras som Ej påbörjad. Använd Ej \
                     påbörjad, Pågår, Klar, Skjuten eller Avbruten.",
                    status_cell.trim()
                ),
                false,
            ),
        }
        match cells::national(&national_cell) {
            Some(national) => input.raise_national = national,
            None => note(
                ImportField::RaiseNational,
                format!(
                    "”{}” tolkas som Nej (ska inte lyftas till nationell nivå). Skriv Ja eller Nej.",
                    national_cell.trim()
                ),
                false,
            ),
        }
        let (person, text) = self.responsible(&responsible_cell);
        input.responsible_person_id = person;
        input.responsible_text = text;

        let named = if focus_cell.is_empty() {
            fallback.map(str::to_string)
        } else {
            Some(focus_cell)
        };
        let (focus_area, new_focus_area) = match named {
            Some(name) => self.focus_area(&name),
            None => {
                note(
                    ImportField::FocusArea,
                    "Raden har inget fokusområde. Lägg till en kolumn Fokusområde, en rad \
                     ”Fokusområde: …” ovanför raden, eller klistra in tabellen i ett fokusområde."
                        .to_string(),
                    true,
                );
                (String::new(), false)
            }
        };
        ImportRow {
            line,
            focus_area,
            new_focus_area,
            input,
            colour,
            problems,
        }
    }

    /// The plan's own spelling of an existing focus area, or a new one (listed once, in order
    /// of first appearance).
    fn focus_area(&mut self, name: &str) -> (String, bool) {
        let folded = fold(name);
        if let Some(existing) = self.existing.iter().find(|e| fold(e.trim()) == folded) {
            return (existing.clone(), false);
        }
        let new = &mut self.preview.new_focus_areas;
        match new.iter().find(|n| fold(n) == folded) {
            Some(first) => (first.clone(), true),
            None => {
                new.push(name.to_string());
                (name.to_string(), true)
            }
        }
    }

    /// A person of the Register when the cell is their name (or, as our exports write it,
    /// their name followed by ", " and free text); otherwise free text.
    fn responsible(&self, cell: &str) -> (Option<Id>, String) {
        let cell = cell.trim();
        let person = |name: &str| self.people.get(&fold(name.trim())).copied().flatten();
        if let Some(id) = person(cell) {
            return (Some(id), String::new());
        }
        if let Some((name, rest)) = cell.split_once(", ") {
            if let Some(id) = person(name) {
                return (Some(id), rest.trim().to_string());
            }
        }
        (None, cell.to_string())
    }
}
