//! SC7, twins and other special children: the only boy or girl among three or more, a child with
//! a chronic condition (spec §4.2).

use super::{sibship, unions};
use crate::model::Sex;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut groups: Vec<Vec<usize>> = ctx
        .g
        .multiple_births()
        .iter()
        .map(|m| {
            let mut v: Vec<usize> = m.members.iter().filter_map(|p| ctx.g.index_of(p)).collect();
            ctx.sort_by_id(&mut v);
            v
        })
        .collect();
    groups.sort_by(|a, b| {
        a.first().map(|&p| &ctx.people[p].id).cmp(&b.first().map(|&p| &ctx.people[p].id))
    });
    for group in groups.into_iter().filter(|g| g.len() >= 2) {
        let word = match group.len() {
            2 => "Twins",
            3 => "Triplets",
            _ => "Multiples",
        };
        let mut d = ctx.finding("SC7").title(format!("{word}: {}", ctx.names(&group)));
        for &p in &group {
            d = d.member(p, "multiple birth").birth(p);
        }
        out.push(
            d.strength(Strength::Weak)
                .summary(format!("{} were born together.", ctx.names(&group)))
                .hypothesis("Twins and multiples share a special bond and are often compared or treated as a unit; each may work hard to be seen as themselves.")
                .question("How did the family tell them apart, and treat them differently?")
                .build(),
        );
    }
    let mut seen_condition = Vec::new();
    for u in unions(ctx) {
        let sibs = sibship(ctx, u);
        if sibs.len() >= 3 {
            for (sex, word) in [(Sex::Male, "boy"), (Sex::Female, "girl")] {
                let of_sex: Vec<usize> =
                    sibs.iter().copied().filter(|&c| ctx.people[c].sex == sex).collect();
                let known =
                    sibs.iter().all(|&c| matches!(ctx.people[c].sex, Sex::Male | Sex::Female));
                if of_sex.len() == 1 && known {
                    let c = of_sex[0];
                    let nc = ctx.name(c);
                    out.push(
                        ctx.finding("SC7")
                            .title(format!("Only {word}: {nc}"))
                            .member(c, &format!("only {word}"))
                            .union(u)
                            .strength(Strength::Weak)
                            .summary(format!("{nc} is the only {word} among {} children.", sibs.len()))
                            .hypothesis(format!("Being the only {word} can bring a special role, with its privileges and its burdens."))
                            .question(format!("What was expected of {nc} as the only {word}?"))
                            .build(),
                    );
                }
            }
        }
        for &c in &sibs {
            let Some((ci, cond)) = ctx.active_conditions(c).next() else { continue };
            if sibs.len() < 2 || !ctx.is_minor_now(c) || seen_condition.contains(&c) {
                continue;
            }
            seen_condition.push(c);
            let nc = ctx.name(c);
            out.push(
                ctx.finding("SC7")
                    .title(format!("A child with a condition: {nc}"))
                    .member(c, "child with a condition")
                    .condition(c, ci)
                    .union(u)
                    .strength(Strength::Weak)
                    .summary(format!("{nc} has {} and has {} siblings.", cond.label, sibs.len() - 1))
                    .hypothesis(format!("A child's illness or disability organises a family's time and attention; {nc}'s siblings may have adapted in ways worth noticing."))
                    .question(format!("How has {nc}'s {} shaped daily life for the siblings?", cond.label))
                    .question("Who in the family is most involved in the care?")
                    .build(),
            );
        }
    }
    out
}
