//! Reading JSON text into records, collecting every problem in one pass.
//!
//! serde stops at the first error. A therapist with three typos wants to see three messages, so
//! the document is first parsed into a `serde_json::Value`, then each record (each person, each
//! union...) is deserialized on its own. When a record has an error, the offending field is
//! removed and the record is tried again, so one record can report several problems and one bad
//! record never hides another.

use std::collections::BTreeSet;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic, JsonPath, PathSegment};
use crate::model::{
    Document, EmotionalRelationship, FORMAT_VERSION, Household, LifeEvent, MultipleBirth, Notation,
    Person, Union,
};
use crate::suggest::did_you_mean;
use crate::{DateSpec, PersonId};

/// How many times one record is retried after removing a faulty field.
const MAX_RETRIES: usize = 32;

/// The records that could be read, where each came from in the file, and what went wrong.
pub(crate) struct Staged {
    pub(crate) document: Document,
    pub(crate) origins: Origins,
    /// Ids of records that could not be read at all; references to them are not reported again.
    pub(crate) broken_ids: BTreeSet<String>,
    /// Whether the top level had errors (a misspelt `peopel` loses every person, and every
    /// reference to them would be reported again).
    pub(crate) top_level_broken: bool,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// For each collection, the index in the file of each record that was read.
#[derive(Default)]
pub(crate) struct Origins {
    pub(crate) people: Vec<usize>,
    pub(crate) unions: Vec<usize>,
    pub(crate) multiple_births: Vec<usize>,
    pub(crate) emotional: Vec<usize>,
    pub(crate) events: Vec<usize>,
    pub(crate) households: Vec<usize>,
}

/// The top level with its collections left as raw values, so that each record is read alone.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    /// Checked by hand before this struct is read; listed so that it is a known field.
    #[serde(rename = "genogram")]
    _version: Option<serde::de::IgnoredAny>,
    title: Option<String>,
    index_person: Option<PersonId>,
    notation: Option<Notation>,
    as_of: Option<DateSpec>,
    #[serde(default)]
    people: Vec<Value>,
    #[serde(default)]
    unions: Vec<Value>,
    #[serde(default)]
    multiple_births: Vec<Value>,
    #[serde(default)]
    emotional: Vec<Value>,
    #[serde(default)]
    events: Vec<Value>,
    #[serde(default)]
    households: Vec<Value>,
}

/// Parses `text` (already stripped of any byte order mark). Returns `None` when nothing more
/// can be checked (syntax error, wrong version); the diagnostics say why.
pub(crate) fn stage(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Staged> {
    let root: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            diagnostics.push(syntax_error(text, &e));
            return None;
        }
    };
    let root_path = JsonPath::root();
    let Value::Object(map) = &root else {
        diagnostics.push(
            Diagnostic::new(
                Code::WrongType,
                root_path,
                format!("the file holds {}, not a genogram object", describe(&root)),
            )
            .with_hint("a genogram file is one JSON object: {\"genogram\": 1, \"people\": [...]}"),
        );
        return None;
    };
    match map.get("genogram") {
        None => diagnostics.push(
            Diagnostic::new(
                Code::MissingVersion,
                root_path.clone(),
                "the format version is missing",
            )
            .with_hint(format!("add \"genogram\": {FORMAT_VERSION} as the first field")),
        ),
        Some(v) if v.as_u64() == Some(u64::from(FORMAT_VERSION)) => {}
        Some(v) => {
            diagnostics.push(
                Diagnostic::new(
                    Code::UnsupportedVersion,
                    root_path.key("genogram"),
                    format!("format version {} is not supported", short(v)),
                )
                .with_hint(format!(
                    "this program reads format version {FORMAT_VERSION}; write \"genogram\": {FORMAT_VERSION}"
                )),
            );
            return None;
        }
    }
    let before = diagnostics.len();
    let header: Header = lenient(root, &root_path, diagnostics).0?;
    let top_level_broken = diagnostics[before..].iter().any(Diagnostic::is_error);
    let mut staged = Staged {
        document: Document {
            genogram: FORMAT_VERSION,
            title: header.title,
            index_person: header.index_person,
            notation: header.notation,
            as_of: header.as_of,
            people: Vec::new(),
            unions: Vec::new(),
            multiple_births: Vec::new(),
            emotional: Vec::new(),
            events: Vec::new(),
            households: Vec::new(),
        },
        origins: Origins::default(),
        broken_ids: BTreeSet::new(),
        top_level_broken,
        diagnostics: Vec::new(),
    };
    let doc = &mut staged.document;
    let origins = &mut staged.origins;
    let broken = &mut staged.broken_ids;
    read_all::<Person>(
        header.people,
        "people",
        &mut doc.people,
        &mut origins.people,
        broken,
        diagnostics,
    );
    read_all::<Union>(
        header.unions,
        "unions",
        &mut doc.unions,
        &mut origins.unions,
        broken,
        diagnostics,
    );
    read_all::<MultipleBirth>(
        header.multiple_births,
        "multiple_births",
        &mut doc.multiple_births,
        &mut origins.multiple_births,
        broken,
        diagnostics,
    );
    read_all::<EmotionalRelationship>(
        header.emotional,
        "emotional",
        &mut doc.emotional,
        &mut origins.emotional,
        broken,
        diagnostics,
    );
    read_all::<LifeEvent>(
        header.events,
        "events",
        &mut doc.events,
        &mut origins.events,
        broken,
        diagnostics,
    );
    read_all::<Household>(
        header.households,
        "households",
        &mut doc.households,
        &mut origins.households,
        broken,
        diagnostics,
    );
    Some(staged)
}

