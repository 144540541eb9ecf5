//! R1, a condition recurring across generations (spec §4.4). Conditions are matched by family
//! through the condition vocabulary (`patterns/conditions.rs`): "alcoholism" in a grandfather
//! and "alcohol use disorder" in his grandson are one pattern.

use super::{Recurrence, condition_lines, condition_name, generations, path, recurrence};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for found in condition_lines(ctx) {
        if let Some(f) = line_finding(ctx, &found) {
            out.push(f);
        }
    }
    out
}

/// One line of a condition group. When one family of the group recurs on its own (alcohol
/// misuse in four generations), the finding is that family's, and the people with a related
/// condition of the group on the same line (a grandson's cannabis use) join it as such; when
/// only the group recurs, the finding is the group's, one step weaker.
fn line_finding(ctx: &Context<'_>, found: &[(usize, usize)]) -> Option<Finding> {
    let mut by_family: std::collections::BTreeMap<&str, Vec<(usize, usize)>> =
        std::collections::BTreeMap::new();
    for &(p, c) in found {
        by_family.entry(ctx.condition_kind(p, c).family.as_str()).or_default().push((p, c));
    }
    let mut families: Vec<Vec<(usize, usize)>> = by_family.into_values().collect();
    families.sort_by_key(|f| std::cmp::Reverse(f.len())); // stable: ties keep name order
    if families.len() > 1 {
        for family in &families {
            let people: Vec<usize> = family.iter().map(|&(p, _)| p).collect();
            if let Some(shape) = recurrence(ctx, &people) {
                let mine: std::collections::BTreeSet<&(usize, usize)> = family.iter().collect();
                let related: Vec<(usize, usize)> =
                    found.iter().copied().filter(|x| !mine.contains(x)).collect();
                return Some(finding(ctx, family, &related, shape));
            }
        }
    }
    let people: Vec<usize> = found.iter().map(|&(p, _)| p).collect();
    let shape = recurrence(ctx, &people)?;
    Some(finding(ctx, found, &[], shape))
}

fn finding(
    ctx: &Context<'_>,
    found: &[(usize, usize)],
    related: &[(usize, usize)],
    shape: Recurrence,
) -> Finding {
    let people: Vec<usize> = found.iter().map(|&(p, _)| p).collect();
    let people = &people[..];
    let gens = generations(ctx, people);
    let (name, exact) = condition_name(ctx, found);
    let (strength, words) = match shape {
        Recurrence::Many(true) => {
            (Strength::Strong, format!("{} consecutive generations", gens.len()))
        }
        Recurrence::Many(false) => (Strength::Moderate, format!("{} generations", gens.len())),
        Recurrence::Paired => (
            Strength::Moderate,
            "two consecutive generations, at least two people in each".to_owned(),
        ),
        Recurrence::Skipped => {
            (Strength::Weak, "two generations with one skipped between them".to_owned())
        }
    };
    // A match by group only ("substance use" for alcohol in one generation and heroin in the
    // next) is one step weaker than the same family throughout.
    let strength = match (exact, strength) {
        (false, Strength::Strong) => Strength::Moderate,
        (false, _) => Strength::Weak,
        (true, s) => s,
    };
    let line = path(ctx, people);
    // Coverage: of the people on the line, how many have any health history recorded.
    let known = line.iter().filter(|&&p| !ctx.people[p].conditions.is_empty()).count();
    let mut d = ctx
        .finding("R1")
        .title(format!("{} across {words}", capitalise(&name)))
        .strength(strength)
        .coverage(known as f64 / line.len().max(1) as f64)
        .lineage(&line);
    d = d
        .members(found.iter().map(|&(p, _)| (p, "affected")))
        .members(related.iter().map(|&(p, _)| (p, "affected by a related condition")));
    for &(p, c) in found.iter().chain(related) {
        d = d.condition(p, c);
    }
    let missing: Vec<usize> =
        line.iter().copied().filter(|&p| ctx.people[p].conditions.is_empty()).collect();
    if !missing.is_empty() {
        d = d.missing(format!("health history of {}", ctx.names(&missing)));
    }
    let mut ordered = people.to_vec();
    ctx.by_generation(&mut ordered);
    ordered.dedup();
    let parts: Vec<String> = gens
        .iter()
        .map(|&g| {
            let here: Vec<usize> =
                ordered.iter().copied().filter(|&p| ctx.generation[p] == g).collect();
            format!("{}: {}", ctx.generation_words(g), ctx.names(&here))
        })
        .collect();
    let short = name.split(" (").next().unwrap_or(&name).to_owned();
    let also = if related.is_empty() {
        String::new()
    } else {
        let who: Vec<String> = related
            .iter()
            .map(|&(p, c)| {
                format!("{} ({})", ctx.name(p), ctx.people[p].conditions[c].label.trim())
            })
            .collect();
        format!(" On the same line, a related condition: {}.", crate::patterns::context::list(&who))
    };
    d.summary(format!("{} appears on one line of descent in {}.{also}", capitalise(&name), parts.join("; ")))
        .hypothesis(format!(
            "{} may run through this family as inheritance, as a learned way of coping, or both: a pattern worth exploring, with what each generation made of it and who has found another way.",
            capitalise(&short)
        ))
        .question(format!("How was {short} talked about when each generation was growing up?"))
        .question("Who in the family has managed to step out of the pattern, and how?")
        .build()
}

pub(crate) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}
