//! E8, sociohistorical context: nodal events and childhoods that fall in a historical period the
//! configuration names (spec §4.5; the genogram file itself holds no such periods).

use crate::patterns::context::{Context, YEAR_DAYS};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::report::moment_words;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for period in &ctx.config.historical_periods {
        let (Some(from), Some(to)) = (period.from.earliest(), period.to.latest()) else { continue };
        let here = |p: usize| {
            period.places.is_empty()
                || ctx.people[p].origin.as_ref().is_some_and(|o| {
                    period.places.iter().any(|pl| pl.eq_ignore_ascii_case(o.trim()))
                })
        };
        let childhood = (ctx.config.childhood_age as f64 * YEAR_DAYS) as i64;
        let children: Vec<usize> = ctx
            .by_id
            .iter()
            .copied()
            .filter(|&p| {
                ctx.is_person(p)
                    && here(p)
                    && ctx.birth(p).is_some_and(|b| b <= to && b + childhood >= from)
            })
            .collect();
        let events: Vec<usize> = (0..ctx.timeline.len())
            .filter(|&m| {
                let mo = &ctx.timeline[m];
                mo.kind.is_nodal()
                    && mo.day >= from
                    && mo.day <= to
                    && mo.people.iter().any(|&p| here(p))
            })
            .collect();
        if children.is_empty() && events.is_empty() {
            continue;
        }
        let mut d = ctx.finding("E8").title(format!("Lived through {}", period.name));
        for &p in &children {
            d = d.member(p, "a child during the period");
        }
        let mut parts = Vec::new();
        for &m in events.iter().take(12) {
            let mo = &ctx.timeline[m];
            d = d.moment(mo);
            for &p in &mo.people {
                d = d.member(p, "had a nodal event during the period");
            }
            parts.push(format!("{} ({})", moment_words(ctx, mo), mo.date));
        }
        out.push(
            d.strength(Strength::Weak)
                .summary(format!(
                    "{} ({}–{}): children during it: {}; events during it: {}.",
                    period.name,
                    period.from,
                    period.to,
                    if children.is_empty() { "none recorded".to_owned() } else { ctx.names(&children) },
                    if parts.is_empty() { "none recorded".to_owned() } else { parts.join("; ") }
                ))
                .hypothesis(format!("{} may have shaped this family's losses, moves and ways of coping in ways the family takes for granted.", period.name))
                .question(format!("What did the family go through during {}?", period.name))
                .question("What stories from that time are still told?")
                .build(),
        );
    }
    out
}
