//! From pasted text to the notes it holds, line by line. A tab in a line means a table row
//! (Word and Excel copy cells with tabs between them); any other line is the flattened form.

use super::rows::row_at;
use super::words::{bullet, categories_named, is_segment, kind_named};
use super::{PastePreview, PasteProblem, PastedNote};
use crate::workshop::note::{NoteKind, MAX_NOTE_CHARS};
use crate::workshop::MAX_NAME_CHARS;

/// The notes of `text` for a board whose categories are `known`; writes nothing.
pub fn parse(text: &str, known: &[String]) -> PastePreview {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.lines().collect();
    let mut parser = Parser {
        known: known.to_vec(),
        preview: PastePreview {
            notes: Vec::new(),
            problems: Vec::new(),
            new_categories: Vec::new(),
        },
        columns: None,
        flat: Flat::default(),
    };
    let mut i = 0;
    while i < lines.len() {
        i += parser.line(&lines, i);
    }
    // Shown and added cell by cell (board order), each cell in the order pasted.
    let Parser {
        known, mut preview, ..
    } = parser;
    let column = |category: &str| known.iter().position(|c| c == category);
    preview.notes.sort_by_key(|n| (column(&n.category), n.kind));
    preview
}

/// What a plain (flattened) line falls under: the last category and kind headings.
#[derive(Default)]
struct Flat {
    category: FlatCategory,
    kind: Option<NoteKind>,
}

#[derive(Default)]
enum FlatCategory {
    #[default]
    None,
    One(String),
    Several(Vec<String>),
}

struct Parser {
    /// The board's categories, then those the paste brings.
    known: Vec<String>,
    preview: PastePreview,
    /// Inside a table: each column's category and kind (None: a column without them).
    columns: Option<Vec<Option<(String, NoteKind)>>>,
    flat: Flat,
}

impl Parser {
    /// Reads the line `lines[i]`: a table row (with the next, when the two are a table's
    /// header; a row may span lines, see `rows`) or a plain line. Returns how many lines it used.
    fn line(&mut self, lines: &[&str], i: usize) -> usize {
        let (n, line) = (i + 1, lines[i]);
        if is_ruler(line) {
            return 1;
        }
        // A row whose first cell Excel quoted over several lines has its first tab further on.
        let excel_row = || line.starts_with('"') && row_at(lines, i).0.len() > 1;
        if line.contains('\t') || excel_row() {
            let (row, used) = row_at(lines, i);
            let row: Vec<&str> = row.iter().map(String::as_str).collect();
            if lines.get(i + used).is_some_and(|l| l.contains('\t')) {
                let (kinds, next_used) = row_at(lines, i + used);
                let kinds: Vec<&str> = kinds.iter().map(String::as_str).collect();
                if kinds_row(&kinds).is_some() && kinds_row(&row).is_none() {
                    self.header(&row, &kinds);
                    return used + next_used;
                }
            }
            if let Some(kinds) = kinds_row(&row) {
                self.columns = Some(vec![None; kinds.len()]);
                self.problem(
                    n,
                    line,
                    "Raden säger Möjligheter/Hinder men inte vilka kategorier. Ta med raden med \
                     kategorierna ovanför den.",
                );
                return used;
            }
            self.table_row(n, line, &row);
            return used;
        }
        self.line_plain(n, line);
        1
    }

