//! The JSON Schema: generated from the model, committed as `docs/genogram.schema.json`, and
//! checked against every example and fixture with an independent validator (boon).

use std::path::Path;

use crate::common::{json_files, root};

fn instance(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("UTF-8 fixture");
    serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("JSON fixture")
}

#[test]
fn committed_schema_is_current() {
    let committed = std::fs::read_to_string(root().join("docs/genogram.schema.json"))
        .expect("docs/genogram.schema.json");
    assert!(
        committed == genogram_core::json_schema(),
        "docs/genogram.schema.json is stale: run `cargo run -- schema -o docs/genogram.schema.json`"
    );
    // Editors show descriptions to people writing genograms: prose, never Rust examples.
    assert!(!committed.contains("```") && !committed.contains("genogram_core::"));
}

#[test]
fn every_example_and_loadable_fixture_validates_against_the_schema() {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let location = root().join("docs/genogram.schema.json");
    let schema =
        compiler.compile(location.to_str().expect("path"), &mut schemas).expect("schema compiles");
    let mut files = json_files("examples");
    files.extend(json_files("tests/fixtures/valid"));
    files.extend(json_files("tests/fixtures/warnings"));
    assert!(files.len() >= 30);
    for path in &files {
        if let Err(e) = schemas.validate(&instance(path), schema) {
            panic!("{} does not match the schema: {e}", path.display());
        }
    }
    // The schema is no rubber stamp: shape errors the loader refuses, it refuses too.
    for name in [
        "unknown-field--typo-in-person",
        "unknown-field--typo-at-top-level",
        "unknown-value--sex-typo",
        "wrong-type--name-is-a-string",
        "missing-field--person-without-id",
        "missing-version--no-genogram-field",
        "unsupported-version--version-2",
        "malformed-date--two-digit-year",
        "invalid-value--intensity-out-of-range",
    ] {
        let path = root().join(format!("tests/fixtures/invalid/{name}.json"));
        assert!(schemas.validate(&instance(&path), schema).is_err(), "the schema accepts {name}");
    }
}
