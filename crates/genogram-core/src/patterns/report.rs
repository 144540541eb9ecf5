//! The report of spec §4.9: a summary, the findings section by section (safety first), and the
//! family chronology with every dated event linked to the findings it takes part in.

use std::collections::BTreeMap;

use serde::Serialize;

use super::context::{Context, Moment, MomentKind, Source, kind_words};
use super::finding::{Category, Finding, Strength};
use super::{PatternConfig, detect_in};
use crate::model::EventKind;
use crate::{Genogram, PersonId};

/// The counts and the most salient findings that open a report.
///
/// ```
/// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
/// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}]}"#)?.genogram;
/// let report = Report::new(&g, &PatternConfig::default());
/// assert_eq!(report.summary.people, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// People in the genogram (pregnancies and pets included).
    pub people: usize,
    /// Generations spanned.
    pub generations: usize,
    /// Unions.
    pub unions: usize,
    /// Emotional relationships.
    pub relationships: usize,
    /// Dated events in the chronology.
    pub dated_events: usize,
    /// The summary: the findings to read first, most salient first, at most
    /// [`summary_size`](super::summary_size) of them, as indices into [`Report::findings`].
    pub salient: Vec<usize>,
    /// Every finding, most salient first (see [`Salience`](super::Salience)), as indices into
    /// [`Report::findings`].
    pub ranked: Vec<usize>,
}

/// One row of the family facts table: what describes the family rather than flags a pattern
/// (household types, life-cycle stages, sibling positions and profiles, counts).
///
/// ```
/// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
/// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}]}"#)?.genogram;
/// let report = Report::new(&g, &PatternConfig::default());
/// assert_eq!(report.facts()[0].topic, "Family");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    /// "Family", "Household" or "Siblings".
    pub topic: String,
    /// What the row is about: "Claire's house", "children of Ana and Jon", "the whole family".
    pub subject: String,
    /// The facts, one sentence each.
    pub details: Vec<String>,
    /// The rules that stated them.
    pub rules: Vec<&'static str>,
    /// The people the row is about.
    pub people: Vec<PersonId>,
}

/// One dated fact of the family chronology.
///
/// ```
/// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
/// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a", "birth": "1950"}]}"#)?.genogram;
/// let report = Report::new(&g, &PatternConfig::default());
/// assert_eq!(report.chronology[0].date, "1950");
/// assert_eq!(report.chronology[0].what, "a born");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChronologyEntry {
    /// The date as written in the file.
    pub date: String,
    /// What happened, in words.
    pub what: String,
    /// Who it involved.
    pub people: Vec<PersonId>,
    /// The findings it is evidence for, as indices into [`Report::findings`].
    pub findings: Vec<usize>,
}

/// A pattern report: what [`crate::patterns::detect`] finds, arranged for reading.
///
/// ```
/// use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
/// let g = Genogram::from_json(r#"{"genogram": 1, "title": "Lee family", "people": [
///   {"id": "a", "name": {"given": "Ann <b>"}}, {"id": "b", "name": {"given": "Bo"}}],
///   "emotional": [{"kind": "cutoff", "people": ["a", "b"], "start": "2001"}]}"#)?.genogram;
/// let report = Report::new(&g, &PatternConfig::default());
/// let md = report.to_markdown();
/// assert!(md.starts_with("# Genogram report: Lee family"));
/// assert!(md.contains("Ann &lt;b&gt;")); // input text is escaped
/// let json: serde_json::Value = serde_json::from_str(&report.to_json())?;
/// assert_eq!(json["findings"][0]["rule"], "T8");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The genogram's title.
    pub title: String,
    /// The reference date ("today"), if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// Counts, the summary and the ranking.
    pub summary: Summary,
    /// The family facts table.
    pub facts: Vec<Fact>,
    /// Every finding, in report order (facts excluded).
    pub findings: Vec<Finding>,
    /// Every dated event, oldest first.
    pub chronology: Vec<ChronologyEntry>,
    /// The display name of every person the findings name.
    pub names: std::collections::BTreeMap<PersonId, String>,
}

/// Rules that state facts rather than patterns: they go to the family facts table, with the
/// topic each row takes.
const FACT_RULES: &[(&str, &str)] =
    &[("FS1", "Household"), ("LC7", "Household"), ("SC1", "Siblings"), ("SC3", "Siblings")];

