//! Tidy checks: the documentation lists every diagnostic code and every field of the format.

use crate::common::root;
use genogram_core::Code;

#[test]
fn diagnostics_md_documents_every_code_and_no_other() {
    let text =
        std::fs::read_to_string(root().join("docs/diagnostics.md")).expect("docs/diagnostics.md");
    let documented: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("### `"))
        .filter_map(|l| l.strip_suffix('`'))
        .collect();
    let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        documented, codes,
        "docs/diagnostics.md must have one `### `code`` heading per code, in order"
    );
}

#[test]
fn format_md_mentions_every_field_of_the_schema() {
    let text = std::fs::read_to_string(root().join("docs/format.md")).expect("docs/format.md");
    let schema: serde_json::Value =
        serde_json::from_str(&genogram_core::json_schema()).expect("schema");
    let mut words: Vec<String> = Vec::new();
    let keys_of = |props: &serde_json::Value| -> Vec<String> {
        props.as_object().into_iter().flat_map(|o| o.keys().cloned()).collect()
    };
    words.extend(keys_of(&schema["properties"]));
    for def in schema["$defs"].as_object().expect("$defs").values() {
        words.extend(keys_of(&def["properties"]));
        let enum_words = def["enum"].as_array().into_iter().flatten();
        let const_words =
            def["oneOf"].as_array().into_iter().flatten().filter_map(|v| v.get("const"));
        words.extend(enum_words.chain(const_words).filter_map(|w| w.as_str().map(str::to_owned)));
    }
    let mut missing: Vec<String> =
        words.into_iter().filter(|w| !text.contains(&format!("`{w}`"))).collect();
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "docs/format.md does not mention: {missing:?}");
}
