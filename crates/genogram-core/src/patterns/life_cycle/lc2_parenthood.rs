//! LC2, off-time parenthood: teen, late and late-life parents (spec §4.3).

use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let cfg = ctx.config;
    for &p in &ctx.by_id {
        let mut kids: Vec<usize> = ctx.children[p]
            .iter()
            .filter(|&&(_, _, l)| l.is_biological())
            .map(|&(c, _, _)| c)
            .filter(|&c| ctx.is_person(c))
            .collect();
        kids.sort_by_key(|&c| (ctx.birth(c), ctx.people[c].id.clone()));
        kids.dedup();
        for c in kids {
            let Some(age) = ctx.birth(c).and_then(|b| ctx.age_at(p, b)) else { continue };
            let what = if age < cfg.teen_parent_age {
                "teen parent"
            } else if age >= cfg.late_life_parent_age {
                "late-life child"
            } else if age >= cfg.late_parent_age {
                "late parent"
            } else {
                continue;
            };
            let (np, nc) = (ctx.name(p), ctx.name(c));
            out.push(
                ctx.finding("LC2")
                    .title(format!("Off-time parenthood ({what}): {np} at {nc}'s birth"))
                    .member(p, if what == "teen parent" { "young parent" } else { "older parent" })
                    .member(c, "child")
                    .birth(p)
                    .birth(c)
                    .strength(if age < cfg.teen_parent_age - 2 || age >= cfg.late_life_parent_age { Strength::Moderate } else { Strength::Weak })
                    .summary(format!("{np} was {age} when {nc} was born."))
                    .hypothesis(if what == "teen parent" {
                        format!("Becoming a parent at {age} often means growing up alongside one's child, with grandparents drawn in; worth exploring who helped {np}.")
                    } else {
                        format!("A child born when a parent is {age} may grow up with older parents and face their ageing early; worth exploring what this birth meant to the family.")
                    })
                    .question(format!("Who supported {np} when {nc} was small?"))
                    .question(format!("How did {np}'s age shape {nc}'s childhood?"))
                    .build(),
            );
        }
    }
    out
}
