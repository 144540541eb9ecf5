//! Repetition of patterns across generations (spec §4.4, R1–R6).
//!
//! Each rule groups the people (or relationships, or unions) that share a pattern into lines of
//! descent with a union–find over ancestor links, so the cost grows with the number of people
//! carrying the pattern times their number of ancestors, never with all pairs of the family.

pub(crate) mod r1_condition;
pub(crate) mod r2_relationship;
pub(crate) mod r3_structure;
pub(crate) mod r4_role;
pub(crate) mod r5_timing;
pub(crate) mod r6_namesakes;
pub(crate) mod r7_parent_child;
pub(crate) mod r8_both_sides;
pub(crate) mod r9_manner_of_death;

use crate::patterns::context::Context;

/// Disjoint sets over `0..n`.
pub(crate) struct Sets(Vec<usize>);

impl Sets {
    pub(crate) fn new(n: usize) -> Self {
        Sets((0..n).collect())
    }
    pub(crate) fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    pub(crate) fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
    /// The groups, each in ascending order, ordered by their first element.
    pub(crate) fn groups(&mut self) -> Vec<Vec<usize>> {
        // Roots are the smallest member (see `join`), so listing by root lists by first element.
        let mut by_root: Vec<Vec<usize>> = vec![Vec::new(); self.0.len()];
        for i in 0..self.0.len() {
            let r = self.find(i);
            by_root[r].push(i);
        }
        by_root.into_iter().filter(|g| !g.is_empty()).collect()
    }
}

/// Groups items that sit on one line of descent. `people_of(i)` gives the people carrying item
/// `i` (one for a person, two for a relationship or a union). Two items are joined when a person
/// of one is a kin ancestor of a person of the other, or (with `include_collateral`) a sibling of
/// such an ancestor or of the person, or the same person.
pub(crate) fn lines(
    ctx: &Context<'_>,
    items: usize,
    people_of: impl Fn(usize) -> Vec<usize>,
) -> Vec<Vec<usize>> {
    let mut at: Vec<Vec<usize>> = vec![Vec::new(); ctx.people.len()];
    for i in 0..items {
        for p in people_of(i) {
            at[p].push(i);
        }
    }
    let mut sets = Sets::new(items);
    for i in 0..items {
        for p in people_of(i) {
            let mut line = ctx.ancestors(p, true);
            line.push(p);
            for &q in &line {
                for &j in &at[q] {
                    sets.join(i, j);
                }
                if ctx.config.include_collateral {
                    for &s in ctx.sibling_slice(q) {
                        for &j in &at[s] {
                            sets.join(i, j);
                        }
                    }
                }
            }
        }
    }
    sets.groups()
}

/// The distinct generations of some people, ascending.
pub(crate) fn generations(ctx: &Context<'_>, people: &[usize]) -> Vec<i32> {
    let mut g: Vec<i32> = people.iter().map(|&p| ctx.generation[p]).collect();
    g.sort_unstable();
    g.dedup();
    g
}

/// True when the generations are consecutive.
pub(crate) fn consecutive(gens: &[i32]) -> bool {
    gens.windows(2).all(|w| w[1] == w[0] + 1)
}

/// A descent path through the people of a line: from the topmost to the lowest, when one descends
/// from the other; otherwise the people oldest generation first.
pub(crate) fn path(ctx: &Context<'_>, people: &[usize]) -> Vec<usize> {
    let mut sorted = people.to_vec();
    ctx.by_generation(&mut sorted);
    let (Some(&top), Some(&bottom)) = (sorted.first(), sorted.last()) else { return sorted };
    if top != bottom && ctx.ancestors(bottom, true).contains(&top) {
        ctx.descent_path(top, bottom)
    } else {
        sorted
    }
}

/// The people with a condition, by the condition vocabulary's group (R1, R7, R8): for each
/// group, (person, condition index) in id order. Carriers are not counted.
/// The carriers of each condition group, split into lines of descent: every line with two or
/// more carriers, as (person, condition) pairs. R1 and R7 read the same lines.
pub(crate) fn condition_lines(ctx: &Context<'_>) -> Vec<Vec<(usize, usize)>> {
    let mut out = Vec::new();
    for (_, affected) in conditions_by_group(ctx) {
        if affected.len() < 2 {
            continue;
        }
        for group in lines(ctx, affected.len(), |i| vec![affected[i].0]) {
            out.push(group.iter().map(|&i| affected[i]).collect());
        }
    }
    out
}

pub(crate) fn conditions_by_group(
    ctx: &Context<'_>,
) -> std::collections::BTreeMap<String, Vec<(usize, usize)>> {
    let mut by_group: std::collections::BTreeMap<String, Vec<(usize, usize)>> =
        std::collections::BTreeMap::new();
    for &p in &ctx.by_id {
        for (i, c) in ctx.people[p].conditions.iter().enumerate() {
            if c.status != crate::model::ConditionStatus::Carrier {
                by_group.entry(ctx.condition_kind(p, i).group.clone()).or_default().push((p, i));
            }
        }
    }
    by_group
}

/// How findings name the condition of some people: the family when they share one, else the
/// group; with the labels as the file writes them when they differ from that name. The flag is
/// true when the people share one family (an exact match is stronger than a group match).
pub(crate) fn condition_name(ctx: &Context<'_>, found: &[(usize, usize)]) -> (String, bool) {
    let kinds: Vec<&crate::patterns::conditions::Kind> =
        found.iter().map(|&(p, c)| ctx.condition_kind(p, c)).collect();
    let Some(first) = kinds.first() else { return (String::new(), true) };
    let one_family = kinds.iter().all(|k| k.family == first.family);
    let name = if one_family { first.family.clone() } else { first.group.clone() };
    let mut labels: Vec<String> =
        found.iter().map(|&(p, c)| ctx.people[p].conditions[c].label.trim().to_owned()).collect();
    labels.sort_by_key(|l| l.to_lowercase());
    labels.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    if let [one] = &labels[..] {
        (one.clone(), one_family) // one label throughout: the family's own word
    } else {
        (format!("{name} ({})", labels.join(", ")), one_family)
    }
}

/// The shape of a condition's recurrence on one line, as R1 names it; `None` when the line does
/// not make a recurrence (then R7 may name a single parent and child).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Recurrence {
    /// In `condition_generations` or more generations; the flag says consecutive.
    Many(bool),
    /// Two or more people in each of two consecutive generations.
    Paired,
    /// Two generations with one skipped between them.
    Skipped,
}

pub(crate) fn recurrence(ctx: &Context<'_>, people: &[usize]) -> Option<Recurrence> {
    let gens = generations(ctx, people);
    let per_gen = |g: i32| people.iter().filter(|&&p| ctx.generation[p] == g).count();
    if gens.len() >= ctx.config.condition_generations {
        Some(Recurrence::Many(consecutive(&gens)))
    } else if gens.windows(2).any(|w| w[1] == w[0] + 1 && per_gen(w[0]) >= 2 && per_gen(w[1]) >= 2)
    {
        Some(Recurrence::Paired)
    } else if gens.len() == 2 && gens[1] - gens[0] == 2 {
        Some(Recurrence::Skipped)
    } else {
        None
    }
}
