//! The `genogram` binary end to end: exit codes, output formats, standard input, schema.

use crate::common::{genogram, json_files, root};

#[test]
fn check_passes_on_every_example() {
    let examples: Vec<String> = json_files("examples")
        .iter()
        .map(|p| format!("examples/{}", p.file_name().and_then(|n| n.to_str()).expect("name")))
        .collect();
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

/// A fresh temporary folder for one test.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("genogram-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn anonymize_creates_a_key_and_reuses_it() {
    let dir = temp_dir("anonymize");
    let family = root().join("examples/blended-family.json");
    let family = family.to_str().expect("path");
    let first = genogram(
        &dir,
        &[
            "anonymize",
            family,
            "--key",
            "key",
            "-o",
            "case.json",
            "--manifest",
            "manifest.json",
            "--reveal-map",
            "map.json",
        ],
        b"",
    );
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(first.stderr.contains("created a new key in key"), "{}", first.stderr);
    assert!(
        first.stderr.contains("map.json maps the pseudonyms back to real names"),
        "{}",
        first.stderr
    );
    let case = std::fs::read_to_string(dir.join("case.json")).expect("case written");
    assert!(!case.contains("Maya") && !case.contains("Lindqvist"));
    let check = genogram(&dir, &["check", "case.json"], b"");
    assert_eq!(check.code, 0, "{}", check.stderr);
    let map = std::fs::read_to_string(dir.join("map.json")).expect("map written");
    assert!(map.contains("Maya Okafor"));
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("manifest.json")).expect("manifest"),
    )
    .expect("json");
    assert_eq!(manifest["settings"]["names"], "pseudonyms");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for private in ["key", "map.json"] {
            let mode = std::fs::metadata(dir.join(private)).expect("file").permissions().mode();
            assert_eq!(mode & 0o077, 0, "{private} is readable by others");
        }
    }
    // The same key gives the same bytes.
    let second = genogram(&dir, &["anonymize", family, "--key", "key"], b"");
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert_eq!(second.stdout, case);
    assert!(!second.stderr.contains("created"), "{}", second.stderr);
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

#[test]
fn anonymize_refuses_to_overwrite_its_input_or_read_bad_input() {
    let dir = temp_dir("anonymize-refusals");
    std::fs::copy(root().join("examples/blended-family.json"), dir.join("family.json"))
        .expect("copy");
    let before = std::fs::read(dir.join("family.json")).expect("input");
    let run = genogram(&dir, &["anonymize", "family.json", "--key", "k", "-o", "family.json"], b"");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("refusing to overwrite the input file"), "{}", run.stderr);
    assert_eq!(std::fs::read(dir.join("family.json")).expect("input"), before);
    // Invalid input: diagnostics as `check` prints them, exit 1, nothing written.
    let bad = genogram(
        &dir,
        &["anonymize", "-", "-o", "out.json"],
        br#"{"genogram": 1, "people": [{"id": "a", "sex": "mael"}]}"#,
    );
    assert_eq!(bad.code, 1);
    assert!(bad.stderr.starts_with("error[unknown-value]"), "{}", bad.stderr);
    assert!(!dir.join("out.json").exists());
    // Unknown words and too-short keys are usage problems.
    assert_eq!(genogram(&dir, &["anonymize", "family.json", "--keep", "names"], b"").code, 2);
    std::fs::write(dir.join("short-key"), "abc").expect("key");
    let short = genogram(&dir, &["anonymize", "family.json", "--key", "short-key"], b"");
    assert_eq!(short.code, 2);
    assert!(short.stderr.contains("at least 16"), "{}", short.stderr);
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

