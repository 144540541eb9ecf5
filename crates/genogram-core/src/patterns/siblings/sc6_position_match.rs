//! SC6, parent–child sibling-position match (spec §4.2).

use super::{family_of_origin, sibship, toman};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

fn label(ctx: &Context<'_>, p: usize) -> Option<String> {
    let u = family_of_origin(ctx, p)?;
    let sibs = sibship(ctx, u);
    let i = sibs.iter().position(|&c| c == p)?;
    toman(ctx, &sibs, i)
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for &c in &ctx.by_id {
        let Some(lc) = label(ctx, c) else { continue };
        for p in ctx.bio_parents(c).into_iter().chain(ctx.parent_list(c)) {
            if ctx.people[p].sex != ctx.people[c].sex
                || label(ctx, p).as_deref() != Some(lc.as_str())
            {
                continue;
            }
            let (nc, np) = (ctx.name(c), ctx.name(p));
            out.push(
                ctx.finding("SC6")
                    .title(format!("Same sibling position: {np} and {nc}"))
                    .member(p, &format!("parent, {lc}"))
                    .member(c, &format!("child, {lc}"))
                    .strength(Strength::Weak)
                    .summary(format!("{np} and {np}'s child {nc} are both the {lc}."))
                    .hypothesis(format!("{np} may see their own story in {nc}: a source of special understanding, or of friction. Worth exploring."))
                    .question(format!("Does {np} recognise themself in {nc}?"))
                    .question(format!("What does {np} hope {nc}'s life as the {lc} will be like?"))
                    .build(),
            );
            break;
        }
    }
    out
}
