//! The list of every rule, in report order within each category.

use super::context::Context;
use super::finding::{Category, Finding};
use super::{
    balance, bowen, events, life_cycle, repetition, siblings, strengths, structure, triangles,
};

/// One rule of the catalogue: its id and section in the spec, what it looks for, the
/// configuration fields it reads, and its detector.
///
/// ```
/// let t8 = genogram_core::patterns::rules().iter().find(|r| r.id == "T8").ok_or("no T8")?;
/// assert_eq!(t8.name, "Cutoff");
/// assert_eq!(t8.spec, "§4.6");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Rule {
    /// The id, as in the spec (`"SC5"`) or ours for strengths (`"ST1"`).
    pub id: &'static str,
    /// The report section.
    pub category: Category,
    /// Its name.
    pub name: &'static str,
    /// What it looks for, in one sentence.
    pub looks_for: &'static str,
    /// The [`super::PatternConfig`] fields it reads.
    pub params: &'static [&'static str],
    /// Where the spec describes it.
    pub spec: &'static str,
    pub(crate) detect: fn(&Context<'_>) -> Vec<Finding>,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("id", &self.id).finish_non_exhaustive()
    }
}

macro_rules! rule {
    ($id:literal, $cat:ident, $name:literal, $looks:literal, [$($param:literal),*], $spec:literal, $detect:path) => {
        Rule {
            id: $id,
            category: Category::$cat,
            name: $name,
            looks_for: $looks,
            params: &[$($param),*],
            spec: $spec,
            detect: $detect,
        }
    };
}

