use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{DateSpec, PersonId};

/// An emotional or interactional relationship between two people (genogram-spec §3.1).
///
/// For directed kinds (focused on, the abuse kinds, neglect, caregiving...) the first person
/// acts on the second: in `{"kind": "focused_on", "people": ["mum", "tom"]}` the mother is
/// focused on Tom.
///
/// ```
/// use genogram_core::{EmotionalKind, EmotionalRelationship};
/// let r: EmotionalRelationship = serde_json::from_str(
///     r#"{"kind": "focused_on", "people": ["mum", "tom"], "start": "2010", "intensity": 3}"#,
/// )?;
/// assert!(r.is_directed());
/// assert_eq!(r.kind, EmotionalKind::FocusedOn);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmotionalRelationship {
    /// The kind of relationship (genogram-spec §3.2).
    pub kind: EmotionalKind,
    /// The two people; for directed kinds, the one who acts first.
    pub people: Vec<PersonId>,
    /// For kinds that may or may not be one-way (violence, distrust, indifference): whether this
    /// one is, from the first person to the second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directed: Option<bool>,
    /// Intensity from 1 (mild) to 3 (strong).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 3))]
    pub intensity: Option<u8>,
    /// When it began.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<DateSpec>,
    /// When it ended (a past relationship).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<DateSpec>,
    /// Whose account this is (relationship data has a perspective, genogram-spec §0.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<PersonId>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl EmotionalRelationship {
    /// Whether the relationship runs one way, from the first person to the second.
    ///
    /// ```
    /// use genogram_core::{EmotionalKind, EmotionalRelationship};
    /// let r: EmotionalRelationship = serde_json::from_str(r#"{"kind": "violence", "people": ["a", "b"], "directed": true}"#)?;
    /// assert!(r.is_directed());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_directed(&self) -> bool {
        match self.kind.directedness() {
            Directedness::Always => true,
            Directedness::Never => false,
            Directedness::Optional => self.directed.unwrap_or(false),
        }
    }
}

/// Whether a kind of relationship has a direction (genogram-spec §3.2).
///
/// ```
/// use genogram_core::{EmotionalKind, EmotionalRelationship};
/// assert_eq!(EmotionalKind::Violence.directedness(), genogram_core::Directedness::Optional);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Directedness {
    /// Always one-way: the first person acts on the second.
    Always,
    /// One-way when the record says `"directed": true`.
    Optional,
    /// Always mutual.
    Never,
}

/// The valence class a pattern detector reads a relationship as (genogram-spec §3.4).
///
/// ```
/// use genogram_core::{EmotionalKind, EmotionalRelationship};
/// assert_eq!(EmotionalKind::Cutoff.valence(), genogram_core::Valence::Cutoff);
/// assert_eq!(EmotionalKind::FocusedOn.valence(), genogram_core::Valence::Overinvolved);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Valence {
    /// Positive: harmony, closeness, love (`POS`).
    Positive,
    /// Over-involvement: fusion, focus (`OVER`).
    Overinvolved,
    /// Negative: conflict, hostility, violence (`NEG`).
    Negative,
    /// Ambivalent: close and hostile at once (`AMB`).
    Ambivalent,
    /// Distance (`DIST`).
    Distant,
    /// Cutoff (`CUT`).
    Cutoff,
    /// A repaired cutoff (`REP`).
    Repaired,
    /// Abuse and neglect (`ABUSE`).
    Abuse,
    /// Control (`CTRL`).
    Control,
    /// Caregiving (`CARE`).
    Care,
    /// Neutral (`NEU`).
    Neutral,
}

