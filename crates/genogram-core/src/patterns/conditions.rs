//! The condition vocabulary: which recorded conditions count as "the same" for the repetition
//! rules (R1, R7, R8). Families write conditions in their own words ("drank", "alcoholism",
//! "alcohol use disorder") or as codes (ICD-10 `F10.2`, ICD-11 `6C40.2`); clinicians read them
//! as one *family* of conditions, and related families as one *group* (alcohol misuse and drug
//! use are both substance use). A condition is classified once, from its code when the code is
//! known, else from its label (case-insensitive, whole words), else from its category; what the
//! vocabulary does not know is matched by its exact code or label, as before.
//!
//! The built-in table follows the groupings of McGoldrick, Gerson and Petry ("Genograms:
//! Assessment and Treatment", the health and functioning of chapter 3: alcohol and drug abuse,
//! depression and other mental illness, eating disorders) and the ICD chapters; the pattern
//! configuration's `condition_vocabulary` adds labels and codes to a family, or new families.

use serde::{Deserialize, Serialize};

use crate::model::{Condition, ConditionCategory};

/// One entry of the condition vocabulary, as the pattern configuration gives it: labels and
/// code prefixes that belong to a family of conditions, and optionally the broader group the
/// family belongs to. An entry naming a built-in family adds to it; any other starts a new one.
///
/// ```
/// let t: genogram_core::patterns::ConditionTerm = serde_json::from_str(
///     r#"{"family": "eating disorder", "labels": ["orthorexia"], "codes": ["F50.8"]}"#)?;
/// assert_eq!(t.labels, ["orthorexia"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionTerm {
    /// The family's name, as findings show it ("alcohol misuse").
    pub family: String,
    /// Words or phrases that name a condition of the family; matched as whole words anywhere in
    /// a condition's label, case-insensitively ("alcoholism" matches "chronic alcoholism").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
    /// Code prefixes (ICD-10, ICD-11 or any other classification), compared without dots and
    /// case: `F10` matches `F10.2` and `f102`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
    /// The broader group matched across families ("substance use"); none keeps the family on
    /// its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

/// The built-in families: (family, group, labels, code prefixes). Earlier rows win, so the
/// more specific ones come first. Alcohol and drugs share the group "substance use", as the
/// genogram's one symbol for "alcohol or drug abuse" does (McGoldrick, Gerson and Petry); the
/// mental-health families are matched each on its own.
/// A built-in row: family, group, labels, code prefixes.
type Row = (&'static str, Option<&'static str>, &'static [&'static str], &'static [&'static str]);

