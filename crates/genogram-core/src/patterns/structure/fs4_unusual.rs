//! FS4, unusual configuration: a large sibship, a split sibship, several early deaths in one
//! generation, an index person with no known parent (spec §4.1).

use std::collections::BTreeMap;

use super::fs1_household::current_households;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut unions: Vec<usize> = (0..ctx.union_children.len()).collect();
    unions.sort_by(|&x, &y| ctx.g.unions()[x].id.cmp(&ctx.g.unions()[y].id));
    let households = current_households(ctx);
    for &u in &unions {
        let kids: Vec<usize> =
            ctx.union_children[u].iter().map(|&(c, _)| c).filter(|&c| ctx.is_person(c)).collect();
        if kids.len() >= ctx.config.large_sibship {
            let mut d = ctx
                .finding("FS4")
                .title(format!("Large sibship: {} children", kids.len()))
                .union(u);
            for &p in &ctx.union_partners[u] {
                d = d.member(p, "parent");
            }
            for &c in &kids {
                d = d.member(c, "sibling");
            }
            out.push(
                d.strength(Strength::Weak)
                    .summary(format!(
                        "{} had {} children together: {}.",
                        ctx.names(&ctx.union_partners[u]),
                        kids.len(),
                        ctx.names(&kids)
                    ))
                    .hypothesis("In a large sibship, sub-groups, older children's caretaking roles and competition for attention are common; worth exploring who was close to whom.")
                    .question("Which of the siblings were closest growing up, and who looked after whom?")
                    .question("What was it like to get a parent's attention in such a large family?")
                    .build(),
            );
        }
        // Split sibship: full siblings living in different current households.
        let home = |c: usize| households.iter().find(|(_, m)| m.contains(&c)).map(|(h, _)| *h);
        // Minors only: an adult sibling who has left home is launching, not a split.
        let placed: Vec<(usize, usize)> = kids
            .iter()
            .filter(|&&c| ctx.is_minor_now(c))
            .filter_map(|&c| Some((c, home(c)?)))
            .collect();
        let mut homes: Vec<usize> = placed.iter().map(|&(_, h)| h).collect();
        homes.sort_unstable();
        homes.dedup();
        if homes.len() >= 2 {
            let mut d = ctx
                .finding("FS4")
                .title("Split sibship: siblings in different households")
                .union(u);
            for &(c, h) in &placed {
                d = d.member(c, "sibling").household(h);
            }
            let parts: Vec<String> = placed
                .iter()
                .map(|&(c, h)| {
                    let hh = &ctx.g.households()[h];
                    format!(
                        "{} in {}",
                        ctx.name(c),
                        hh.label.clone().unwrap_or_else(|| hh.id.to_string())
                    )
                })
                .collect();
            out.push(
                d.strength(Strength::Moderate)
                    .summary(format!("Full siblings live apart: {}.", crate::patterns::context::list(&parts)))
                    .hypothesis("Siblings raised apart may lose, or hold on to, each other in ways that matter later; worth exploring how the split came about.")
                    .question("How often do the siblings see each other?")
                    .question("Who decided where each child would live?")
                    .build(),
            );
        }
    }
    // Several early deaths in one generation.
    let mut early: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
    for &p in &ctx.by_id {
        if ctx.is_person(p) && ctx.age_at_death(p).is_some_and(|a| a < ctx.config.early_death_age) {
            early.entry(ctx.generation[p]).or_default().push(p);
        }
    }
    for (generation, people) in early {
        if people.len() < ctx.config.early_deaths_per_generation {
            continue;
        }
        let mut d = ctx
            .finding("FS4")
            .title(format!("Several early deaths in one generation ({})", people.len()));
        let parts: Vec<String> = people
            .iter()
            .map(|&p| format!("{} at {}", ctx.name(p), ctx.age_at_death(p).unwrap_or_default()))
            .collect();
        for &p in &people {
            d = d.member(p, "died early").death(p);
        }
        out.push(
            d.strength(if people.len() > ctx.config.early_deaths_per_generation { Strength::Strong } else { Strength::Moderate })
                .summary(format!(
                    "{} people of {} died before {}: {}.",
                    people.len(),
                    ctx.generation_words(generation),
                    ctx.config.early_death_age,
                    crate::patterns::context::list(&parts)
                ))
                .hypothesis("Several early deaths in one generation can leave a family organised around loss and fear of loss; worth exploring how the survivors made sense of them.")
                .question("How were these deaths spoken about in the family?")
                .question("Who took over the roles of those who died?")
                .build(),
        );
    }
    // The index person has no known parent.
    if let Some(ip) = ctx.ip
        && ctx.parents[ip].is_empty()
    {
        let n = ctx.name(ip);
        out.push(
                ctx.finding("FS4")
                    .title(format!("No known parent for {n}"))
                    .member(ip, "index person")
                    .strength(Strength::Moderate)
                    .missing(format!("{n}'s parents"))
                    .summary(format!("The genogram records no parent for {n}, the index person."))
                    .hypothesis("A missing parent may be unknown, unspoken or simply not yet drawn; each is worth understanding.")
                    .question(format!("What does {n} know about their parents?"))
                    .build(),
            );
    }
    out
}
