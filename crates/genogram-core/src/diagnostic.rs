//! Diagnostics: what is wrong with an input file, where, and how to fix it.
//!
//! Bad input is data, not a crash: loading collects every problem it can find in one pass, each
//! as a [`Diagnostic`] with a stable [`Code`] (documented in `docs/diagnostics.md`), a severity,
//! the JSON path of the offending value and its line and column.

use std::fmt;

use serde::Serialize;

/// How serious a diagnostic is.
///
/// ```
/// let err = genogram_core::Genogram::from_json("[]").unwrap_err();
/// assert_eq!(err.diagnostics()[0].severity, genogram_core::Severity::Error);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The file is refused.
    Error,
    /// The file loads, but something looks wrong.
    Warning,
}

macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $text:literal, $severity:ident;)*) => {
        /// A stable diagnostic code. Each is documented in `docs/diagnostics.md`.
        ///
        /// ```
        /// use genogram_core::Code;
        /// assert!(Code::ALL.contains(&Code::MalformedDate));
        /// assert_eq!(Code::MalformedDate.to_string(), "malformed-date");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $($(#[$doc])* $variant,)*
        }

        impl Code {
            /// Every code, in documentation order.
            ///
            /// ```
            /// assert!(genogram_core::Code::ALL.len() > 30);
            /// ```
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as printed: kebab-case, stable across releases.
            ///
            /// ```
            /// use genogram_core::Code;
            /// assert_eq!(Code::DuplicateId.as_str(), "duplicate-id");
            /// ```
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text,)* }
            }

            /// Whether this code refuses the file or only warns.
            ///
            /// ```
            /// use genogram_core::{Code, Severity};
            /// assert_eq!(Code::AncestorCycle.severity(), Severity::Error);
            /// assert_eq!(Code::DeathBeforeBirth.severity(), Severity::Warning);
            /// ```
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }
        }
    };
}

codes! {
    /// The input is not UTF-8 text.
    InvalidEncoding = "invalid-encoding", Error;
    /// The input is not valid JSON (syntax error, truncated file, number out of range).
    InvalidJson = "invalid-json", Error;
    /// The JSON nests deeper than the parser allows.
    NestingTooDeep = "nesting-too-deep", Error;
    /// The top-level `genogram` version field is missing.
    MissingVersion = "missing-version", Error;
    /// The `genogram` version is not one this program reads.
    UnsupportedVersion = "unsupported-version", Error;
    /// A field the format does not have (usually a typo).
    UnknownField = "unknown-field", Error;
    /// A word the field does not accept (usually a typo).
    UnknownValue = "unknown-value", Error;
    /// A value of the wrong JSON type.
    WrongType = "wrong-type", Error;
    /// A required field is missing.
    MissingField = "missing-field", Error;
    /// A number outside the range the field accepts.
    InvalidValue = "invalid-value", Error;
    /// A date that cannot be read.
    MalformedDate = "malformed-date", Error;
    /// An id that is empty, too long, or has spaces or control characters at its ends.
    InvalidId = "invalid-id", Error;
    /// A text field longer than the format allows.
    TextTooLong = "text-too-long", Error;
    /// Two records share one id.
    DuplicateId = "duplicate-id", Error;
    /// A reference to an id no record has.
    UnknownReference = "unknown-reference", Error;
    /// A union, relationship or multiple birth with the wrong number of people.
    WrongNumberOfPeople = "wrong-number-of-people", Error;
    /// A union whose two partners are the same person.
    SelfUnion = "self-union", Error;
    /// An emotional relationship between a person and themselves.
    SelfRelationship = "self-relationship", Error;
    /// A person listed twice where once is meant.
    DuplicateMember = "duplicate-member", Error;
    /// A person who is their own ancestor.
    AncestorCycle = "ancestor-cycle", Error;
    /// A child with more than two biological parents.
    TooManyParents = "too-many-parents", Error;
    /// Members of a multiple birth who share no parent.
    MultipleBirthNotSiblings = "multiple-birth-not-siblings", Error;
    /// A child's per-parent link (`links`) names someone who is not a partner of the union.
    LinkToNonPartner = "link-to-non-partner", Error;
    /// The file starts with a UTF-8 byte order mark.
    ByteOrderMark = "byte-order-mark", Warning;
    /// A death dated before the birth.
    DeathBeforeBirth = "death-before-birth", Warning;
    /// A life longer than 120 years.
    ImplausibleLifespan = "implausible-lifespan", Warning;
    /// A given age that disagrees with the dates.
    AgeConflict = "age-conflict", Warning;
    /// `deceased: false` on someone with a death date or manner.
    DeceasedConflict = "deceased-conflict", Warning;
    /// A child born before their biological parent.
    ChildBornBeforeParent = "child-born-before-parent", Warning;
    /// A biological parent younger than 12 at the child's birth.
    ParentTooYoung = "parent-too-young", Warning;
    /// A biological parent older than 70 at the child's birth.
    ParentTooOld = "parent-too-old", Warning;
    /// A child born after a mother's death, or over 10 months after another parent's death.
    BornAfterParentDeath = "born-after-parent-death", Warning;
    /// Members of a multiple birth with birth dates more than a day apart.
    TwinBirthDatesDiffer = "twin-birth-dates-differ", Warning;
    /// A person in two marriages at the same time.
    OverlappingUnions = "overlapping-unions", Warning;
    /// A union history whose dates run backwards.
    HistoryOutOfOrder = "history-out-of-order", Warning;
    /// A `directed` flag the relationship kind ignores.
    DirectionIgnored = "direction-ignored", Warning;
    /// No index person is named.
    MissingIndexPerson = "missing-index-person", Warning;
    /// A person with no family or emotional link to anyone.
    UnconnectedPerson = "unconnected-person", Warning;
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One step of a [`JsonPath`].
///
/// ```
/// use genogram_core::{JsonPath, PathSegment};
/// let path = JsonPath::root().key("people").index(2);
/// assert_eq!(path.segments()[1], PathSegment::Index(2));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PathSegment {
    /// An object member.
    Key(String),
    /// An array element.
    Index(usize),
}

