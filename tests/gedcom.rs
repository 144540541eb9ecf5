//! GEDCOM import on real files: the redistributable corpus in `tests/fixtures/gedcom/`, and the
//! whole team corpus when `GENOGRAM_GEDCOM_CORPUS` names its folder (`.ci/run` sets it).

use std::path::{Path, PathBuf};

use crate::common::{genogram, root, temp_dir};
use genogram_gedcom::{Options, Severity, import};

/// Files whose import must fail, and the message that names why.
const REFUSED: &[(&str, &str)] =
    &[("circular-reference.ged", "own ancestor"), ("problemFile.ged", "own ancestor")];

fn ged_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ged"))
        .collect();
    files.sort();
    files
}

/// `grep -c '^0 @…@ TAG'` with CR, LF or CRLF line ends.
fn count_records(bytes: &[u8], tag: &str) -> usize {
    let text = String::from_utf8_lossy(bytes).replace('\r', "\n");
    text.lines()
        .filter(|l| {
            let l = l.trim_start_matches('\u{FEFF}');
            let mut w = l.split_whitespace();
            w.next() == Some("0")
                && w.next().is_some_and(|x| x.starts_with('@'))
                && w.next() == Some(tag)
        })
        .count()
}

fn check_file(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).expect("name").to_owned();
    let bytes = std::fs::read(path).expect("read");
    let refused = REFUSED.iter().find(|(n, _)| *n == name);
    let result = import(&bytes, &Options::default());
    let imported = match (result, refused) {
        (Err(e), Some((_, why))) => {
            assert!(
                e.problems()
                    .iter()
                    .any(|p| p.severity == Severity::Error && p.message.contains(why)),
                "{name}: {e}"
            );
            import(&bytes, &Options { break_cycles: true, ..Options::default() })
                .unwrap_or_else(|e| panic!("{name} with --break-cycles: {e}"))
        }
        (Ok(_), Some(_)) => panic!("{name} must be refused"),
        (Err(e), None) => panic!("{name}: {e}"),
        (Ok(i), None) => i,
    };
    let s = &imported.summary;
    let (indi, fam) = (count_records(&bytes, "INDI"), count_records(&bytes, "FAM"));
    let left_out_families = imported
        .warnings
        .iter()
        .filter(|w| {
            w.message.contains("has no one in it") || w.message.contains("children but no parent")
        })
        .count();
    assert_eq!(
        s.people + s.unions + s.restricted + left_out_families,
        indi + fam,
        "{name}: every INDI and FAM record is imported or accounted for"
    );
    assert!(s.people <= indi && s.unions <= fam);
    // The result is a valid genogram.
    if let Err(e) = genogram_core::Genogram::from_document(imported.document.clone()) {
        panic!(
            "{name}: the converted genogram is invalid: {:?}",
            e.diagnostics().iter().map(|d| d.message.clone()).collect::<Vec<_>>()
        );
    }
    format!("{s}{} warnings\n", imported.warnings.len())
}

#[test]
fn redistributable_corpus_imports() {
    for path in ged_files(&root().join("tests/fixtures/gedcom")) {
        let summary = check_file(&path);
        let name = path.file_stem().and_then(|n| n.to_str()).expect("name").to_owned();
        insta::assert_snapshot!(format!("gedcom-{name}"), summary);
    }
}

#[test]
fn team_corpus_imports_when_present() {
    let Some(dir) = std::env::var_os("GENOGRAM_GEDCOM_CORPUS") else { return };
    let dir = PathBuf::from(dir);
    assert!(dir.is_dir(), "GENOGRAM_GEDCOM_CORPUS={} is not a folder", dir.display());
    let files = ged_files(&dir);
    assert!(files.len() >= 12, "expected the 12 GEDCOM files of the corpus, found {}", files.len());
    for path in files {
        let summary = check_file(&path);
        let name = path.file_stem().and_then(|n| n.to_str()).expect("name").to_owned();
        // Summaries only (counts and tag names), never the family data.
        insta::assert_snapshot!(format!("gedcom-corpus-{name}"), summary);
    }
}

