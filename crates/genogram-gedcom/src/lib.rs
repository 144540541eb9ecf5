//! GEDCOM import: the family trees genealogy programs export (GEDCOM 5.5, 5.5.1 and 7.0, as
//! Ancestry, FamilySearch, Gramps, RootsMagic, webtrees and PAF write them) turned into a
//! genogram [`Document`].
//!
//! Our own parser: the one usable crate (ged_io 0.17) rejects valid GEDCOM 7 files and
//! CR-only, ANSEL and Windows-1252 files, and keeps dates as strings (see `docs/gedcom.md`).
//!
//! ```
//! let ged = b"0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n\
//! 0 @I1@ INDI\n1 NAME Rosa /Alvarez/\n1 SEX F\n1 BIRT\n2 DATE ABT 1950\n\
//! 0 @I2@ INDI\n1 NAME Ana /Alvarez/\n1 SEX F\n1 BIRT\n2 DATE 2 APR 1975\n1 FAMC @F1@\n\
//! 0 @F1@ FAM\n1 WIFE @I1@\n1 CHIL @I2@\n0 TRLR\n";
//! let imported = genogram_gedcom::import(ged, &Default::default())?;
//! let doc = &imported.document;
//! assert_eq!(doc.people.len(), 2);
//! assert_eq!(doc.people[0].birth.map(|d| d.to_string()).as_deref(), Some("~1950"));
//! assert_eq!(doc.unions[0].children[0].person.as_str(), "@I2@");
//! assert_eq!(imported.summary.version.as_deref(), Some("5.5.1"));
//! # Ok::<(), genogram_gedcom::Error>(())
//! ```

mod cycles;
mod date;
mod decode;
mod export;
mod lines;
mod map;

use std::collections::BTreeMap;
use std::fmt;

use genogram_core::Document;

pub use decode::Encoding;
pub use export::{EXTENSION_URI, export};

/// How to import.
///
/// ```
/// let options = genogram_gedcom::Options::default();
/// assert!(!options.strict && !options.include_restricted && !options.break_cycles);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Any tag the import does not map is an error (instead of a count in the summary).
    pub strict: bool,
    /// Keep records marked confidential or private (`RESN`); they are left out by default.
    pub include_restricted: bool,
    /// Drop the fewest parent–child links that make someone their own ancestor, with a warning
    /// per link, instead of refusing the file.
    pub break_cycles: bool,
}

/// Whether a problem stops the import.
///
/// ```
/// assert_ne!(genogram_gedcom::Severity::Error, genogram_gedcom::Severity::Warning);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file cannot be imported.
    Error,
    /// Imported, but something was skipped or approximated.
    Warning,
}

/// A problem in a GEDCOM file, at a line.
///
/// ```
/// let p = genogram_gedcom::Problem { line: 3, severity: genogram_gedcom::Severity::Warning,
///     message: "x".into(), hint: "y".into() };
/// assert_eq!(p.to_string(), "line 3: warning: x (y)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The 1-based line number.
    pub line: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// What was done, or how to fix it.
    pub hint: String,
}

impl Problem {
    pub(crate) fn error(line: usize, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Problem { line, severity: Severity::Error, message: message.into(), hint: hint.into() }
    }
    pub(crate) fn warning(
        line: usize,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Problem { line, severity: Severity::Warning, message: message.into(), hint: hint.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "line {}: {level}: {} ({})", self.line, self.message, self.hint)
    }
}

/// Why a file could not be imported: every problem found, errors first.
///
/// ```
/// let err = genogram_gedcom::import(b"hello", &Default::default()).unwrap_err();
/// assert!(err.to_string().contains("not a GEDCOM file"));
/// ```
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file has errors.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Problem>),
}

impl Error {
    /// The problems.
    ///
    /// ```
    /// let err = genogram_gedcom::import(b"", &Default::default()).unwrap_err();
    /// assert_eq!(err.problems()[0].severity, genogram_gedcom::Severity::Error);
    /// ```
    pub fn problems(&self) -> &[Problem] {
        match self {
            Error::Invalid(p) => p,
        }
    }
}