impl Report {
    /// Runs the detectors and arranges the report.
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}]}"#)?.genogram;
    /// let report = Report::new(&g, &PatternConfig::default());
    /// assert!(report.findings.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(genogram: &Genogram, config: &PatternConfig) -> Self {
        let ctx = Context::new(genogram, config);
        let (fact_findings, findings): (Vec<Finding>, Vec<Finding>) =
            detect_in(&ctx).into_iter().partition(|f| FACT_RULES.iter().any(|&(r, _)| r == f.rule));
        let mut cited = citations(&ctx, &findings).into_iter();
        let chronology = ctx
            .timeline
            .iter()
            .map(|m| ChronologyEntry {
                date: m.date.to_string(),
                what: moment_words(&ctx, m),
                people: {
                    let mut p: Vec<PersonId> =
                        m.people.iter().map(|&p| ctx.people[p].id.clone()).collect();
                    p.sort();
                    p
                },
                findings: cited.next().unwrap_or_default(),
            })
            .collect::<Vec<_>>();
        let ranked = super::rank::ranked(&ctx, &findings);
        let salient =
            super::rank::summary(&findings, &ranked, super::summary_size(genogram.people().len()));
        let mut gens: Vec<i32> = ctx.generation.clone();
        gens.sort_unstable();
        gens.dedup();
        let names = findings
            .iter()
            .chain(&fact_findings)
            .flat_map(|f| f.members.iter())
            .filter_map(|m| {
                Some((m.person.clone(), super::context::person_label(genogram.person(&m.person)?)))
            })
            .collect();
        let summary = Summary {
            people: genogram.people().len(),
            generations: if genogram.people().is_empty() { 0 } else { gens.len() },
            unions: genogram.unions().len(),
            relationships: genogram.emotional().len(),
            dated_events: chronology.len(),
            salient,
            ranked,
        };
        Report {
            names,
            title: genogram.title().unwrap_or("Untitled genogram").to_owned(),
            as_of: genogram.as_of().or(config.as_of.as_ref()).map(ToString::to_string),
            facts: facts(&summary, &fact_findings),
            summary,
            findings,
            chronology,
        }
    }

    /// The findings of the summary, most salient first: at most
    /// [`summary_size`](super::summary_size), each with its evidence and questions.
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}],
    /// #   "emotional": [{"kind": "physical_abuse", "people": ["a", "b"]}]}"#)?.genogram;
    /// let report = Report::new(&g, &PatternConfig::default());
    /// let first = report.summary().next().ok_or("empty summary")?;
    /// assert_eq!(first.rule, "T10"); // safety first
    /// assert!(!first.evidence.is_empty() && !first.questions.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn summary(&self) -> impl Iterator<Item = &Finding> {
        self.summary.salient.iter().filter_map(|&i| self.findings.get(i))
    }

    /// Every finding, in report order (section by section, safety first).
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}],
    /// #   "emotional": [{"kind": "cutoff", "people": ["a", "b"]}]}"#)?.genogram;
    /// let report = Report::new(&g, &PatternConfig::default());
    /// assert_eq!(report.findings()[0].rule, "T8");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Every finding, most salient first.
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}],
    /// #   "emotional": [{"kind": "cutoff", "people": ["a", "b"]}]}"#)?.genogram;
    /// let report = Report::new(&g, &PatternConfig::default());
    /// assert_eq!(report.ranked().count(), report.findings().len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ranked(&self) -> impl Iterator<Item = &Finding> {
        self.summary.ranked.iter().filter_map(|&i| self.findings.get(i))
    }

    /// The family facts table: the family's counts first, then households and sibships.
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}]}"#)?.genogram;
    /// let report = Report::new(&g, &PatternConfig::default());
    /// assert!(report.facts()[0].details[0].starts_with("2 people"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    /// The report as pretty-printed JSON.
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}]}"#)?.genogram;
    /// assert!(Report::new(&g, &PatternConfig::default()).to_json().contains("\"findings\": []"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// The findings of one section.
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{Category, PatternConfig, Report}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}]}"#)?.genogram;
    /// let report = Report::new(&g, &PatternConfig::default());
    /// assert_eq!(report.section(Category::Safety).count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn section(&self, category: Category) -> impl Iterator<Item = (usize, &Finding)> {
        self.findings.iter().enumerate().filter(move |(_, f)| f.category == category)
    }

    /// The full report as Markdown: the family facts, the summary (linked), every finding
    /// section by section and the family chronology. Every text from the file is escaped.
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}]}"#)?.genogram;
    /// let md = Report::new(&g, &PatternConfig::default()).to_markdown();
    /// assert!(md.contains("## Family facts") && md.contains("## Safety"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        let e = escape_markdown;
        let mut s = self.markdown_head();
        if !self.summary.salient.is_empty() {
            s += &format!("## Summary: {} findings to read first\n\n", self.summary.salient.len());
            for (k, &i) in self.summary.salient.iter().enumerate() {
                let f = &self.findings[i];
                s += &format!(
                    "{}. [F{}](#f{}) {} ({}): {}\n",
                    k + 1,
                    i + 1,
                    i + 1,
                    e(&f.title),
                    f.rule,
                    e(&f.summary)
                );
            }
            s += "\n";
        }
        let counts: Vec<String> = Category::ALL
            .iter()
            .map(|&c| format!("{} {}", c.heading(), self.section(c).count()))
            .collect();
        s += &format!(
            "**Sections:** {} · Family chronology {}\n\n",
            counts.join(" · "),
            self.chronology.len()
        );
        for category in Category::ALL {
            let items: Vec<(usize, &Finding)> = self.section(category).collect();
            s += &format!("## {} ({})\n\n", category.heading(), items.len());
            if items.is_empty() {
                s += match category {
                    Category::Safety => {
                        "No abuse, neglect or violence is recorded in the genogram. That is not the same as knowing there was none.\n\n"
                    }
                    Category::Strengths => {
                        "No strengths were detected from the recorded data; ask about them: every family has some.\n\n"
                    }
                    _ => "Nothing found.\n\n",
                };
                continue;
            }
            for (i, f) in items {
                s += &self.finding_markdown(i, f);
            }
        }
        s += "## Family chronology\n\n";
        if self.chronology.is_empty() {
            s += "No dated events are recorded.\n";
        } else {
            s += "| Date | Event | Findings |\n|---|---|---|\n";
            for c in &self.chronology {
                let links: Vec<String> = c
                    .findings
                    .iter()
                    .map(|&i| format!("[F{}](#f{}) {}", i + 1, i + 1, self.findings[i].rule))
                    .collect();
                s += &format!("| {} | {} | {} |\n", e(&c.date), e(&c.what), links.join(", "));
            }
        }
        s
    }

    /// The five-minute report as Markdown (what `genogram report` prints by default): the
    /// family facts, then only the summary's findings in rank order, each in full with its
    /// evidence and questions, and a pointer to the rest.
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}],
    /// #   "emotional": [{"kind": "cutoff", "people": ["a", "b"], "start": "2001"}]}"#)?.genogram;
    /// let md = Report::new(&g, &PatternConfig::default()).to_markdown_summary();
    /// assert!(md.contains("## Family facts") && md.contains("Cutoff"));
    /// assert!(!md.contains("## Family chronology"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_markdown_summary(&self) -> String {
        let mut s = self.markdown_head();
        let shown = self.summary.salient.len();
        s += &format!(
            "## Summary: {shown} of {} findings, most salient first\n\n",
            self.findings.len()
        );
        if shown == 0 {
            s += "No finding is strong enough for the summary; the full report lists every lead.\n\n";
        }
        for &i in &self.summary.salient {
            s += &self.finding_markdown(i, &self.findings[i]);
        }
        let rest = self.findings.len() - shown;
        s += &format!(
            "{} more finding{} (weaker, descriptive, or further from the index person) and the family chronology ({} dated events) are in the full report: `genogram report --all`.\n",
            rest,
            if rest == 1 { "" } else { "s" },
            self.chronology.len()
        );
        s
    }

    /// The title, counts, the caution and the family facts table.
    fn markdown_head(&self) -> String {
        let e = escape_markdown;
        let mut s = format!("# Genogram report: {}\n\n", e(&self.title));
        s += &format!(
            "{}{} findings.\n\n",
            self.as_of.as_ref().map(|d| format!("As of {}. ", e(d))).unwrap_or_default(),
            self.findings.len()
        );
        s += "> These findings are hypotheses drawn from the genogram, to explore with the family. They are not diagnoses or verdicts, and what the file does not record is unknown, not absent.\n\n";
        s += "## Family facts\n\n| Topic | About | Facts |\n|---|---|---|\n";
        for fact in &self.facts {
            s += &format!(
                "| {} | {} | {} |\n",
                e(&fact.topic),
                e(&fact.subject),
                e(&fact.details.join(" "))
            );
        }
        s += "\n";
        s
    }

    /// One finding in full: heading (with its anchor), strength, summary, hypothesis,
    /// questions, people, evidence and what is not recorded.
    fn finding_markdown(&self, i: usize, f: &Finding) -> String {
        let e = escape_markdown;
        let mut s =
            format!("### <a id=\"f{n}\"></a>F{n}. {} ({})\n\n", e(&f.title), f.rule, n = i + 1);
        s += &format!(
            "*{}{} evidence, coverage {:.0}%{}*\n\n",
            strength_word(f.strength),
            if f.low_evidence { " (low)" } else { "" },
            f.coverage * 100.0,
            generations_text(&f.generations)
        );
        s += &format!("{}\n\n", e(&f.summary));
        s += &format!("**Hypothesis.** {}\n\n", e(&f.hypothesis));
        if !f.questions.is_empty() {
            s += "**You might ask:**\n\n";
            for q in &f.questions {
                s += &format!("- {}\n", e(q));
            }
            s += "\n";
        }
        s += &format!("People: {}.\n\n", e(&self.people_text(f)));
        s += &format!("Evidence: {}.\n\n", e(&self.evidence_text(f)));
        if !f.missing.is_empty() {
            s += &format!("Not recorded: {}.\n\n", e(&f.missing.join("; ")));
        }
        s
    }
}

