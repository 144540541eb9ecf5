//! T9, fusion–cutoff pairing (spec §4.6; Bowen: a cutoff often leads to new fusion elsewhere).

use crate::model::Valence;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for &x in &ctx.by_id {
        let origin = |q: usize| matches!(ctx.relation(x, q), "parent" | "sibling");
        let created =
            |q: usize| matches!(ctx.relation(x, q), "partner" | "former partner" | "child");
        let cuts: Vec<_> =
            ctx.ties_of(x).filter(|t| t.valence == Valence::Cutoff && t.lasting()).collect();
        let fusions: Vec<_> = ctx
            .ties_of(x)
            .filter(|t| t.valence == Valence::Overinvolved && t.lasting() && t.goes_from(x))
            .collect();
        for (cut_side, fuse_side, words) in [
            (
                &origin as &dyn Fn(usize) -> bool,
                &created as &dyn Fn(usize) -> bool,
                "family of origin",
            ),
            (&created, &origin, "own family"),
        ] {
            let Some(cut) = cuts.iter().find(|t| cut_side(t.other(x))) else { continue };
            let Some(fuse) = fusions.iter().find(|t| fuse_side(t.other(x))) else { continue };
            let (c, f) = (cut.other(x), fuse.other(x));
            let (nx, nc, nf) = (ctx.name(x), ctx.name(c), ctx.name(f));
            out.push(
                ctx.finding("T9")
                    .title(format!("Fusion and cutoff: {nx}"))
                    .member(x, "cut off and fused")
                    .member(c, "cut off from")
                    .member(f, "fused with")
                    .tie(cut)
                    .tie(fuse)
                    .strength(Strength::Moderate)
                    .summary(format!(
                        "{nx} {} cut off from {nc} ({} in the {words}) and {} {nf} ({}).",
                        if cut.current { "is" } else { "was" },
                        ctx.relation(x, c),
                        crate::patterns::context::kind_words(fuse.kind),
                        ctx.relation(x, f)
                    ))
                    .hypothesis(format!(
                        "In Bowen's terms, distance from one relationship and intense closeness in another can be two sides of one unresolved attachment. Worth exploring whether the closeness with {nf} grew as contact with {nc} ended."
                    ))
                    .question(format!("Did things with {nf} change when {nx} stopped seeing {nc}?"))
                    .question(format!("What does {nf} know about {nc}?"))
                    .build(),
            );
        }
    }
    out
}
