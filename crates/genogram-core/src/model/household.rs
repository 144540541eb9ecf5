use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{DateSpec, HouseholdId, PersonId};

/// People who live together, drawn with a dashed outline (genogram-spec §2.10).
///
/// ```
/// use genogram_core::Household;
/// let h: Household = serde_json::from_str(r#"{"id": "h1", "members": ["a", "b"], "from": "2015"}"#)?;
/// assert_eq!(h.members.len(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Household {
    /// The household's id, unique in the file.
    pub id: HouseholdId,
    /// A label ("Mum's flat").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Who lives there.
    pub members: Vec<PersonId>,
    /// Since when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<DateSpec>,
    /// Until when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<DateSpec>,
}
