//! The `genogram` binary end to end: exit codes, output formats, standard input, schema.

use crate::common::{genogram, root};

#[test]
fn check_passes_on_every_example() {
    let mut examples: Vec<String> = std::fs::read_dir(root().join("examples"))
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| format!("examples/{}", p.file_name().and_then(|n| n.to_str()).expect("name")))
        .collect();
    examples.sort();
    assert!(examples.len() >= 5);
    let mut args = vec!["check"];
    args.extend(examples.iter().map(String::as_str));
    let run = genogram(root(), &args, b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr.lines().filter(|l| l.starts_with("ok: ")).count(), examples.len());
    assert!(!run.stderr.contains("warning["), "{}", run.stderr);
}

#[test]
fn check_reads_standard_input_for_a_dash() {
    let ok = genogram(
        root(),
        &["check", "-"],
        br#"{"genogram": 1, "index_person": "a", "people": [{"id": "a"}]}"#,
    );
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    assert_eq!(
        ok.stderr,
        "ok: <stdin>: 1 person, 0 unions, 0 emotional relationships, 0 events; 0 warnings\n"
    );
    let bad = genogram(
        root(),
        &["check", "-"],
        b"{\"genogram\": 1,\n  \"people\": [{\"id\": \"a\", \"sex\": \"mael\"}]}",
    );
    assert_eq!(bad.code, 1);
    insta::assert_snapshot!(bad.stderr, @r#"
    error[unknown-value]: unknown value `mael` for `sex`
      --> <stdin>:2:33 (people[0].sex)
       |
     2 |   "people": [{"id": "a", "sex": "mael"}]}
       |                                 ^
       = hint: did you mean `male`? expected one of: female, male, intersex, unknown

    invalid: <stdin>: 1 error, 0 warnings
    "#);
}

#[test]
fn json_format_is_one_document_on_stdout() {
    let run = genogram(
        &root().join("tests/fixtures/invalid"),
        &[
            "check",
            "--format",
            "json",
            "unknown-reference--child-typo.json",
            "../valid/every-field-present.json",
        ],
        b"",
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr, "");
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON on stdout");
    insta::assert_json_snapshot!(report, @r#"
    {
      "files": [
        {
          "diagnostics": [
            {
              "code": "unknown-reference",
              "column": 21,
              "hint": "did you mean `carla`? otherwise add a person with this id",
              "line": 24,
              "message": "no person has the id `karla`",
              "path": "unions[0].children[0].person",
              "severity": "error"
            }
          ],
          "file": "unknown-reference--child-typo.json",
          "valid": false
        },
        {
          "diagnostics": [],
          "file": "../valid/every-field-present.json",
          "valid": true
        }
      ]
    }
    "#);
}

#[test]
fn unreadable_files_and_bad_arguments_exit_with_2() {
    let missing = genogram(root(), &["check", "no-such-file.json"], b"");
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("cannot read no-such-file.json"), "{}", missing.stderr);
    // One unreadable file among good ones still exits 2, after checking the others.
    let mixed = genogram(root(), &["check", "examples/blended-family.json", "nope.json"], b"");
    assert_eq!(mixed.code, 2);
    assert!(mixed.stderr.contains("ok: examples/blended-family.json"), "{}", mixed.stderr);
    assert_eq!(genogram(root(), &["check"], b"").code, 2);
    assert_eq!(genogram(root(), &["frobnicate"], b"").code, 2);
    assert_eq!(genogram(root(), &["check", "--format", "xml", "x.json"], b"").code, 2);
}

#[test]
fn output_has_no_colour_when_not_a_terminal() {
    let run = genogram(
        &root().join("tests/fixtures/invalid"),
        &["check", "self-union--same-partner-twice.json"],
        b"",
    );
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
}

#[test]
fn schema_is_printed_and_written_atomically() {
    let run = genogram(root(), &["schema"], b"");
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, genogram_core::json_schema());
    let dir = std::env::temp_dir().join(format!("genogram-schema-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = dir.join("schema.json");
    let run = genogram(&dir, &["schema", "-o", "schema.json"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&out).expect("written"), genogram_core::json_schema());
    let leftovers: Vec<_> =
        std::fs::read_dir(&dir).expect("dir").map(|e| e.expect("e").file_name()).collect();
    assert_eq!(leftovers.len(), 1, "temporary files left behind: {leftovers:?}");
    std::fs::remove_dir_all(&dir).expect("cleanup");
}
