use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::is_default;
use crate::{DateSpec, PersonId};

/// A person, a pregnancy or a pet: one symbol in the drawing (genogram-spec §1).
///
/// ```
/// use genogram_core::{Person, Sex};
/// let p: Person = serde_json::from_str(
///     r#"{"id": "rosa", "sex": "female", "name": {"given": "Rosa", "family": "Alvarez"}, "birth": "~1950"}"#,
/// )?;
/// assert_eq!(p.sex, Sex::Female);
/// assert_eq!(p.display_name(), "Rosa Alvarez");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// The person's id, unique in the file.
    pub id: PersonId,
    /// What the symbol stands for; `person` unless said otherwise.
    #[serde(default, skip_serializing_if = "is_default")]
    pub kind: PersonKind,
    /// The person's names.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub name: Names,
    /// Sex assigned at birth (or recorded); `unknown` unless said otherwise.
    #[serde(default, skip_serializing_if = "is_default")]
    pub sex: Sex,
    /// Gender identity, when known; the drawing's shape follows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Whether the person is transgender; derived from sex and gender when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transgender: Option<bool>,
    /// Sexual orientation, when the family has shared it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orientation: Option<Orientation>,
    /// Date of birth (for pregnancies: of the outcome).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth: Option<DateSpec>,
    /// Where the person was born (`"Cork, Ireland"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_place: Option<String>,
    /// Date of death.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub death: Option<DateSpec>,
    /// Where the person died.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub death_place: Option<String>,
    /// Whether the person has died; a death date implies it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deceased: Option<bool>,
    /// How the person died.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub death_manner: Option<DeathManner>,
    /// The cause of death, in words ("lung cancer").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub death_cause: Option<String>,
    /// Age in years, when dates are unknown (current age, or age at death).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 150))]
    pub age: Option<u16>,
    /// Weeks of gestation, for pregnancies and their outcomes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 45))]
    pub gestational_weeks: Option<u8>,
    /// Medical, mental-health and substance-use conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// Occupation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation: Option<String>,
    /// Education.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<String>,
    /// Ethnicity, as the person describes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ethnicity: Option<String>,
    /// Religion or spiritual tradition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub religion: Option<String>,
    /// Origin: country, region or community of origin, migration history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Free tags, for grouping and for the balance detectors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

impl Person {
    /// A short name for messages and labels: given and family name, else the nickname, else the
    /// id.
    ///
    /// ```
    /// use genogram_core::Person;
    /// let p: Person = serde_json::from_str(r#"{"id": "p1", "name": {"nickname": "Lu"}}"#)?;
    /// assert_eq!(p.display_name(), "Lu");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn display_name(&self) -> String {
        let parts: Vec<&str> = [&self.name.given, &self.name.family]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !parts.is_empty() {
            parts.join(" ")
        } else if let Some(nick) = &self.name.nickname {
            nick.clone()
        } else {
            self.id.to_string()
        }
    }

    /// Whether the person has died (a death date or the `deceased` flag).
    ///
    /// ```
    /// use genogram_core::Person;
    /// let p: Person = serde_json::from_str(r#"{"id": "p1", "death": "1990"}"#)?;
    /// assert!(p.is_deceased());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_deceased(&self) -> bool {
        self.deceased.unwrap_or(self.death.is_some())
            || matches!(self.kind, PersonKind::Miscarriage | PersonKind::Stillbirth)
    }

    /// Whether the person is transgender: the explicit flag, or a gender identity of man or
    /// woman that differs from the recorded sex.
    ///
    /// ```
    /// use genogram_core::Person;
    /// let p: Person = serde_json::from_str(r#"{"id": "p1", "sex": "female", "gender": "man"}"#)?;
    /// assert!(p.is_transgender());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_transgender(&self) -> bool {
        self.transgender.unwrap_or(matches!(
            (self.sex, self.gender),
            (Sex::Male, Some(Gender::Woman)) | (Sex::Female, Some(Gender::Man))
        ))
    }

    /// The gender used for kinship words ("mother", "brother"): the gender identity when
    /// given, else the one the recorded sex suggests.
    ///
    /// ```
    /// use genogram_core::Person;
    /// let p: Person = serde_json::from_str(r#"{"id": "a", "sex": "male"}"#)?;
    /// assert_eq!(p.kinship_gender(), genogram_core::Gender::Man);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kinship_gender(&self) -> Gender {
        match (self.gender, self.sex) {
            (Some(g), _) => g,
            (None, Sex::Female) => Gender::Woman,
            (None, Sex::Male) => Gender::Man,
            (None, _) => Gender::Unknown,
        }
    }

    /// Whether this record is a pet (drawn as a diamond in the McGoldrick profile).
    ///
    /// ```
    /// use genogram_core::Person;
    /// let p: Person = serde_json::from_str(r#"{"id": "rex", "kind": "pet"}"#)?;
    /// assert!(p.is_pet());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_pet(&self) -> bool {
        self.kind == PersonKind::Pet
    }

    /// Whether this record is a pregnancy or a pregnancy outcome rather than a born person.
    ///
    /// ```
    /// use genogram_core::Person;
    /// let p: Person = serde_json::from_str(r#"{"id": "m", "kind": "miscarriage"}"#)?;
    /// assert!(p.is_pregnancy() && p.is_deceased());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_pregnancy(&self) -> bool {
        matches!(
            self.kind,
            PersonKind::Pregnancy
                | PersonKind::Miscarriage
                | PersonKind::Abortion
                | PersonKind::Stillbirth
                | PersonKind::Ectopic
        )
    }
}