fn read_all<T: DeserializeOwned>(
    values: Vec<Value>,
    collection: &str,
    records: &mut Vec<T>,
    origins: &mut Vec<usize>,
    broken_ids: &mut BTreeSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let base = JsonPath::root().key(collection);
    for (i, value) in values.into_iter().enumerate() {
        let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
        match lenient::<T>(value, &base.index(i), diagnostics) {
            (Some(record), _) => {
                records.push(record);
                origins.push(i);
            }
            (None, _) => broken_ids.extend(id),
        }
    }
}

/// Deserializes one record, removing each faulty field and trying again, so that every problem
/// in the record is reported. Returns the record when it could finally be read.
fn lenient<T: DeserializeOwned>(
    mut value: Value,
    base: &JsonPath,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Option<T>, usize) {
    let mut removed: Vec<Vec<PathSegment>> = Vec::new();
    for _ in 0..MAX_RETRIES {
        let error = match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(record) => return (Some(record), removed.len()),
            Err(e) => e,
        };
        let relative = relative_path(error.path());
        let message = error.inner().to_string();
        if let Some(field) =
            backticked(&message).first().filter(|_| message.starts_with("missing field"))
        {
            let mut missing = relative.clone();
            missing.push(PathSegment::Key(field.clone()));
            if removed.contains(&missing) {
                // We removed this required field ourselves after reporting its bad value.
                return (None, removed.len());
            }
        }
        diagnostics
            .push(describe_error(&message, base.join(&JsonPath::from_segments(relative.clone()))));
        // Remove the innermost object member on the error's path and try again.
        let Some(key_at) = relative.iter().rposition(|s| matches!(s, PathSegment::Key(_))) else {
            return (None, removed.len());
        };
        if !remove_member(&mut value, &relative[..=key_at]) {
            return (None, removed.len());
        }
        removed.push(relative[..=key_at].to_vec());
    }
    (None, removed.len())
}

fn relative_path(path: &serde_path_to_error::Path) -> Vec<PathSegment> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(PathSegment::Index(*index)),
            Segment::Map { key } => Some(PathSegment::Key(key.clone())),
            Segment::Enum { .. } | Segment::Unknown => None,
        })
        .collect()
}

