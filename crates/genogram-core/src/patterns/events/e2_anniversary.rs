//! E2, anniversary reaction by the calendar: a crisis close to the anniversary of a loss
//! (spec §4.5). Needs both dates to the day.

use std::collections::BTreeMap;

use super::{is_reaction, kin_circle};
use crate::model::{EmotionalKind, EventKind};
use crate::patterns::context::{Context, Moment, MomentKind, Source, day_of_year};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::report::moment_words;

fn is_loss(ctx: &Context<'_>, m: &Moment) -> bool {
    match (m.kind, &m.source) {
        (MomentKind::Death | MomentKind::Divorce | MomentKind::Event(EventKind::Placement), _) => {
            true
        }
        (MomentKind::RelationshipStart, Source::Relationship(i)) => {
            ctx.g.emotional()[*i].kind == EmotionalKind::Cutoff
        }
        _ => false,
    }
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let losses: Vec<(usize, i32, i64)> = ctx
        .timeline
        .iter()
        .enumerate()
        .filter(|(_, m)| is_loss(ctx, m))
        .filter_map(|(i, m)| day_of_year(&m.date).map(|(y, d)| (i, y, d)))
        .collect();
    let mut matches: BTreeMap<usize, Vec<(usize, i64)>> = BTreeMap::new();
    for &(l, ly, ld) in &losses {
        let mut circle: Vec<usize> = ctx.timeline[l]
            .people
            .iter()
            .flat_map(|&q| kin_circle(ctx, q, &ctx.timeline[l]))
            .collect();
        circle.sort_unstable();
        circle.dedup();
        let mut candidates: Vec<usize> =
            circle.iter().flat_map(|&p| ctx.person_moments[p].iter().copied()).collect();
        candidates.sort_unstable();
        candidates.dedup();
        for r in candidates {
            let m = &ctx.timeline[r];
            let Some((ry, rd)) = day_of_year(&m.date) else { continue };
            if !is_reaction(ctx, m) || ry <= ly || l == r {
                continue;
            }
            let diff = (rd - ld).abs();
            let dist = diff.min(365 - diff);
            if dist <= ctx.config.anniversary_days {
                matches.entry(l).or_default().push((r, dist));
            }
        }
    }
    let mut out = Vec::new();
    for (l, rs) in matches {
        let loss = &ctx.timeline[l];
        let years: std::collections::BTreeSet<i32> =
            rs.iter().map(|&(r, _)| ctx.timeline[r].date.year()).collect();
        let closest = rs.iter().map(|&(_, d)| d).min().unwrap_or_default();
        let mut d = ctx
            .finding("E2")
            .title(format!("Anniversary reaction: {}", moment_words(ctx, loss)))
            .moment(loss);
        for &p in &loss.people {
            d = d.member(p, "in the loss");
        }
        let mut parts = Vec::new();
        for &(r, dist) in &rs {
            let m = &ctx.timeline[r];
            d = d.moment(m);
            for &p in &m.people {
                d = d.member(p, "reacting");
            }
            parts.push(format!(
                "{} on {} ({dist} days from the anniversary)",
                moment_words(ctx, m),
                m.date
            ));
        }
        out.push(
            d.strength(if closest <= ctx.config.anniversary_strong_days || years.len() >= 2 { Strength::Strong } else { Strength::Moderate })
                .summary(format!("{} on {}; later, {}.", moment_words(ctx, loss), loss.date, parts.join("; ")))
                .hypothesis("Grief often returns as a meaningful date comes round, sometimes without anyone noticing the date. A possible anniversary reaction, worth exploring.")
                .question(format!("How does the family mark the anniversary of that day ({}: {})?", loss.date, moment_words(ctx, loss)))
                .question("Does this time of year feel different for anyone?")
                .build(),
        );
    }
    out
}
