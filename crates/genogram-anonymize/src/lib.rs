//! De-identify a genogram for supervision, teaching and research.
//!
//! [`anonymize`] turns a validated [`Genogram`] into a new one that keeps the family's
//! structure, the intervals between dates and the relationships, and drops what identifies the
//! family: names become pseudonyms (or initials, or kinship roles), ids become opaque, dates move
//! by one hidden offset (or keep only their year, or go), and free text is removed unless the
//! user keeps it. It also returns a [`Manifest`] of what was changed, field by field, with no
//! identifying value in it, and a [`RevealMap`] back to the originals, for the user alone.
//!
//! Everything invented is derived from a secret [`Key`] the user keeps, so the same key gives
//! the same pseudonyms and the same date offset for every later version of the family's file.
//!
//! ```
//! use genogram_anonymize::{anonymize, Key, Options};
//! use genogram_core::Genogram;
//!
//! let g = Genogram::from_json(r#"{"genogram": 1, "index_person": "rosa",
//!   "people": [{"id": "rosa", "sex": "female", "name": {"given": "Rosa", "family": "Alvarez"},
//!               "birth": "1950-03-14", "notes": "Lives on Elm Street"}]}"#)?.genogram;
//! let key = Key::from_secret("a secret the therapist keeps")?;
//! let out = anonymize(&g, &Options::default(), &key);
//! let json = serde_json::to_string(&out.document)?;
//! assert!(!json.contains("Rosa") && !json.contains("Elm Street") && !json.contains("1950-03-14"));
//! assert!(Genogram::from_document(out.document).is_ok()); // still a valid genogram
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod key;
mod names;
mod occupation;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use genogram_core::{
    DateSpec, Document, Gender, Genogram, HouseholdId, Names, PartialDate, Person, PersonId,
    UnionId,
};
use serde::Serialize;

pub use key::{Key, KeyError, MIN_KEY_BYTES};

use crate::names::{Chooser, FAMILY, MEN, NEUTRAL, PETS, WOMEN, words};

/// How names are replaced.
///
/// ```
/// use genogram_anonymize::NameStyle;
/// assert_eq!("roles".parse::<NameStyle>(), Ok(NameStyle::Roles));
/// assert_eq!(NameStyle::default(), NameStyle::Pseudonyms);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NameStyle {
    /// Invented names that fit each person's gender (or sex), stable under the key.
    #[default]
    Pseudonyms,
    /// The initials of the real names ("R. A."), as in many published case studies.
    Initials,
    /// Kinship roles relative to the index person ("Maternal grandmother").
    Roles,
}

/// How dates are treated.
///
/// ```
/// use genogram_anonymize::DateStyle;
/// assert_eq!("years".parse::<DateStyle>(), Ok(DateStyle::Years));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// Every date moves by one offset (a whole number of days, at least a year and at most
    /// [`Options::max_shift_years`], drawn from the key): ages, intervals, anniversaries and
    /// clusters of events survive.
    #[default]
    Shift,
    /// Dates keep their year only.
    Years,
    /// Dates are removed; lists are put in date order first, so the order of events survives.
    Drop,
}

/// Free-text fields the user may choose to keep (all are removed by default).
///
/// ```
/// use genogram_anonymize::KeptField;
/// assert_eq!("occupations".parse::<KeptField>(), Ok(KeptField::Occupations));
/// assert!("names".parse::<KeptField>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeptField {
    /// Occupations, generalised to their field ("nurse" → "health care").
    Occupations,
    /// Education, verbatim.
    Education,
    /// Ethnicity, verbatim.
    Ethnicity,
    /// Religion, verbatim.
    Religion,
    /// Origins (places of origin, migration history), verbatim.
    Origins,
    /// Places (of births, deaths, union steps and events), verbatim.
    Places,
    /// Causes of death, verbatim (the manner of death is always kept).
    DeathCauses,
    /// Labels of events and households, verbatim.
    Labels,
    /// Tags, verbatim.
    Tags,
    /// Every `notes` field, verbatim. Notes are where identifying details hide: read them first.
    Notes,
    /// The title, verbatim (titles often name the family).
    Title,
}

impl KeptField {
    /// Every field that can be kept, with its command-line name.
    ///
    /// ```
    /// use genogram_anonymize::KeptField;
    /// for (name, field) in KeptField::ALL {
    ///     assert_eq!(name.parse::<KeptField>(), Ok(*field));
    /// }
    /// ```
    pub const ALL: &'static [(&'static str, KeptField)] = &[
        ("occupations", KeptField::Occupations),
        ("education", KeptField::Education),
        ("ethnicity", KeptField::Ethnicity),
        ("religion", KeptField::Religion),
        ("origins", KeptField::Origins),
        ("places", KeptField::Places),
        ("death-causes", KeptField::DeathCauses),
        ("labels", KeptField::Labels),
        ("tags", KeptField::Tags),
        ("notes", KeptField::Notes),
        ("title", KeptField::Title),
    ];
}

