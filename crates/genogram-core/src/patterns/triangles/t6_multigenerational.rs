//! T6, the multigenerational triangle: grandparent, parent, grandchild (spec §4.6).

use super::{Hit, bonded, choose, cite, links_from, strength_of, tense, words};
use crate::patterns::context::{Context, Tie};
use crate::patterns::finding::Finding;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    super::findings_of(ctx, "T6")
}

fn focus(t: &Tie) -> bool {
    t.is_focus()
}

pub(crate) fn find(ctx: &Context<'_>) -> Vec<Hit> {
    let mut out = Vec::new();
    for &k in &ctx.by_id {
        for p in ctx.parent_list(k) {
            for g in ctx.parent_list(p) {
                // Every variant needs a relationship between grandparent and grandchild.
                if !ctx.pair_ties.contains_key(&(g.min(k), g.max(k))) {
                    continue;
                }
                let (ng, np, nk) = (ctx.name(g), ctx.name(p), ctx.name(k));
                let found = choose(&[bonded(ctx, g, k), tense(ctx, p, k)])
                    .map(|s| (s, "parent and child"))
                    .or_else(|| {
                        choose(&[bonded(ctx, g, k), tense(ctx, g, p)])
                            .map(|s| (s, "grandparent and parent"))
                    })
                    .or_else(|| {
                        choose(&[links_from(ctx, g, k, focus), tense(ctx, g, p)])
                            .map(|s| (s, "grandparent and parent"))
                    });
                let Some((sides, tense_pair)) = found else { continue };
                let f = cite(ctx, ctx.finding("T6"), &sides)
                    .title(format!("Multigenerational triangle: {ng}, {np} and {nk}"))
                    .member(g, "grandparent")
                    .member(p, "parent")
                    .member(k, "grandchild")
                    .strength(strength_of(&sides))
                    .summary(format!(
                        "{ng} and grandchild {nk} are {}, while {tense_pair} ({}) are {}.",
                        words(ctx, &sides[0]),
                        if tense_pair == "parent and child" { format!("{np} and {nk}") } else { format!("{ng} and {np}") },
                        words(ctx, &sides[1])
                    ))
                    .hypothesis(format!(
                        "A grandparent–grandchild alliance may be bridging, or sidestepping, the tension with the middle generation. Worth exploring what {nk} means to {ng}."
                    ))
                    .question(format!("What does {np} feel when {ng} and {nk} are together?"))
                    .question(format!("Was {ng} close to {np} when {np} was {nk}'s age?"))
                    .triangle([g, p, k], Some(p));
                out.push(Hit { corners: Some([g, p, k]), finding: f.build() });
            }
        }
    }
    out
}
