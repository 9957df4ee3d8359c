//! The formats a plan can be published in, and rendering a plan in one of them. The CLI and the
//! window's export share this, so both write the same bytes.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::document::Document;
use crate::{plan_csv, plan_docx, plan_pdf, plan_xlsx, write_docx, write_pdf};
use crate::{PlanDocument, ReportError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum DocumentFormat {
    Pdf,
    Docx,
    Xlsx,
    Csv,
}

impl DocumentFormat {
    /// The word a script types: `pdf`, `docx` (or `word`), `xlsx` (or `excel`), `csv`, in any
    /// case.
    pub fn parse(word: &str) -> Option<DocumentFormat> {
        match word.to_lowercase().as_str() {
            "pdf" => Some(DocumentFormat::Pdf),
            "docx" | "word" => Some(DocumentFormat::Docx),
            "xlsx" | "excel" => Some(DocumentFormat::Xlsx),
            "csv" => Some(DocumentFormat::Csv),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            DocumentFormat::Pdf => "pdf",
            DocumentFormat::Docx => "docx",
            DocumentFormat::Xlsx => "xlsx",
            DocumentFormat::Csv => "csv",
        }
    }

    /// The name a save dialog shows for the filter.
    pub fn label(self) -> &'static str {
        match self {
            DocumentFormat::Pdf => "PDF",
            DocumentFormat::Docx => "Word",
            DocumentFormat::Xlsx => "Excel",
            DocumentFormat::Csv => "CSV (semikolonseparerad)",
        }
    }

    /// A text document (`document_name` says which, for the refusal: "Uppdragsbeskrivningen")
    /// as PDF or Word; a spreadsheet format is refused in words the secretary understands.
    pub fn render_text_document(
        self,
        document: &Document,
        document_name: &'static str,
    ) -> Result<Vec<u8>, ReportError> {
        match self {
            DocumentFormat::Pdf => write_pdf(document),
            DocumentFormat::Docx => write_docx(document),
            DocumentFormat::Xlsx | DocumentFormat::Csv => Err(ReportError::FormatNotOffered {
                document: document_name,
                format: self.label(),
            }),
        }
    }

    pub fn render_plan(self, doc: &PlanDocument) -> Result<Vec<u8>, ReportError> {
        match self {
            DocumentFormat::Pdf => plan_pdf(doc),
            DocumentFormat::Docx => plan_docx(doc),
            DocumentFormat::Xlsx => plan_xlsx(doc),
            DocumentFormat::Csv => Ok(plan_csv(doc).into_bytes()),
        }
    }
}