#[test]
fn cli_reads_gedcom_in_every_command() {
    let dir = temp_dir("gedcom");
    let kennedy = root().join("tests/fixtures/gedcom/kennedy.ged");
    let kennedy = kennedy.to_str().expect("path");
    let run = genogram(&dir, &["import", kennedy, "-o", "k.json"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("208 people, 75 unions"), "{}", run.stderr);
    assert!(run.stderr.contains("not mapped"), "the summary lists unmapped tags: {}", run.stderr);
    assert_eq!(genogram(&dir, &["check", "k.json"], b"").code, 0);
    let check = genogram(&dir, &["check", kennedy], b"");
    assert_eq!(check.code, 0, "{}", check.stderr);
    let svg =
        genogram(&dir, &["render", kennedy, "--focus", "@I104@", "--up", "2", "--down", "1"], b"");
    assert_eq!(svg.code, 0, "{}", svg.stderr);
    assert!(
        svg.stdout.contains("<title>John Fitzgerald KENNEDY (1917–1963)")
            && svg.stdout.contains("<svg")
    );
    let report = genogram(&dir, &["report", kennedy, "--focus", "@I104@"], b"");
    assert_eq!(report.code, 0, "{}", report.stderr);
    assert!(report.stdout.starts_with("# Genogram report: kennedy"));
    let strict = genogram(&dir, &["import", kennedy, "--strict"], b"");
    assert_eq!(strict.code, 1);
    assert!(strict.stderr.contains("--strict refuses unmapped tags"), "{}", strict.stderr);
    let circular = root().join("tests/fixtures/gedcom/circular-reference.ged");
    let circular = circular.to_str().expect("path");
    let refused = genogram(&dir, &["check", circular], b"");
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("own ancestor")
            && refused.stderr.contains("circular-reference.ged:"),
        "{}",
        refused.stderr
    );
    let broken = genogram(&dir, &["import", circular, "--break-cycles"], b"");
    assert_eq!(broken.code, 0, "{}", broken.stderr);
    let garbage =
        genogram(&dir, &["import", "-"], b"\x00\x01garbage\xff\xfe and more\nnot gedcom at all\n");
    assert_eq!(garbage.code, 1, "{}", garbage.stderr);
    assert!(garbage.stderr.contains("not a GEDCOM file"), "{}", garbage.stderr);
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

#[test]
fn export_writes_gedcom_7_that_imports_back_to_the_same_genogram() {
    let dir = temp_dir("gedcom-export");
    let family = root().join("examples/clarke-moreno-family.json");
    let family = family.to_str().expect("path");
    let run = genogram(&dir, &["export", family, "--to", "gedcom7", "-o", "f.ged"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ged = std::fs::read_to_string(dir.join("f.ged")).expect("written");
    assert!(ged.starts_with("0 HEAD\n1 GEDC\n2 VERS 7.0\n1 SCHMA\n2 TAG _GENO "));
    let back = genogram(&dir, &["import", "f.ged", "--strict", "-o", "back.json"], b"");
    assert_eq!(back.code, 0, "{}", back.stderr);
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(family).expect("read")).expect("json");
    let again: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("back.json")).expect("read"))
            .expect("json");
    assert_eq!(original, again);
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

/// royal92.ged marks marriages `1 DIV N`: no divorce happened (GEDCOM 5.5.1).
#[test]
fn div_n_is_no_divorce_victoria_and_albert_stay_married() {
    let bytes = std::fs::read(root().join("tests/fixtures/gedcom/royal92.ged")).expect("read");
    let imported = import(&bytes, &Options::default()).expect("imports");
    assert_eq!(imported.summary.not_happened.get("FAM.DIV N"), Some(&9));
    let g = genogram_core::Genogram::from_document(imported.document).expect("valid").genogram;
    for (wife, husband, who) in
        [("@I1@", "@I2@", "Victoria and Albert"), ("@I52@", "@I57@", "Elizabeth II and Philip")]
    {
        let (wife, husband) =
            (genogram_core::PersonId::new(wife), genogram_core::PersonId::new(husband));
        let u = g
            .unions()
            .iter()
            .find(|u| u.partners.contains(&wife) && u.partners.contains(&husband))
            .expect("their union");
        assert_eq!(u.current_status(), Some(genogram_core::UnionStatus::Married), "{who}");
        assert!(!u.has_ended(), "{who}");
        let term = g.kinship(&husband, &wife).expect("related").term().to_owned();
        assert!(!term.contains("ex-") && !term.contains("former"), "{who}: {term}");
    }
}
