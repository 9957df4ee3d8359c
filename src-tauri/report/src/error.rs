//! What can go wrong while making a document, worded for the secretary.

/// A document could not be made. The message is Swedish and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The PDF writer refused the document.
    #[error("PDF-filen kunde inte skapas: {0}")]
    Pdf(String),
    /// The Word file could not be assembled.
    #[error("Word-filen kunde inte skapas: {0}")]
    Docx(String),
    /// The Excel writer refused the workbook (for example a cell longer than Excel allows).
    #[error("Excel-filen kunde inte skapas: {0}")]
    Xlsx(String),
    /// A meeting or deadline cannot be written to a calendar file as it is.
    #[error(transparent)]
    Calendar(#[from] crate::calendar::CalendarError),
    /// The document is only made in some formats ("Uppdragsbeskrivningen kan sparas som PDF
    /// eller Word").
    #[error("{document} kan sparas som PDF eller Word, inte som {format}. Välj PDF eller Word.")]
    FormatNotOffered {
        document: &'static str,
        format: &'static str,
    },
    /// The picture could not be encoded.
    #[error("Bilden kunde inte skapas: {0}")]
    Png(String),
    /// The embedded font could not be read; the program itself is damaged.
    #[error("Typsnittet i programmet kunde inte läsas. Installera om Rådsplan.")]
    Font,
}

impl From<rust_xlsxwriter::XlsxError> for ReportError {
    fn from(error: rust_xlsxwriter::XlsxError) -> Self {
        ReportError::Xlsx(error.to_string())
    }
}