impl Report {
    /// "Ana Alvarez (child), Jon Alvarez (parent)": the members of a finding by name.
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a", "name": {"given": "Ann"}}, {"id": "b"}],
    /// #   "emotional": [{"kind": "cutoff", "people": ["a", "b"]}]}"#)?.genogram;
    /// let report = Report::new(&g, &PatternConfig::default());
    /// assert_eq!(report.people_text(&report.findings[0]), "Ann (cut off), b (cut off)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn people_text(&self, f: &Finding) -> String {
        let people: Vec<String> = f
            .members
            .iter()
            .map(|m| {
                format!(
                    "{} ({})",
                    self.names.get(&m.person).map_or(m.person.as_str(), String::as_str),
                    m.role
                )
            })
            .collect();
        people.join(", ")
    }
}

impl Report {
    /// The records a finding rests on, in words: "deaths of Jorge Moreno; Depression (Elena
    /// Clarke); union u-jorge-carmen".
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a", "name": {"given": "Ann"}}, {"id": "b"}],
    /// #   "emotional": [{"kind": "cutoff", "people": ["a", "b"]}]}"#)?.genogram;
    /// let report = Report::new(&g, &PatternConfig::default());
    /// assert_eq!(report.evidence_text(&report.findings[0]), "relationship 1 of the file");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn evidence_text(&self, f: &Finding) -> String {
        let name = |p: &PersonId| self.names.get(p).cloned().unwrap_or_else(|| p.to_string());
        let names =
            |ps: &[PersonId]| super::context::list(&ps.iter().map(name).collect::<Vec<_>>());
        let numbers = |what: &str, v: &[usize]| {
            let n: Vec<String> = v.iter().map(|i| (i + 1).to_string()).collect();
            format!(
                "{what}{} {} of the file",
                if n.len() > 1 { "s" } else { "" },
                super::context::list(&n)
            )
        };
        let ev = &f.evidence;
        let mut parts = Vec::new();
        if !ev.births.is_empty() {
            parts.push(format!("births of {}", names(&ev.births)));
        }
        if !ev.deaths.is_empty() {
            parts.push(format!("deaths of {}", names(&ev.deaths)));
        }
        for c in &ev.conditions {
            parts.push(format!("{} ({})", c.label, name(&c.person)));
        }
        if !ev.unions.is_empty() {
            let ids: Vec<String> = ev.unions.iter().map(ToString::to_string).collect();
            parts.push(format!("union{} {}", if ids.len() > 1 { "s" } else { "" }, ids.join(", ")));
        }
        if !ev.relationships.is_empty() {
            parts.push(numbers("relationship", &ev.relationships));
        }
        if !ev.events.is_empty() {
            parts.push(numbers("event", &ev.events));
        }
        if !ev.households.is_empty() {
            let ids: Vec<String> = ev.households.iter().map(ToString::to_string).collect();
            parts.push(format!(
                "household{} {}",
                if ids.len() > 1 { "s" } else { "" },
                ids.join(", ")
            ));
        }
        if !ev.people.is_empty() {
            parts.push(format!("the records of {}", names(&ev.people)));
        }
        parts.join("; ")
    }
}

