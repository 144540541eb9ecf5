use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{EmotionalRelationship, Household, LifeEvent, MultipleBirth, Person, Union};
use crate::{DateSpec, PersonId};

/// The format version this crate reads and writes (the top-level `"genogram"` field).
///
/// ```
/// let json = format!(r#"{{"genogram": {}}}"#, genogram_core::FORMAT_VERSION);
/// assert!(genogram_core::Genogram::from_json(&json).is_ok());
/// ```
pub const FORMAT_VERSION: u32 = 1;

/// A whole genogram file: the top-level JSON object.
///
/// ```
/// use genogram_core::Document;
/// let doc: Document = serde_json::from_str(r#"{"genogram": 1, "people": [{"id": "ana"}]}"#)?;
/// assert_eq!(doc.people[0].id.as_str(), "ana");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "genogram", description = "A family genogram (format version 1)")]
pub struct Document {
    /// The format version; must be 1.
    #[schemars(range(min = 1, max = 1))]
    pub genogram: u32,
    /// A title for the drawing and the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The person the genogram is built around (McGoldrick's index person, IP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_person: Option<PersonId>,
    /// The notation the drawing should follow (a hint; renderers may be told otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notation: Option<Notation>,
    /// The date the genogram describes: current ages are computed as of this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<DateSpec>,
    /// Everyone in the family, including pregnancies and pets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Couples (and single parents), with their children.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unions: Vec<Union>,
    /// Twins, triplets and other multiple births.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub multiple_births: Vec<MultipleBirth>,
    /// Emotional and interactional relationships between two people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emotional: Vec<EmotionalRelationship>,
    /// The family chronology: dated life events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<LifeEvent>,
    /// Who lives together.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub households: Vec<Household>,
}

/// The notation family a drawing follows (genogram-spec §0, §7).
///
/// ```
/// let doc: genogram_core::Document = serde_json::from_str(r#"{"genogram": 1, "notation": "nsgc"}"#)?;
/// assert_eq!(doc.notation, Some(genogram_core::Notation::Nsgc));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Notation {
    /// The therapy genogram of McGoldrick, Gerson and Petry.
    #[default]
    Mcgoldrick,
    /// The NSGC clinical pedigree nomenclature.
    Nsgc,
}