fn remove_member(value: &mut Value, path: &[PathSegment]) -> bool {
    let Some((PathSegment::Key(last), parents)) = path.split_last() else { return false };
    let mut current = value;
    for segment in parents {
        current = match (segment, current) {
            (PathSegment::Key(k), Value::Object(map)) => match map.get_mut(k) {
                Some(v) => v,
                None => return false,
            },
            (PathSegment::Index(i), Value::Array(items)) => match items.get_mut(*i) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    match current {
        Value::Object(map) => map.remove(last).is_some(),
        _ => false,
    }
}

/// Turns one of serde's messages into a diagnostic with our code, wording and hint.
fn describe_error(message: &str, path: JsonPath) -> Diagnostic {
    let field = match path.segments().last() {
        Some(PathSegment::Key(k)) => format!("`{k}`"),
        _ => "this value".to_owned(),
    };
    let ticks = backticked(message);
    if message.starts_with("unknown field") {
        let unknown = ticks.first().cloned().unwrap_or_default();
        let expected = &ticks[1.min(ticks.len())..];
        let hint = match did_you_mean(&unknown, expected.iter().map(String::as_str)) {
            Some(best) => {
                format!("did you mean `{best}`? the fields here are: {}", expected.join(", "))
            }
            None => format!("the fields here are: {}", expected.join(", ")),
        };
        return Diagnostic::new(Code::UnknownField, path, format!("unknown field `{unknown}`"))
            .with_hint(hint);
    }
    if message.starts_with("unknown variant") {
        let unknown = ticks.first().cloned().unwrap_or_default();
        let expected = &ticks[1.min(ticks.len())..];
        let hint = match did_you_mean(&unknown, expected.iter().map(String::as_str)) {
            Some(best) => {
                format!("did you mean `{best}`? expected one of: {}", expected.join(", "))
            }
            None => format!("expected one of: {}", expected.join(", ")),
        };
        return Diagnostic::new(
            Code::UnknownValue,
            path,
            format!("unknown value `{unknown}` for {field}"),
        )
        .with_hint(hint);
    }
    if message.starts_with("missing field") {
        let missing = ticks.first().cloned().unwrap_or_default();
        return Diagnostic::new(
            Code::MissingField,
            path,
            format!("missing required field `{missing}`"),
        )
        .with_hint(format!("add a \"{missing}\" field to this object (see docs/format.md)"));
    }
    if message.starts_with("malformed date") {
        return Diagnostic::new(Code::MalformedDate, path, message.to_owned()).with_hint(
            "write dates as YYYY, YYYY-MM or YYYY-MM-DD, optionally with ~ (about), < (before), \
             > (after), or as a range YYYY..YYYY",
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "another type"));
        // JSON has one number type: an integer too large for 64 bits arrives as a float. A
        // whole number where a whole number is expected is out of range, not of the wrong type.
        let whole = found
            .strip_prefix("floating point `")
            .and_then(|n| n.strip_suffix('`'))
            .and_then(|n| n.parse::<f64>().ok())
            .is_some_and(|n| n.fract() == 0.0);
        if whole && matches!(expected, "u8" | "u16" | "u32" | "u64") {
            let number = found.trim_start_matches("floating point ").trim_matches('`');
            return Diagnostic::new(
                Code::InvalidValue,
                path,
                format!("{number} is out of range for {field}"),
            )
            .with_hint(format!("expected {}", plain_expected(expected)));
        }
        let expected = plain_expected(expected);
        return Diagnostic::new(
            Code::WrongType,
            path,
            format!("wrong type for {field}: found {found}, expected {expected}"),
        )
        .with_hint(format!("write {field} as {expected}"));
    }
    let rest = message
        .strip_prefix("invalid value: ")
        .or_else(|| message.strip_prefix("invalid length "))
        .unwrap_or(message);
    let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "another value"));
    let expected = plain_expected(expected);
    // "integer `-3`" reads better as "-3".
    let found = backticked(found).into_iter().next().unwrap_or_else(|| found.to_owned());
    Diagnostic::new(Code::InvalidValue, path, format!("{found} is out of range for {field}"))
        .with_hint(format!("expected {expected}"))
}

fn plain_expected(expected: &str) -> String {
    match expected {
        "u8" => "a whole number from 0 to 255".to_owned(),
        "u16" => "a whole number from 0 to 65535".to_owned(),
        "u32" => "a whole number from 0 to 4294967295".to_owned(),
        "a sequence" => "a list (a JSON array)".to_owned(),
        "a boolean" => "true or false".to_owned(),
        "a string" => "a string in double quotes".to_owned(),
        "struct Names" => r#"an object such as {"given": "Ana", "family": "Alvarez"}"#.to_owned(),
        "struct ChildLink" => {
            r#"an object such as {"person": "ana", "link": "adopted"}"#.to_owned()
        }
        "struct StatusChange" => {
            r#"an object such as {"status": "married", "date": "1990"}"#.to_owned()
        }
        "struct Condition" => {
            r#"an object such as {"label": "depression", "category": "mental_health"}"#.to_owned()
        }
        other if other.starts_with("struct ") => "an object".to_owned(),
        other if other.starts_with("enum ") || other.starts_with("variant identifier") => {
            "one of the words listed in docs/format.md".to_owned()
        }
        other => other.to_owned(),
    }
}

/// The texts between backticks in a serde message, in order.
fn backticked(message: &str) -> Vec<String> {
    message.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

fn syntax_error(text: &str, error: &serde_json::Error) -> Diagnostic {
    let map = crate::source_map::SourceMap::new(text);
    let message = error.to_string();
    // serde_json appends " at line L column C"; we print the location ourselves.
    let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
    let (code, hint) = if message.contains("recursion limit exceeded") {
        (
            Code::NestingTooDeep,
            "a genogram never nests more than a few levels; check for runaway brackets",
        )
    } else if error.is_eof() {
        (
            Code::InvalidJson,
            "the file ends too early: it may be truncated, or a bracket or quote is not closed",
        )
    } else if message.contains("number out of range") {
        (Code::InvalidJson, "write a smaller number")
    } else if message.contains("trailing comma") {
        (Code::InvalidJson, "remove the comma before the closing bracket")
    } else {
        (
            Code::InvalidJson,
            "fix the JSON syntax at this position; an editor with JSON support helps",
        )
    };
    let mut d =
        Diagnostic::new(code, JsonPath::root(), format!("invalid JSON: {message}")).with_hint(hint);
    d.location = Some(map.location_from_serde(error.line(), error.column()));
    d
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 20 {
        format!("{}…", text.chars().take(20).collect::<String>())
    } else {
        text
    }
}
