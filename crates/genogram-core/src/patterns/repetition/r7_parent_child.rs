//! R7, a condition passed from a parent to a child: one parent and one child (two generations,
//! one person each, or a parent and several children) share a condition family, on a line
//! where R1 does not already see a recurrence. A weak finding: two people are not yet a pattern,
//! but a clinician asks about it (McGoldrick, Gerson and Petry on health and functioning).

use super::{condition_lines, condition_name, recurrence};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for found in condition_lines(ctx) {
        let people: Vec<usize> = found.iter().map(|&(p, _)| p).collect();
        if recurrence(ctx, &people).is_some() {
            continue; // R1's finding
        }
        // Parents in the line with an affected child in it: normally one parent.
        for &parent in &people {
            let kids: Vec<usize> =
                ctx.child_list(parent).into_iter().filter(|k| people.contains(k)).collect();
            if kids.is_empty() {
                continue;
            }
            let mut members = vec![parent];
            members.extend(&kids);
            let pairs: Vec<(usize, usize)> =
                found.iter().copied().filter(|(p, _)| members.contains(p)).collect();
            out.push(finding(ctx, parent, &kids, &pairs));
        }
    }
    out
}

fn finding(ctx: &Context<'_>, parent: usize, kids: &[usize], found: &[(usize, usize)]) -> Finding {
    let (name, _) = condition_name(ctx, found);
    let short = name.split(" (").next().unwrap_or(&name).to_owned();
    let (pn, kn) = (ctx.name(parent), ctx.names(kids));
    let mut d = ctx
        .finding("R7")
        .title(format!(
            "{} in a parent and child: {pn} and {kn}",
            super::r1_condition::capitalise(&short)
        ))
        .strength(Strength::Weak)
        .member(parent, "affected parent");
    for &k in kids {
        d = d.member(k, "affected child");
    }
    for &(p, c) in found {
        d = d.condition(p, c);
    }
    let mut line = vec![parent];
    line.extend(kids.iter().take(1));
    let others = ctx.parent_list(parent);
    if others.iter().all(|&g| ctx.people[g].conditions.is_empty()) && !others.is_empty() {
        d = d.missing(format!("health history of {}", ctx.names(&others)));
    }
    let kin: Vec<String> =
        kids.iter().map(|&k| format!("{} {}", ctx.kin_word(parent, k), ctx.name(k))).collect();
    d.lineage(&line)
        .summary(format!(
            "{pn} and {} {} both have {name} recorded.",
            if ctx.people[parent].sex == crate::model::Sex::Female { "her" } else if ctx.people[parent].sex == crate::model::Sex::Male { "his" } else { "their" },
            crate::patterns::context::list(&kin)
        ))
        .hypothesis(format!(
            "Two generations are not yet a pattern, but {short} passed from a parent to a child is worth exploring: what the child saw and learned, what may be inherited, and what the family has made of it."
        ))
        .question(format!("What did {kn} understand about {pn}'s {short} when growing up?"))
        .question(format!("Was there {short} further back in the family, on either side, that nobody has mentioned yet?"))
        .build()
}
