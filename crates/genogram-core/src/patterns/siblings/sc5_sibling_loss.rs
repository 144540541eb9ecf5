//! SC5, sibling loss and the possible replacement child (spec §4.2).

use super::{sibship, unions};
use crate::model::PersonKind;
use crate::patterns::context::{Context, months_days};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::repetition::r6_namesakes::given_name;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for u in unions(ctx) {
        let all: Vec<usize> = ctx.union_children[u].iter().map(|&(c, _)| c).collect();
        let live = sibship(ctx, u);
        for &dead in &all {
            let person = &ctx.people[dead];
            let perinatal = matches!(person.kind, PersonKind::Stillbirth | PersonKind::Miscarriage);
            let young = ctx.age_at_death(dead).is_some_and(|a| a < ctx.config.sibling_loss_age);
            if !(perinatal || young) {
                continue;
            }
            let death = ctx.death(dead).or(ctx.birth(dead));
            let survivors: Vec<usize> = live.iter().copied().filter(|&s| s != dead).collect();
            if survivors.is_empty() {
                continue;
            }
            let nd = ctx.name(dead);
            let window = months_days(ctx.config.replacement_months);
            let dead_name = given_name(person);
            let replacements: Vec<(usize, &str)> = survivors
                .iter()
                .filter_map(|&s| {
                    let soon =
                        death.zip(ctx.birth(s)).is_some_and(|(d, b)| b > d && b - d <= window);
                    let same_name = dead_name.is_some() && given_name(&ctx.people[s]) == dead_name;
                    match (soon, same_name) {
                        (_, true) => Some((s, "given the same name")),
                        (true, false) => Some((s, "born soon after")),
                        _ => None,
                    }
                })
                .collect();
            let mut d = ctx
                .finding("SC5")
                .title(if replacements.is_empty() {
                    format!("Sibling loss: {nd}")
                } else {
                    format!("Sibling loss and a possible replacement child: {nd}")
                })
                .member(dead, "sibling who died")
                .union(u);
            d = if person.death.is_some() { d.death(dead) } else { d.birth(dead) };
            for &s in &survivors {
                let role = if replacements.iter().any(|&(r, _)| r == s) {
                    "possible replacement child"
                } else {
                    "surviving sibling"
                };
                d = d.member(s, role);
                if role != "surviving sibling" {
                    d = d.birth(s);
                }
            }
            let what = if perinatal {
                format!("ended in loss ({})", ctx.names(&ctx.parent_list(dead)))
            } else {
                format!("died at {}", ctx.age_at_death(dead).unwrap_or_default())
            };
            let repl = replacements
                .iter()
                .map(|&(r, why)| format!("{} ({why})", ctx.name(r)))
                .collect::<Vec<_>>();
            out.push(
                d.strength(if replacements.is_empty() { Strength::Moderate } else { Strength::Strong })
                    .summary(format!(
                        "{nd} {what}; surviving siblings: {}{}.",
                        ctx.names(&survivors),
                        if repl.is_empty() { String::new() } else { format!("; possible replacement: {}", crate::patterns::context::list(&repl)) }
                    ))
                    .hypothesis(if repl.is_empty() {
                        format!("The loss of {nd} may have reshaped the sibling group and the parents' attention in ways worth exploring.")
                    } else {
                        format!("A child born soon after a loss, or named for the child who died, can carry the family's hopes and grief for {nd}. A possibility worth exploring gently.")
                    })
                    .question(format!("How was {nd} remembered in the family?"))
                    .question("What did the surviving children understand about the loss at the time?")
                    .question(if repl.is_empty() { "How did the parents grieve?".to_owned() } else { format!("Has {} ever felt compared with {nd}?", crate::patterns::context::list(&replacements.iter().map(|&(r, _)| ctx.name(r)).collect::<Vec<_>>())) })
                    .build(),
            );
        }
    }
    out
}
