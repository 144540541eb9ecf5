//! What a detector reports: the [`Finding`] of spec §4.0.

use serde::Serialize;

use crate::{HouseholdId, PersonId, UnionId};

/// The report section a rule belongs to (spec §4.9), in report order.
///
/// ```
/// use genogram_core::patterns::Category;
/// assert!(Category::Safety < Category::Strengths);
/// assert_eq!(Category::Triangles.heading(), "Triangles and relational patterns");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Abuse, violence and minors at risk (T10): always first.
    Safety,
    /// What is known and what is missing (FS5, B1).
    Coverage,
    /// Household and family form, sibling constellation, life-cycle fit (FS, SC, LC).
    Structure,
    /// Patterns that repeat down a line of descent (R, BW5).
    Repetition,
    /// Losses, anniversaries and the timing of events (E).
    LossAndTiming,
    /// Triangles, cutoffs and the nuclear family's emotional process (T, BW3, BW4).
    Triangles,
    /// Over- and under-functioning, parentified children, polarised siblings (B).
    Balance,
    /// What has gone well: repairs, lasting bonds, recovery, closeness.
    Strengths,
}

impl Category {
    /// Every category, in report order.
    ///
    /// ```
    /// assert_eq!(genogram_core::patterns::Category::ALL.len(), 8);
    /// ```
    pub const ALL: [Category; 8] = [
        Category::Safety,
        Category::Coverage,
        Category::Structure,
        Category::Repetition,
        Category::LossAndTiming,
        Category::Triangles,
        Category::Balance,
        Category::Strengths,
    ];

    /// The section heading used in reports.
    ///
    /// ```
    /// assert_eq!(genogram_core::patterns::Category::Safety.heading(), "Safety");
    /// ```
    pub fn heading(self) -> &'static str {
        match self {
            Category::Safety => "Safety",
            Category::Coverage => "Data coverage and gaps",
            Category::Structure => "Structure and life cycle",
            Category::Repetition => "Intergenerational repetition",
            Category::LossAndTiming => "Loss and timing",
            Category::Triangles => "Triangles and relational patterns",
            Category::Balance => "Balance",
            Category::Strengths => "Strengths and resources",
        }
    }
}

/// How strongly the data supports a finding.
///
/// ```
/// use genogram_core::patterns::Strength;
/// assert!(Strength::Strong > Strength::Weak);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// Some support; worth a question.
    Weak,
    /// Clear support.
    Moderate,
    /// Every part of the rule is met by recorded, current data.
    Strong,
}

/// A person taking part in a finding, with their role in it.
///
/// ```
/// use genogram_core::{PersonId, patterns::Member};
/// let m = Member { person: PersonId::new("ana"), role: "outsider".into() };
/// assert_eq!(m.role, "outsider");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Member {
    /// The person.
    pub person: PersonId,
    /// Their role, in the words of the rule: `"outsider"`, `"bereaved child"`, ...
    pub role: String,
}

/// A condition of a person, named by the person and the condition's label.
///
/// ```
/// use genogram_core::{PersonId, patterns::ConditionRef};
/// let c = ConditionRef { person: PersonId::new("jon"), label: "alcohol use disorder".into() };
/// assert_eq!(c.person.as_str(), "jon");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ConditionRef {
    /// Who has it.
    pub person: PersonId,
    /// Its label as written in the file.
    pub label: String,
}

/// The records that made a rule fire. Indices point into the file's `emotional` and `events`
/// arrays (they do not depend on the order of people).
///
/// ```
/// let e = genogram_core::patterns::Evidence::default();
/// assert!(e.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// Emotional relationships, as indices into `emotional`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relationships: Vec<usize>,
    /// Unions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unions: Vec<UnionId>,
    /// Life events, as indices into `events`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<usize>,
    /// People whose birth is part of the evidence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub births: Vec<PersonId>,
    /// People whose death is part of the evidence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deaths: Vec<PersonId>,
    /// Conditions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<ConditionRef>,
    /// Households.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub households: Vec<HouseholdId>,
    /// People whose own records (name, occupation, dates) are the evidence, when no other
    /// record is: a finding's evidence is never empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonId>,
}

impl Evidence {
    /// True when no record is cited.
    ///
    /// ```
    /// assert!(genogram_core::patterns::Evidence::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.relationships.is_empty()
            && self.unions.is_empty()
            && self.events.is_empty()
            && self.births.is_empty()
            && self.deaths.is_empty()
            && self.conditions.is_empty()
            && self.households.is_empty()
            && self.people.is_empty()
    }

    fn normalise(&mut self) {
        fn tidy<T: Ord>(v: &mut Vec<T>) {
            v.sort();
            v.dedup();
        }
        tidy(&mut self.relationships);
        tidy(&mut self.unions);
        tidy(&mut self.events);
        tidy(&mut self.births);
        tidy(&mut self.deaths);
        tidy(&mut self.conditions);
        tidy(&mut self.households);
        tidy(&mut self.people);
    }
}

