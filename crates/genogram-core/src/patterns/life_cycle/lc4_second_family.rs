//! LC4, a "second family": a child born long after the previous child of the same parent
//! (spec §4.3).

use crate::patterns::context::{Context, years_f};
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for &p in &ctx.by_id {
        let mut kids: Vec<(i64, usize)> = ctx.children[p]
            .iter()
            .filter(|&&(c, _, l)| l.is_kin() && ctx.is_person(c))
            .filter_map(|&(c, _, _)| Some((ctx.birth(c)?, c)))
            .collect();
        kids.sort_by(|x, y| (x.0, &ctx.people[x.1].id).cmp(&(y.0, &ctx.people[y.1].id)));
        kids.dedup();
        for w in kids.windows(2) {
            let gap = years_f(w[0].0, w[1].0);
            if gap < ctx.config.second_family_gap as f64 {
                continue;
            }
            let (np, nprev, nc) = (ctx.name(p), ctx.name(w[0].1), ctx.name(w[1].1));
            out.push(
                ctx.finding("LC4")
                    .title(format!("Second family: {nc}, {:.0} years after {nprev}", gap))
                    .member(p, "parent")
                    .member(w[0].1, "older sibling")
                    .member(w[1].1, "child of the second family")
                    .birth(w[0].1)
                    .birth(w[1].1)
                    .strength(Strength::Weak)
                    .summary(format!("{np}'s child {nc} was born {:.0} years after {nprev}.", gap))
                    .hypothesis(format!("{nc} may have grown up in a different family from the older siblings: different parents' ages, circumstances and sometimes a different partner."))
                    .question(format!("How different was {nc}'s childhood from {nprev}'s?"))
                    .question("What had changed in the family between the two births?")
                    .build(),
            );
        }
    }
    out
}
