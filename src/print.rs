//! Printing diagnostics like a compiler: `file:line:col`, the source line, a caret, a hint.
//! Colour comes from anstream, which drops it when the stream is not a terminal or NO_COLOR is
//! set.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use genogram_core::{Diagnostic, Severity};

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const ACCENT: Style = AnsiColor::Blue.on_default().bold();
const OK: Style = AnsiColor::Green.on_default().bold();
const BOLD: Style = Style::new().bold();
/// The widest source excerpt printed under a diagnostic, in characters.
const EXCERPT_CHARS: usize = 100;

pub(crate) fn diagnostic(
    out: &mut impl Write,
    file: &str,
    text: &str,
    d: &Diagnostic,
) -> io::Result<()> {
    let (label, style) = match d.severity {
        Severity::Error => ("error", ERROR),
        Severity::Warning => ("warning", WARNING),
    };
    writeln!(out, "{style}{label}[{}]{style:#}{BOLD}: {}{BOLD:#}", d.code, d.message)?;
    match d.location {
        Some(loc) => {
            writeln!(
                out,
                "  {ACCENT}-->{ACCENT:#} {file}:{}:{} ({})",
                loc.line, loc.column, d.path
            )?;
            if let Some((line, column)) = source_line(text, loc.offset, loc.column) {
                let (excerpt, caret) = excerpt(line, column);
                let number = loc.line.to_string();
                let pad = " ".repeat(number.len());
                writeln!(out, " {pad} {ACCENT}|{ACCENT:#}")?;
                writeln!(out, " {ACCENT}{number} |{ACCENT:#} {excerpt}")?;
                writeln!(out, " {pad} {ACCENT}|{ACCENT:#} {}{style}^{style:#}", " ".repeat(caret))?;
            }
        }
        None => writeln!(out, "  {ACCENT}-->{ACCENT:#} {file} ({})", d.path)?,
    }
    if let Some(hint) = &d.hint {
        writeln!(out, "   {ACCENT}={ACCENT:#} {BOLD}hint{BOLD:#}: {hint}")?;
    }
    writeln!(out)
}

/// The part of the offset's line around it: at most `EXCERPT_CHARS` characters before it and
/// after it, and the column of the offset within that part. Works on bytes near the offset
/// only, so a megabyte-long line costs no more than a short one.
fn source_line(text: &str, offset: usize, column: usize) -> Option<(&str, usize)> {
    let offset = offset.min(text.len());
    let reach = EXCERPT_CHARS * 4; // a character is at most four bytes
    let mut from = offset.saturating_sub(reach);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (offset + reach).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = text.get(from..offset)?;
    let line_start = before.rfind('\n').map_or(from, |i| from + i + 1);
    let after = text.get(offset..to)?;
    let line_end = after.find(['\n', '\r']).map_or(to, |i| offset + i);
    let line = text.get(line_start..line_end)?;
    // When the line starts beyond our reach, count the column within the part we have.
    let col = if line_start == from && from > 0 {
        text[line_start..offset].chars().count() + 1
    } else {
        column
    };
    Some((line, col))
}

/// A window of at most `EXCERPT_CHARS` characters of `line` around `column`, with control
/// characters made visible, and the caret's offset in it.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let at = column.saturating_sub(1);
    let start = at.saturating_sub(EXCERPT_CHARS / 2);
    let mut chars = line.chars().skip(start);
    let window: Vec<char> = chars.by_ref().take(EXCERPT_CHARS).collect();
    let more = chars.next().is_some();
    let mut text: String = window
        .iter()
        .map(|&c| {
            if c == '\t' {
                ' '
            } else if c.is_control() {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect();
    let mut caret = (at - start).min(window.len());
    if start > 0 {
        text.insert(0, '…');
        caret += 1;
    }
    if more {
        text.push('…');
    }
    (text, caret)
}

pub(crate) fn summary(
    out: &mut impl Write,
    file: &str,
    diagnostics: &[Diagnostic],
    loaded: Option<&str>,
) -> io::Result<()> {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match loaded {
        Some(summary) => {
            writeln!(out, "{OK}ok{OK:#}: {file}: {summary}; {}", plural(warnings, "warning"))
        }
        None => writeln!(
            out,
            "{ERROR}invalid{ERROR:#}: {file}: {}, {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        ),
    }
}

pub(crate) fn io_error(out: &mut impl Write, message: &str) -> io::Result<()> {
    writeln!(out, "{ERROR}error{ERROR:#}{BOLD}: {message}{BOLD:#}")
}

/// Problems of a GEDCOM file, one per line: `file:line: error: message` and the hint.
pub(crate) fn gedcom_problems(
    out: &mut impl Write,
    file: &str,
    problems: &[genogram_gedcom::Problem],
) -> io::Result<()> {
    for p in problems {
        match p.severity {
            genogram_gedcom::Severity::Error => {
                writeln!(out, "{ERROR}error{ERROR:#}{BOLD}: {}{BOLD:#}", p.message)?
            }
            genogram_gedcom::Severity::Warning => {
                writeln!(out, "{WARNING}warning{WARNING:#}{BOLD}: {}{BOLD:#}", p.message)?
            }
        }
        writeln!(out, "  --> {file}:{}", p.line)?;
        writeln!(out, "   = {}", p.hint)?;
    }
    let errors = problems.iter().filter(|p| p.severity == genogram_gedcom::Severity::Error).count();
    if errors > 0 {
        writeln!(out, "{ERROR}invalid{ERROR:#}: {file}: {errors} GEDCOM errors")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{excerpt, source_line};

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let line = "x".repeat(1000);
        let (text, caret) = excerpt(&line, 500);
        assert_eq!(text.chars().count(), 102);
        assert_eq!(caret, 51);
        assert_eq!(excerpt("  \"a\": 1", 3), ("  \"a\": 1".to_owned(), 2));
        let text = format!("{{\n{}\"k\": 1\n}}", "y".repeat(5000));
        let offset = text.find("\"k\"").unwrap();
        let (line, column) = source_line(&text, offset, 5001).unwrap();
        assert_eq!(line.len(), 400 + 6);
        assert_eq!(excerpt(line, column).0, format!("…{}\"k\": 1", "y".repeat(50)));
    }
}