    /// A line of the flattened form: a heading, or a note under the last ones.
    fn line_plain(&mut self, n: usize, line: &str) {
        self.columns = None;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            return;
        }
        if let Some(text) = bullet(line) {
            self.flat_note(n, line, text);
        } else if is_segment(trimmed) {
            self.flat = Flat {
                category: FlatCategory::None,
                kind: kind_named(trimmed),
            };
        } else if let [one] = categories_named(trimmed, &self.known)[..] {
            self.flat.category = FlatCategory::One(one.clone());
        } else if let several @ [_, _, ..] = &categories_named(trimmed, &self.known)[..] {
            self.flat.category =
                FlatCategory::Several(several.iter().map(|c| c.to_string()).collect());
        } else if let Some(kind) = kind_named(trimmed) {
            self.flat.kind = Some(kind);
        } else {
            self.flat_note(n, line, trimmed);
        }
    }

    /// A row of categories above a row of kinds: each column's cell. A category written once
    /// over two columns (a merged cell in Word) holds for the empty cells after it.
    fn header(&mut self, categories: &[&str], kinds: &[&str]) {
        let mut current: Option<String> = None;
        let columns = (0..categories.len().max(kinds.len()))
            .map(|j| {
                match categories.get(j).copied().filter(|c| !c.is_empty()) {
                    Some(name) if name.chars().count() <= MAX_NAME_CHARS => {
                        current = Some(self.category(name));
                    }
                    Some(_) => current = None,
                    None => {}
                }
                let kind = kinds.get(j).and_then(|k| kind_named(k))?;
                Some((current.clone()?, kind))
            })
            .collect();
        self.columns = Some(columns);
    }

    fn table_row(&mut self, n: usize, line: &str, cells: &[&str]) {
        let Some(columns) = self.columns.clone() else {
            if cells.iter().any(|c| !c.is_empty()) {
                self.problem(
                    n,
                    line,
                    "Raden står inte under någon rubrikrad. Ta med raden med kategorierna och \
                     raden med Möjligheter/Hinder överst i tabellen.",
                );
            }
            return;
        };
        for (j, cell) in cells.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            match columns.get(j).cloned().flatten() {
                Some((category, kind)) => self.note(n, category, kind, cell),
                None => self.problem(
                    n,
                    cell,
                    &format!(
                        "Kolumn {} har ingen kategori och typ (Möjligheter, Hinder …) ovanför sig.",
                        j + 1
                    ),
                ),
            }
        }
    }

    fn flat_note(&mut self, n: usize, line: &str, text: &str) {
        match (&self.flat.category, self.flat.kind) {
            (FlatCategory::One(category), Some(kind)) => {
                let category = category.clone();
                self.note(n, category, kind, text);
            }
            (FlatCategory::Several(names), _) => {
                let message = format!(
                    "Rubriken ovanför nämner flera kategorier ({}). Lägg anteckningen under en \
                     rubrik med bara en av dem.",
                    names.join(", ")
                );
                self.problem(n, line, &message);
            }
            (FlatCategory::None, _) => self.problem(
                n,
                line,
                "Ingen kategori ovanför. Skriv kategorins namn (till exempel Styrning) på en egen \
                 rad före anteckningarna.",
            ),
            (FlatCategory::One(_), None) => self.problem(
                n,
                line,
                "Ingen typ ovanför. Skriv Grundförutsättningar, Möjligheter, Hinder eller \
                 Insatser på en egen rad före anteckningarna.",
            ),
        }
    }

    fn note(&mut self, n: usize, category: String, kind: NoteKind, text: &str) {
        if text.chars().count() > MAX_NOTE_CHARS {
            let message = format!(
                "Anteckningen har {} tecken; en anteckning får ha högst {MAX_NOTE_CHARS}. Korta den.",
                text.chars().count()
            );
            self.problem(n, text, &message);
            return;
        }
        self.preview.notes.push(PastedNote {
            category,
            kind,
            text: text.to_string(),
            line: n,
        });
    }

    /// The board's spelling of a category ("styrning" is "Styrning"); a new one is remembered.
    fn category(&mut self, name: &str) -> String {
        let lower = name.to_lowercase();
        if let Some(known) = self.known.iter().find(|c| c.to_lowercase() == lower) {
            return known.clone();
        }
        self.known.push(name.to_string());
        self.preview.new_categories.push(name.to_string());
        name.to_string()
    }

    fn problem(&mut self, n: usize, text: &str, message: &str) {
        self.preview.problems.push(PasteProblem {
            line: n,
            text: shown(text),
            message: message.to_string(),
        });
    }
}

/// The kinds of a row whose every filled cell names a kind (at least one), else None.
fn kinds_row(cells: &[&str]) -> Option<Vec<Option<NoteKind>>> {
    let kinds: Vec<Option<NoteKind>> = cells
        .iter()
        .map(|c| if c.is_empty() { None } else { kind_named(c) })
        .collect();
    let filled = cells.iter().filter(|c| !c.is_empty()).count();
    let named = kinds.iter().flatten().count();
    (filled > 0 && filled == named).then_some(kinds)
}

/// A line of dashes under a heading (as seed 001's plain-text tables have).
fn is_ruler(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.chars().all(|c| matches!(c, '-' | '_' | '=' | '\t' | ' '))
}

/// A problem's text as the preview shows it: tabs as gaps, at most a line's worth.
fn shown(text: &str) -> String {
    let one_line = text
        .split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    if one_line.chars().count() <= 160 {
        one_line
    } else {
        let cut: String = one_line.chars().take(159).collect();
        format!("{cut}…")
    }
}