const BUILT_IN: &[Row] = &[
    (
        "alcohol misuse",
        Some("substance use"),
        &[
            "alcoholism",
            "alcoholic",
            "alcohol misuse",
            "alcohol abuse",
            "alcohol dependence",
            "alcohol dependency",
            "alcohol use disorder",
            "alcohol addiction",
            "alcohol problem",
            "problem drinking",
            "problem drinker",
            "heavy drinking",
            "heavy drinker",
            "drinking problem",
            "drink problem",
            "dipsomania",
            "aud",
        ],
        &["F10", "6C40"],
    ),
    (
        "drug use",
        Some("substance use"),
        &[
            "drug addiction",
            "drug abuse",
            "drug misuse",
            "drug use",
            "drug dependence",
            "drug use disorder",
            "substance use",
            "substance abuse",
            "substance misuse",
            "substance dependence",
            "addiction to drugs",
            "opioid",
            "opioids",
            "opiate",
            "opiates",
            "opium",
            "heroin",
            "morphine",
            "laudanum",
            "cocaine",
            "crack",
            "amphetamine",
            "amphetamines",
            "methamphetamine",
            "cannabis",
            "marijuana",
            "benzodiazepine",
            "benzodiazepines",
            "barbiturate",
            "barbiturates",
            "overdose",
        ],
        &[
            "F11", "F12", "F13", "F14", "F15", "F16", "F18", "F19", "6C41", "6C42", "6C43", "6C44",
            "6C45", "6C46", "6C47", "6C48", "6C49", "6C4B", "6C4C", "6C4D", "6C4E", "6C4F", "6C4G",
        ],
    ),
    (
        "eating disorder",
        None,
        &[
            "eating disorder",
            "anorexia",
            "anorexia nervosa",
            "anorexic",
            "bulimia",
            "bulimia nervosa",
            "bulimic",
            "binge eating",
            "arfid",
        ],
        &["F50", "6B8"],
    ),
    (
        "psychotic illness",
        None,
        &[
            "schizophrenia",
            "schizophrenic",
            "schizoaffective",
            "psychosis",
            "psychotic",
            "delusional disorder",
        ],
        &["F2", "6A2"],
    ),
    (
        "mood disorder",
        None,
        &[
            "depression",
            "depressive",
            "depressed",
            "bipolar",
            "manic",
            "mania",
            "melancholia",
            "dysthymia",
            "cyclothymia",
            "mood disorder",
            "nervous breakdown",
            "breakdown",
            "psychiatric hospitalisation",
            "psychiatric hospitalization",
            "psychiatric admission",
            "mental illness",
            "mental health problems",
        ],
        &["F3", "6A6", "6A7", "6A8"],
    ),
    (
        "anxiety",
        None,
        &[
            "anxiety",
            "anxious",
            "panic disorder",
            "panic attacks",
            "phobia",
            "agoraphobia",
            "obsessive compulsive",
            "ocd",
            "ptsd",
            "post traumatic stress",
            "posttraumatic stress",
            "shell shock",
            "combat stress",
        ],
        &["F40", "F41", "F42", "F43", "6B0", "6B2", "6B4"],
    ),
    (
        "suicidality and self-harm",
        None,
        &["suicide attempt", "attempted suicide", "suicidal", "self harm", "self injury"],
        &["X6", "X7", "X80", "X81", "X82", "X83", "X84", "R458"],
    ),
    (
        "dementia",
        None,
        &["dementia", "alzheimer", "alzheimers"],
        &["F00", "F01", "F02", "F03", "G30", "6D8"],
    ),
    (
        "neurodevelopmental difference",
        None,
        &["adhd", "attention deficit", "autism", "autistic", "asperger", "aspergers"],
        &["F84", "F90", "6A02", "6A05"],
    ),
    ("gambling", None, &["gambling", "gambler"], &["F630", "6C50"]),
    (
        "heart disease",
        None,
        &[
            "heart disease",
            "heart attack",
            "heart failure",
            "myocardial infarction",
            "coronary",
            "angina",
        ],
        &["I20", "I21", "I22", "I23", "I24", "I25", "I50", "BA4", "BA5", "BD1"],
    ),
    (
        "stroke",
        None,
        &["stroke", "cerebral haemorrhage", "cerebral hemorrhage", "apoplexy"],
        &["I6", "8B2"],
    ),
    ("diabetes", None, &["diabetes", "diabetic"], &["E10", "E11", "E12", "E13", "E14", "5A1"]),
    (
        "cancer",
        None,
        &[
            "cancer",
            "carcinoma",
            "tumour",
            "tumor",
            "leukaemia",
            "leukemia",
            "lymphoma",
            "melanoma",
            "sarcoma",
        ],
        &["C", "2A", "2B", "2C", "2D"],
    ),
    (
        "tuberculosis",
        None,
        &["tuberculosis", "consumption", "phthisis"],
        &["A15", "A16", "A17", "A18", "A19", "1B1"],
    ),
];

/// What a condition was classified as: the family shown in findings and the group matched
/// across people. For a condition the vocabulary does not know both are its exact code or
/// label, and `known` is false.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Kind {
    pub(crate) group: String,
    pub(crate) family: String,
    pub(crate) known: bool,
}

struct Family {
    name: String,
    group: Option<String>,
    labels: Vec<Vec<String>>,
    codes: Vec<String>,
}

/// The vocabulary in use: the user's entries, then the built-in table.
pub(crate) struct Vocabulary {
    families: Vec<Family>,
}

/// Lower case words of a label: letters and digits, everything else a separator.
fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A code without case, dots, spaces or a classification's name in front ("ICD-10: F10.2").
fn code_key(s: &str) -> String {
    let last = s.split([' ', ':']).rfind(|t| !t.is_empty()).unwrap_or("");
    last.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_uppercase()
}

fn contains_words(label: &[String], term: &[String]) -> bool {
    !term.is_empty() && label.windows(term.len()).any(|w| w == term)
}

