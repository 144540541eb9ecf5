//! Text to a tree of GEDCOM lines: `level [@xref@] TAG [value]`, with CONC and CONT folded into
//! their parent's value and `@@` unescaped.

use crate::Problem;

/// One GEDCOM line with its substructures.
#[derive(Clone, Debug, Default)]
pub(crate) struct Node {
    pub(crate) xref: Option<String>,
    pub(crate) tag: String,
    pub(crate) value: String,
    pub(crate) line: usize,
    pub(crate) children: Vec<Node>,
}

impl Node {
    /// The first child with a tag.
    pub(crate) fn child(&self, tag: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.tag == tag)
    }

    /// The value of the first child with a tag, if not empty.
    pub(crate) fn value_of(&self, tag: &str) -> Option<&str> {
        self.child(tag).map(|c| c.value.trim()).filter(|v| !v.is_empty())
    }

    /// A pointer value (`@X@`), if this line holds one.
    pub(crate) fn pointer(&self) -> Option<&str> {
        let v = self.value.trim();
        (v.len() > 2 && v.starts_with('@') && v.ends_with('@') && !v[1..v.len() - 1].contains('@'))
            .then_some(v)
    }
}

/// Parses every line; problems are returned, never raised.
pub(crate) fn parse(text: &str, problems: &mut Vec<Problem>) -> Vec<Node> {
    let mut roots: Vec<Node> = Vec::new();
    // The open path: stack[i] is the open node at level i.
    let mut stack: Vec<Node> = Vec::new();
    let mut bad_lines = 0usize;
    let mut lines = 0usize;
    let close_to = |stack: &mut Vec<Node>, roots: &mut Vec<Node>, level: usize| {
        while stack.len() > level {
            let Some(done) = stack.pop() else { break };
            match stack.last_mut() {
                Some(parent) => parent.children.push(done),
                None => roots.push(done),
            }
        }
    };
    for (number, raw) in numbered_lines(text) {
        let raw = raw.trim_start_matches('\u{FEFF}');
        if raw.trim().is_empty() {
            continue;
        }
        lines += 1;
        let line = raw.trim_start();
        let (level_text, rest) = line.split_once(' ').unwrap_or((line, ""));
        let Ok(level) = level_text.parse::<usize>() else {
            bad_lines += 1;
            problems.push(Problem::warning(
                number,
                format!(
                    "`{}` is not a GEDCOM line (it should start with a level number)",
                    shorten(line)
                ),
                "the line was skipped",
            ));
            continue;
        };
        let rest = rest.trim_start();
        let (xref, rest) = if rest.starts_with('@') {
            match rest.split_once(' ') {
                Some((x, r)) => (Some(x.to_owned()), r),
                None => (Some(rest.to_owned()), ""),
            }
        } else {
            (None, rest)
        };
        let (tag, value) = match rest.split_once(' ') {
            Some((t, v)) => (t.to_owned(), v.to_owned()),
            None => (rest.to_owned(), String::new()),
        };
        if tag.is_empty() {
            bad_lines += 1;
            problems.push(Problem::warning(
                number,
                format!("line `{}` has no tag", shorten(line)),
                "the line was skipped",
            ));
            continue;
        }
        let value = unescape(&value);
        if tag == "CONC" || tag == "CONT" {
            let depth = stack.len();
            if let Some(parent) = stack.last_mut().filter(|_| level == depth) {
                if tag == "CONT" {
                    parent.value.push('\n');
                }
                parent.value.push_str(&value);
                continue;
            }
        }
        let depth = stack.len();
        let level = if level > depth {
            problems.push(Problem::warning(
                number,
                format!(
                    "level {level} follows level {}: a line can only go one level deeper",
                    depth.saturating_sub(1)
                ),
                "read as one level deeper",
            ));
            depth
        } else {
            level
        };
        close_to(&mut stack, &mut roots, level);
        stack.push(Node { xref, tag, value, line: number, children: Vec::new() });
    }
    close_to(&mut stack, &mut roots, 0);
    if lines > 0 && bad_lines * 2 > lines {
        problems.push(Problem::error(
            1,
            "this is not a GEDCOM file: most lines do not start with a level number",
            "export the family tree from your genealogy program as GEDCOM (.ged)",
        ));
    }
    roots
}

/// GEDCOM 7 and 5.5.1 write a literal `@` at the start of a value as `@@`.
fn unescape(value: &str) -> String {
    let v = value.trim_end_matches(['\r', '\n']);
    let pointer =
        v.len() > 2 && v.starts_with('@') && v.ends_with('@') && !v[1..v.len() - 1].contains('@');
    if pointer { v.to_owned() } else { v.replace("@@", "@") }
}

fn shorten(line: &str) -> String {
    let mut s: String = line.chars().take(40).collect();
    if line.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// The lines of a text with their 1-based numbers; CRLF, LF and CR each end a line.
fn numbered_lines(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut number, mut i) = (0, 1, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\r' | b'\n' => {
                out.push((number, &text[start..i]));
                number += 1;
                if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push((number, &text[start..]));
    }
    out
}