/// What an import did: counts, and every tag it did not map.
///
/// ```
/// let s = genogram_gedcom::Summary::default();
/// assert_eq!(s.people, 0);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// `HEAD.GEDC.VERS`, if the file says.
    pub version: Option<String>,
    /// The character set the file was read as.
    pub encoding: Option<Encoding>,
    /// People imported.
    pub people: usize,
    /// Unions (FAM records) imported.
    pub unions: usize,
    /// Life events imported (migrations, adoptions, other events).
    pub events: usize,
    /// Records left out because they are marked confidential or private.
    pub restricted: usize,
    /// Parent–child links dropped to break ancestor loops.
    pub dropped_links: usize,
    /// Event lines the file says did not happen, by path and value (`FAM.DIV N`,
    /// `FAM.NO MARR`): read, and no event created.
    pub not_happened: BTreeMap<String, usize>,
    /// Tags not mapped, by path (`INDI.SOUR`): how many, and the first line.
    pub unmapped: BTreeMap<String, (usize, usize)>,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "GEDCOM {} ({}): {} people, {} unions, {} events imported",
            self.version.as_deref().unwrap_or("version not stated"),
            self.encoding.map_or("unknown encoding", Encoding::as_str),
            self.people,
            self.unions,
            self.events
        )?;
        if self.restricted > 0 {
            writeln!(
                f,
                "{} confidential or private records left out (--include-restricted keeps them)",
                self.restricted
            )?;
        }
        if self.dropped_links > 0 {
            writeln!(
                f,
                "{} parent-child links dropped to break ancestor loops",
                self.dropped_links
            )?;
        }
        if !self.not_happened.is_empty() {
            writeln!(f, "read as did not happen (no event created):")?;
            for (tag, count) in &self.not_happened {
                writeln!(f, "  {tag}: {count}")?;
            }
        }
        if !self.unmapped.is_empty() {
            writeln!(f, "not mapped (count, first line):")?;
            for (tag, (count, line)) in &self.unmapped {
                writeln!(f, "  {tag}: {count} (line {line})")?;
            }
        }
        Ok(())
    }
}

/// A GEDCOM file turned into a genogram document.
///
/// ```
/// let imported = genogram_gedcom::import(b"0 HEAD\n0 @I1@ INDI\n0 TRLR\n", &Default::default())?;
/// assert_eq!(imported.document.people.len(), 1);
/// # Ok::<(), genogram_gedcom::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Imported {
    /// The genogram document (not yet validated: load it with `Genogram::from_document`).
    pub document: Document,
    /// What was imported and what was not.
    pub summary: Summary,
    /// Warnings: lines skipped, dates approximated or dropped, links dropped.
    pub warnings: Vec<Problem>,
    /// The line of each record (person or union id, `@I12@`), to point at the GEDCOM line of a
    /// problem found later in the converted genogram.
    pub lines: BTreeMap<String, usize>,
}

/// Imports a GEDCOM file from its bytes (any of the encodings GEDCOM allows).
///
/// ```
/// let err = genogram_gedcom::import(b"0 HEAD\n0 @I1@ INDI\n0 @I1@ INDI\n0 TRLR\n", &Default::default()).unwrap_err();
/// assert!(err.problems()[0].message.contains("@I1@"));
/// ```
pub fn import(bytes: &[u8], options: &Options) -> Result<Imported, Error> {
    let (text, encoding, bad_bytes) = decode::decode(bytes);
    let mut problems: Vec<Problem> = bad_bytes
        .into_iter()
        .map(|line| {
            Problem::warning(
                line,
                "bytes that are not valid UTF-8",
                "replaced by �; re-export the file as UTF-8",
            )
        })
        .collect();
    let roots = lines::parse(&text, &mut problems);
    let mut out = map::map(&roots, options, &mut problems);
    out.summary.encoding = Some(encoding);
    cycles::check(&mut out, options, &mut problems);
    if options.strict {
        for (tag, (count, line)) in &out.summary.unmapped {
            problems.push(Problem::error(
                *line,
                format!("`{tag}` is not mapped ({count} times)"),
                "--strict refuses unmapped tags; drop --strict to import without them",
            ));
        }
    }
    problems.sort_by_key(|p| (p.severity, p.line));
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(Error::Invalid(problems));
    }
    out.warnings = problems;
    Ok(out)
}

/// Whether some bytes look like a GEDCOM file (`0 HEAD` first, after any byte-order mark).
///
/// ```
/// assert!(genogram_gedcom::looks_like_gedcom(b"\xEF\xBB\xBF0 HEAD\r\n"));
/// assert!(!genogram_gedcom::looks_like_gedcom(b"{\"genogram\": 1}"));
/// ```
pub fn looks_like_gedcom(bytes: &[u8]) -> bool {
    let (text, _, _) = decode::decode(&bytes[..bytes.len().min(64)]);
    text.trim_start_matches('\u{FEFF}').trim_start().starts_with("0 HEAD")
}
