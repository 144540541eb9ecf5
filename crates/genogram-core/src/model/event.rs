use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{DateSpec, PersonId};

/// A life event in the family chronology.
///
/// ```
/// use genogram_core::{EventKind, LifeEvent};
/// let e: LifeEvent = serde_json::from_str(
///     r#"{"kind": "migration", "date": "1962", "people": ["rosa"], "place": "Porto to Toronto"}"#,
/// )?;
/// assert_eq!(e.kind, EventKind::Migration);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LifeEvent {
    /// What happened.
    pub kind: EventKind,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateSpec>,
    /// Who it happened to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonId>,
    /// A short label, for `other` events ("house fire").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// The kind of a life event.
///
/// ```
/// let kind: genogram_core::EventKind = serde_json::from_str(r#""job_loss""#)?;
/// assert_eq!(kind, genogram_core::EventKind::JobLoss);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A birth (usually implied by a person's birth date).
    Birth,
    /// A death (usually implied by a person's death date).
    Death,
    /// A move of home.
    Move,
    /// Migration to another country or culture.
    Migration,
    /// The onset of an illness.
    IllnessOnset,
    /// Losing a job.
    JobLoss,
    /// A placement in care, adoption or a move between carers.
    Placement,
    /// A stay in hospital.
    Hospitalisation,
    /// A crisis.
    Crisis,
    /// Anything else (give it a `label`).
    Other,
}