/// A shape drawn over the genogram to show a finding (spec §4.0, visual primitives).
///
/// ```
/// use genogram_core::{PersonId, patterns::Overlay};
/// let o = Overlay::Lineage { path: vec![PersonId::new("rosa"), PersonId::new("ana")] };
/// assert!(matches!(o, Overlay::Lineage { .. }));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Overlay {
    /// Nothing beyond halos and emphasised lines.
    None,
    /// A translucent triangle joining three people; the outsider, if any, is marked.
    Triangle {
        /// The three corners.
        corners: [PersonId; 3],
        /// The person the other two are aligned against, if the triangle has one.
        #[serde(skip_serializing_if = "Option::is_none")]
        outsider: Option<PersonId>,
    },
    /// A band along a line of descent, oldest first.
    Lineage {
        /// The people the band joins, oldest generation first.
        path: Vec<PersonId>,
    },
}

/// What to highlight in the drawing for a finding.
///
/// ```
/// let v = genogram_core::patterns::Visual::default();
/// assert!(v.people.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Visual {
    /// People to draw a halo around.
    pub people: Vec<PersonId>,
    /// Emotional relationships to emphasise (indices into `emotional`).
    pub relationships: Vec<usize>,
    /// Union lines to emphasise.
    pub unions: Vec<UnionId>,
    /// The overlay shape.
    pub overlay: Overlay,
}

impl Default for Visual {
    fn default() -> Self {
        Self {
            people: Vec::new(),
            relationships: Vec::new(),
            unions: Vec::new(),
            overlay: Overlay::None,
        }
    }
}

/// One pattern found in a family: who, on what evidence, how strongly, and how to ask about it.
///
/// Findings are hypotheses for the clinician to explore with the family, never verdicts. Build
/// them with [`crate::patterns::detect`].
///
/// ```
/// use genogram_core::{Genogram, patterns::{detect, PatternConfig}};
/// let g = Genogram::from_json(r#"{"genogram": 1, "index_person": "a", "people": [
///   {"id": "a", "sex": "female"}, {"id": "b", "sex": "male"}],
///   "emotional": [{"kind": "cutoff", "people": ["a", "b"], "start": "2010"}]}"#)?.genogram;
/// let findings = detect(&g, &PatternConfig::default());
/// let cutoff = findings.iter().find(|f| f.rule == "T8").ok_or("no T8")?;
/// assert_eq!(cutoff.members.len(), 2);
/// assert!(!cutoff.questions.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// The rule's id, as in the spec: `"T2"`, `"R1"`, `"ST1"`.
    pub rule: &'static str,
    /// The report section.
    pub category: Category,
    /// A short title naming the pattern and its people.
    pub title: String,
    /// The people in the finding, with their roles.
    pub members: Vec<Member>,
    /// The records that made the rule fire.
    pub evidence: Evidence,
    /// The generations the members span, relative to the index person when there is one.
    pub generations: Vec<i32>,
    /// How strongly the data supports it.
    pub strength: Strength,
    /// The share (0 to 1) of the data the rule needs that the file records.
    pub coverage: f64,
    /// True when coverage is under the configured minimum: read it as a lead, not a finding.
    pub low_evidence: bool,
    /// What the rule would need that the file does not say.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    /// One sentence of evidence naming the people.
    pub summary: String,
    /// The hypothesis, in tentative wording.
    pub hypothesis: String,
    /// One to three interview prompts.
    pub questions: Vec<String>,
    /// What to highlight in the drawing.
    pub visual: Visual,
}

impl Finding {
    /// The members' ids, in the finding's order.
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{detect, PatternConfig}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}],
    /// #   "emotional": [{"kind": "cutoff", "people": ["a", "b"]}]}"#)?.genogram;
    /// let f = &detect(&g, &PatternConfig::default())[0];
    /// assert_eq!(f.member_ids().len(), f.members.len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn member_ids(&self) -> Vec<&PersonId> {
        self.members.iter().map(|m| &m.person).collect()
    }

    pub(crate) fn finish(&mut self) {
        if self.evidence.is_empty() {
            self.evidence.people = self.members.iter().map(|m| m.person.clone()).collect();
        }
        self.evidence.normalise();
        self.generations.sort_unstable();
        self.generations.dedup();
        if self.visual.people.is_empty() {
            let mut people: Vec<PersonId> = self.members.iter().map(|m| m.person.clone()).collect();
            people.sort();
            people.dedup();
            self.visual.people = people;
        }
        if self.visual.relationships.is_empty() {
            self.visual.relationships = self.evidence.relationships.clone();
        }
        if self.visual.unions.is_empty() {
            self.visual.unions = self.evidence.unions.clone();
        }
        self.coverage = (self.coverage.clamp(0.0, 1.0) * 100.0).round() / 100.0;
        for text in [&mut self.title, &mut self.summary, &mut self.hypothesis]
            .into_iter()
            .chain(self.questions.iter_mut())
        {
            if let Some(first) = text.chars().next().filter(|c| c.is_lowercase()) {
                *text = first.to_uppercase().collect::<String>() + &text[first.len_utf8()..];
            }
        }
    }
}