macro_rules! emotional_kinds {
    ($($(#[$doc:meta])* $variant:ident => $valence:ident, $direction:ident;)*) => {
        /// The kind of an emotional relationship (genogram-spec §3.2, after McGoldrick's key and
        /// GenoPro's emotional links).
        ///
        /// ```
        /// use genogram_core::{EmotionalKind, EmotionalRelationship};
        /// let kind: EmotionalKind = serde_json::from_str(r#""cutoff_repaired""#)?;
        /// assert_eq!(kind, EmotionalKind::CutoffRepaired);
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum EmotionalKind {
            $($(#[$doc])* $variant,)*
        }

        impl EmotionalKind {
            /// Every kind, in catalogue order.
            ///
            /// ```
            /// use genogram_core::{EmotionalKind, EmotionalRelationship};
            /// assert_eq!(EmotionalKind::ALL.len(), 39);
            /// ```
            pub const ALL: &'static [EmotionalKind] = &[$(EmotionalKind::$variant,)*];

            /// The valence class detectors read this kind as (genogram-spec §3.4).
            ///
            /// ```
            /// use genogram_core::{EmotionalKind, Valence};
            /// assert_eq!(EmotionalKind::CloseHostile.valence(), Valence::Ambivalent);
            /// ```
            pub fn valence(self) -> Valence {
                match self { $(EmotionalKind::$variant => Valence::$valence,)* }
            }

            /// Whether this kind has a direction.
            ///
            /// ```
            /// use genogram_core::{Directedness, EmotionalKind};
            /// assert_eq!(EmotionalKind::PhysicalAbuse.directedness(), Directedness::Always);
            /// assert_eq!(EmotionalKind::Close.directedness(), Directedness::Never);
            /// ```
            pub fn directedness(self) -> Directedness {
                match self { $(EmotionalKind::$variant => Directedness::$direction,)* }
            }
        }
    };
}

emotional_kinds! {
    /// An ordinary relationship.
    Normal => Neutral, Never;
    /// A good relationship built on mutual respect.
    Harmony => Positive, Never;
    /// Close: warm and supportive.
    Close => Positive, Never;
    /// Friendship.
    Friendship => Positive, Never;
    /// Best friends: deep trust.
    BestFriends => Positive, Never;
    /// Love.
    Love => Positive, Never;
    /// In love: passionate, committed.
    InLove => Positive, Never;
    /// A spiritual connection.
    Spiritual => Positive, Never;
    /// Fused: over-involved, little room for separate selves.
    Fused => Overinvolved, Never;
    /// Distant: little contact or exchange.
    Distant => Distant, Never;
    /// Indifferent: one or both do not care.
    Indifferent => Distant, Optional;
    /// Cutoff: no contact at all.
    Cutoff => Cutoff, Never;
    /// A cutoff that has been repaired.
    CutoffRepaired => Repaired, Never;
    /// The two never met.
    NeverMet => Cutoff, Never;
    /// Conflict (discord): recurring disagreement.
    Conflict => Negative, Never;
    /// Hostile: open antagonism.
    Hostile => Negative, Never;
    /// Hate: intense enmity.
    Hate => Negative, Never;
    /// Distrust.
    Distrust => Negative, Optional;
    /// Distant and hostile.
    DistantHostile => Ambivalent, Never;
    /// Close and hostile.
    CloseHostile => Ambivalent, Never;
    /// Fused and hostile.
    FusedHostile => Ambivalent, Never;
    /// Violence (may be mutual).
    Violence => Negative, Optional;
    /// Distant and violent.
    DistantViolence => Negative, Optional;
    /// Close and violent.
    CloseViolence => Ambivalent, Optional;
    /// Fused and violent.
    FusedViolence => Ambivalent, Optional;
    /// Abuse of an unspecified kind (perpetrator first).
    Abuse => Abuse, Always;
    /// Physical abuse (perpetrator first).
    PhysicalAbuse => Abuse, Always;
    /// Sexual abuse (perpetrator first).
    SexualAbuse => Abuse, Always;
    /// Emotional abuse (perpetrator first).
    EmotionalAbuse => Abuse, Always;
    /// Neglect: failure to provide care (the one who neglects first).
    Neglect => Abuse, Always;
    /// Manipulation.
    Manipulative => Control, Always;
    /// Control: one dominates the other.
    Controlling => Control, Always;
    /// Possessive jealousy.
    Jealous => Control, Always;
    /// Focused on: the first person is preoccupied with the second.
    FocusedOn => Overinvolved, Always;
    /// Focused on negatively: criticism, worry, blame.
    FocusedOnNegatively => Control, Always;
    /// Admiration that is not returned.
    Fan => Overinvolved, Always;
    /// Obsessive romantic fixation.
    Limerence => Overinvolved, Always;
    /// Caregiving: the first person cares for the second.
    Caregiving => Care, Always;
    /// Anything else (describe it in `notes`).
    Other => Neutral, Optional;
}