/// An unknown word for an option.
///
/// ```
/// let err = "sometimes".parse::<genogram_anonymize::DateStyle>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown value `sometimes`; expected one of: shift, years, drop");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownWord {
    word: String,
    expected: &'static str,
}

impl fmt::Display for UnknownWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown value `{}`; expected one of: {}", self.word, self.expected)
    }
}

impl std::error::Error for UnknownWord {}

macro_rules! from_words {
    ($type:ty, $expected:literal, $($word:literal => $value:expr),*) => {
        impl std::str::FromStr for $type {
            type Err = UnknownWord;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($word => Ok($value),)*
                    _ => Err(UnknownWord { word: s.to_owned(), expected: $expected }),
                }
            }
        }
    };
}

from_words!(NameStyle, "pseudonyms, initials, roles",
    "pseudonyms" => NameStyle::Pseudonyms, "initials" => NameStyle::Initials, "roles" => NameStyle::Roles);
from_words!(DateStyle, "shift, years, drop",
    "shift" => DateStyle::Shift, "years" => DateStyle::Years, "drop" => DateStyle::Drop);
from_words!(KeptField, "occupations, education, ethnicity, religion, origins, places, death-causes, labels, tags, notes, title",
    "occupations" => KeptField::Occupations, "education" => KeptField::Education,
    "ethnicity" => KeptField::Ethnicity, "religion" => KeptField::Religion,
    "origins" => KeptField::Origins, "places" => KeptField::Places,
    "death-causes" => KeptField::DeathCauses, "labels" => KeptField::Labels,
    "tags" => KeptField::Tags, "notes" => KeptField::Notes, "title" => KeptField::Title);

/// What to do; the defaults are the safest settings.
///
/// ```
/// use genogram_anonymize::{DateStyle, NameStyle, Options};
/// let options = Options::default();
/// assert_eq!((options.names, options.dates, options.max_shift_years), (NameStyle::Pseudonyms, DateStyle::Shift, 5));
/// assert!(options.keep.is_empty() && !options.drop_conditions);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// How names are replaced.
    pub names: NameStyle,
    /// How dates are treated.
    pub dates: DateStyle,
    /// The largest date shift, in years (at least 1).
    pub max_shift_years: u32,
    /// Free-text fields to keep.
    pub keep: BTreeSet<KeptField>,
    /// Remove conditions too (they are kept by default: they are the clinical point).
    pub drop_conditions: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            names: NameStyle::Pseudonyms,
            dates: DateStyle::Shift,
            max_shift_years: 5,
            keep: BTreeSet::new(),
            drop_conditions: false,
        }
    }
}

/// The result of [`anonymize`].
///
/// ```
/// # use genogram_anonymize::{anonymize, Key, Options};
/// # let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "rosa"}]}"#)?.genogram;
/// let out = anonymize(&g, &Options::default(), &Key::from_secret("sixteen bytes at least")?);
/// assert_eq!(out.reveal_map.people[0].original_id, "rosa");
/// assert_ne!(out.document.people[0].id.as_str(), "rosa");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Anonymized {
    /// The de-identified genogram.
    pub document: Document,
    /// What was changed, field by field: counts and methods, no values.
    pub manifest: Manifest,
    /// The way back to the originals. Identifying: for the user alone, never to share.
    pub reveal_map: RevealMap,
}

/// What was changed, removed or kept, field by field. It holds no name, date or text of the
/// family, so it can be shown alongside the anonymised genogram.
///
/// ```
/// # use genogram_anonymize::{anonymize, Key, Options};
/// # let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a", "notes": "x"}]}"#)?.genogram;
/// let out = anonymize(&g, &Options::default(), &Key::from_secret("sixteen bytes at least")?);
/// let notes = out.manifest.fields.iter().find(|f| f.field == "people[].notes").ok_or("no entry")?;
/// assert_eq!((notes.action, notes.count), (genogram_core_action(), 1));
/// # fn genogram_core_action() -> genogram_anonymize::Action { genogram_anonymize::Action::Removed }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct Manifest {
    /// The settings used.
    pub settings: Settings,
    /// One entry per field that holds a value in the input.
    pub fields: Vec<FieldChange>,
    /// What de-identification cannot remove; read before sharing.
    pub residual_risks: Vec<String>,
}

