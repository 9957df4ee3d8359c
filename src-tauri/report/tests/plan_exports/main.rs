//! The plan's exports, read back the way a reader would: PDF text through poppler, Excel
//! through calamine, CSV through a small RFC 4180 reader.

mod csv;
mod document_model;
mod docx;
mod example;
mod pdf;
mod pdf_info;
mod readers;
mod round_trip;
mod schedule_marks;
mod xlsx;
