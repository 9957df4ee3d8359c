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