/// The family facts table: the family's counts, then one row per household and per sibship,
/// each joining what the fact rules say about it.
fn facts(sm: &Summary, found: &[Finding]) -> Vec<Fact> {
    let mut out = vec![Fact {
        topic: "Family".into(),
        subject: "the whole family".into(),
        details: vec![format!(
            "{} people across {} generations, {} unions, {} emotional relationships, {} dated events.",
            sm.people, sm.generations, sm.unions, sm.relationships, sm.dated_events
        )],
        rules: Vec::new(),
        people: Vec::new(),
    }];
    // One row per household (FS1, LC7) or sibship (SC1, SC3): keyed by the record they cite.
    let mut rows: BTreeMap<(usize, String), Fact> = BTreeMap::new();
    for f in found {
        let Some(&(_, topic)) = FACT_RULES.iter().find(|&&(r, _)| r == f.rule) else { continue };
        let key = f
            .evidence
            .households
            .first()
            .map(|h| format!("h:{h}"))
            .or_else(|| f.evidence.unions.first().map(|u| format!("u:{u}")))
            .unwrap_or_else(|| f.title.clone());
        let order = usize::from(topic != "Household");
        let subject = f.title.split_once(": ").map_or(f.title.as_str(), |(_, rest)| rest);
        let row = rows.entry((order, key)).or_insert_with(|| Fact {
            topic: topic.to_owned(),
            subject: String::new(),
            details: Vec::new(),
            rules: Vec::new(),
            people: Vec::new(),
        });
        // The household's and the sibship's own rule (FS1, SC1) names the row.
        if row.subject.is_empty() || matches!(f.rule, "FS1" | "SC1") {
            row.subject = subject.to_owned();
        }
        row.details.push(f.summary.clone());
        row.rules.push(f.rule);
        for m in &f.members {
            if !row.people.contains(&m.person) {
                row.people.push(m.person.clone());
            }
        }
    }
    out.extend(rows.into_values());
    out
}