/// The settings recorded in a manifest.
///
/// ```
/// # use genogram_anonymize::{anonymize, Key, Options};
/// # let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}]}"#)?.genogram;
/// let out = anonymize(&g, &Options::default(), &Key::from_secret("sixteen bytes at least")?);
/// assert_eq!(out.manifest.settings.max_shift_years, 5);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct Settings {
    /// How names were replaced.
    pub names: NameStyle,
    /// How dates were treated.
    pub dates: DateStyle,
    /// The largest date shift, in years.
    pub max_shift_years: u32,
    /// Free-text fields kept.
    pub kept: Vec<KeptField>,
    /// Whether conditions were removed.
    pub conditions_removed: bool,
}

/// What happened to one field.
///
/// ```
/// let change = genogram_anonymize::FieldChange {
///     field: "people[].name.given".into(), action: genogram_anonymize::Action::Replaced,
///     count: 3, how: "pseudonym".into(),
/// };
/// assert_eq!(change.count, 3);
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct FieldChange {
    /// The field, as a JSON path pattern (`people[].name.given`).
    pub field: String,
    /// What was done.
    pub action: Action,
    /// How many values it applied to.
    pub count: usize,
    /// How, in words.
    pub how: String,
}

/// What was done to a field.
///
/// ```
/// assert_eq!(serde_json::to_string(&genogram_anonymize::Action::Generalised)?, "\"generalised\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Replaced by an invented value.
    Replaced,
    /// Removed.
    Removed,
    /// Replaced by a general category.
    Generalised,
    /// Moved by the hidden offset.
    Shifted,
    /// Reduced to the year.
    ReducedToYear,
    /// Kept as it was.
    Kept,
}

/// The way back from the anonymised genogram to the original: identifying, for the user alone.
///
/// ```
/// # use genogram_anonymize::{anonymize, Key, Options};
/// # let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "rosa", "birth": "1950-01-01"}]}"#)?.genogram;
/// let out = anonymize(&g, &Options::default(), &Key::from_secret("sixteen bytes at least")?);
/// let days = out.reveal_map.date_offset_days.ok_or("dates were shifted")?;
/// assert!(days.abs() >= 365);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct RevealMap {
    /// Each person: new id and name, original id and name.
    pub people: Vec<RevealedPerson>,
    /// Each union: new id, original id.
    pub unions: Vec<(String, String)>,
    /// Each household: new id, original id.
    pub households: Vec<(String, String)>,
    /// The date offset in days, when dates were shifted.
    pub date_offset_days: Option<i64>,
}

/// One person in a [`RevealMap`].
///
/// ```
/// let p = genogram_anonymize::RevealedPerson {
///     id: "p7kq2mx".into(), name: "Maria Costa".into(), original_id: "rosa".into(), original_name: "Rosa Alvarez".into(),
/// };
/// assert_eq!(p.original_id, "rosa");
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct RevealedPerson {
    /// The new id.
    pub id: String,
    /// The new name.
    pub name: String,
    /// The original id.
    pub original_id: String,
    /// The original name.
    pub original_name: String,
}

/// De-identifies a genogram. Deterministic: the same genogram, options and key give the same
/// result.
///
/// See the crate documentation for an example.
///
/// ```
/// use genogram_anonymize::{anonymize, Key, Options};
/// let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a", "sex": "male", "name": {"given": "Jon"}}]}"#)?.genogram;
/// let key = Key::from_secret("sixteen bytes at least")?;
/// let (a, b) = (anonymize(&g, &Options::default(), &key), anonymize(&g, &Options::default(), &key));
/// assert_eq!(a.document, b.document);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn anonymize(genogram: &Genogram, options: &Options, key: &Key) -> Anonymized {
    Anonymizer::new(genogram, options, key).run()
}

struct Anonymizer<'a> {
    g: &'a Genogram,
    options: &'a Options,
    key: &'a Key,
    person_ids: BTreeMap<PersonId, PersonId>,
    union_ids: BTreeMap<UnionId, UnionId>,
    household_ids: BTreeMap<HouseholdId, HouseholdId>,
    offset: Option<i64>,
    counts: BTreeMap<String, (Action, usize, String)>,
}

