//! R6, namesakes: a given name (first or middle) carried through a family line: grandparents,
//! parents, uncles and aunts, great-uncles, and the children named after them; and names given
//! again after a child or relative who died (a replacement). One finding per name line (spec
//! §4.4; McGoldrick, Gerson and Petry on names as carriers of family expectations, and on the
//! replacement child; cross-referenced with SC5).

use std::collections::BTreeMap;

use super::{generations, lines};
use crate::model::Person;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

/// The first given name, normalised for comparison.
pub(crate) fn given_name(p: &Person) -> Option<String> {
    let g = p.name.given.as_ref()?.split_whitespace().next()?.to_lowercase();
    (!g.is_empty()).then_some(g)
}

/// Every given name of a person (first and middle), in lower case, with its position (0 for
/// the first), each once. Hyphenated names give both parts ("Mary-Anne": mary, anne).
fn given_names(p: &Person) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    let Some(given) = p.name.given.as_deref() else { return out };
    for (i, w) in given
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .enumerate()
    {
        let w = w.to_lowercase();
        if !out.iter().any(|(n, _)| *n == w) {
            out.push((w, i));
        }
    }
    out
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut bearers: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
    for &p in &ctx.by_id {
        if !ctx.is_person(p) {
            continue;
        }
        for (name, position) in given_names(&ctx.people[p]) {
            bearers.entry(name).or_default().push((p, position));
        }
    }
    let mut out = Vec::new();
    for (name, carry) in bearers {
        if carry.len() < 2 {
            continue;
        }
        for group in lines(ctx, carry.len(), |i| vec![carry[i].0]) {
            let mut line: Vec<(usize, usize)> = group.iter().map(|&i| carry[i]).collect();
            line.sort_by_key(|&(p, _)| (ctx.generation[p], ctx.birth(p), ctx.rank[p]));
            let people: Vec<usize> = line.iter().map(|&(p, _)| p).collect();
            let replaced = replacements(ctx, &people);
            if generations(ctx, &people).len() < 2 && replaced.is_empty() {
                continue;
            }
            out.push(finding(ctx, &name, &line, &replaced));
        }
    }
    out
}

/// (named, dead): a bearer born certainly after another bearer of the line died, the nearest
/// such death before the birth. The deaths are sorted once and searched, so a long line costs
/// n log n.
fn replacements(ctx: &Context<'_>, people: &[usize]) -> Vec<(usize, usize)> {
    let mut deaths: Vec<(i64, usize)> =
        people.iter().filter_map(|&y| Some((ctx.death_span(y)?.1, y))).collect();
    deaths.sort_by_key(|&(hi, y)| (hi, std::cmp::Reverse(ctx.rank[y])));
    let mut out = Vec::new();
    for &x in people {
        let Some((born, _)) = ctx.birth_span(x) else { continue };
        let before = deaths.partition_point(|&(hi, _)| hi < born);
        if let Some(&(_, y)) = deaths[..before].iter().rev().find(|&&(_, y)| y != x) {
            out.push((x, y));
        }
    }
    out
}

fn finding(
    ctx: &Context<'_>,
    name: &str,
    line: &[(usize, usize)],
    replaced: &[(usize, usize)],
) -> Finding {
    let shown = super::r1_condition::capitalise(name);
    let people: Vec<usize> = line.iter().map(|&(p, _)| p).collect();
    let gens = generations(ctx, &people).len();
    let mut d = ctx.finding("R6");
    let mut parts = Vec::new();
    let after: BTreeMap<usize, usize> = replaced.iter().copied().collect();
    let gave: std::collections::BTreeSet<usize> = replaced.iter().map(|&(_, y)| y).collect();
    let mut roles: Vec<(usize, &str)> = Vec::new();
    for (k, &(p, position)) in line.iter().enumerate() {
        let named_after = after.get(&p).copied();
        let role = if let Some(y) = named_after {
            if ctx.are_siblings(p, y) {
                "named after a sibling who died"
            } else {
                "named after a relative who died"
            }
        } else if gave.contains(&p) {
            "died before the name was given again"
        } else if k == 0 {
            "first to carry the name"
        } else {
            "carries the name"
        };
        roles.push((p, role));
        d = d.birth(p);
        if let Some(y) = named_after {
            d = d.death(y);
        }
        let middle = if position > 0 { ", as a middle name" } else { "" };
        let dates = match (ctx.people[p].birth, ctx.people[p].death) {
            (Some(b), Some(dd)) => format!(" ({b} to {dd})"),
            (Some(b), None) => format!(" (born {b})"),
            (None, Some(dd)) => format!(" (died {dd})"),
            (None, None) => String::new(),
        };
        let after = match named_after {
            Some(y) if ctx.are_siblings(p, y) => ", given the name after a sibling died",
            Some(_) => ", given the name after a relative died",
            None => "",
        };
        parts.push(format!("{}{dates}{middle}{after}", ctx.name(p)));
    }
    d = d.members(roles);
    // A replacement is strong when the name went to a child born after a sibling died, or
    // within `replacement_months` of a relative's death; a grandparent's name given years after
    // their death is a naming custom as much as a replacement.
    let soon = |&(x, y): &(usize, usize)| {
        ctx.are_siblings(x, y)
            || match (ctx.death_span(y), ctx.birth_span(x)) {
                (Some((_, died)), Some((_, born))) => {
                    born - died
                        <= crate::patterns::context::months_days(ctx.config.replacement_months)
                }
                _ => false,
            }
    };
    let strength = if replaced.iter().any(soon) {
        Strength::Strong
    } else if !replaced.is_empty() || gens >= 3 {
        Strength::Moderate
    } else {
        Strength::Weak
    };
    let title = if replaced.is_empty() {
        format!("Namesakes: the name {shown} in {gens} generations")
    } else {
        format!("A name given again after a death: {shown}")
    };
    let d = d.title(title).strength(strength).lineage(&super::path(ctx, &people)).summary(format!(
        "The name {shown} runs through one family line: {}.",
        crate::patterns::context::list(&parts)
    ));
    if let Some(&(x, y)) = replaced.first() {
        let (mut xn, mut yn) = (ctx.name(x), ctx.name(y));
        if xn == yn {
            // Two people with one name: tell them apart by their years.
            let year =
                |d: Option<crate::DateSpec>| d.map(|d| d.year().to_string()).unwrap_or_default();
            xn = format!("{xn} (born {})", year(ctx.people[x].birth));
            yn = format!("the {} who died in {}", ctx.name(y), year(ctx.people[y].death));
        }
        let dead = ctx.people[x].is_deceased();
        let (carried, been) =
            if dead { ("carried", "was it") } else { ("has carried", "has it been") };
        d.hypothesis(format!("A child named after someone who died can become a living memorial, carrying the family's grief and hopes for the one who was lost: a pattern worth exploring, gently, for what {xn} {carried} of {yn}."))
            .question(format!("Who chose the name {shown} for {xn}, and was {yn} spoken of in the family?"))
            .question(format!("What was {xn} told about {yn}, and what {been} like to share the name?"))
            .build()
    } else {
        d.hypothesis(format!("A name handed down can carry a family's hopes, and sometimes the expectation to be like the person it came from: a pattern worth exploring, for what the name {shown} means in this family."))
            .question(format!("Who was the name {shown} first given for, and what was that person like?"))
            .question("Who chose the names, and what did they hope the name would carry?")
            .build()
    }
}
