//! E3, anniversary reaction by age: a crisis at the age a parent, grandparent or sibling died, or
//! when one's child reaches the age one was at a parent's death (spec §4.5).

use super::is_reaction;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::report::moment_words;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let tol = ctx.config.age_echo_years;
    for &x in &ctx.by_id {
        let reactions: Vec<usize> = ctx.person_moments[x]
            .iter()
            .copied()
            .filter(|&m| is_reaction(ctx, &ctx.timeline[m]))
            .collect();
        if reactions.is_empty() {
            continue;
        }
        let mut relatives: Vec<usize> = ctx.parent_list(x);
        for p in ctx.parent_list(x) {
            relatives.extend(ctx.parent_list(p));
        }
        relatives.extend(ctx.siblings(x));
        ctx.sort_by_id(&mut relatives);
        let nx = ctx.name(x);
        // (a) The age a relative was at their death: one finding per relative, every reaction
        // that echoes it listed.
        for &y in &relatives {
            let Some(their) = ctx.age_at_death(y) else { continue };
            let echoes: Vec<(usize, i64)> = reactions
                .iter()
                .filter_map(|&r| {
                    let m = &ctx.timeline[r];
                    let age = ctx.age_at(x, m.day)?;
                    ((age - their).abs() <= tol && ctx.death(y).is_some_and(|d| d <= m.day))
                        .then_some((r, age))
                })
                .collect();
            let Some(&(_, first_age)) = echoes.first() else { continue };
            let ny = ctx.name(y);
            let mut d = ctx
                .finding("E3")
                .title(format!("Age echo: {nx} at {first_age}, the age {ny} died"))
                .member(x, "reacting")
                .member(y, &format!("{} who died", ctx.relation(x, y)))
                .death(y)
                .birth(x);
            let mut parts = Vec::new();
            for &(r, age) in &echoes {
                let m = &ctx.timeline[r];
                d = d.moment(m);
                parts.push(format!("{} ({}, at {age})", moment_words(ctx, m), m.date));
            }
            out.push(
                d.strength(if echoes.iter().any(|&(_, a)| a == their) { Strength::Moderate } else { Strength::Weak })
                    .summary(format!("{ny}, {nx}'s {}, died at {their}; around the same age {nx} went through {}.", ctx.relation(x, y), parts.join("; ")))
                    .hypothesis(format!("Reaching the age at which {ny} died can stir fears or grief that seemed settled. A possible anniversary reaction, worth exploring."))
                    .question(format!("Has {nx} thought about being the age {ny} was?"))
                    .question(format!("What does {nx} know about {ny}'s last years?"))
                    .build(),
            );
        }
        // (b) Child-age echo: x's child reaches the age x was when x lost a parent.
        for p in ctx.parent_list(x) {
            let Some(lost_at) = ctx.death(p).and_then(|d| ctx.age_at(x, d)) else { continue };
            if lost_at >= ctx.config.childhood_age {
                continue;
            }
            for c in ctx.child_list(x) {
                for &r in &reactions {
                    let m = &ctx.timeline[r];
                    let Some(child_age) = ctx.age_at(c, m.day) else { continue };
                    if (child_age - lost_at).abs() > tol {
                        continue;
                    }
                    let (np, nc) = (ctx.name(p), ctx.name(c));
                    out.push(
                        ctx.finding("E3")
                            .title(format!("Age echo: {nc} at {child_age}, the age {nx} lost {np}"))
                            .member(x, "reacting")
                            .member(p, "parent who died")
                            .member(c, "child at the same age")
                            .moment(m)
                            .death(p)
                            .birth(c)
                            .strength(Strength::Moderate)
                            .summary(format!("{} ({}) when {nc} was {child_age}, the age {nx} was when {np} died.", moment_words(ctx, m), m.date))
                            .hypothesis(format!("Seeing one's child reach the age one was at a loss can reawaken that loss. Worth exploring what {nx} remembers of being {lost_at}."))
                            .question(format!("What was {nx}'s life like at {lost_at}?"))
                            .question(format!("Does {nx} see themself in {nc} at this age?"))
                            .build(),
                    );
                }
            }
        }
    }
    out
}
