//! `radsplan export timeline`: the example's 2022 in weeks as a PDF, or as one PNG picture for a
//! slide; another format refused with why.

use std::process::Command;

use crate::{arg, example_db, radsplan, text, verify_report};

#[test]
fn export_timeline_writes_the_year_as_a_pdf_grouped_as_asked() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let out = dir.path().join("Tidslinje 2022.pdf");
    let (db_arg, out_arg) = (arg(&db), arg(&out));

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
fn export_timeline_as_png_draws_the_year_on_one_full_hd_wide_picture_on_record() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let out = dir.path().join("Tidslinje 2022.png");
    let (db_arg, out_arg) = (arg(&db), arg(&out));

    let output = radsplan(&[
        "export",
        "timeline",
        "--db",
        db_arg,
        "--year",
        "2022",
        "--format",
        "png",
        "--out",
        out_arg,
        "--today",
        "2022-10-01",
    ]);
    assert!(output.status.success(), "stderr: {}", text(&output.stderr));
    let bytes = std::fs::read(&out).expect("the picture");
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    // ImageMagick reads it back: 1920 wide, taller than a header, and drawn in many colours
    // (the priority colours, the grid, text smoothed at its edges), not a blank canvas.
    let identify = Command::new("identify")
        .args(["-format", "%w %h %k", out_arg])
        .output()
        .expect("identify (ImageMagick)");
    let seen = text(&identify.stdout);
    let numbers: Vec<u32> = seen
        .split_whitespace()
        .map(|n| n.parse().expect("a number"))
        .collect();
    assert_eq!(numbers[0], 1920, "{seen}");
    assert!(numbers[1] > 400, "every lane under one header: {seen}");
    assert!(numbers[2] > 20, "colours: {seen}");

    // The picture is on record like every export.
    let verify = verify_report(&db, &out);
    assert!(verify.status.success(), "stdout: {}", text(&verify.stdout));
}

#[test]
fn export_timeline_as_svg_is_refused_in_swedish_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("Tidslinje.svg");
    let output = radsplan(&[
        "export",
        "timeline",
        "--db",
        "x.radsplan",
        "--year",
        "2022",
        "--format",
        "svg",
        "--out",
        arg(&out),
    ]);
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("Tidslinjen kan sparas som pdf eller png, inte som ”svg”")
    );
    assert!(!out.exists());
}
