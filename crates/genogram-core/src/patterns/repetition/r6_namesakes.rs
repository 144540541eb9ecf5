//! R6, namesakes: a person given the name of an ancestor, or of a sibling who died (spec §4.4;
//! cross-referenced with SC5).

use crate::model::Person;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

/// The first given name, normalised for comparison.
pub(crate) fn given_name(p: &Person) -> Option<String> {
    let g = p.name.given.as_ref()?.split_whitespace().next()?.to_lowercase();
    (!g.is_empty()).then_some(g)
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let names: Vec<Option<String>> = ctx.people.iter().map(given_name).collect();
    for &p in &ctx.by_id {
        let Some(name) = names[p].as_deref() else { continue };
        let mut ancestors: Vec<usize> = ctx
            .ancestors(p, true)
            .into_iter()
            .filter(|&a| names[a].as_deref() == Some(name))
            .collect();
        ctx.by_generation(&mut ancestors);
        let born = ctx.birth(p);
        let mut dead_sibs: Vec<usize> = ctx
            .siblings(p)
            .into_iter()
            .filter(|&s| {
                names[s].as_deref() == Some(name)
                    && ctx.people[s].is_deceased()
                    && match (ctx.death(s), born) {
                        (Some(d), Some(b)) => d <= b,
                        _ => true,
                    }
            })
            .collect();
        ctx.sort_by_id(&mut dead_sibs);
        if ancestors.is_empty() && dead_sibs.is_empty() {
            continue;
        }
        let n = ctx.name(p);
        let mut d = ctx.finding("R6").title(format!("Namesake: {n}")).member(p, "namesake");
        for &a in &ancestors {
            d = d.member(
                a,
                &format!(
                    "{} with the same name",
                    ctx.relation(p, a).replace("relative", "ancestor")
                ),
            );
        }
        for &s in &dead_sibs {
            d = d.member(s, "sibling who died, with the same name");
        }
        let mut parts = Vec::new();
        if !ancestors.is_empty() {
            parts.push(format!(
                "ancestor{} {}",
                if ancestors.len() > 1 { "s" } else { "" },
                ctx.names(&ancestors)
            ));
        }
        if !dead_sibs.is_empty() {
            parts.push(format!("a sibling who died before them ({})", ctx.names(&dead_sibs)));
        }
        out.push(
            d.strength(if dead_sibs.is_empty() { Strength::Weak } else { Strength::Strong })
                .summary(format!("{n} shares a first name with {}.", parts.join(" and ")))
                .hypothesis(if dead_sibs.is_empty() {
                    format!("A name handed down can carry a family's hopes, and sometimes the expectation to be like the person it came from. Worth asking what {n}'s name means to the family.")
                } else {
                    format!("Being named for a sibling who died can make a child a living memorial; worth exploring, gently, how {n} has carried that.")
                })
                .question(format!("Who chose {n}'s name, and why?"))
                .question("What was the person the name came from like?")
                .build(),
        );
    }
    out
}
