//! The outside programs that read a .docx back: the ECMA-376 schema check, LibreOffice and
//! python-docx. Each is installed on every machine that runs these tests (a missing one fails
//! the test rather than skipping it).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Writes `bytes` to `name` in a new temporary directory (kept alive by the guard).
pub fn write_temp(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write file");
    (dir, path)
}

/// `shared/tools/check-ooxml`, beside the repository.
fn check_ooxml_tool() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/tools/check-ooxml")
}

/// Every XML part validates against the ECMA-376 Transitional schemas.
pub fn assert_valid_ooxml(path: &Path) {
    let tool = check_ooxml_tool();
    assert!(tool.exists(), "{} is missing", tool.display());
    let out = Command::new("python3")
        .arg(&tool)
        .arg(path)
        .output()
        .expect("python3 runs check-ooxml");
    assert!(
        out.status.success(),
        "check-ooxml found problems:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The document converted to PDF by LibreOffice, as pdftotext reads it (`-raw`, whitespace
/// collapsed).
pub fn libreoffice_text(path: &Path) -> String {
    let dir = path.parent().expect("in a directory");
    let profile = tempfile::tempdir().expect("profile dir");
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(path)
        .output()
        .expect("soffice is installed (libreoffice-writer-nogui)");
    let pdf = path.with_extension("pdf");
    assert!(
        out.status.success() && pdf.exists(),
        "LibreOffice could not convert: {out:?}"
    );
    let text = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    assert!(text.status.success(), "pdftotext failed: {text:?}");
    String::from_utf8(text.stdout)
        .expect("UTF-8")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What python-docx reads: one line per paragraph (`P<TAB>style<TAB>text`), then per table one
/// line per row (`T<TAB>table<TAB>header?<TAB>cell|cell…`) with `#fill` after a shaded cell.
pub fn python_docx_dump(path: &Path) -> Vec<String> {
    const SCRIPT: &str = r##"
import sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    print("P\t%s\t%s" % (p.style.name, p.text.replace("\n", " ")))
for t, table in enumerate(d.tables):
    for row in table.rows:
        header = row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
        cells = []
        for cell in row.cells:
            shd = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
            fill = "#" + shd.get(qn("w:fill")) if shd is not None else ""
            cells.append(cell.text.replace("\n", " / ") + fill)
        print("T\t%d\t%s\t%s" % (t, "H" if header else "", "|".join(cells)))
"##;
    let out = Command::new("python3")
        .args(["-c", SCRIPT])
        .arg(path)
        .output()
        .expect("python3 with python-docx");
    assert!(
        out.status.success(),
        "python-docx could not read the file: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(str::to_string)
        .collect()
}

/// Asserts that `needles` occur in `haystack` in this order.
pub fn assert_in_order(haystack: &str, needles: &[String]) {
    let mut from = 0;
    for needle in needles {
        match haystack[from..].find(needle.as_str()) {
            Some(at) => from += at + needle.len(),
            None => panic!("{needle:?} missing (or out of order) after byte {from}"),
        }
    }
}
