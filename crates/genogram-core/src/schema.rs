//! The JSON Schema of the file format, generated from the model types.

use serde_json::Value;

use crate::model::Document;

/// The JSON Schema (draft 2020-12) of the genogram file format, as pretty-printed JSON.
///
/// It is generated from the same types that read the files, so it cannot drift from them. It
/// checks shape (fields, types, words, date patterns); the loader also checks what a schema
/// cannot express (references, cycles, calendar dates). Descriptions come from the types' doc
/// comments, without their Rust examples.
///
/// ```
/// let schema: serde_json::Value = serde_json::from_str(&genogram_core::json_schema())?;
/// assert_eq!(schema["title"], "genogram");
/// assert_eq!(schema["additionalProperties"], false);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Document).to_value();
    strip_examples(&mut schema);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Cuts each description at its first code block: editors show descriptions to people writing
/// genograms, who need the prose, not the Rust.
fn strip_examples(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key != "description" {
                    strip_examples(child);
                } else if let Value::String(text) = child
                    && let Some(cut) = text.find("```")
                {
                    *text = text[..cut].trim_end().to_owned();
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strip_examples),
        _ => {}
    }
}
