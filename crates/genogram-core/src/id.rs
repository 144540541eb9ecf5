//! Typed identifiers.
//!
//! In the JSON file every id is a string the user chose (`"rosa"`, `"u1"`). Inside the core those
//! strings are wrapped in one newtype per kind of record, so a union id can never be passed where
//! a person id is expected.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(transparent)]
        #[schemars(description = $what)]
        pub struct $name(String);

        impl $name {
            /// Wraps an id string.
            ///
            /// ```
            #[doc = concat!("let id = genogram_core::", stringify!($name), "::new(\"u1\");")]
            /// assert_eq!(id.to_string(), "u1");
            /// ```
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as the user wrote it.
            ///
            /// ```
            #[doc = concat!("let id = genogram_core::", stringify!($name), "::from(\"u1\");")]
            /// assert_eq!(id.as_str(), "u1");
            /// ```
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }
    };
}

string_id!(
    /// The id of a person (or pregnancy, or pet) in the genogram.
    ///
    /// ```
    /// use genogram_core::PersonId;
    /// let id = PersonId::new("rosa");
    /// assert_eq!(id.as_str(), "rosa");
    /// assert_eq!(id, PersonId::from("rosa"));
    /// ```
    PersonId,
    "The id of a person, unique in the file"
);

string_id!(
    /// The id of a union (a couple, or a single parent's sibship).
    ///
    /// ```
    /// use genogram_core::UnionId;
    /// assert_eq!(UnionId::new("u1").to_string(), "u1");
    /// ```
    UnionId,
    "The id of a union, unique in the file"
);

string_id!(
    /// The id of a household.
    ///
    /// ```
    /// use genogram_core::HouseholdId;
    /// assert_eq!(HouseholdId::from("h1").as_str(), "h1");
    /// ```
    HouseholdId,
    "The id of a household, unique in the file"
);
