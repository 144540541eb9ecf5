//! The genogram's records, exactly as the JSON format writes them.
//!
//! These are plain data (public fields, no invariants). They are what `serde` reads and writes
//! and what the JSON Schema is generated from. A [`crate::Genogram`] owns a validated set of
//! them and answers questions about how they connect.

mod document;
mod emotional;
mod event;
mod household;
mod multiple_birth;
mod person;
mod union;

pub use document::{Document, FORMAT_VERSION, Notation};
pub use emotional::{Directedness, EmotionalKind, EmotionalRelationship, Valence};
pub use event::{EventKind, LifeEvent};
pub use household::Household;
pub use multiple_birth::{MultipleBirth, Zygosity};
pub use person::{
    Condition, ConditionCategory, ConditionStatus, DeathManner, Gender, Names, Orientation, Person,
    PersonKind, Sex,
};
pub use union::{ChildLink, LinkKind, StatusChange, Union, UnionKind, UnionStatus};

pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
