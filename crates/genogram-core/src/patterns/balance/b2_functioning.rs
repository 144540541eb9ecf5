//! B2, an over- and under-functioning couple (spec §4.7; Bowen's dysfunction in one spouse).

use crate::model::EmotionalKind;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::siblings::unions;

fn tagged(ctx: &Context<'_>, p: usize, tag: &str) -> bool {
    ctx.people[p].tags.iter().any(|t| t.eq_ignore_ascii_case(tag))
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for u in unions(ctx) {
        if ctx.union_span(u).ended {
            continue;
        }
        let [p1, p2] = ctx.union_partners[u][..] else { continue };
        for (a, b) in [(p1, p2), (p2, p1)] {
            let condition = ctx.functioning_conditions(a).next();
            if condition.is_none() && !tagged(ctx, a, "underfunctioning") {
                continue;
            }
            let care = ctx
                .ties_between(a, b)
                .find(|t| t.kind == EmotionalKind::Caregiving && t.a == b && t.current);
            // Sole earner: the other partner is recorded as not working (no occupation recorded is
            // unknown, not absent).
            let not_working = ctx.people[a].occupation.as_deref().is_some_and(|o| {
                ["unemployed", "none", "not working", "homemaker", "unable to work"]
                    .contains(&o.trim().to_lowercase().as_str())
            });
            let earner = ctx.people[b].occupation.is_some() && not_working;
            let over = tagged(ctx, b, "overfunctioning");
            if care.is_none() && !earner && !over {
                continue;
            }
            let (na, nb) = (ctx.name(a), ctx.name(b));
            let mut d = ctx
                .finding("B2")
                .title(format!("Over- and under-functioning: {nb} and {na}"))
                .member(a, "under-functioning")
                .member(b, "over-functioning")
                .union(u);
            let mut why_a = Vec::new();
            if let Some((ci, c)) = condition {
                d = d.condition(a, ci);
                why_a.push(format!("has {}", c.label));
            }
            if tagged(ctx, a, "underfunctioning") {
                why_a.push("is tagged under-functioning".into());
            }
            let mut why_b = Vec::new();
            if let Some(t) = care {
                d = d.tie(t);
                why_b.push(format!("cares for {na}"));
            }
            if earner {
                why_b.push("is the only earner".into());
            }
            if over {
                why_b.push("is tagged over-functioning".into());
            }
            out.push(
                d.strength(if care.is_some() || over { Strength::Moderate } else { Strength::Weak })
                    .summary(format!(
                        "{na} {}, while {nb} {}.",
                        crate::patterns::context::list(&why_a),
                        crate::patterns::context::list(&why_b)
                    ))
                    .hypothesis(format!("When one partner does less, the other often does more, and the balance can lock both in place. Worth exploring what {nb}'s extra load costs, and what room {na} has to contribute."))
                    .question(format!("What would happen if {nb} did a little less?"))
                    .question(format!("What does {na} still take care of in the family?"))
                    .build(),
            );
        }
    }
    out
}
