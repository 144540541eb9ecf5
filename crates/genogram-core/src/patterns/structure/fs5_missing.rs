//! FS5, missing information among the index person's first- and second-degree relatives
//! (spec §4.1; gaps can mean cutoffs or secrets).

use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

/// The index person's first-degree (parents, siblings, children) and second-degree
/// (grandparents, aunts and uncles, nieces and nephews, grandchildren, half-siblings) relatives.
pub(crate) fn close_relatives(ctx: &Context<'_>, ip: usize) -> Vec<usize> {
    let mut v = ctx.parent_list(ip);
    v.extend(ctx.siblings(ip));
    v.extend(ctx.child_list(ip));
    for p in ctx.parent_list(ip) {
        v.extend(ctx.parent_list(p));
        v.extend(ctx.siblings(p));
    }
    for s in ctx.siblings(ip) {
        v.extend(ctx.child_list(s));
    }
    for c in ctx.child_list(ip) {
        v.extend(ctx.child_list(c));
    }
    v.retain(|&p| p != ip && ctx.is_person(p));
    ctx.sort_by_id(&mut v);
    v
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(ip) = ctx.ip else { return Vec::new() };
    let relatives = close_relatives(ctx, ip);
    let mut known = 0usize;
    let mut total = 0usize;
    let mut gaps: Vec<String> = Vec::new();
    let mut gap_people: Vec<usize> = Vec::new();
    for &p in std::iter::once(&ip).chain(&relatives) {
        let person = &ctx.people[p];
        let mut missing = Vec::new();
        if person.birth.is_none() && person.age.is_none() {
            missing.push("birth");
        }
        if person.deceased == Some(true) && person.death.is_none() {
            missing.push("death date");
        }
        if person.conditions.is_empty() {
            missing.push("health");
        }
        total += 3;
        known += 3 - missing.len();
        if !missing.is_empty() {
            gaps.push(format!("{}: {}", ctx.name(p), missing.join(", ")));
            gap_people.push(p);
        }
    }
    let mut unknown_parents = Vec::new();
    for p in std::iter::once(ip).chain(ctx.parent_list(ip)) {
        let n = ctx.parent_list(p).len();
        if n < 2 {
            unknown_parents.push(format!("{} of {}'s parents", 2 - n, ctx.name(p)));
        }
    }
    if gaps.is_empty() && unknown_parents.is_empty() {
        return Vec::new();
    }
    let share = if total == 0 { 1.0 } else { known as f64 / total as f64 };
    let nip = ctx.name(ip);
    let mut d = ctx
        .finding("FS5")
        .title(format!("Gaps in what is known around {nip}"))
        .member(ip, "index person");
    for &p in &gap_people {
        if p != ip {
            d = d.member(p, "sparsely documented");
        }
    }
    for g in gaps.iter().chain(&unknown_parents) {
        d = d.missing(g.clone());
    }
    let strength = if share < 0.5 {
        Strength::Strong
    } else if share < 0.8 {
        Strength::Moderate
    } else {
        Strength::Weak
    };
    vec![
        d.strength(strength)
            .summary(format!(
                "{:.0}% of births, deaths and health histories are recorded for {nip} and {} close relatives{}.",
                share * 100.0,
                relatives.len(),
                if unknown_parents.is_empty() { String::new() } else { format!("; unknown: {}", unknown_parents.join(", ")) }
            ))
            .hypothesis("Gaps can simply be things nobody has asked yet; they can also mark a cutoff, a loss or a secret. Worth noticing which branches are thin.")
            .question("Who in the family would know more about the people we know least about?")
            .question("Are there people the family does not talk about?")
            .build(),
    ]
}
