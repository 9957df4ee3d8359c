//! A working group's uppdragsbeskrivning as PDF and Word, read back the way a reader would:
//! the PDF through poppler, the .docx through the schema check, LibreOffice and python-docx.

mod council;
mod docx;
mod hostile;
mod pdf;
#[path = "../plan_exports/readers.rs"]
mod readers;
mod several;
#[path = "../plan_exports/text_of.rs"]
mod text_of;