/// What a symbol stands for (genogram-spec §1.1, §1.6).
///
/// ```
/// use genogram_core::Person;
/// let p: Person = serde_json::from_str(r#"{"id": "s", "kind": "stillbirth"}"#)?;
/// assert_eq!(p.kind, genogram_core::PersonKind::Stillbirth);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PersonKind {
    /// A born person.
    #[default]
    Person,
    /// An ongoing pregnancy.
    Pregnancy,
    /// A miscarriage (spontaneous pregnancy loss).
    Miscarriage,
    /// An induced abortion (termination).
    Abortion,
    /// A stillbirth.
    Stillbirth,
    /// An ectopic pregnancy.
    Ectopic,
    /// A family pet.
    Pet,
}

/// A person's names. Every part is optional.
///
/// ```
/// let n: genogram_core::Names = serde_json::from_str(r#"{"given": "Ana", "birth_name": "Moreno"}"#)?;
/// assert_eq!(n.birth_name.as_deref(), Some("Moreno"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Given (first) name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given: Option<String>,
    /// Family name (surname).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The name the family uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// The name at birth, where it differs (for example a family name before marriage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_name: Option<String>,
}

impl Names {
    /// True when no part is given.
    ///
    /// ```
    /// assert!(genogram_core::Names::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.given.is_none()
            && self.family.is_none()
            && self.nickname.is_none()
            && self.birth_name.is_none()
    }
}

/// Sex assigned at birth, or as recorded (genogram-spec §1.3). Kept apart from gender identity.
///
/// ```
/// use genogram_core::Person;
/// let p: Person = serde_json::from_str(r#"{"id": "a"}"#)?;
/// assert_eq!(p.sex, genogram_core::Sex::Unknown);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
    /// Intersex (unassigned at birth, or differences of sex development).
    Intersex,
    /// Not known or not stated.
    #[default]
    Unknown,
}

/// Gender identity (genogram-spec §1.3).
///
/// ```
/// use genogram_core::Person;
/// let p: Person = serde_json::from_str(r#"{"id": "a", "gender": "non_binary"}"#)?;
/// assert_eq!(p.gender, Some(genogram_core::Gender::NonBinary));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// Woman.
    Woman,
    /// Man.
    Man,
    /// Non-binary.
    NonBinary,
    /// Another identity (say which in `notes`).
    Other,
    /// Not known or not stated.
    Unknown,
}

/// Sexual orientation (genogram-spec §1.3).
///
/// ```
/// use genogram_core::Person;
/// let p: Person = serde_json::from_str(r#"{"id": "a", "orientation": "bisexual"}"#)?;
/// assert_eq!(p.orientation, Some(genogram_core::Orientation::Bisexual));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Orientation {
    /// Heterosexual.
    Heterosexual,
    /// Gay.
    Gay,
    /// Lesbian.
    Lesbian,
    /// Bisexual.
    Bisexual,
    /// Queer.
    Queer,
    /// Asexual.
    Asexual,
    /// Not known or not stated.
    Unknown,
}

/// The manner of a death (genogram-spec §1.1; used by the loss detectors).
///
/// ```
/// use genogram_core::Person;
/// let p: Person = serde_json::from_str(r#"{"id": "a", "death_manner": "accident"}"#)?;
/// assert_eq!(p.death_manner, Some(genogram_core::DeathManner::Accident));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DeathManner {
    /// Natural causes, old age.
    Natural,
    /// Illness.
    Illness,
    /// An accident.
    Accident,
    /// Suicide.
    Suicide,
    /// Homicide.
    Homicide,
    /// Not known.
    Unknown,
}

/// A medical, mental-health or substance-use condition (genogram-spec §1.9).
///
/// ```
/// use genogram_core::{Condition, ConditionCategory, ConditionStatus};
/// let c: Condition = serde_json::from_str(
///     r#"{"label": "alcohol use disorder", "category": "substance_use", "status": "in_recovery"}"#,
/// )?;
/// assert_eq!(c.category, ConditionCategory::SubstanceUse);
/// assert_eq!(c.status, ConditionStatus::InRecovery);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The condition in words ("depression", "type 2 diabetes").
    pub label: String,
    /// A code from a classification (ICD-10, ICD-11, DSM-5, SNOMED CT), if wanted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Which kind of condition it is; drives the fill of the symbol.
    pub category: ConditionCategory,
    /// Its status; `affected` unless said otherwise.
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: ConditionStatus,
    /// When it began.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset: Option<DateSpec>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// The kind of a condition.
///
/// ```
/// let c: genogram_core::Condition = serde_json::from_str(r#"{"label": "asthma", "category": "medical"}"#)?;
/// assert_eq!(c.category, genogram_core::ConditionCategory::Medical);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ConditionCategory {
    /// A physical illness or disability.
    Medical,
    /// A mental-health condition.
    MentalHealth,
    /// Alcohol or other substance use.
    SubstanceUse,
    /// Anything else (smoking, obesity, a learning difficulty...).
    Other,
}

/// The status of a condition.
///
/// ```
/// let c: genogram_core::Condition = serde_json::from_str(r#"{"label": "asthma", "category": "medical"}"#)?;
/// assert_eq!(c.status, genogram_core::ConditionStatus::Affected);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ConditionStatus {
    /// The person has the condition.
    #[default]
    Affected,
    /// The family or clinician suspects it.
    Suspected,
    /// In recovery (substance use).
    InRecovery,
    /// In remission (illness).
    InRemission,
    /// A genetic carrier, not expected to be affected.
    Carrier,
}
