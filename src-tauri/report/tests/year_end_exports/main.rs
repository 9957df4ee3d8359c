//! The year-end återrapport (the council's and a group's) as PDF and Word, read back the way a
//! reader would: the PDF through poppler, the .docx through the schema check and python-docx.

mod council;
mod docx;
mod pdf;
#[path = "../plan_exports/readers.rs"]
mod readers;
#[path = "../plan_exports/text_of.rs"]
mod text_of;
