//! Finding where a JSON path sits in the source text.
//!
//! `serde_json::Value` forgets positions, so diagnostics carry a [`JsonPath`] and this module
//! maps paths back to lines and columns with one scan of the (already validated) text. Only the
//! paths diagnostics need are looked for, so a clean 100,000-person file costs nothing here.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Diagnostic, Location, PathSegment};

/// The text of a JSON document, with its line starts.
pub(crate) struct SourceMap<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceMap<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { text, line_starts }
    }

    /// The line and character column of a byte offset.
    pub(crate) fn location(&self, offset: usize) -> Location {
        self.locations(&[offset])[0]
    }

    /// The locations of many byte offsets, in one pass over the text however many there are
    /// (a one-line file with 100,000 diagnostics must not be scanned 100,000 times).
    pub(crate) fn locations(&self, offsets: &[usize]) -> Vec<Location> {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        order.sort_by_key(|&i| offsets[i]);
        let mut out = vec![Location { line: 1, column: 1, offset: 0 }; offsets.len()];
        // (line index, byte offset, character column) of the last position counted.
        let mut cursor: (usize, usize, usize) = (0, 0, 0);
        for i in order {
            let mut offset = offsets[i].min(self.text.len());
            while !self.text.is_char_boundary(offset) {
                offset -= 1;
            }
            let line_idx = self.line_starts.partition_point(|&start| start <= offset) - 1;
            if line_idx != cursor.0 {
                cursor = (line_idx, self.line_starts[line_idx], 0);
            }
            cursor.2 += self.text[cursor.1..offset].chars().count();
            cursor.1 = offset;
            out[i] = Location { line: line_idx + 1, column: cursor.2 + 1, offset };
        }
        out
    }

    /// Converts serde_json's line and byte column to our character column.
    pub(crate) fn location_from_serde(&self, line: usize, byte_column: usize) -> Location {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.location(self.text.len());
        };
        self.location(start + byte_column.saturating_sub(1))
    }

    /// Fills in the location of every diagnostic that has none, from its path (or the nearest
    /// enclosing value that exists, for a missing field).
    pub(crate) fn locate(&self, diagnostics: &mut [Diagnostic]) {
        let mut wanted: BTreeSet<Vec<PathSegment>> = BTreeSet::new();
        for d in diagnostics.iter().filter(|d| d.location.is_none()) {
            let segments = d.path.segments();
            for len in 0..=segments.len() {
                wanted.insert(segments[..len].to_vec());
            }
        }
        if wanted.is_empty() {
            return;
        }
        let (values, keys) = scan(self.text, &wanted);
        let mut pending: Vec<(usize, usize)> = Vec::new();
        for (i, d) in diagnostics.iter().enumerate().filter(|(_, d)| d.location.is_none()) {
            let segments = d.path.segments();
            // An unknown field is wrong in its key; everything else in its value.
            let at_key =
                if d.code == crate::Code::UnknownField { keys.get(segments) } else { None };
            let offset = at_key.or_else(|| {
                (0..=segments.len()).rev().find_map(|len| values.get(&segments[..len]))
            });
            if let Some(&offset) = offset {
                pending.push((i, offset));
            }
        }
        let offsets: Vec<usize> = pending.iter().map(|&(_, o)| o).collect();
        for ((i, _), location) in pending.into_iter().zip(self.locations(&offsets)) {
            diagnostics[i].location = Some(location);
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Value,
    KeyOrEnd,
    AfterValue,
}

type Offsets = BTreeMap<Vec<PathSegment>, usize>;

/// Scans valid JSON text for the wanted paths; returns where each one's value starts and, for
/// object members, where its key starts.
fn scan(text: &str, wanted: &BTreeSet<Vec<PathSegment>>) -> (Offsets, Offsets) {
    let bytes = text.as_bytes();
    let mut found = BTreeMap::new();
    let mut keys = BTreeMap::new();
    let mut path: Vec<PathSegment> = Vec::new();
    let mut containers: Vec<u8> = Vec::new();
    let mut state = State::Value;
    let mut i = 0;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= bytes.len() || found.len() == wanted.len() {
            break;
        }
        match state {
            State::Value => {
                if wanted.contains(&path) {
                    found.insert(path.clone(), i);
                }
                match bytes[i] {
                    b'{' => {
                        containers.push(b'{');
                        i += 1;
                        state = State::KeyOrEnd;
                    }
                    b'[' => {
                        containers.push(b'[');
                        i += 1;
                        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                            i += 1;
                        }
                        if bytes.get(i) == Some(&b']') {
                            i += 1;
                            containers.pop();
                            state = State::AfterValue;
                        } else {
                            path.push(PathSegment::Index(0));
                        }
                    }
                    b'"' => {
                        i = read_string(text, i).1;
                        state = State::AfterValue;
                    }
                    _ => {
                        while i < bytes.len()
                            && !matches!(bytes[i], b',' | b']' | b'}')
                            && !bytes[i].is_ascii_whitespace()
                        {
                            i += 1;
                        }
                        state = State::AfterValue;
                    }
                }
            }
            State::KeyOrEnd => {
                if bytes[i] == b'}' {
                    i += 1;
                    containers.pop();
                    state = State::AfterValue;
                } else {
                    let key_start = i;
                    let (key, next) = read_string(text, i);
                    i = next;
                    while i < bytes.len() && bytes[i] != b':' {
                        i += 1;
                    }
                    i += 1;
                    path.push(PathSegment::Key(key));
                    if wanted.contains(&path) {
                        keys.insert(path.clone(), key_start);
                    }
                    state = State::Value;
                }
            }
            State::AfterValue => match containers.last() {
                None => break,
                Some(b'{') => {
                    path.pop();
                    if bytes[i] == b',' {
                        state = State::KeyOrEnd;
                    } else {
                        containers.pop();
                    }
                    i += 1;
                }
                Some(_) => {
                    if bytes[i] == b',' {
                        if let Some(PathSegment::Index(n)) = path.last_mut() {
                            *n += 1;
                        }
                        state = State::Value;
                    } else {
                        path.pop();
                        containers.pop();
                    }
                    i += 1;
                }
            },
        }
    }
    (found, keys)
}

