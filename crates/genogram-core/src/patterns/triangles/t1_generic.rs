//! T1, the generic triangle (spec §4.6), found from the relationship graph in O(m·√m) by
//! degree-ordered enumeration: never from all triples of people.

use super::{Hit, Link, bonded, choose, cite, strained, strength_of, words};
use crate::patterns::context::Context;
use crate::patterns::finding::Finding;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    super::findings_of(ctx, "T1")
}

/// Every triple of people whose three pairs all have a relationship (or, for tension, a
/// separated or divorced union).
pub(crate) fn triples(ctx: &Context<'_>) -> Vec<[usize; 3]> {
    let n = ctx.people.len();
    let allowed = |p: usize| ctx.config.include_external || !ctx.external[p];
    let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
    for tie in &ctx.ties {
        if tie.a != tie.b && allowed(tie.a) && allowed(tie.b) {
            adj[tie.a].push(tie.b);
            adj[tie.b].push(tie.a);
        }
    }
    if ctx.config.infer_from_union {
        for ps in &ctx.union_partners {
            if let [a, b] = ps[..]
                && !strained(ctx, a, b).is_empty()
            {
                adj[a].push(b);
                adj[b].push(a);
            }
        }
    }
    for list in &mut adj {
        list.sort_unstable();
        list.dedup();
    }
    let rank = |p: usize| (adj[p].len(), p);
    let mut out = Vec::new();
    for u in 0..n {
        for &v in &adj[u] {
            if rank(v) <= rank(u) {
                continue;
            }
            for &w in &adj[v] {
                if rank(w) > rank(v) && adj[u].binary_search(&w).is_ok() {
                    out.push([u, v, w]);
                }
            }
        }
    }
    out
}

pub(crate) fn find(ctx: &Context<'_>) -> Vec<Hit> {
    let mut out = Vec::new();
    for mut t in triples(ctx) {
        t.sort_by(|&p, &q| ctx.people[p].id.cmp(&ctx.people[q].id));
        let mut best: Option<(usize, bool, [usize; 3], Vec<Link>)> = None;
        for rot in 0..3 {
            // (x, y) is the pair that differs; z is the third.
            let (x, y, z) = (t[rot], t[(rot + 1) % 3], t[(rot + 2) % 3]);
            let (x, y) = if ctx.people[x].id <= ctx.people[y].id { (x, y) } else { (y, x) };
            // Classic: x–y tense, both bonded to z.
            if let Some(sides) =
                choose(&[strained(ctx, x, y), bonded(ctx, x, z), bonded(ctx, y, z)])
            {
                let score = sides.iter().filter(|l| !l.ambivalent).count();
                if best.as_ref().is_none_or(|b| score > b.0) {
                    best = Some((score, true, [x, y, z], sides));
                }
            }
            // Two against one: x–y bonded, both tense with z.
            if let Some(sides) =
                choose(&[bonded(ctx, x, y), strained(ctx, x, z), strained(ctx, y, z)])
            {
                let score = sides.iter().filter(|l| !l.ambivalent).count();
                if best.as_ref().is_none_or(|b| score > b.0) {
                    best = Some((score, false, [x, y, z], sides));
                }
            }
        }
        let Some((_, classic, [x, y, z], sides)) = best else { continue };
        let (nx, ny, nz) = (ctx.name(x), ctx.name(y), ctx.name(z));
        let finding = if classic {
            cite(ctx, ctx.finding("T1"), &sides)
                .title(format!("Triangle: {nz} between {nx} and {ny}"))
                .member(x, "in tension")
                .member(y, "in tension")
                .member(z, "drawn in")
                .strength(strength_of(&sides))
                .summary(format!(
                    "{nx} and {ny} are {}, and {nz} is close to both ({} and {}).",
                    words(ctx, &sides[0]),
                    words(ctx, &sides[1]),
                    words(ctx, &sides[2])
                ))
                .hypothesis(format!(
                    "The tension between {nx} and {ny} may be eased, or held in place, by their closeness to {nz}. A triangle worth exploring."
                ))
                .question(format!("When {nx} and {ny} are at odds, who does {nz} hear from first?"))
                .question(format!("What would happen between {nx} and {ny} if {nz} stepped back?"))
                .triangle([x, y, z], None)
                .build()
        } else {
            // A coalition when the two allies are of different generations and the outsider is
            // the partner of one of them.
            let coalition = ctx.generation[x] != ctx.generation[y]
                && (ctx.are_partners(z, x) || ctx.are_partners(z, y));
            let what = if coalition { "coalition" } else { "two against one" };
            cite(ctx, ctx.finding("T1"), &sides)
                .title(format!("Triangle ({what}): {nx} and {ny} with {nz} outside"))
                .member(x, "insider")
                .member(y, "insider")
                .member(z, "outsider")
                .strength(strength_of(&sides))
                .summary(format!(
                    "{nx} and {ny} are {}, and each is in tension with {nz} ({} and {}).",
                    words(ctx, &sides[0]),
                    words(ctx, &sides[1]),
                    words(ctx, &sides[2])
                ))
                .hypothesis(format!(
                    "{nx} and {ny} may be held together partly by a shared stance toward {nz}, who may carry the role of outsider. A pattern worth exploring."
                ))
                .question(format!("How did {nz} come to be on the outside?"))
                .question(format!("What do {nx} and {ny} share besides their view of {nz}?"))
                .triangle([x, y, z], Some(z))
                .build()
        };
        out.push(Hit { corners: Some([x, y, z]), finding });
    }
    out
}
