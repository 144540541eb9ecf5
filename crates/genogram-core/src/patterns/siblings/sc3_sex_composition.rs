//! SC3, sex composition of the sibship: Toman's profiles (spec §4.2).

use super::{sibling_groups, toman};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (u, sibs) in sibling_groups(ctx) {
        let labels: Vec<Option<String>> = (0..sibs.len()).map(|i| toman(ctx, &sibs, i)).collect();
        let known = labels.iter().filter(|l| l.is_some()).count();
        if known == 0 {
            continue;
        }
        let mut d = ctx
            .finding("SC3")
            .title(format!("Sibling profiles: children of {}", ctx.names(&ctx.union_partners[u])))
            .union(u);
        let mut parts = Vec::new();
        for (&c, label) in sibs.iter().zip(&labels) {
            if let Some(l) = label {
                d = d.member(c, l);
                parts.push(format!("{}, {l}", ctx.name(c)));
            }
        }
        if known < sibs.len() {
            d = d.missing("the sex of some siblings");
        }
        out.push(
            d.strength(Strength::Weak)
                .coverage(known as f64 / sibs.len() as f64)
                .summary(format!("{}.", parts.join("; ")))
                .hypothesis("Growing up as a brother of sisters or a sister of brothers shapes what feels familiar later, in friendships and couples (Toman); a lens, not a rule.")
                .question("What was it like to grow up with these brothers and sisters?")
                .build(),
        );
    }
    out
}
