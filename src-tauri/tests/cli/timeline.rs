//! `radsplan export timeline`: the example's 2022 in weeks as a PDF; PNG refused with why.

use std::process::Command;

use crate::{radsplan, text};

#[test]
fn export_timeline_writes_the_year_as_a_pdf_grouped_as_asked() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("exempel.radsplan");
    let out = dir.path().join("Tidslinje 2022.pdf");
    let db_arg = db.to_str().expect("utf-8 path");
    let out_arg = out.to_str().expect("utf-8 path");
    assert!(radsplan(&["example", db_arg]).status.success());

    let output = radsplan(&[
        "export",
        "timeline",
        "--db",
        db_arg,
        "--year",
        "2022",
        "--format",
        "pdf",
        "--out",
        out_arg,
        "--group-by",
        "group",
        "--today",
        "2022-10-01",
    ]);
    assert!(output.status.success(), "stderr: {}", text(&output.stderr));
    assert!(text(&output.stdout).contains("Tidslinjen 2022 skrevs till"));
    let pdf = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8", out_arg, "-"])
        .output()
        .expect("pdftotext");
    let words = text(&pdf.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(words.contains("Tidslinje 2022"), "{words}");
    assert!(words.contains("grupperad efter arbetsgrupp"), "{words}");
    assert!(
        words.contains("Kunskapssammanställning, 12 okt 2022, v. 41"),
        "{words}"
    );
}

#[test]
fn export_timeline_as_png_is_refused_in_swedish_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("Tidslinje.png");
    let output = radsplan(&[
        "export",
        "timeline",
        "--db",
        "x.radsplan",
        "--year",
        "2022",
        "--format",
        "png",
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("Tidslinjen kan sparas som pdf, inte som ”png”"));
    assert!(!out.exists());
}