impl Vocabulary {
    pub(crate) fn new(user: &[super::ConditionTerm]) -> Self {
        let mut families: Vec<Family> = Vec::new();
        let mut add = |name: &str, group: Option<&str>, labels: &[String], codes: &[String]| {
            let key = name.trim().to_lowercase();
            if key.is_empty() {
                return;
            }
            let labels = labels.iter().map(|l| words(l)).filter(|w| !w.is_empty());
            let codes = codes.iter().map(|c| code_key(c)).filter(|c| !c.is_empty());
            if let Some(f) = families.iter_mut().find(|f| f.name == key) {
                f.labels.extend(labels);
                f.codes.extend(codes);
                if f.group.is_none() {
                    f.group = group.map(|g| g.trim().to_lowercase());
                }
            } else {
                families.push(Family {
                    name: key,
                    group: group.map(|g| g.trim().to_lowercase()).filter(|g| !g.is_empty()),
                    labels: labels.collect(),
                    codes: codes.collect(),
                });
            }
        };
        // The user's entries first, so that they win over the built-in rows.
        for t in user {
            add(&t.family, t.group.as_deref(), &t.labels, &t.codes);
        }
        for (name, group, labels, codes) in BUILT_IN {
            let labels: Vec<String> = labels.iter().map(|s| (*s).to_owned()).collect();
            let codes: Vec<String> = codes.iter().map(|s| (*s).to_owned()).collect();
            add(name, *group, &labels, &codes);
        }
        Vocabulary { families }
    }

    fn kind_of(&self, f: &Family) -> Kind {
        Kind {
            group: f.group.clone().unwrap_or_else(|| f.name.clone()),
            family: f.name.clone(),
            known: true,
        }
    }

    /// The family and group of a condition: by code, else by label, else by category (an
    /// unnamed substance-use condition is substance use); else its own code or label.
    pub(crate) fn classify(&self, c: &Condition) -> Kind {
        if let Some(code) = c.code.as_deref().map(code_key).filter(|k| !k.is_empty()) {
            let by_code =
                self.families.iter().find(|f| f.codes.iter().any(|p| code.starts_with(p)));
            if let Some(f) = by_code {
                return self.kind_of(f);
            }
        }
        let label = words(&c.label);
        if let Some(f) =
            self.families.iter().find(|f| f.labels.iter().any(|t| contains_words(&label, t)))
        {
            return self.kind_of(f);
        }
        if c.category == ConditionCategory::SubstanceUse {
            return Kind {
                group: "substance use".into(),
                family: "substance use".into(),
                known: true,
            };
        }
        let own = c.code.clone().unwrap_or_else(|| c.label.trim().to_lowercase());
        Kind { group: own.clone(), family: own, known: false }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn condition(label: &str, code: Option<&str>) -> Condition {
        Condition {
            label: label.into(),
            code: code.map(str::to_owned),
            category: ConditionCategory::Medical,
            status: Default::default(),
            onset: None,
            notes: None,
        }
    }

    #[test]
    fn synonyms_and_codes_meet_in_one_family() {
        let v = Vocabulary::new(&[]);
        let family = |l: &str, c: Option<&str>| v.classify(&condition(l, c)).family;
        assert_eq!(family("Alcoholism", None), "alcohol misuse");
        assert_eq!(family("chronic alcohol dependence", None), "alcohol misuse");
        assert_eq!(family("drank", Some("ICD-10: F10.2")), "alcohol misuse");
        assert_eq!(family("x", Some("6C40.2")), "alcohol misuse");
        assert_eq!(family("heroin addiction", None), "drug use");
        assert_eq!(family("Bulimia", None), "eating disorder");
        assert_eq!(family("bipolar disorder", None), "mood disorder");
        assert_eq!(family("x", Some("F33.1")), "mood disorder");
        assert_eq!(v.classify(&condition("heroin addiction", None)).group, "substance use");
        assert_eq!(v.classify(&condition("Alcoholism", None)).group, "substance use");
        // Whole words only, and unknown labels keep their own key.
        assert_eq!(family("fetal alcohol syndrome", None), "fetal alcohol syndrome");
        assert!(!v.classify(&condition("hay fever", None)).known);
    }

    #[test]
    fn the_users_entries_extend_and_win() {
        let user = [super::super::ConditionTerm {
            family: "eating disorder".into(),
            labels: vec!["Orthorexia".into()],
            codes: vec![],
            group: None,
        }];
        let v = Vocabulary::new(&user);
        assert_eq!(v.classify(&condition("orthorexia", None)).family, "eating disorder");
        assert_eq!(v.classify(&condition("anorexia", None)).family, "eating disorder");
    }
}
