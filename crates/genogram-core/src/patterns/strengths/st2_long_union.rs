//! ST2, a long-lasting union.

use crate::model::{UnionKind, UnionStatus};
use crate::patterns::context::{Context, years_f};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::siblings::unions;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for u in unions(ctx) {
        let union = &ctx.g.unions()[u];
        let [a, b] = ctx.union_partners[u][..] else { continue };
        if union.kind == UnionKind::Affair {
            continue;
        }
        // The union's time together, through the time layer: dissolved unions are not counted;
        // one ended by a death lasted until it; a current one lasts until today only when both
        // partners are alive today (a partner presumed dead at an unknown date leaves its
        // length unknown).
        let span = ctx.union_span(u);
        let Some(start) = span.start.map(|s| s.mid) else { continue };
        let dissolved = matches!(
            union.current_status(),
            Some(
                UnionStatus::Separated
                    | UnionStatus::Divorced
                    | UnionStatus::Annulled
                    | UnionStatus::Ended
            )
        );
        if dissolved {
            continue;
        }
        let end = match span.end {
            Some(e) => e.mid,
            None if !span.ended && ctx.alive_now(a) && ctx.alive_now(b) => ctx.today,
            None => continue,
        };
        let years = years_f(start, end).floor() as i64;
        if years < ctx.config.long_union_years {
            continue;
        }
        let (na, nb) = (ctx.name(a), ctx.name(b));
        let lasted = if end == ctx.today {
            "have been together".to_owned()
        } else {
            "were together".to_owned()
        };
        out.push(
            ctx.finding("ST2")
                .title(format!("Long-lasting union: {na} and {nb}, {years} years"))
                .member(a, "partner")
                .member(b, "partner")
                .union(u)
                .strength(Strength::Strong)
                .summary(format!("{na} and {nb} {lasted} for {years} years (since {}).", union.start().map(|d| d.to_string()).unwrap_or_default()))
                .hypothesis("A long partnership is a resource for the whole family: a model of staying together through change.")
                .question(format!("What has kept {na} and {nb} together through the hard times?"))
                .question("What did the younger generations learn from watching them?")
                .build(),
        );
    }
    out
}
