//! Documents as PDF: A4 pages in the section's orientation, DejaVu Sans embedded (every
//! character prints), text laid out by hand (printpdf has no layout engine we can use for
//! tables): running text flows over pages, tables repeat their header rows, and every page gets
//! its footer once the page count is known.

mod blocks;
mod chrome;
mod flow;
pub(crate) mod fonts;
mod page;
mod rich;
mod styles;
mod table;
mod wrap;

use printpdf::{PdfDocument, PdfSaveOptions};

use crate::document::{Document, HeadingNumbers};
use crate::error::ReportError;
use crate::plan::plan_document_model;
use crate::plan_model::PlanDocument;
use page::{Geometry, PageKind, MARGIN_LEFT};

/// The plan as the bytes of a PDF file.
pub fn plan_pdf(doc: &PlanDocument) -> Result<Vec<u8>, ReportError> {
    write_pdf(&plan_document_model(doc))
}

/// Any document as the bytes of a PDF file.
pub fn write_pdf(document: &Document) -> Result<Vec<u8>, ReportError> {
    let mut pdf = PdfDocument::new(&document.metadata.title);
    pdf.metadata.info.author = document.metadata.author.clone();
    pdf.metadata.info.creator = "Rådsplan".to_string();
    // Without this the document says it was made on 1 January 1970 (printpdf's default).
    let made = pdf_date(document.metadata.created);
    pdf.metadata.info.creation_date = made;
    pdf.metadata.info.modification_date = made;
    pdf.metadata.info.metadata_date = made;
    let fonts = fonts::Fonts::load(&mut pdf)?;

    let mut pages = Vec::new();
    let contents = document.contents_entries();
    let mut counters = blocks::Counters {
        numbers: HeadingNumbers::default(),
        contents: &contents,
    };
    for (index, section) in document.sections.iter().enumerate() {
        let kind = PageKind {
            section: index,
            geometry: Geometry::of(section.paper, section.orientation),
        };
        let width = kind.geometry.content_width();
        let mut flow = flow::Flow::on_new_page(&fonts, &mut pages, kind, MARGIN_LEFT, width);
        blocks::blocks(&mut flow, &mut counters, &section.blocks);
    }
    chrome::decorate(&mut pages, &fonts, &document.sections);

    let pages = pages.into_iter().map(page::Page::into_pdf_page).collect();
    let mut warnings = Vec::new();
    let bytes = pdf
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut warnings);
    if bytes.is_empty() {
        return Err(ReportError::Pdf(format!("{warnings:?}")));
    }
    Ok(bytes)
}

/// The instant as printpdf writes it. printpdf always labels the time "+00'00'" (UTC), so the
/// fields must be the UTC ones: 14:25 in Stockholm in September is written as 12:25.
fn pdf_date(at: chrono::DateTime<chrono::FixedOffset>) -> printpdf::OffsetDateTime {
    use chrono::{Datelike, Timelike};
    let utc = at.naive_utc();
    printpdf::OffsetDateTime::new_in_offset(
        printpdf::Date {
            year: utc.year(),
            month: utc.month() as u8,
            day: utc.day() as u8,
        },
        printpdf::Time {
            hour: utc.hour() as u8,
            minute: utc.minute() as u8,
            second: utc.second() as u8,
            millisecond: 0,
        },
        printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    )
}
