//! E9, change in functioning after a nodal event: a condition's onset or a crisis within a year
//! after a nodal event in the person's own life or among their first-degree relatives (spec
//! §4.5). Symptom onset in the index person after a nodal event (a sub-case of E1) is reported
//! here, as strong.

use super::is_reaction;
use crate::patterns::context::{Context, MomentKind, months, months_days};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::report::moment_words;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let window = months_days(ctx.config.window_months);
    for (r, reaction) in ctx.timeline.iter().enumerate() {
        if !is_reaction(ctx, reaction)
            || matches!(reaction.kind, MomentKind::Separation | MomentKind::Divorce)
        {
            continue;
        }
        let who = &reaction.people;
        let mut circle: Vec<usize> = who
            .iter()
            .flat_map(|&p| ctx.family_at(p, reaction.span()))
            .chain(who.iter().copied())
            .collect();
        circle.sort_unstable();
        circle.dedup();
        let mut before: Vec<usize> = circle
            .iter()
            .flat_map(|&p| ctx.person_moments[p].iter().copied())
            .filter(|&m| {
                let mo = &ctx.timeline[m];
                m != r
                    && mo.kind.is_nodal()
                    && mo.kind != MomentKind::Onset
                    && !is_reaction(ctx, mo)
                    && !(mo.kind == MomentKind::Birth && who.contains(&mo.people[0]))
                    && reaction.follows_within(mo, window)
            })
            .collect();
        before.sort_unstable();
        before.dedup();
        if before.is_empty() {
            continue;
        }
        let precise = before.iter().any(|&m| {
            let mo = &ctx.timeline[m];
            mo.day <= reaction.day && reaction.surely_within(mo, window)
        });
        let nx = ctx.names(who);
        let ip = ctx.ip.is_some_and(|i| who.contains(&i));
        let mut d = ctx
            .finding("E9")
            .title(format!("Change after a nodal event: {}", moment_words(ctx, reaction)))
            .moment(reaction);
        for &x in who {
            d = d.member(
                x,
                if ctx.ip == Some(x) { "index person, change began" } else { "change began" },
            );
        }
        let mut parts = Vec::new();
        for &m in &before {
            let mo = &ctx.timeline[m];
            d = d.moment(mo);
            for &p in &mo.people {
                if !who.contains(&p) {
                    d = d.member(p, "in the earlier event");
                }
            }
            parts.push(format!("{} ({})", moment_words(ctx, mo), mo.date));
        }
        out.push(
            d.strength(match (precise, ip || before.len() >= 2) {
                (false, _) => Strength::Weak,
                (true, true) => Strength::Strong,
                (true, false) => Strength::Moderate,
            })
                .summary(format!(
                    "{} ({}) {} within {} after {}{}.",
                    moment_words(ctx, reaction),
                    reaction.date,
                    if precise { "came" } else { "may have come" },
                    months(ctx.config.window_months),
                    parts.join("; "),
                    if precise { "" } else { " (only possibly: the dates are too imprecise to say for sure)" }
                ))
                .hypothesis(format!("Symptoms and crises often begin after a transition or a loss; what happened to {nx} may make sense as a response to what the family was going through."))
                .question("What was happening in the family in the year before this began?")
                .question(format!("Who noticed the change in {nx} first?"))
                .build(),
        );
    }
    out
}