impl<'a> Anonymizer<'a> {
    fn new(g: &'a Genogram, options: &'a Options, key: &'a Key) -> Self {
        let mut used = BTreeSet::new();
        let mut opaque = |prefix: char, id: &str| -> String {
            let bytes = key.derive("id", &format!("{prefix}:{id}"));
            // Consonants and digits only: an opaque id never spells a name.
            const ALPHABET: &[u8] = b"bcdfghjkmnpqrstvwxz23456789";
            let mut text = String::from(prefix);
            for (i, b) in bytes.iter().enumerate() {
                text.push(char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]));
                if i >= 5 && used.insert(text.clone()) {
                    return text;
                }
            }
            // 32 bytes of HMAC output colliding on every prefix does not happen.
            let fallback = format!("{prefix}{}", used.len());
            used.insert(fallback.clone());
            fallback
        };
        let person_ids = g
            .people()
            .iter()
            .map(|p| (p.id.clone(), PersonId::new(opaque('p', p.id.as_str()))))
            .collect();
        let union_ids = g
            .unions()
            .iter()
            .map(|u| (u.id.clone(), UnionId::new(opaque('u', u.id.as_str()))))
            .collect();
        let household_ids = g
            .households()
            .iter()
            .map(|h| (h.id.clone(), HouseholdId::new(opaque('h', h.id.as_str()))))
            .collect();
        let offset = (options.dates == DateStyle::Shift).then(|| date_offset(g, options, key));
        Self {
            g,
            options,
            key,
            person_ids,
            union_ids,
            household_ids,
            offset,
            counts: BTreeMap::new(),
        }
    }

    fn note(&mut self, field: &str, action: Action, how: &str) {
        let entry = self.counts.entry(field.to_owned()).or_insert((action, 0, how.to_owned()));
        entry.1 += 1;
    }

    fn person_id(&self, id: &PersonId) -> PersonId {
        self.person_ids.get(id).cloned().unwrap_or_else(|| id.clone())
    }

    fn run(mut self) -> Anonymized {
        let mut doc = self.g.document().clone();
        if self.options.dates == DateStyle::Drop {
            self.put_in_date_order(&mut doc);
        }
        let names = self.names();
        doc.title = self.text(doc.title.take(), "title", KeptField::Title);
        doc.index_person = doc.index_person.as_ref().map(|id| self.person_id(id));
        doc.as_of = self.date(doc.as_of, "as_of");
        let mut people = std::mem::take(&mut doc.people);
        for person in &mut people {
            self.person(person, &names);
        }
        doc.people = people;
        let mut unions = std::mem::take(&mut doc.unions);
        for union in &mut unions {
            union.id = self.union_ids.get(&union.id).cloned().unwrap_or_else(|| union.id.clone());
            union.partners = union.partners.iter().map(|p| self.person_id(p)).collect();
            for step in &mut union.history {
                step.date = self.date(step.date, "unions[].history[].date");
                step.place =
                    self.text(step.place.take(), "unions[].history[].place", KeptField::Places);
            }
            for child in &mut union.children {
                child.person = self.person_id(&child.person);
                child.links = std::mem::take(&mut child.links)
                    .into_iter()
                    .map(|(parent, link)| (self.person_id(&parent), link))
                    .collect();
                child.date = self.date(child.date, "unions[].children[].date");
            }
            union.notes = self.text(union.notes.take(), "unions[].notes", KeptField::Notes);
        }
        doc.unions = unions;
        for group in &mut doc.multiple_births {
            group.members = group.members.iter().map(|p| self.person_id(p)).collect();
        }
        let mut emotional = std::mem::take(&mut doc.emotional);
        for r in &mut emotional {
            r.people = r.people.iter().map(|p| self.person_id(p)).collect();
            r.reported_by = r.reported_by.as_ref().map(|p| self.person_id(p));
            r.start = self.date(r.start, "emotional[].start");
            r.end = self.date(r.end, "emotional[].end");
            r.notes = self.text(r.notes.take(), "emotional[].notes", KeptField::Notes);
        }
        doc.emotional = emotional;
        let mut events = std::mem::take(&mut doc.events);
        for e in &mut events {
            e.people = e.people.iter().map(|p| self.person_id(p)).collect();
            e.date = self.date(e.date, "events[].date");
            e.label = self.text(e.label.take(), "events[].label", KeptField::Labels);
            e.place = self.text(e.place.take(), "events[].place", KeptField::Places);
            e.notes = self.text(e.notes.take(), "events[].notes", KeptField::Notes);
        }
        doc.events = events;
        let mut households = std::mem::take(&mut doc.households);
        for h in &mut households {
            h.id = self.household_ids.get(&h.id).cloned().unwrap_or_else(|| h.id.clone());
            h.members = h.members.iter().map(|p| self.person_id(p)).collect();
            h.label = self.text(h.label.take(), "households[].label", KeptField::Labels);
            h.from = self.date(h.from, "households[].from");
            h.to = self.date(h.to, "households[].to");
        }
        doc.households = households;

        let reveal_map = RevealMap {
            people: self
                .g
                .people()
                .iter()
                .zip(&doc.people)
                .map(|(before, after)| RevealedPerson {
                    id: after.id.to_string(),
                    name: after.display_name(),
                    original_id: before.id.to_string(),
                    original_name: before.display_name(),
                })
                .collect(),
            unions: self.union_ids.iter().map(|(o, n)| (n.to_string(), o.to_string())).collect(),
            households: self
                .household_ids
                .iter()
                .map(|(o, n)| (n.to_string(), o.to_string()))
                .collect(),
            date_offset_days: self.offset,
        };
        let manifest = self.manifest();
        Anonymized { document: doc, manifest, reveal_map }
    }

    fn person(&mut self, p: &mut Person, names: &BTreeMap<PersonId, Names>) {
        let original = p.id.clone();
        p.id = self.person_id(&original);
        let had = [
            p.name.given.is_some(),
            p.name.family.is_some(),
            p.name.nickname.is_some(),
            p.name.birth_name.is_some(),
        ];
        let how = match self.options.names {
            NameStyle::Pseudonyms => "pseudonym fitting the person's gender, stable under the key",
            NameStyle::Initials => "initial of the real name",
            NameStyle::Roles => "kinship role relative to the index person",
        };
        if had[0] || (self.options.names == NameStyle::Roles) {
            self.note("people[].name.given", Action::Replaced, how);
        }
        if had[1] {
            let action = if self.options.names == NameStyle::Roles {
                Action::Removed
            } else {
                Action::Replaced
            };
            let how = if self.options.names == NameStyle::Pseudonyms {
                "invented family name; people who shared a family name still share one"
            } else if action == Action::Removed {
                "the role says who the person is"
            } else {
                how
            };
            self.note("people[].name.family", action, how);
        }
        if had[2] {
            self.note("people[].name.nickname", Action::Removed, "nicknames identify");
        }
        if had[3] {
            self.note("people[].name.birth_name", Action::Removed, "birth names identify");
        }
        p.name = names.get(&original).cloned().unwrap_or_default();
        p.birth = self.date(p.birth, "people[].birth");
        let died = p.is_deceased();
        p.death = self.date(p.death, "people[].death");
        if died && p.death.is_none() {
            // Without the date, the fact of the death must stay.
            p.deceased = Some(true);
        }
        if self.options.dates == DateStyle::Drop && p.age.take().is_some() {
            self.note("people[].age", Action::Removed, "ages would date the family");
        }
        p.death_cause =
            self.text(p.death_cause.take(), "people[].death_cause", KeptField::DeathCauses);
        if let Some(occupation) = p.occupation.take() {
            if self.options.keep.contains(&KeptField::Occupations) {
                self.note(
                    "people[].occupation",
                    Action::Generalised,
                    "the field of work only (\"nurse\" becomes \"health care\")",
                );
                p.occupation = Some(occupation::generalise(&occupation).to_owned());
            } else {
                self.note("people[].occupation", Action::Removed, "free text");
            }
        }
        p.education = self.text(p.education.take(), "people[].education", KeptField::Education);
        p.ethnicity = self.text(p.ethnicity.take(), "people[].ethnicity", KeptField::Ethnicity);
        p.religion = self.text(p.religion.take(), "people[].religion", KeptField::Religion);
        p.origin = self.text(p.origin.take(), "people[].origin", KeptField::Origins);
        p.birth_place = self.text(p.birth_place.take(), "people[].birth_place", KeptField::Places);
        p.death_place = self.text(p.death_place.take(), "people[].death_place", KeptField::Places);
        p.notes = self.text(p.notes.take(), "people[].notes", KeptField::Notes);
        if !p.tags.is_empty() && !self.options.keep.contains(&KeptField::Tags) {
            for _ in 0..p.tags.len() {
                self.note("people[].tags", Action::Removed, "free text");
            }
            p.tags.clear();
        } else {
            for _ in 0..p.tags.len() {
                self.note("people[].tags", Action::Kept, "kept on request, verbatim");
            }
        }
        if self.options.drop_conditions {
            for _ in 0..p.conditions.len() {
                self.note(
                    "people[].conditions",
                    Action::Removed,
                    "removed on request (--drop conditions)",
                );
            }
            p.conditions.clear();
        }
        let mut conditions = std::mem::take(&mut p.conditions);
        for c in &mut conditions {
            self.note(
                "people[].conditions",
                Action::Kept,
                "label, code, category and status kept: they are the clinical point",
            );
            c.onset = self.date(c.onset, "people[].conditions[].onset");
            c.notes = self.text(c.notes.take(), "people[].conditions[].notes", KeptField::Notes);
        }
        p.conditions = conditions;
    }

    /// The replacement names of everyone, chosen in an order that does not depend on the file's
    /// order of people.
    fn names(&self) -> BTreeMap<PersonId, Names> {
        let g = self.g;
        let mut excluded = BTreeSet::new();
        for p in g.people() {
            for part in [&p.name.given, &p.name.family, &p.name.nickname, &p.name.birth_name]
                .into_iter()
                .flatten()
            {
                excluded.extend(words(part));
            }
            excluded.extend(words(p.id.as_str()));
        }
        let mut order: Vec<&Person> = g.people().iter().collect();
        order.sort_by_key(|p| self.person_ids.get(&p.id).cloned());
        let mut out = BTreeMap::new();
        match self.options.names {
            NameStyle::Pseudonyms => {
                let mut chooser = Chooser::new(self.key, excluded);
                // Family names first, one per original family name, so shared names stay shared.
                let mut families: Vec<String> = g
                    .people()
                    .iter()
                    .filter_map(|p| p.name.family.as_ref().map(|f| f.trim().to_lowercase()))
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect();
                families.sort_by_key(|f| self.key.number("family-order", f));
                let family_map: BTreeMap<String, String> = families
                    .into_iter()
                    .map(|f| (f.clone(), chooser.choose(FAMILY, "family", &f)))
                    .collect();
                // Given names by their first word: people who shared a first name share a
                // pseudonym, so namesakes (a child named for a grandparent, or for a sibling who
                // died) survive anonymisation.
                let mut given_map: BTreeMap<(&str, String), String> = BTreeMap::new();
                for p in order {
                    let first = p
                        .name
                        .given
                        .as_deref()
                        .and_then(|g| g.split_whitespace().next())
                        .map(str::to_lowercase);
                    let given = match first {
                        Some(first) if !p.is_pregnancy() => {
                            let (pool, pool_name) = if p.is_pet() {
                                (PETS, "pets")
                            } else {
                                match p.kinship_gender() {
                                    Gender::Woman => (WOMEN, "women"),
                                    Gender::Man => (MEN, "men"),
                                    _ => (NEUTRAL, "neutral"),
                                }
                            };
                            let name = given_map
                                .entry((pool_name, first.clone()))
                                .or_insert_with(|| chooser.choose(pool, "given", &first))
                                .clone();
                            Some(name)
                        }
                        _ => None,
                    };
                    let family = p
                        .name
                        .family
                        .as_ref()
                        .and_then(|f| family_map.get(&f.trim().to_lowercase()).cloned());
                    out.insert(
                        p.id.clone(),
                        Names { given, family, nickname: None, birth_name: None },
                    );
                }
            }
            NameStyle::Initials => {
                let initial = |s: &Option<String>| {
                    s.as_ref()
                        .and_then(|s| s.trim().chars().next())
                        .map(|c| format!("{}.", c.to_uppercase()))
                };
                for p in order {
                    let names = Names {
                        given: initial(&p.name.given),
                        family: initial(&p.name.family),
                        nickname: None,
                        birth_name: None,
                    };
                    out.insert(p.id.clone(), names);
                }
            }
            NameStyle::Roles => {
                let ip = g.index_person().map(|p| p.id.clone());
                let mut by_role: BTreeMap<String, Vec<&Person>> = BTreeMap::new();
                for p in order {
                    let role = match &ip {
                        Some(ip) if *ip == p.id => "index person".to_owned(),
                        Some(ip) => g
                            .kinship(ip, &p.id)
                            .map_or_else(|| "person".to_owned(), |k| k.to_string()),
                        None => "person".to_owned(),
                    };
                    by_role.entry(role).or_default().push(p);
                }
                for (role, mut people) in by_role {
                    let role = capitalise(&role);
                    let many = people.len() > 1;
                    people.sort_by_key(|p| {
                        (
                            p.birth.as_ref().map(DateSpec::sort_key),
                            self.person_ids.get(&p.id).cloned(),
                        )
                    });
                    for (i, p) in people.into_iter().enumerate() {
                        let given = if many { format!("{role} {}", i + 1) } else { role.clone() };
                        out.insert(
                            p.id.clone(),
                            Names {
                                given: Some(given),
                                family: None,
                                nickname: None,
                                birth_name: None,
                            },
                        );
                    }
                }
            }
        }
        out
    }

    fn text(&mut self, value: Option<String>, field: &str, keep: KeptField) -> Option<String> {
        let value = value?;
        if self.options.keep.contains(&keep) {
            self.note(
                field,
                Action::Kept,
                "kept on request, verbatim: check it by eye before sharing",
            );
            Some(value)
        } else {
            self.note(field, Action::Removed, "free text");
            None
        }
    }

    fn date(&mut self, value: Option<DateSpec>, field: &str) -> Option<DateSpec> {
        let value = value?;
        match self.options.dates {
            DateStyle::Shift => {
                self.note(
                    field,
                    Action::Shifted,
                    "moved by one hidden offset; intervals and anniversaries kept",
                );
                Some(shift(&value, self.offset.unwrap_or(0)))
            }
            DateStyle::Years => {
                self.note(field, Action::ReducedToYear, "year only");
                Some(years_only(&value))
            }
            DateStyle::Drop => {
                self.note(
                    field,
                    Action::Removed,
                    "dates dropped; the order of children, unions and events kept",
                );
                None
            }
        }
    }

    /// Before dates go, the orders they implied are written into the lists themselves.
    fn put_in_date_order(&self, doc: &mut Document) {
        for union in &mut doc.unions {
            let order: Vec<PersonId> =
                self.g.union_children(&union.id).iter().map(|c| c.person.id.clone()).collect();
            union.children.sort_by_key(|c| order.iter().position(|id| *id == c.person));
        }
        let key = |d: Option<&DateSpec>| (d.is_none(), d.map(DateSpec::sort_key));
        doc.unions.sort_by_key(|u| key(u.start()));
        doc.events.sort_by_key(|e| key(e.date.as_ref()));
        doc.emotional.sort_by_key(|r| key(r.start.as_ref()));
    }

    fn manifest(&self) -> Manifest {
        let fields = self
            .counts
            .iter()
            .map(|(field, (action, count, how))| FieldChange {
                field: field.clone(),
                action: *action,
                count: *count,
                how: how.clone(),
            })
            .chain([FieldChange {
                field: "ids".to_owned(),
                action: Action::Replaced,
                count: self.person_ids.len() + self.union_ids.len() + self.household_ids.len(),
                how: "opaque ids derived from the key".to_owned(),
            }])
            .collect();
        let mut residual_risks = vec![
            "The family's shape (how many children, divorces, twins, deaths and when) is kept: someone who knows the family can recognise it.".to_owned(),
            "Conditions are kept: a rare condition, or an unusual combination, together with the family's shape can identify a family.".to_owned(),
            "Emotional relationships, manners of death (suicide, homicide) and life-event kinds are kept; a notable event (a publicised death, a migration) can identify a family.".to_owned(),
        ];
        match self.options.dates {
            DateStyle::Shift => residual_risks.push(
                "Dates are shifted, not removed: intervals, ages and seasons survive, and one real date known to a reader reveals the offset for all dates.".to_owned(),
            ),
            DateStyle::Years => residual_risks.push("Years are kept: together with the family's shape they narrow the family down.".to_owned()),
            DateStyle::Drop => {}
        }
        if self.options.names == NameStyle::Initials {
            residual_risks.push("Initials are the real names' initials.".to_owned());
        }
        if !self.options.keep.is_empty() {
            residual_risks.push("Kept free-text fields are copied verbatim (occupations are generalised): read them before sharing.".to_owned());
        }
        Manifest {
            settings: Settings {
                names: self.options.names,
                dates: self.options.dates,
                max_shift_years: self.options.max_shift_years,
                kept: self.options.keep.iter().copied().collect(),
                conditions_removed: self.options.drop_conditions,
            },
            fields,
            residual_risks,
        }
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The offset, in days: at least a year and at most `max_shift_years`, either way, drawn from
/// the key. Redrawn (deterministically) while a shifted day-precision date would equal one of
/// the input's own, so that no real exact date appears in the output even by coincidence.
fn date_offset(g: &Genogram, options: &Options, key: &Key) -> i64 {
    let originals: BTreeSet<String> = all_dates(g.document())
        .into_iter()
        .filter(|d| matches!(d, DateSpec::On(p) if p.day().is_some()))
        .map(|d| d.to_string())
        .collect();
    let max_days = i64::from(options.max_shift_years.max(1)) * 365;
    let mut chosen = 0;
    for attempt in 0..64 {
        let n = key.number("date-offset", &attempt.to_string());
        let magnitude =
            365 + i64::try_from(n % u64::try_from(max_days - 364).unwrap_or(1)).unwrap_or(0);
        let offset = if n & (1 << 63) == 0 { magnitude } else { -magnitude };
        chosen = offset;
        let clash = all_dates(g.document())
            .iter()
            .any(|d| originals.contains(&shift(d, offset).to_string()));
        if !clash {
            break;
        }
    }
    chosen
}

fn all_dates(doc: &Document) -> Vec<DateSpec> {
    let mut dates: Vec<DateSpec> = Vec::new();
    dates.extend(doc.as_of);
    for p in &doc.people {
        dates.extend(p.birth.iter().chain(&p.death).copied());
        dates.extend(p.conditions.iter().filter_map(|c| c.onset));
    }
    for u in &doc.unions {
        dates.extend(u.history.iter().filter_map(|s| s.date));
        dates.extend(u.children.iter().filter_map(|c| c.date));
    }
    for r in &doc.emotional {
        dates.extend(r.start.iter().chain(&r.end).copied());
    }
    dates.extend(doc.events.iter().filter_map(|e| e.date));
    for h in &doc.households {
        dates.extend(h.from.iter().chain(&h.to).copied());
    }
    dates
}

/// Moves a date by `days`, keeping its precision: a day-precision date moves by exactly that
/// many days; month and year precision move by the nearest whole number of months or years, so
/// that dates of one precision keep exact intervals among themselves.
fn shift(date: &DateSpec, days: i64) -> DateSpec {
    let point = |d: &PartialDate| -> PartialDate {
        let moved = match (d.month(), d.day()) {
            (Some(_), Some(_)) => PartialDate::from_day_number(d.first_day() + days),
            (Some(m), None) => {
                let months = (days as f64 / 30.436_875).round() as i64;
                let index = i64::from(d.year()) * 12 + i64::from(m) - 1 + months;
                i32::try_from(index.div_euclid(12)).ok().and_then(|y| {
                    PartialDate::new(
                        y,
                        Some(u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1)),
                        None,
                    )
                })
            }
            _ => {
                let years = (days as f64 / 365.2425).round() as i64;
                i32::try_from(i64::from(d.year()) + years)
                    .ok()
                    .and_then(|y| PartialDate::new(y, None, None))
            }
        };
        // Beyond year 9999 or before year 1 a date stays where it is; no genogram goes there.
        moved.unwrap_or(*d)
    };
    match date {
        DateSpec::On(d) => DateSpec::On(point(d)),
        DateSpec::About(d) => DateSpec::About(point(d)),
        DateSpec::Before(d) => DateSpec::Before(point(d)),
        DateSpec::After(d) => DateSpec::After(point(d)),
        DateSpec::Between(a, b) => DateSpec::Between(point(a), point(b)),
    }
}