static RULES: &[Rule] = &[
    rule!(
        "T10",
        Safety,
        "Abuse and safety",
        "Abuse, neglect or violence between any two people; a safety flag when the person harmed is a minor now.",
        ["childhood_age"],
        "§4.6",
        triangles::t10_abuse::detect
    ),
    rule!(
        "FS5",
        Coverage,
        "Missing information",
        "Gaps in births, deaths and health among the index person's first- and second-degree relatives, and unknown parents.",
        ["min_coverage"],
        "§4.1",
        structure::fs5_missing::detect
    ),
    rule!(
        "B1",
        Coverage,
        "Imbalance between sides",
        "One side of the index person's family much less documented than the other, or cut off while the other is not.",
        ["side_ratio"],
        "§4.7",
        balance::b1_sides::detect
    ),
    rule!(
        "FS1",
        Structure,
        "Household type",
        "The form of each current household: nuclear, single-parent, blended, three-generation, skipped-generation or other.",
        [],
        "§4.1",
        structure::fs1_household::detect
    ),
    rule!(
        "FS2",
        Structure,
        "Remarried or blended family",
        "A parent with children from two or more unions: yours, mine and ours.",
        [],
        "§4.1",
        structure::fs2_blended::detect
    ),
    rule!(
        "FS3",
        Structure,
        "Serial unions",
        "A person with several unions.",
        ["serial_unions"],
        "§4.1",
        structure::fs3_serial_unions::detect
    ),
    rule!(
        "FS4",
        Structure,
        "Unusual configuration",
        "A very large sibship, full siblings in different households, or several early deaths in one generation.",
        ["large_sibship", "early_death_age", "early_deaths_per_generation"],
        "§4.1",
        structure::fs4_unusual::detect
    ),
    rule!(
        "SC1",
        Structure,
        "Birth-order position",
        "Each child's position (only, oldest, middle, youngest) in their full sibship and among half-siblings.",
        [],
        "§4.2",
        siblings::sc1_birth_order::detect
    ),
    rule!(
        "SC2",
        Structure,
        "Functional position after an age gap",
        "A gap between siblings long enough that a child grows up more like an oldest or only child.",
        ["sibling_gap_years"],
        "§4.2",
        siblings::sc2_functional_position::detect
    ),
    rule!(
        "SC3",
        Structure,
        "Sex composition",
        "Toman's sibling profile for each child: oldest brother of sisters, youngest sister of brothers, ...",
        [],
        "§4.2",
        siblings::sc3_sex_composition::detect
    ),
    rule!(
        "SC4",
        Structure,
        "Spouse complementarity",
        "Partners whose sibling positions complement each other, or clash in rank or sex (Toman).",
        [],
        "§4.2",
        siblings::sc4_complementarity::detect
    ),
    rule!(
        "SC5",
        Structure,
        "Sibling loss and replacement child",
        "A sibling who died young, and a child born soon after that death or given the dead child's name.",
        ["sibling_loss_age", "replacement_months"],
        "§4.2",
        siblings::sc5_sibling_loss::detect
    ),
    rule!(
        "SC6",
        Structure,
        "Parent-child position match",
        "A child in the same sibling position, and of the same sex, as their parent.",
        [],
        "§4.2",
        siblings::sc6_position_match::detect
    ),
    rule!(
        "SC7",
        Structure,
        "Twin or special child",
        "Twins and other multiples, the only boy or girl among three or more, a child with a chronic condition.",
        [],
        "§4.2",
        siblings::sc7_special_child::detect
    ),
    rule!(
        "LC1",
        Structure,
        "Off-time coupling",
        "A first union at a very young or a late age.",
        ["early_union_age", "late_union_age"],
        "§4.3",
        life_cycle::lc1_coupling::detect
    ),
    rule!(
        "LC2",
        Structure,
        "Off-time parenthood",
        "A teenage parent, a late parent, a late-life child.",
        ["teen_parent_age", "late_parent_age", "late_life_parent_age"],
        "§4.3",
        life_cycle::lc2_parenthood::detect
    ),
    rule!(
        "LC3",
        Structure,
        "Large partner age gap",
        "Partners many years apart in age.",
        ["partner_age_gap"],
        "§4.3",
        life_cycle::lc3_age_gap::detect
    ),
    rule!(
        "LC4",
        Structure,
        "Second family",
        "A child born many years after the previous child of the same parent.",
        ["second_family_gap"],
        "§4.3",
        life_cycle::lc4_second_family::detect
    ),
    rule!(
        "LC5",
        Structure,
        "Off-time death",
        "A child who died before a parent, a death before 50, widowhood before 50.",
        ["early_death_age", "early_widowhood_age"],
        "§4.3",
        life_cycle::lc5_death::detect
    ),
    rule!(
        "LC6",
        Structure,
        "Transition pile-up",
        "Several nodal events in one nuclear family within a year.",
        ["pileup_events", "pileup_months"],
        "§4.3",
        life_cycle::lc6_pileup::detect
    ),
    rule!(
        "LC7",
        Structure,
        "Current life-cycle stage",
        "The life-cycle stage of each current household, from its members' ages.",
        [],
        "§4.3",
        life_cycle::lc7_stage::detect
    ),
    rule!(
        "R1",
        Repetition,
        "Condition recurring across generations",
        "The same condition family (by a vocabulary of synonyms, groups and ICD codes) in three or more generations of one line, or in two or more people in each of two consecutive generations; skipped generations.",
        ["condition_generations", "include_collateral", "condition_vocabulary"],
        "§4.4",
        repetition::r1_condition::detect
    ),
    rule!(
        "R2",
        Repetition,
        "Relationship pattern repeated",
        "The same kind of relationship (cutoff, conflict, fusion, abuse) between the same roles in two or more generations of one line; abuse passed on.",
        ["repeat_generations", "include_collateral"],
        "§4.4",
        repetition::r2_relationship::detect
    ),
    rule!(
        "R3",
        Repetition,
        "Structural pattern repeated",
        "Divorce, remarriage, single parenthood, teen parenthood, childlessness, an only child, a child placed: in two or more generations of one line.",
        ["repeat_generations", "teen_parent_age"],
        "§4.4",
        repetition::r3_structure::detect
    ),
    rule!(
        "R4",
        Repetition,
        "Role or functioning repeated",
        "The same occupation or role tag in two or more generations of one line.",
        ["repeat_generations"],
        "§4.4",
        repetition::r4_role::detect
    ),
    rule!(
        "R5",
        Repetition,
        "Timing repeated",
        "The same age at first union or first child, or the same length of marriage, in two or more generations.",
        ["repeat_generations", "timing_tolerance_years"],
        "§4.4",
        repetition::r5_timing::detect
    ),
    rule!(
        "R6",
        Repetition,
        "Namesakes",
        "A given name (first or middle) carried through one family line, across grandparents, uncles and aunts; a name given again after a child or relative who died.",
        ["include_collateral", "replacement_months"],
        "§4.4",
        repetition::r6_namesakes::detect
    ),
    rule!(
        "R7",
        Repetition,
        "Condition passed from parent to child",
        "One parent and one child (or a parent and several children) who share a condition family, on a line where R1 sees no longer recurrence.",
        ["include_collateral", "condition_vocabulary"],
        "§4.4",
        repetition::r7_parent_child::detect
    ),
    rule!(
        "R8",
        Repetition,
        "Condition on both sides",
        "The same condition family in both partners' families of origin: two lines that meet in one couple.",
        ["condition_vocabulary"],
        "§4.4",
        repetition::r8_both_sides::detect
    ),
    rule!(
        "R9",
        Repetition,
        "Manner of death repeated",
        "The same manner of death (suicide, overdose, a violent or accidental death, an adult death before 50) in two or more generations of one line.",
        ["repeat_generations", "early_death_age", "childhood_age", "include_collateral"],
        "§4.4",
        repetition::r9_manner_of_death::detect
    ),
    rule!(
        "BW5",
        Repetition,
        "Multigenerational transmission",
        "A child who is the focus of parental projection, whose parent was the focus in the generation before.",
        ["transmission_generations"],
        "§4.8",
        bowen::bw5_transmission::detect
    ),
    rule!(
        "E1",
        LossAndTiming,
        "Coincidence of events",
        "A death within a year of another significant event (a birth: cradle and grave), or the index person's symptoms starting within a year after a nodal event.",
        ["window_months"],
        "§4.5",
        events::e1_coincidence::detect
    ),
    rule!(
        "E2",
        LossAndTiming,
        "Anniversary reaction (calendar)",
        "A crisis, onset or rupture close to the anniversary of an earlier loss.",
        ["anniversary_days", "anniversary_strong_days"],
        "§4.5",
        events::e2_anniversary::detect
    ),
    rule!(
        "E3",
        LossAndTiming,
        "Anniversary reaction (age)",
        "A crisis when a person reaches the age a parent, grandparent or sibling was at their death, or when one's child reaches the age one was at a parent's death.",
        ["age_echo_years"],
        "§4.5",
        events::e3_age_echo::detect
    ),
    rule!(
        "E4",
        LossAndTiming,
        "Traumatic or untimely loss",
        "Suicide, homicide or accident; the death of a child or young adult; pregnancy losses; deaths clustered within a year.",
        ["untimely_death_age", "window_months"],
        "§4.5",
        events::e4_traumatic_loss::detect
    ),
    rule!(
        "E5",
        LossAndTiming,
        "Early parental loss",
        "A parent who died, left or was cut off before the child was 18.",
        ["childhood_age"],
        "§4.5",
        events::e5_early_loss::detect
    ),
    rule!(
        "E6",
        LossAndTiming,
        "In the shadow of a loss",
        "A union or a birth within a year after the death of a parent, sibling or child; a widowed partner's rapid remarriage.",
        ["window_months"],
        "§4.5",
        events::e6_shadow::detect
    ),
    rule!(
        "E7",
        LossAndTiming,
        "Migration and dislocation",
        "Migrations, the first generation born after one, and couples from different origins, religions or ethnicities.",
        [],
        "§4.5",
        events::e7_migration::detect
    ),
    rule!(
        "E8",
        LossAndTiming,
        "Sociohistorical context",
        "Nodal events and childhoods that fall in a historical period given in the configuration.",
        ["historical_periods", "childhood_age"],
        "§4.5",
        events::e8_history::detect
    ),
    rule!(
        "E9",
        LossAndTiming,
        "Change in functioning after a nodal event",
        "A condition's onset or a crisis within a year after a nodal event among first-degree relatives.",
        ["window_months"],
        "§4.5",
        events::e9_functioning::detect
    ),
    rule!(
        "E10",
        LossAndTiming,
        "Loss cluster around a survivor",
        "Several deaths of the people close to one person (kin, partners, in-laws) within a few years; the survivor named.",
        ["loss_cluster_years", "loss_cluster_deaths"],
        "§4.5",
        events::e10_loss_cluster::detect
    ),
    rule!(
        "E11",
        LossAndTiming,
        "Same-day coincidence",
        "A death on the same calendar day (month and day) as a birth, death, union or other nodal event of an elder or a descendant (a parent, grandparent, aunt or uncle) in an earlier year.",
        [],
        "§4.5",
        events::e11_same_day::detect
    ),
    rule!(
        "T1",
        Triangles,
        "Triangle",
        "Three people whose relationships form a triangle: two in tension with a third drawn in, or two aligned against a third.",
        ["infer_from_union", "include_external"],
        "§4.6",
        triangles::t1_generic::detect
    ),
    rule!(
        "T2",
        Triangles,
        "Parent-child triangle",
        "Strained co-parents and a child: detouring, cross-generational coalition, loyalty bind, parentified child.",
        ["infer_from_union"],
        "§4.6",
        triangles::t2_parent_child::detect
    ),
    rule!(
        "T3",
        Triangles,
        "Couple triangle",
        "A strained couple and an in-law, an affair partner, an ex-partner or a substance.",
        ["infer_from_union"],
        "§4.6",
        triangles::t3_couple::detect
    ),
    rule!(
        "T4",
        Triangles,
        "Remarried-family triangle",
        "Stepparent outsider, a child's loyalty between households, an ex-spouse triangle.",
        [],
        "§4.6",
        triangles::t4_remarried::detect
    ),
    rule!(
        "T5",
        Triangles,
        "Adoptive or foster triangle",
        "Strained adoptive or foster parents focused on the child, or a child close to a birth parent and in tension with an adoptive one.",
        ["infer_from_union"],
        "§4.6",
        triangles::t5_adoptive::detect
    ),
    rule!(
        "T6",
        Triangles,
        "Multigenerational triangle",
        "A grandparent close to a grandchild while either is in tension with the middle generation.",
        [],
        "§4.6",
        triangles::t6_multigenerational::detect
    ),
    rule!(
        "T7",
        Triangles,
        "Interlocking triangles",
        "Triangles that share a relationship, and people in three or more triangles.",
        ["triangle_hub"],
        "§4.6",
        triangles::t7_interlocking::detect
    ),
    rule!(
        "T8",
        Triangles,
        "Cutoff",
        "A current emotional cutoff.",
        [],
        "§4.6",
        triangles::t8_cutoff::detect
    ),
    rule!(
        "T9",
        Triangles,
        "Fusion and cutoff",
        "A person cut off from a parent or sibling and fused with a partner or child (or the reverse).",
        [],
        "§4.6",
        triangles::t9_fusion_cutoff::detect
    ),
    rule!(
        "T11",
        Triangles,
        "Relationships outside the family",
        "Friends, mentors, professionals and pets with close or tense ties to family members.",
        ["include_external"],
        "§4.6",
        triangles::t11_external::detect
    ),
    rule!(
        "T12",
        Triangles,
        "Conflict with an in-law",
        "A tense relationship between a person and a parent-, child- or sibling-in-law, on its own.",
        [],
        "§4.6",
        triangles::t12_in_law::detect
    ),
    rule!(
        "BW3",
        Triangles,
        "Nuclear family emotional process",
        "Which of Bowen's four outlets of a nuclear family's anxiety show: marital conflict, dysfunction in one spouse, impairment of a child, emotional distance.",
        [],
        "§4.8",
        bowen::bw3_nuclear_process::detect
    ),
    rule!(
        "BW4",
        Triangles,
        "Family projection process",
        "One child who is the focus of a parent and has a condition (or is the index person) while the siblings are spared.",
        [],
        "§4.8",
        bowen::bw4_projection::detect
    ),
    rule!(
        "B2",
        Balance,
        "Over- and under-functioning couple",
        "One partner with an active condition or under-functioning, the other caring, sole earner or over-functioning.",
        [],
        "§4.7",
        balance::b2_functioning::detect
    ),
    rule!(
        "B3",
        Balance,
        "Parentified child",
        "A child caring for a parent or siblings, or the oldest child of a single parent with a serious condition.",
        ["childhood_age", "parentified_siblings"],
        "§4.7",
        balance::b3_parentified::detect
    ),
    rule!(
        "B4",
        Balance,
        "Sibling role polarisation",
        "One child the focus of both parents while the siblings are not, or a 'star' and a 'black sheep' among siblings.",
        [],
        "§4.7",
        balance::b4_polarisation::detect
    ),
    rule!(
        "B6",
        Balance,
        "Adult child as a parent's companion",
        "An adult child with no partner of their own who stays beside an ageing parent as caretaker and companion (a fused or caregiving tie, or a shared household).",
        ["ageing_parent_age", "childhood_age"],
        "§4.7",
        balance::b6_companion::detect
    ),
    rule!(
        "ST1",
        Strengths,
        "Repaired cutoff",
        "A relationship where contact was restored after a cutoff.",
        [],
        "ours",
        strengths::st1_repair::detect
    ),
    rule!(
        "ST2",
        Strengths,
        "Long-lasting union",
        "A union that has lasted many years.",
        ["long_union_years"],
        "ours",
        strengths::st2_long_union::detect
    ),
    rule!(
        "ST3",
        Strengths,
        "Recovery",
        "A person in recovery or remission from a condition.",
        [],
        "ours",
        strengths::st3_recovery::detect
    ),
    rule!(
        "ST4",
        Strengths,
        "Closeness across three generations",
        "Close ties linking three generations of one line.",
        [],
        "ours",
        strengths::st4_three_generations::detect
    ),
    rule!(
        "ST5",
        Strengths,
        "Connected after a loss",
        "Close ties among the people who survived a death in the family.",
        [],
        "ours",
        strengths::st5_after_loss::detect
    ),
    rule!(
        "ST6",
        Strengths,
        "Siblings who stayed close",
        "Adult siblings with a close relationship.",
        [],
        "ours",
        strengths::st6_siblings::detect
    ),
];

/// Every rule, in report order.
///
/// ```
/// let rules = genogram_core::patterns::rules();
/// assert_eq!(rules[0].id, "T10"); // safety first
/// assert!(rules.iter().any(|r| r.id == "BW5"));
/// ```
pub fn rules() -> &'static [Rule] {
    RULES
}

pub(crate) fn category_of(id: &str) -> Category {
    static BY_ID: std::sync::OnceLock<std::collections::BTreeMap<&'static str, Category>> =
        std::sync::OnceLock::new();
    let by_id = BY_ID.get_or_init(|| RULES.iter().map(|r| (r.id, r.category)).collect());
    by_id.get(id).copied().unwrap_or(Category::Structure)
}
