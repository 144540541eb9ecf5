//! LC6, transition pile-up: several nodal events in one nuclear family within a year (spec §4.3).

use crate::patterns::context::{Context, months, months_days};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::siblings::unions;
use crate::patterns::time::During;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let window = months_days(ctx.config.pileup_months);
    for u in unions(ctx) {
        let children: Vec<usize> = ctx.union_children[u].iter().map(|&(c, _)| c).collect();
        let mut family: Vec<usize> = ctx.union_partners[u].clone();
        family.extend(children.iter().copied());
        let mut moments: Vec<usize> = family
            .iter()
            .flat_map(|&p| ctx.person_moments[p].iter().copied())
            .filter(|&m| ctx.timeline[m].kind.is_nodal())
            // Events belong to the family they happened in: a partner's own events (no child of
            // this union in them) count only while the union could hold; from before it began
            // or after it ended, they are another family's.
            .filter(|&m| {
                let moment = &ctx.timeline[m];
                moment.people.iter().any(|p| children.contains(p))
                    || ctx.during_union(u, moment.span()) != During::Not
            })
            .collect();
        moments.sort_unstable();
        moments.dedup();
        // The densest window (earliest on ties).
        let mut best: Option<(usize, usize)> = None;
        let mut lo = 0;
        for hi in 0..moments.len() {
            while ctx.timeline[moments[hi]].day - ctx.timeline[moments[lo]].day > window {
                lo += 1;
            }
            if best.is_none_or(|(a, b)| hi - lo > b - a) {
                best = Some((lo, hi));
            }
        }
        let Some((lo, hi)) = best else { continue };
        let count = hi - lo + 1;
        if count < ctx.config.pileup_events {
            continue;
        }
        let picked = &moments[lo..=hi];
        let mut d = ctx.finding("LC6").union(u);
        let mut parts = Vec::new();
        let mut people = Vec::new();
        for &m in picked {
            let moment = &ctx.timeline[m];
            d = d.moment(moment);
            people.extend(moment.people.iter().copied().filter(|p| family.contains(p)));
            parts.push(format!(
                "{} ({})",
                crate::patterns::report::moment_words(ctx, moment),
                moment.date
            ));
        }
        ctx.sort_by_id(&mut people);
        for &p in &people {
            d = d.member(p, "family member");
        }
        let span = (ctx.timeline[picked[count - 1]].day - ctx.timeline[picked[0]].day) as f64
            / crate::patterns::context::MONTH_DAYS;
        out.push(
            d.title(format!("Transition pile-up: {count} events within {}", months(ctx.config.pileup_months)))
                .strength(if count > ctx.config.pileup_events { Strength::Strong } else { Strength::Moderate })
                .summary(format!(
                    "The family of {} went through {count} nodal events in {:.0} months: {}.",
                    ctx.names(&ctx.union_partners[u]),
                    span.max(1.0),
                    parts.join("; ")
                ))
                .hypothesis("So many transitions close together can overload a family's ways of coping; symptoms that appear then may make sense as a response to the load.")
                .question("What was that year like for each of you?")
                .question("What helped the family get through it, and what got lost?")
                .build(),
        );
    }
    out
}
