//! The JSON Schema of the file format, generated from the model types.

use crate::model::Document;

/// The JSON Schema (draft 2020-12) of the genogram file format, as pretty-printed JSON.
///
/// It is generated from the same types that read the files, so it cannot drift from them. It
/// checks shape (fields, types, words, date patterns); the loader also checks what a schema
/// cannot express (references, cycles, calendar dates).
///
/// ```
/// let schema: serde_json::Value = serde_json::from_str(&genogram_core::json_schema()).unwrap();
/// assert_eq!(schema["title"], "genogram");
/// assert_eq!(schema["additionalProperties"], false);
/// ```
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Document);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
