//! Every threshold the spec marks [default], as one configuration value.

use serde::{Deserialize, Serialize};

use crate::DateSpec;

/// A historical period a family lived through (spec §4.5 E8): a war, a famine, an economic crisis,
/// a pandemic. The genogram file does not hold these; they come from the pattern configuration.
///
/// ```
/// let p: genogram_core::patterns::HistoricalPeriod = serde_json::from_str(
///     r#"{"name": "Great Depression", "from": "1929", "to": "1939"}"#)?;
/// assert_eq!(p.name, "Great Depression");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoricalPeriod {
    /// What it was.
    pub name: String,
    /// When it began.
    pub from: DateSpec,
    /// When it ended.
    pub to: DateSpec,
    /// Where it applied; empty means everywhere. Matched against people's `origin` and events'
    /// `place`, case-insensitively.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
}

/// The thresholds of the pattern rules. Every field has the spec's default; a configuration file
/// (TOML or JSON, `genogram report --config FILE`) overrides any of them. Ages and durations are
/// cultural norms (spec §4.3): change them for the family's context.
///
/// ```
/// let config: genogram_core::patterns::PatternConfig =
///     serde_json::from_str(r#"{"teen_parent_age": 18, "sibling_gap_years": 6}"#)?;
/// assert_eq!(config.teen_parent_age, 18);
/// assert_eq!(config.late_parent_age, 40); // untouched fields keep their defaults
/// assert!(serde_json::from_str::<genogram_core::patterns::PatternConfig>(r#"{"teen_age": 1}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PatternConfig {
    /// Rules to run, by id; empty runs them all.
    pub rules: Vec<String>,
    /// "Today" for ages and "current" relationships when the file has no `as_of`.
    pub as_of: Option<DateSpec>,
    /// Findings whose coverage is below this are marked low evidence (§4.0).
    pub min_coverage: f64,
    /// Siblings of people on a line of descent count as on the line (§4.0).
    pub include_collateral: bool,
    /// A separated or divorced union counts as a tense couple in triangles (T1, T2).
    pub infer_from_union: bool,
    /// People outside the family (no family links, and pets) take part in triangles (T11).
    pub include_external: bool,
    /// FS3: this many unions or more is a series.
    pub serial_unions: usize,
    /// FS4: a sibship this large is unusual.
    pub large_sibship: usize,
    /// FS4, LC5: a death before this age is early.
    pub early_death_age: i64,
    /// FS4: this many early deaths in one generation is unusual.
    pub early_deaths_per_generation: usize,
    /// SC2: a gap longer than this many years between siblings starts a new sub-group.
    pub sibling_gap_years: i64,
    /// SC5: a sibling who died before this age is a sibling loss.
    pub sibling_loss_age: i64,
    /// SC5: a child born within this many months after a sibling's death may be a replacement.
    pub replacement_months: i64,
    /// LC1: a first union before this age is early.
    pub early_union_age: i64,
    /// LC1: a first union after this age is late.
    pub late_union_age: i64,
    /// LC2: a parent younger than this at a birth is a teen parent.
    pub teen_parent_age: i64,
    /// LC2: a parent this old or older at a birth is a late parent.
    pub late_parent_age: i64,
    /// LC2: a parent this old or older at a birth has a late-life child.
    pub late_life_parent_age: i64,
    /// LC3: partners this many years apart or more.
    pub partner_age_gap: i64,
    /// LC4: a child born this many years or more after the previous sibling.
    pub second_family_gap: i64,
    /// LC5: widowed before this age.
    pub early_widowhood_age: i64,
    /// LC6: this many nodal events ...
    pub pileup_events: usize,
    /// LC6: ... within this many months.
    pub pileup_months: i64,
    /// R1: a condition in this many generations of one line.
    pub condition_generations: usize,
    /// R2, R3, R4, R5: a pattern in this many generations of one line.
    pub repeat_generations: usize,
    /// R5: ages or durations within this many years count as the same timing.
    pub timing_tolerance_years: i64,
    /// E1, E4, E6, E9: events within this many months are close in time.
    pub window_months: i64,
    /// E2: a reaction within this many days of a loss's anniversary.
    pub anniversary_days: i64,
    /// E2: within this many days is a strong anniversary match.
    pub anniversary_strong_days: i64,
    /// E3: ages within this many years correspond.
    pub age_echo_years: i64,
    /// E4: a death before this age is untimely.
    pub untimely_death_age: i64,
    /// E5, B3: childhood ends at this age.
    pub childhood_age: i64,
    /// E8: historical periods to set the family's events against.
    pub historical_periods: Vec<HistoricalPeriod>,
    /// T7: a person in this many triangles or more is a hub.
    pub triangle_hub: usize,
    /// B1: a side with less than this share of the other side's documented people is sparse.
    pub side_ratio: f64,
    /// B3: caring for this many siblings or more is a parental role.
    pub parentified_siblings: usize,
    /// BW5: a projection chain this many generations long.
    pub transmission_generations: usize,
    /// ST2: a union lasting this many years or more.
    pub long_union_years: i64,
    /// R1, R7, R8: labels and codes added to the built-in condition vocabulary.
    pub condition_vocabulary: Vec<super::ConditionTerm>,
    /// E10: deaths of people close to one survivor within this many years form a cluster ...
    pub loss_cluster_years: i64,
    /// E10: ... when there are this many of them or more.
    pub loss_cluster_deaths: usize,
    /// B6: a parent this old or older is ageing.
    pub ageing_parent_age: i64,
}

impl Default for PatternConfig {
    fn default() -> Self {
        Self {
            rules: Vec::new(),
            as_of: None,
            min_coverage: 0.5,
            include_collateral: true,
            infer_from_union: true,
            include_external: false,
            serial_unions: 3,
            large_sibship: 6,
            early_death_age: 50,
            early_deaths_per_generation: 2,
            sibling_gap_years: 5,
            sibling_loss_age: 18,
            replacement_months: 24,
            early_union_age: 20,
            late_union_age: 40,
            teen_parent_age: 20,
            late_parent_age: 40,
            late_life_parent_age: 45,
            partner_age_gap: 10,
            second_family_gap: 10,
            early_widowhood_age: 50,
            pileup_events: 3,
            pileup_months: 12,
            condition_generations: 3,
            repeat_generations: 2,
            timing_tolerance_years: 2,
            window_months: 12,
            anniversary_days: 30,
            anniversary_strong_days: 14,
            age_echo_years: 1,
            untimely_death_age: 25,
            childhood_age: 18,
            historical_periods: Vec::new(),
            triangle_hub: 3,
            side_ratio: 0.333,
            parentified_siblings: 2,
            transmission_generations: 2,
            long_union_years: 25,
            condition_vocabulary: Vec::new(),
            loss_cluster_years: 3,
            loss_cluster_deaths: 3,
            ageing_parent_age: 60,
        }
    }
}
