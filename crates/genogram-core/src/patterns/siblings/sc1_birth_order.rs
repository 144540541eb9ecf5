//! SC1, birth-order position in the full sibship and among half-siblings (spec §4.2).

use super::{position, sibship, unions};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for u in unions(ctx) {
        let sibs = sibship(ctx, u);
        let is_ip_only = sibs.len() == 1 && Some(sibs[0]) == ctx.ip;
        if sibs.len() < 2 && !is_ip_only {
            continue;
        }
        let undated = sibs.iter().filter(|&&c| ctx.birth(c).is_none()).count();
        let mut d = ctx.finding("SC1").union(u);
        let mut parts = Vec::new();
        // Position among all the children of either parent (half-siblings included).
        let mut wider: Vec<usize> = ctx.union_partners[u]
            .iter()
            .flat_map(|&p| ctx.children[p].iter().map(|&(k, _, _)| k))
            .filter(|&k| ctx.is_person(k))
            .collect();
        wider.sort_by_key(|&k| (ctx.birth(k).is_none(), ctx.birth(k), ctx.rank[k]));
        wider.dedup();
        for (i, &c) in sibs.iter().enumerate() {
            let wide = wider.iter().position(|&k| k == c).map(|j| (j, wider.len()));
            // A single child with half-siblings is the only child of this union, no only child.
            let pos = match (sibs.len(), wide) {
                (1, Some((j, n))) if n > 1 => position(j, n),
                _ => position(i, sibs.len()),
            };
            let extra = match wide {
                Some((j, n)) if n > sibs.len() => format!(", {} of {n} with half-siblings", j + 1),
                _ => String::new(),
            };
            parts.push(format!("{} {}/{} ({pos}{extra})", ctx.name(c), i + 1, sibs.len()));
            d = d.member(c, pos);
        }
        let parents = ctx.names(&ctx.union_partners[u]);
        out.push(
            d.title(format!("Birth order: children of {parents}"))
                .strength(Strength::Weak)
                .coverage(1.0 - undated as f64 / sibs.len() as f64)
                .summary(format!("Birth order: {}.", parts.join("; ")))
                .hypothesis("Sibling position often shapes roles and expectations (the responsible oldest, the free youngest), though every family writes its own version.")
                .question("What was expected of each child because of their place in the family?")
                .question("Who was the family's 'responsible one', and who the 'baby'?")
                .build(),
        );
    }
    out
}
