//! Reading a document's text back for comparison: a PDF through poppler, a .docx dump (see
//! `readers::python_docx_dump`) by paragraph style.

use std::path::Path;
use std::process::Command;

pub fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    assert!(out.status.success(), "pdftotext failed: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Without whitespace: a word longer than its cell may be split, so only the characters, in
/// order, are compared.
pub fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text of the dump's paragraphs in `style` ("Heading 1"), in order.
pub fn paragraphs_in<'a>(dump: &'a [String], style: &str) -> Vec<&'a str> {
    let prefix = format!("P\t{style}\t");
    dump.iter()
        .filter_map(|l| l.strip_prefix(prefix.as_str()))
        .collect()
}
