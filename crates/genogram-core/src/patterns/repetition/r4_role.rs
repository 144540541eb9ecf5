//! R4, a role or way of functioning repeated: the same occupation or role tag in two or more
//! generations of a line (spec §4.4).

use std::collections::BTreeMap;

use super::{generations, lines, path};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

const NOT_A_ROLE: &[&str] =
    &["", "retired", "student", "child", "none", "unknown", "unemployed", "pupil"];

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut by_role: BTreeMap<(String, &str), Vec<usize>> = BTreeMap::new();
    for &p in &ctx.by_id {
        let person = &ctx.people[p];
        if let Some(o) = &person.occupation {
            let key = o.trim().to_lowercase();
            if !NOT_A_ROLE.contains(&key.as_str()) {
                by_role.entry((key, "occupation")).or_default().push(p);
            }
        }
        for t in &person.tags {
            by_role.entry((t.trim().to_lowercase(), "role")).or_default().push(p);
        }
    }
    let mut out = Vec::new();
    for ((role, kind), people) in by_role {
        if people.len() < 2 {
            continue;
        }
        for line in lines(ctx, people.len(), |i| vec![people[i]]) {
            let here: Vec<usize> = line.iter().map(|&i| people[i]).collect();
            let gens = generations(ctx, &here);
            if gens.len() < ctx.config.repeat_generations {
                continue;
            }
            let mut d = ctx
                .finding("R4")
                .title(format!("Repeated {kind}: {role} in {} generations", gens.len()))
                .strength(if gens.len() >= 3 { Strength::Moderate } else { Strength::Weak })
                .lineage(&path(ctx, &here));
            let mut ordered = here.clone();
            ctx.by_generation(&mut ordered);
            for &p in &ordered {
                d = d.member(p, &role);
            }
            out.push(
                d.summary(format!("{} share the {kind} \"{role}\" across {} generations.", ctx.names(&ordered), gens.len()))
                    .hypothesis(format!(
                        "A role handed down (\"{role}\") can be a source of pride and belonging, and can also feel like a script. Worth exploring how each person came to it."
                    ))
                    .question(format!("Was becoming \"{role}\" a choice, an expectation, or both?"))
                    .question("Who in the family took a different path, and how was that received?")
                    .build(),
            );
        }
    }
    out
}
