//! FS3, serial unions (spec §4.1).

use crate::model::UnionKind;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for &a in &ctx.by_id {
        let unions: Vec<usize> = ctx.unions_of[a]
            .iter()
            .copied()
            .filter(|&u| {
                ctx.union_partners[u].len() == 2 && ctx.g.unions()[u].kind != UnionKind::Affair
            })
            .collect();
        if unions.len() < ctx.config.serial_unions {
            continue;
        }
        let na = ctx.name(a);
        let mut partners = Vec::new();
        let mut d = ctx
            .finding("FS3")
            .title(format!("Serial unions: {na}"))
            .member(a, "partner in several unions");
        for &u in &unions {
            d = d.union(u);
            if let Some(q) = ctx.union_partners[u].iter().copied().find(|&q| q != a) {
                partners.push(q);
                d = d.member(q, "partner");
            }
        }
        out.push(
            d.strength(if unions.len() > ctx.config.serial_unions { Strength::Strong } else { Strength::Moderate })
                .summary(format!("{na} has had {} unions, with {}.", unions.len(), ctx.names(&partners)))
                .hypothesis(format!(
                    "Repeated partnering may echo patterns from {na}'s family of origin; worth exploring what {na} was looking for, and found, each time."
                ))
                .question(format!("What did {na} learn about couples growing up?"))
                .question("How did each union end, and what carried over into the next?")
                .build(),
        );
    }
    out
}
