use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::is_default;
use crate::PersonId;

/// Twins, triplets or more, born together (genogram-spec §2.7).
///
/// ```
/// use genogram_core::{MultipleBirth, Zygosity};
/// let m: MultipleBirth = serde_json::from_str(r#"{"members": ["a", "b"], "zygosity": "identical"}"#)?;
/// assert_eq!(m.zygosity, Zygosity::Identical);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MultipleBirth {
    /// The children born together (two or more, children of one union).
    pub members: Vec<PersonId>,
    /// Whether they are identical; `unknown` unless said otherwise.
    #[serde(default, skip_serializing_if = "is_default")]
    pub zygosity: Zygosity,
}

/// Zygosity of a multiple birth.
///
/// ```
/// let m: genogram_core::MultipleBirth = serde_json::from_str(r#"{"members": ["a", "b"]}"#)?;
/// assert_eq!(m.zygosity, genogram_core::Zygosity::Unknown);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Zygosity {
    /// Identical (monozygotic): drawn with a bar joining the lines.
    Identical,
    /// Fraternal (dizygotic).
    Fraternal,
    /// Not known.
    #[default]
    Unknown,
}