/// Where a value sits in the JSON document, as in `people[3].birth`.
///
/// ```
/// use genogram_core::JsonPath;
/// let path = JsonPath::root().key("people").index(3).key("birth");
/// assert_eq!(path.to_string(), "people[3].birth");
/// assert_eq!(JsonPath::root().to_string(), "$");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JsonPath(Vec<PathSegment>);

impl JsonPath {
    /// The whole document.
    ///
    /// ```
    /// assert_eq!(genogram_core::JsonPath::root().segments().len(), 0);
    /// ```
    pub fn root() -> Self {
        Self(Vec::new())
    }

    /// This path extended by an object member.
    ///
    /// ```
    /// assert_eq!(genogram_core::JsonPath::root().key("title").to_string(), "title");
    /// ```
    pub fn key(&self, key: impl Into<String>) -> Self {
        let mut segments = self.0.clone();
        segments.push(PathSegment::Key(key.into()));
        Self(segments)
    }

    /// This path extended by an array element.
    ///
    /// ```
    /// assert_eq!(genogram_core::JsonPath::root().key("people").index(0).to_string(), "people[0]");
    /// ```
    pub fn index(&self, index: usize) -> Self {
        let mut segments = self.0.clone();
        segments.push(PathSegment::Index(index));
        Self(segments)
    }

    /// The path's segments, outermost first.
    ///
    /// ```
    /// assert_eq!(genogram_core::JsonPath::root().key("a").key("b").segments().len(), 2);
    /// ```
    pub fn segments(&self) -> &[PathSegment] {
        &self.0
    }

    pub(crate) fn from_segments(segments: Vec<PathSegment>) -> Self {
        Self(segments)
    }

    pub(crate) fn join(&self, tail: &JsonPath) -> Self {
        let mut segments = self.0.clone();
        segments.extend(tail.0.iter().cloned());
        Self(segments)
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("$");
        }
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                PathSegment::Index(n) => write!(f, "[{n}]")?,
                PathSegment::Key(k) => {
                    let plain = !k.is_empty()
                        && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                    match (plain, i) {
                        (true, 0) => f.write_str(k)?,
                        (true, _) => write!(f, ".{k}")?,
                        (false, _) => write!(f, "[{}]", serde_json::Value::from(k.as_str()))?,
                    }
                }
            }
        }
        Ok(())
    }
}

impl Serialize for JsonPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A place in the input text: line and column counted from 1 (columns count characters), and
/// the byte offset from the start of the input.
///
/// ```
/// let err = genogram_core::Genogram::from_json("{\n  \"genogram\": 1,\n  \"peeple\": []\n}").unwrap_err();
/// let loc = err.diagnostics()[0].location.ok_or("missing")?;
/// assert_eq!((loc.line, loc.column, loc.offset), (3, 3, 21));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    /// The line, from 1.
    pub line: usize,
    /// The column, in characters, from 1.
    pub column: usize,
    /// The byte offset from the start of the input.
    pub offset: usize,
}

/// One problem found in an input file.
///
/// ```
/// use genogram_core::{Code, Genogram};
/// let err = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "a"}]}"#).unwrap_err();
/// let d = &err.diagnostics()[0];
/// assert_eq!(d.code, Code::DuplicateId);
/// assert_eq!(d.path.to_string(), "people[1].id");
/// assert_eq!(d.location.map(|l| l.line), Some(1));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The stable code.
    pub code: Code,
    /// Error (the file is refused) or warning.
    pub severity: Severity,
    /// Where in the document.
    pub path: JsonPath,
    /// Where in the text, when known.
    pub location: Option<Location>,
    /// What is wrong, in one line.
    pub message: String,
    /// How to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with the code's own severity and no location yet.
    ///
    /// ```
    /// use genogram_core::{Code, Diagnostic, JsonPath, Severity};
    /// let d = Diagnostic::new(Code::UnconnectedPerson, JsonPath::root().key("people").index(0), "`a` is not connected");
    /// assert_eq!(d.severity, Severity::Warning);
    /// ```
    pub fn new(code: Code, path: JsonPath, message: impl Into<String>) -> Self {
        Self {
            code,
            severity: code.severity(),
            path,
            location: None,
            message: message.into(),
            hint: None,
        }
    }

    /// The same diagnostic with a hint.
    ///
    /// ```
    /// use genogram_core::{Code, Diagnostic, JsonPath};
    /// let d = Diagnostic::new(Code::MissingVersion, JsonPath::root(), "missing").with_hint("add it");
    /// assert_eq!(d.hint.as_deref(), Some("add it"));
    /// ```
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this diagnostic refuses the file.
    ///
    /// ```
    /// use genogram_core::{Code, Diagnostic, JsonPath};
    /// assert!(Diagnostic::new(Code::DuplicateId, JsonPath::root(), "").is_error());
    /// ```
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}[{}]: {} (at {}", self.code, self.message, self.path)?;
        if let Some(loc) = self.location {
            write!(f, ", line {} column {}", loc.line, loc.column)?;
        }
        f.write_str(")")
    }
}
