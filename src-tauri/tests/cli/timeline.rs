//! `radsplan export timeline`: the example's 2022 in weeks as a PDF, or as one PNG picture for a
//! slide; another format refused with why.

use std::path::PathBuf;
use std::process::{Command, Output};

use crate::{arg, example_db, radsplan, text};

/// `radsplan export timeline` run on the example (in a folder of its own) for 2022 as seen on
/// 1 Oct 2022, writing `file` in that folder, with `flags` added.
struct Run {
    _dir: tempfile::TempDir,
    db: PathBuf,
    out: PathBuf,
    output: Output,
}

impl Run {
    fn db_arg(&self) -> &str {
        arg(&self.db)
    }

    fn out_arg(&self) -> &str {
        arg(&self.out)
    }
}

fn export_example(file: &str, flags: &[&str]) -> Run {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let out = dir.path().join(file);
    let (db_arg, out_arg) = (arg(&db), arg(&out));
    let mut args = vec![
        "export",
        "timeline",
        "--db",
        db_arg,
        "--year",
        "2022",
        "--out",
        out_arg,
        "--today",
        "2022-10-01",
    ];
    args.extend_from_slice(flags);
    let output = radsplan(&args);
    Run {
        _dir: dir,
        db,
        out,
        output,
    }
}

#[test]
fn export_timeline_writes_the_year_as_a_pdf_grouped_as_asked() {
    let run = export_example(
        "Tidslinje 2022.pdf",
        &["--format", "pdf", "--group-by", "group"],
    );
    let (output, out_arg) = (&run.output, run.out_arg());
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
    let run = export_example("Tidslinje 2022.png", &["--format", "png"]);
    let (output, out_arg, db_arg) = (&run.output, run.out_arg(), run.db_arg());
    assert!(output.status.success(), "stderr: {}", text(&output.stderr));
    let bytes = std::fs::read(&run.out).expect("the picture");
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
    let verify = radsplan(&["verify-report", "--db", db_arg, "--file", out_arg]);
    assert!(verify.status.success(), "stdout: {}", text(&verify.stdout));
}

/// `radsplan export timeline` with `flags` that are refused before any file is opened (the
/// council file named does not exist).
fn refused(out: &std::path::Path, flags: &[&str]) -> Output {
    let mut args = vec![
        "export",
        "timeline",
        "--db",
        "x.radsplan",
        "--year",
        "2022",
        "--out",
        arg(out),
    ];
    args.extend_from_slice(flags);
    radsplan(&args)
}

#[test]
fn export_timeline_as_svg_is_refused_in_swedish_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("Tidslinje.svg");
    let output = refused(&out, &["--format", "svg"]);
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("Tidslinjen kan sparas som pdf eller png, inte som ”svg”")
    );
    assert!(!out.exists());
}

#[test]
fn export_timeline_with_paper_a3_prints_a3_landscape_and_keeps_the_paper_on_record() {
    let run = export_example(
        "Tidslinje 2022 A3.pdf",
        &["--format", "pdf", "--paper", "a3"],
    );
    assert!(
        run.output.status.success(),
        "stderr: {}",
        text(&run.output.stderr)
    );
    let info = Command::new("pdfinfo")
        .arg(run.out_arg())
        .output()
        .expect("pdfinfo");
    // 420 × 297 mm.
    assert!(
        text(&info.stdout).contains("1190.55 x 841.89"),
        "{}",
        text(&info.stdout)
    );

    let storage = radsplan_core::Storage::open(&run.db, chrono::Utc::now()).expect("open");
    let records = storage.report_records().expect("records");
    assert_eq!(records.len(), 1);
    assert!(
        records[0].options.contains(r#""paper":"a3""#),
        "{}",
        records[0].options
    );
}

#[test]
fn export_timeline_refuses_a_paper_it_does_not_print_on_and_paper_for_a_picture() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("Tidslinje.pdf");
    let export = |format: &str, paper: &str| refused(&out, &["--format", format, "--paper", paper]);

    let a5 = export("pdf", "a5");
    assert!(!a5.status.success());
    assert!(
        text(&a5.stderr).contains("--paper vill ha a4 eller a3 (liggande), inte ”a5”"),
        "{}",
        text(&a5.stderr)
    );
    let picture = export("png", "a3");
    assert!(!picture.status.success());
    assert!(
        text(&picture.stderr).contains("--paper gäller bara pdf"),
        "{}",
        text(&picture.stderr)
    );
    assert!(!out.exists());
}