#[test]
fn render_writes_svg_and_layout_metrics() {
    let dir = temp_dir("render");
    let family = root().join("examples/twins-and-pregnancy-loss.json");
    let family = family.to_str().expect("path");
    let run =
        genogram(&dir, &["render", family, "-o", "out.svg", "--layout-json", "layout.json"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let svg = std::fs::read_to_string(dir.join("out.svg")).expect("svg written");
    assert!(svg.starts_with("<svg") && svg.contains("Legend") && svg.contains("Anna"));
    let layout: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("layout.json")).expect("layout"))
            .expect("json");
    assert_eq!(layout["metrics"]["overlaps"], 0);
    assert_eq!(layout["people"].as_array().map(Vec::len), Some(21));
    let bare = genogram(&dir, &["render", family, "--no-legend", "--no-emotional"], b"");
    assert_eq!(bare.code, 0);
    assert!(!bare.stdout.contains("Legend") && !bare.stdout.contains("class=\"emotional\""));
    let bad = genogram(&dir, &["render", "-"], b"{\"genogram\": 1, \"people\": [{}]}");
    assert_eq!(bad.code, 1);
    assert!(bad.stderr.starts_with("error[missing-field]"), "{}", bad.stderr);
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

#[test]
fn render_anonymize_draws_what_anonymize_writes() {
    let dir = temp_dir("render-anonymize");
    let family = root().join("examples/addiction-and-cutoffs.json");
    let family = family.to_str().expect("path");
    let written = genogram(
        &dir,
        &["anonymize", family, "--key", "k", "--dates", "years", "-o", "case.json"],
        b"",
    );
    assert_eq!(written.code, 0, "{}", written.stderr);
    let from_file = genogram(&dir, &["render", "case.json"], b"");
    let on_the_fly =
        genogram(&dir, &["render", family, "--anonymize", "--key", "k", "--dates", "years"], b"");
    assert_eq!(on_the_fly.code, 0, "{}", on_the_fly.stderr);
    assert_eq!(from_file.stdout, on_the_fly.stdout);
    assert!(!on_the_fly.stdout.contains("Whitfield") && !on_the_fly.stdout.contains("Josh"));
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

#[test]
fn render_labels_choose_the_text_with_each_person() {
    let family = root().join("examples/addiction-and-cutoffs.json");
    let family = family.to_str().expect("path");
    let default = genogram(root(), &["render", family], b"");
    let chosen =
        genogram(root(), &["render", family, "--labels", "name,occupation,conditions"], b"");
    assert_eq!((default.code, chosen.code), (0, 0));
    assert!(
        !default.stdout.contains("\ntruck driver\n") && chosen.stdout.contains("\ntruck driver\n")
    );
    assert!(chosen.stdout.contains("\ncannabis use\n"));
    assert!(default.stdout.contains("\n1945–2012\n") && !chosen.stdout.contains("\n1945–2012\n"));
    assert_eq!(genogram(root(), &["render", family, "--labels", "shoe-size"], b"").code, 2);
}

#[test]
fn render_focus_draws_the_family_around_one_person() {
    let family = root().join("examples/addiction-and-cutoffs.json");
    let family = family.to_str().expect("path");
    let whole = genogram(root(), &["render", family], b"");
    let focused = genogram(root(), &["render", family, "--focus", "lisa", "--up", "1"], b"");
    assert_eq!((whole.code, focused.code), (0, 0), "{}", focused.stderr);
    // Lisa, her parents, brother, husband and children; not her husband's parents.
    for name in ["Lisa", "Linda", "Tim", "Michael", "Josh", "Emily"] {
        assert!(focused.stdout.contains(&format!("\n{name}\n")), "{name} missing");
    }
    assert!(whole.stdout.contains("\nEdith\n") && !focused.stdout.contains("\nEdith\n"));
    let narrow = genogram(
        root(),
        &["render", family, "--focus", "lisa", "--up", "0", "--down", "0", "--no-collateral"],
        b"",
    );
    assert!(narrow.stdout.contains("\nMichael\n") && !narrow.stdout.contains("\nJosh\n"));
    let unknown = genogram(root(), &["render", family, "--focus", "lissa"], b"");
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("addiction-and-cutoffs.json")
            && unknown.stderr.contains("no person with id `lissa`"),
        "{}",
        unknown.stderr
    );
    assert_eq!(genogram(root(), &["render", family, "--up", "1"], b"").code, 2);
}

#[test]
fn render_suggests_a_focus_for_a_big_family() {
    let people: Vec<String> = (0..301).map(|i| format!("{{\"id\": \"p{i}\"}}")).collect();
    let big = format!("{{\"genogram\": 1, \"people\": [{}]}}", people.join(", "));
    let run = genogram(root(), &["render", "-"], big.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("301 people") && run.stderr.contains("--focus"), "{}", run.stderr);
    let focused = genogram(root(), &["render", "-", "--focus", "p7"], big.as_bytes());
    assert_eq!(focused.code, 0, "{}", focused.stderr);
    assert!(focused.stderr.is_empty(), "{}", focused.stderr);
}
