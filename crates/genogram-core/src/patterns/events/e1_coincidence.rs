//! E1, coincidence of events: a death within a year of another significant event in the close
//! family; "cradle and grave" when it is a birth (spec §4.5). The other sub-case of E1, symptom
//! onset in the index person after a nodal event, is reported by E9.

use super::{is_significant, kin_circle};
use crate::patterns::context::{Context, MomentKind, months, months_days};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::report::moment_words;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let window = months_days(ctx.config.window_months);
    for (i, death) in ctx.timeline.iter().enumerate() {
        if death.kind != MomentKind::Death {
            continue;
        }
        let dead = death.people[0];
        let mut near: Vec<usize> = kin_circle(ctx, dead, death)
            .into_iter()
            .flat_map(|p| ctx.person_moments[p].iter().copied())
            .filter(|&j| j != i)
            .filter(|&j| {
                let m = &ctx.timeline[j];
                is_significant(m) && !m.people.contains(&dead) && m.within(death, window)
            })
            .collect();
        near.sort_unstable();
        near.dedup();
        if near.is_empty() {
            continue;
        }
        let cradle = near.iter().any(|&j| ctx.timeline[j].kind == MomentKind::Birth);
        // A match that holds only because a date is year- or month-precise is weak.
        let precise = near.iter().any(|&j| ctx.timeline[j].surely_within(death, window));
        let nd = ctx.name(dead);
        let mut d = ctx
            .finding("E1")
            .title(if cradle {
                format!("Cradle and grave: {nd}'s death and a birth")
            } else {
                format!("Events around {nd}'s death")
            })
            .member(dead, "died")
            .moment(death);
        let mut parts = Vec::new();
        for &j in &near {
            let m = &ctx.timeline[j];
            d = d.moment(m);
            for &p in &m.people {
                d = d.member(p, "in a nearby event");
            }
            parts.push(format!("{} ({})", moment_words(ctx, m), m.date));
        }
        out.push(
            d.strength(if precise && (cradle || near.len() >= 2) { Strength::Moderate } else { Strength::Weak })
                .summary(format!(
                    "{} {} of {nd}'s death ({}): {}{}.",
                    if precise { "Within" } else { "Possibly within" },
                    months(ctx.config.window_months),
                    death.date,
                    parts.join("; "),
                    if precise { "" } else { " (the dates are too imprecise to say for sure)" }
                ))
                .hypothesis(if cradle {
                    "A birth close to a death can mix grief and joy; the new child may carry something of the one who was lost. Worth exploring how the two events were lived.".to_owned()
                } else {
                    "Events that cluster around a death may be linked by the family's grief, even when they look like coincidence.".to_owned()
                })
                .question(format!("What else was happening in the family when {nd} died?"))
                .question("Did anyone connect these events at the time?")
                .build(),
        );
    }
    out
}
