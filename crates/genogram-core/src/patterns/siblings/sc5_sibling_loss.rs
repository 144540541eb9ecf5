//! SC5, sibling loss and the possible replacement child (spec §4.2).

use super::{sibship, unions};
use crate::model::PersonKind;
use crate::patterns::context::{Context, months_days};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::repetition::r6_namesakes::given_name;
use crate::patterns::time::Vital;

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
            // Siblings who died before this loss did not survive it; those born after it are
            // the siblings who came after (possibly as replacements), never "surviving".
            let born_after = |s: usize| {
                death.is_some_and(|d| {
                    ctx.people[s]
                        .birth
                        .as_ref()
                        .and_then(crate::DateSpec::earliest)
                        .is_some_and(|b| b > d)
                })
            };
            let survivors: Vec<usize> = live
                .iter()
                .copied()
                .filter(|&s| s != dead)
                .filter(|&s| {
                    born_after(s) || death.is_none_or(|d| ctx.vital_on(s, d) != Vital::Dead)
                })
                .collect();
            if survivors.is_empty() {
                continue;
            }
            let (later, surviving): (Vec<usize>, Vec<usize>) =
                survivors.iter().copied().partition(|&s| born_after(s));
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
                } else if later.contains(&s) {
                    "sibling born after the loss"
                } else {
                    "surviving sibling"
                };
                d = d.member(s, role);
                if role == "possible replacement child" {
                    d = d.birth(s);
                }
            }
            let what = if perinatal {
                format!("ended in loss ({})", ctx.names(&ctx.parent_list(dead)))
            } else {
                format!("died at {}", ctx.age_at_death(dead).unwrap_or_default())
            };
            // The siblings born after, other than the possible replacements (named below).
            let later_named: Vec<usize> = later
                .iter()
                .copied()
                .filter(|s| !replacements.iter().any(|&(r, _)| r == *s))
                .collect();
            let repl = replacements
                .iter()
                .map(|&(r, why)| format!("{} ({why})", ctx.name(r)))
                .collect::<Vec<_>>();
            out.push(
                d.strength(if replacements.is_empty() { Strength::Moderate } else { Strength::Strong })
                    .summary(format!(
                        "{nd} {what}; {}.",
                        {
                            let mut parts = Vec::new();
                            if !surviving.is_empty() {
                                parts.push(format!("surviving siblings: {}", ctx.names(&surviving)));
                            }
                            if !later_named.is_empty() {
                                parts.push(format!("siblings born after: {}", ctx.names(&later_named)));
                            }
                            if !repl.is_empty() {
                                parts.push(format!("possible replacement: {}", crate::patterns::context::list(&repl)));
                            }
                            parts.join("; ")
                        }
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