/// Reads the JSON string starting at the quote at `start`; returns its decoded text and the
/// offset after its closing quote.
fn read_string(text: &str, start: usize) -> (String, usize) {
    let bytes = text.as_bytes();
    let mut i = start + 1;
    let mut end = i;
    let mut escaped = false;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                escaped = true;
                i += 2;
            }
            b'"' => {
                end = i;
                break;
            }
            _ => i += 1,
        }
    }
    let raw = text.get(start..=end).unwrap_or_default();
    let decoded = if escaped {
        serde_json::from_str::<String>(raw).unwrap_or_default()
    } else {
        raw.get(1..raw.len().saturating_sub(1)).unwrap_or_default().to_owned()
    };
    (decoded, end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Code, JsonPath};

    fn locate(text: &str, path: JsonPath) -> Option<Location> {
        locate_code(text, path, Code::WrongType)
    }

    fn locate_code(text: &str, path: JsonPath, code: Code) -> Option<Location> {
        let mut d = [Diagnostic::new(code, path, "")];
        SourceMap::new(text).locate(&mut d);
        d[0].location
    }

    #[test]
    fn finds_nested_values_after_escapes_and_empty_containers() {
        let text = "{\n  \"a\": [],\n  \"k\\\"ey\": {},\n  \"people\": [\n    {\"id\": \"x\"},\n    {\"id\": \"é\", \"birth\": \"1950\"}\n  ]\n}";
        let at = |line, column, needle: &str| {
            Some(Location { line, column, offset: text.find(needle).expect("needle in text") })
        };
        let people = JsonPath::root().key("people");
        // Values are located at the value; an unknown field at its key.
        assert_eq!(locate(text, people.index(1).key("birth")), at(6, 26, "\"1950\""));
        let birth = people.index(1).key("birth");
        assert_eq!(locate_code(text, birth, Code::UnknownField), at(6, 17, "\"birth\""));
        assert_eq!(locate(text, people.index(0)), at(5, 5, "{\"id\": \"x\"}"));
        assert_eq!(locate(text, JsonPath::root().key("k\"ey")), at(3, 12, "{}"));
        // A missing field falls back to its object.
        assert_eq!(locate(text, people.index(0).key("sex")), at(5, 5, "{\"id\": \"x\"}"));
        assert_eq!(locate(text, JsonPath::root()), at(1, 1, "{"));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let map = SourceMap::new("{\"ü\": 1}");
        assert_eq!(map.location(7), Location { line: 1, column: 7, offset: 7 });
        assert_eq!(map.location_from_serde(1, 8), Location { line: 1, column: 7, offset: 7 });
        let many = map.locations(&[7, 0, 3]);
        assert_eq!(many.iter().map(|l| l.column).collect::<Vec<_>>(), [7, 1, 3]);
    }
}
