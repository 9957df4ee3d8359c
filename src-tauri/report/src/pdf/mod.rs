//! The aktivitetsplan as a PDF: A4 landscape, DejaVu Sans embedded (every character prints),
//! a title page, then one table per focus area laid out by hand.

mod chrome;
mod flow;
mod focus_area;
mod fonts;
mod page;
mod table;
mod title_page;
mod wrap;

use printpdf::{PdfDocument, PdfSaveOptions};

use crate::error::ReportError;
use crate::plan_model::PlanDocument;

/// The plan as the bytes of a PDF file.
pub fn plan_pdf(doc: &PlanDocument) -> Result<Vec<u8>, ReportError> {
    let title = format!("Aktivitetsplan {} – {}", doc.year, doc.council_name);
    let mut pdf = PdfDocument::new(&title);
    pdf.metadata.info.author = doc.council_name.clone();
    pdf.metadata.info.creator = "Rådsplan".to_string();
    // Without this the document says it was made on 1 January 1970 (printpdf's default).
    let made = pdf_date(doc.generated_at);
    pdf.metadata.info.creation_date = made;
    pdf.metadata.info.modification_date = made;
    pdf.metadata.info.metadata_date = made;
    let fonts = fonts::Fonts::load(&mut pdf)?;

    let mut pages = Vec::new();
    title_page::title_page(&mut pages, &fonts, doc);
    for area in &doc.focus_areas {
        focus_area::focus_area(&mut pages, &fonts, area);
    }
    chrome::decorate(&mut pages, &fonts, doc);

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