fn strength_word(s: Strength) -> &'static str {
    match s {
        Strength::Strong => "Strong",
        Strength::Moderate => "Moderate",
        Strength::Weak => "Weak",
    }
}

fn generations_text(g: &[i32]) -> String {
    match g {
        [] => String::new(),
        [one] => format!(", generation {one}"),
        [first, .., last] => format!(", generations {first} to {last}"),
    }
}

/// Escapes text for Markdown: HTML is neutralised and Markdown's own markup characters are
/// backslash-escaped; a newline becomes a space.
///
/// ```
/// use genogram_core::patterns::escape_markdown;
/// assert_eq!(escape_markdown("<script>*x*</script>"), "&lt;script&gt;\\*x\\*&lt;/script&gt;");
/// assert_eq!(escape_markdown("[a](http://b)"), "\\[a\\](http://b)");
/// ```
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The record behind a moment, as findings cite it.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Cite<'a> {
    Birth(&'a PersonId),
    Death(&'a PersonId),
    Union(&'a crate::UnionId),
    Event(usize),
    Onset(&'a PersonId, &'a str),
    Relationship(usize),
}

/// For each moment of the chronology, the findings that cite its record (ascending): one pass
/// over the findings' evidence through an index of the moments, not findings × moments.
fn citations(ctx: &Context<'_>, findings: &[Finding]) -> Vec<Vec<usize>> {
    let mut moments: BTreeMap<Cite<'_>, Vec<usize>> = BTreeMap::new();
    for (m, moment) in ctx.timeline.iter().enumerate() {
        let key = match moment.source {
            Source::Birth(p) => Cite::Birth(&ctx.people[p].id),
            Source::Death(p) => Cite::Death(&ctx.people[p].id),
            Source::Union(u, _) => Cite::Union(&ctx.g.unions()[u].id),
            Source::Event(i) => Cite::Event(i),
            Source::Onset(p, c) => {
                Cite::Onset(&ctx.people[p].id, &ctx.people[p].conditions[c].label)
            }
            Source::Relationship(i) => Cite::Relationship(i),
        };
        moments.entry(key).or_default().push(m);
    }
    let mut out = vec![Vec::new(); ctx.timeline.len()];
    for (i, f) in findings.iter().enumerate() {
        let ev = &f.evidence;
        let keys = ev
            .births
            .iter()
            .map(Cite::Birth)
            .chain(ev.deaths.iter().map(Cite::Death))
            .chain(ev.unions.iter().map(Cite::Union))
            .chain(ev.events.iter().map(|&e| Cite::Event(e)))
            .chain(ev.conditions.iter().map(|c| Cite::Onset(&c.person, &c.label)))
            .chain(ev.relationships.iter().map(|&r| Cite::Relationship(r)));
        for key in keys {
            for &m in moments.get(&key).into_iter().flatten() {
                if out[m].last() != Some(&i) {
                    out[m].push(i);
                }
            }
        }
    }
    out
}

/// A moment of the chronology in words: "Ana born", "Rosa and Jon divorced".
pub(crate) fn moment_words(ctx: &Context<'_>, m: &Moment) -> String {
    let who = ctx.names(&m.people);
    match (m.kind, &m.source) {
        (MomentKind::Birth, Source::Birth(p)) if ctx.people[*p].is_pregnancy() => {
            let parents = ctx.names(&ctx.parent_list(*p));
            if parents.is_empty() { ctx.name(*p) } else { format!("{parents}: {}", ctx.name(*p)) }
        }
        (MomentKind::Birth, _) => format!("{who} born"),
        (MomentKind::Death, _) => format!("{who} died"),
        (MomentKind::UnionStart, Source::Union(u, h))
        | (MomentKind::UnionOther, Source::Union(u, h)) => {
            let status = ctx.g.unions()[*u].history[*h].status;
            format!(
                "{who}: {}",
                serde_json::to_value(status)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            )
        }
        (MomentKind::Separation, _) => format!("{who} separated"),
        // Worded by what the history says: a relationship that ended is no divorce.
        (MomentKind::Divorce, Source::Union(u, h)) => match ctx.g.unions()[*u].history[*h].status {
            crate::model::UnionStatus::Annulled => format!("{who}: marriage annulled"),
            crate::model::UnionStatus::Ended => format!("{who}: relationship ended"),
            _ => format!("{who} divorced"),
        },
        (MomentKind::Widowed, _) => format!("{who}: widowed"),
        (MomentKind::Onset, Source::Onset(p, c)) => {
            format!("{}: {} began", ctx.name(*p), ctx.people[*p].conditions[*c].label)
        }
        (MomentKind::Event(kind), Source::Event(i)) => {
            let e = &ctx.g.events()[*i];
            let what = e.label.clone().unwrap_or_else(|| {
                match kind {
                    EventKind::IllnessOnset => "illness began",
                    EventKind::JobLoss => "job loss",
                    EventKind::Hospitalisation => "hospitalisation",
                    EventKind::Migration => "migration",
                    EventKind::Move => "move",
                    EventKind::Placement => "placement",
                    EventKind::Crisis => "crisis",
                    _ => "event",
                }
                .to_owned()
            });
            if who.is_empty() { what } else { format!("{who}: {what}") }
        }
        (MomentKind::RelationshipStart, Source::Relationship(i)) => {
            format!("{} began between {who}", kind_words(ctx.g.emotional()[*i].kind))
        }
        _ => who,
    }
}
