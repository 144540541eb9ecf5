//! R1, a condition recurring across generations (spec §4.4).

use std::collections::BTreeMap;

use super::{consecutive, generations, lines, path};
use crate::model::ConditionStatus;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

/// The key conditions are matched by: the code when there is one, else the label in lower case.
pub(crate) fn condition_key(c: &crate::model::Condition) -> String {
    c.code.clone().unwrap_or_else(|| c.label.trim().to_lowercase())
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut by_key: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
    for &p in &ctx.by_id {
        for (i, c) in ctx.people[p].conditions.iter().enumerate() {
            if c.status != ConditionStatus::Carrier {
                by_key.entry(condition_key(c)).or_default().push((p, i));
            }
        }
    }
    let mut out = Vec::new();
    for (_, affected) in by_key {
        if affected.len() < 2 {
            continue;
        }
        for group in lines(ctx, affected.len(), |i| vec![affected[i].0]) {
            let people: Vec<usize> = group.iter().map(|&i| affected[i].0).collect();
            let gens = generations(ctx, &people);
            let per_gen = |g: i32| people.iter().filter(|&&p| ctx.generation[p] == g).count();
            let many = gens.len() >= ctx.config.condition_generations;
            let paired = gens
                .windows(2)
                .any(|w| w[1] == w[0] + 1 && per_gen(w[0]) >= 2 && per_gen(w[1]) >= 2);
            let skipped = gens.len() == 2 && gens[1] - gens[0] == 2;
            if !(many || paired || skipped) {
                continue;
            }
            let label =
                ctx.people[affected[group[0]].0].conditions[affected[group[0]].1].label.clone();
            let (strength, shape) = if many && consecutive(&gens) {
                (Strength::Strong, format!("{} consecutive generations", gens.len()))
            } else if many {
                (Strength::Moderate, format!("{} generations", gens.len()))
            } else if paired {
                (
                    Strength::Moderate,
                    "two consecutive generations, at least two people in each".to_owned(),
                )
            } else {
                (Strength::Weak, "two generations with one skipped between them".to_owned())
            };
            let line = path(ctx, &people);
            // Coverage: of the people on the line, how many have any health history recorded.
            let known = line.iter().filter(|&&p| !ctx.people[p].conditions.is_empty()).count();
            let mut d = ctx
                .finding("R1")
                .title(format!("{} across {}", capitalise(&label), shape))
                .strength(strength)
                .coverage(known as f64 / line.len().max(1) as f64)
                .lineage(&line);
            for &i in &group {
                let (p, c) = affected[i];
                d = d.member(p, "affected").condition(p, c);
            }
            let missing: Vec<usize> =
                line.iter().copied().filter(|&p| ctx.people[p].conditions.is_empty()).collect();
            if !missing.is_empty() {
                d = d.missing(format!("health history of {}", ctx.names(&missing)));
            }
            let mut ordered = people.clone();
            ctx.by_generation(&mut ordered);
            let parts: Vec<String> = gens
                .iter()
                .map(|&g| {
                    let here: Vec<usize> =
                        ordered.iter().copied().filter(|&p| ctx.generation[p] == g).collect();
                    format!("{}: {}", ctx.generation_words(g), ctx.names(&here))
                })
                .collect();
            out.push(
                d.summary(format!("{} appears on one line of descent in {}.", capitalise(&label), parts.join("; ")))
                    .hypothesis(format!(
                        "{} may run through this family as inheritance, as a learned way of coping, or both. Worth exploring what each generation made of it, and who has found another way.",
                        capitalise(&label)
                    ))
                    .question(format!("How was {label} talked about when each generation was growing up?"))
                    .question("Who in the family has managed to step out of the pattern, and how?")
                    .build(),
            );
        }
    }
    out
}

pub(crate) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}
