//! The fixture corpus: every file under `tests/fixtures/` is loaded by the library and checked
//! by the binary. A fixture's name says what must happen: `invalid/<code>--<situation>.json`
//! must be refused with `<code>` as its first diagnostic, `warnings/<code>--<situation>.json`
//! must load with exactly that warning, `valid/*.json` must load with none.

use std::collections::BTreeSet;
use std::path::Path;

use crate::common::{expected_code, genogram, json_files, root};
use genogram_core::{Code, Genogram, Severity};

fn load(path: &Path) -> Result<genogram_core::Loaded, genogram_core::Error> {
    let bytes = std::fs::read(path).expect("fixture readable");
    Genogram::from_reader(bytes.as_slice())
}

#[test]
fn invalid_fixtures_are_refused_with_their_code_and_location() {
    insta::glob!("fixtures/invalid/*.json", |path| {
        let expected = expected_code(path);
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        // The library: refused, first diagnostic has the expected code, every error located.
        let err = load(path).expect_err(name);
        let diagnostics = err.diagnostics();
        assert_eq!(diagnostics[0].code.as_str(), expected, "{name}: {diagnostics:#?}");
        for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            assert!(d.location.is_some(), "{name}: {d} has no location");
        }
        // The binary: exit 1, no panic, a compiler-style report; pinned by a snapshot.
        let run = genogram(path.parent().expect("dir"), &["check", name], b"");
        assert_eq!(run.code, 1, "{name}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{name}: {}", run.stderr);
        assert!(run.stderr.starts_with(&format!("error[{expected}]")), "{name}: {}", run.stderr);
        insta::assert_snapshot!("check", run.stderr);
    });
}

#[test]
fn warning_fixtures_load_with_exactly_their_warning() {
    insta::glob!("fixtures/warnings/*.json", |path| {
        let expected = expected_code(path);
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        let loaded = load(path).unwrap_or_else(|e| panic!("{name}: {:#?}", e.diagnostics()));
        let codes: BTreeSet<&str> = loaded.warnings.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, BTreeSet::from([expected.as_str()]), "{name}");
        let run = genogram(path.parent().expect("dir"), &["check", name], b"");
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        insta::assert_snapshot!("check", run.stderr);
    });
}

#[test]
fn valid_fixtures_and_examples_load_without_warnings() {
    let mut files = json_files("tests/fixtures/valid");
    files.extend(json_files("examples"));
    assert!(files.len() >= 15, "{files:?}");
    for path in files {
        let loaded =
            load(&path).unwrap_or_else(|e| panic!("{}: {:#?}", path.display(), e.diagnostics()));
        assert!(loaded.warnings.is_empty(), "{}: {:#?}", path.display(), loaded.warnings);
    }
}

#[test]
fn every_code_has_a_fixture() {
    let mut named: BTreeSet<String> = BTreeSet::new();
    for dir in ["invalid", "warnings"] {
        for entry in std::fs::read_dir(root().join("tests/fixtures").join(dir)).expect("fixtures") {
            let path = entry.expect("entry").path();
            let code = expected_code(&path);
            let known = Code::ALL.iter().find(|c| c.as_str() == code);
            let known = known.unwrap_or_else(|| panic!("{}: no code `{code}`", path.display()));
            let folder = match known.severity() {
                Severity::Error => "invalid",
                Severity::Warning => "warnings",
            };
            assert_eq!(dir, folder, "{}: a {code} fixture belongs in {folder}/", path.display());
            named.insert(code);
        }
    }
    let missing: Vec<&str> =
        Code::ALL.iter().map(|c| c.as_str()).filter(|c| !named.contains(*c)).collect();
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
    let invalid = std::fs::read_dir(root().join("tests/fixtures/invalid")).expect("dir").count();
    assert!(invalid >= 40, "only {invalid} invalid fixtures");
}

/// Inputs too big to commit are made here: a 10 MB name, a 100,000-person chain with and
/// without a cycle, nesting 100,000 levels deep.
#[test]
fn huge_inputs_are_refused_or_loaded_without_panicking() {
    let name = format!(
        r#"{{"genogram": 1, "index_person": "a", "people": [{{"id": "a", "name": {{"given": "{}"}}}}]}}"#,
        "x".repeat(10 * 1024 * 1024)
    );
    let err = Genogram::from_json(&name).expect_err("10 MB name");
    assert_eq!(err.diagnostics()[0].code, Code::TextTooLong);
    assert_eq!(err.diagnostics()[0].path.to_string(), "people[0].name.given");

    let deep =
        format!(r#"{{"genogram": 1, "title": {}{}}}"#, "[".repeat(100_000), "]".repeat(100_000));
    let err = Genogram::from_json(&deep).expect_err("deep nesting");
    assert_eq!(err.diagnostics()[0].code, Code::NestingTooDeep);

    let n = 100_000;
    let chain = |cyclic: bool| {
        let people: Vec<String> = (0..n).map(|i| format!(r#"{{"id": "p{i}"}}"#)).collect();
        let mut unions: Vec<String> = (0..n - 1)
            .map(|i| {
                format!(
                    r#"{{"id": "u{i}", "partners": ["p{i}"], "children": [{{"person": "p{}"}}]}}"#,
                    i + 1
                )
            })
            .collect();
        if cyclic {
            unions.push(format!(
                r#"{{"id": "back", "partners": ["p{}"], "children": [{{"person": "p0"}}]}}"#,
                n - 1
            ));
        }
        format!(
            r#"{{"genogram": 1, "index_person": "p0", "people": [{}], "unions": [{}]}}"#,
            people.join(","),
            unions.join(",")
        )
    };
    let g = Genogram::from_json(&chain(false)).expect("a long chain is valid").genogram;
    assert_eq!(g.generation(&"p99999".into()), Some(99_999));
    assert_eq!(g.ancestors(&"p99999".into(), genogram_core::Lineage::Kin).len(), 99_999);
    let err = Genogram::from_json(&chain(true)).expect_err("a cycle");
    let d = &err.diagnostics()[0];
    assert_eq!(d.code, Code::AncestorCycle);
    assert!(d.message.contains("(100000 people)"), "{}", d.message);
    assert_eq!(d.path.to_string(), "unions[99999].children[0]");
}
