//! ST4, close ties spanning three generations of one line.

use crate::model::Valence;
use crate::patterns::context::{Context, Tie};
use crate::patterns::finding::{Finding, Strength};

fn close<'c>(ctx: &'c Context<'_>, a: usize, b: usize) -> Option<&'c Tie> {
    ctx.ties_between(a, b).find(|t| t.valence == Valence::Positive && t.current)
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for &k in &ctx.by_id {
        for p in ctx.parent_list(k) {
            for g in ctx.parent_list(p) {
                let (gp, pk, gk) = (close(ctx, g, p), close(ctx, p, k), close(ctx, g, k));
                let count = [gp, pk, gk].iter().filter(|t| t.is_some()).count();
                if count < 2 {
                    continue;
                }
                let (ng, np, nk) = (ctx.name(g), ctx.name(p), ctx.name(k));
                let mut d = ctx
                    .finding("ST4")
                    .title(format!("Closeness across three generations: {ng}, {np} and {nk}"))
                    .member(g, "grandparent")
                    .member(p, "parent")
                    .member(k, "grandchild")
                    .lineage(&[g, p, k]);
                for t in [gp, pk, gk].into_iter().flatten() {
                    d = d.tie(t);
                }
                out.push(
                    d.strength(if count == 3 { Strength::Strong } else { Strength::Moderate })
                        .summary(format!("{count} of the three relationships between {ng}, {np} and {nk} are close."))
                        .hypothesis("Warm ties running down three generations are a resource: a line along which care, stories and support travel.")
                        .question(format!("What has {ng} passed on to {np} and {nk}?"))
                        .question("How could this closeness help with the current difficulty?")
                        .build(),
                );
            }
        }
    }
    out
}
