//! The crate's error type.

use crate::diagnostic::Diagnostic;

/// Why a genogram could not be loaded.
///
/// ```
/// use genogram_core::{Error, Genogram};
/// match Genogram::from_json("{") {
///     Err(Error::Invalid(diagnostics)) => assert_eq!(diagnostics[0].code.as_str(), "invalid-json"),
///     other => panic!("unexpected: {other:?}"),
/// }
/// ```
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input has errors; the diagnostics (errors first, then warnings) say what and where.
    #[error("the genogram has {} error(s)", .0.iter().filter(|d| d.is_error()).count())]
    Invalid(Vec<Diagnostic>),
    /// The input could not be read.
    #[error("could not read the genogram: {0}")]
    Read(#[from] std::io::Error),
    /// A query named a person the genogram does not have (for example the centre of a
    /// [`Focus`](crate::Focus)).
    #[error("there is no person with id `{0}` in the genogram")]
    UnknownPerson(crate::PersonId),
}

impl Error {
    /// The diagnostics, empty for a read error.
    ///
    /// ```
    /// let err = genogram_core::Genogram::from_json("{").unwrap_err();
    /// assert_eq!(err.diagnostics().len(), 1);
    /// ```
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Invalid(diagnostics) => diagnostics,
            Error::Read(_) | Error::UnknownPerson(_) => &[],
        }
    }
}
