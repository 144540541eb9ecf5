//! The genogram family model: the JSON file format, validation with precise diagnostics, and
//! kinship queries.
//!
//! A genogram is the three-generation family diagram of family therapy. This crate reads one
//! from JSON ([`Genogram::from_json`]), refuses it with every problem located
//! ([`Diagnostic`]: code, JSON path, line and column, message, hint) or gives back a validated
//! [`Genogram`] with its warnings, and answers questions about the family: parents by link kind,
//! children in birth order, partners in union order, full, half and step siblings, ancestors,
//! descendants, generations and kinship terms.
//!
//! ```
//! use genogram_core::{Genogram, PersonId};
//!
//! let json = r#"{
//!   "genogram": 1,
//!   "title": "The Alvarez family",
//!   "index_person": "ana",
//!   "people": [
//!     {"id": "rosa", "sex": "female", "name": {"given": "Rosa"}, "birth": "1950"},
//!     {"id": "jon", "sex": "male", "name": {"given": "Jon"}, "birth": "~1948", "death": "2001"},
//!     {"id": "ana", "sex": "female", "name": {"given": "Ana"}, "birth": "1975-04-02"},
//!     {"id": "leo", "sex": "male", "name": {"given": "Leo"}, "birth": "1978"}
//!   ],
//!   "unions": [{
//!     "id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
//!     "history": [{"status": "married", "date": "1972"}],
//!     "children": [{"person": "leo"}, {"person": "ana"}]
//!   }],
//!   "emotional": [{"kind": "cutoff", "people": ["jon", "leo"], "start": "1996"}]
//! }"#;
//!
//! let loaded = Genogram::from_json(json)?;
//! let g = loaded.genogram;
//! let ana = PersonId::new("ana");
//! let kids: Vec<&str> = g.union_children(&"u1".into()).iter().map(|c| c.person.id.as_str()).collect();
//! assert_eq!(kids, ["ana", "leo"]); // birth order, whatever the file's order
//! assert_eq!(g.kinship(&ana, &PersonId::new("leo")).ok_or("missing")?.term(), "brother");
//! assert_eq!(g.generation(&PersonId::new("jon")), Some(-1));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Invalid input never panics; it gives diagnostics:
//!
//! ```
//! use genogram_core::Genogram;
//! let err = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a", "brith": "1950"}]}"#).unwrap_err();
//! let d = &err.diagnostics()[0];
//! assert_eq!(d.code.as_str(), "unknown-field");
//! assert_eq!(d.path.to_string(), "people[0].brith");
//! assert!(d.hint.as_deref().ok_or("missing")?.starts_with("did you mean `birth`?"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The crate does no file or terminal I/O ([`Genogram::from_reader`] takes any reader); the
//! `genogram` command-line tool is built on it. The file format is described in
//! `docs/format.md`, the diagnostics in `docs/diagnostics.md`.

mod build;
mod date;
mod diagnostic;
mod error;
mod focus;
mod genogram;
mod id;
mod kinship;
mod load;
mod model;
pub mod patterns;
mod schema;
mod source_map;
mod suggest;
mod validate;

pub use build::{MAX_ID_CHARS, MAX_NOTE_CHARS, MAX_SHORT_TEXT_CHARS};
pub use date::{APPROXIMATE_YEARS, DateError, DateSpec, DayNumber, PartialDate, age_range};
pub use diagnostic::{Code, Diagnostic, JsonPath, Location, PathSegment, Severity};
pub use error::Error;
pub use focus::Focus;
pub use genogram::{Child, Genogram, Lineage, Loaded, Parent, Partner, Sibling, SiblingKind};
pub use id::{HouseholdId, PersonId, UnionId};
pub use kinship::{Kinship, Relation, Side};
pub use model::*;
pub use schema::json_schema;
pub use validate::{DAYS_AFTER_FATHER_DEATH, MAX_LIFESPAN, MAX_PARENT_AGE, MIN_PARENT_AGE};