fn years_only(date: &DateSpec) -> DateSpec {
    let year = |d: &PartialDate| PartialDate::new(d.year(), None, None).unwrap_or(*d);
    match date {
        DateSpec::On(d) => DateSpec::On(year(d)),
        DateSpec::About(d) => DateSpec::About(year(d)),
        DateSpec::Before(d) => DateSpec::Before(year(d)),
        DateSpec::After(d) => DateSpec::After(year(d)),
        DateSpec::Between(a, b) if a.year() == b.year() => DateSpec::On(year(a)),
        DateSpec::Between(a, b) => DateSpec::Between(year(a), year(b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> DateSpec {
        s.parse().expect("date")
    }

    #[test]
    fn shifting_keeps_precision_and_intervals() {
        assert_eq!(shift(&date("2000-01-01"), 366).to_string(), "2001-01-01");
        assert_eq!(shift(&date("2000-03"), 400).to_string(), "2001-04");
        assert_eq!(shift(&date("2000"), -800).to_string(), "1998");
        assert_eq!(shift(&date("1950..1952"), 730).to_string(), "1952..1954");
        assert_eq!(shift(&date("~1950"), 730).to_string(), "~1952");
        assert_eq!(shift(&date("<1950-06"), 365).to_string(), "<1951-06");
    }

    #[test]
    fn years_only_drops_months_and_days() {
        assert_eq!(years_only(&date("1950-03-14")).to_string(), "1950");
        assert_eq!(years_only(&date("~1950-03")).to_string(), "~1950");
        assert_eq!(years_only(&date("1950-01..1950-06")).to_string(), "1950");
    }

    #[test]
    fn roles_are_capitalised() {
        assert_eq!(capitalise("maternal grandmother"), "Maternal grandmother");
        assert_eq!(capitalise(""), "");
    }
}
