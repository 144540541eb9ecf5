//! BW5, multigenerational transmission: projection targets whose parent was the projection target
//! of the generation before (spec §4.8).

use super::bw4_projection::targets;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let found = targets(ctx);
    let is_target = |p: usize| found.iter().any(|t| t.child == p);
    let mut out = Vec::new();
    // Start chains at targets whose parents were not targets, and walk down.
    for t in &found {
        if ctx.parent_list(t.child).into_iter().any(is_target) {
            continue;
        }
        let mut chain = vec![t.child];
        loop {
            let last = *chain.last().unwrap_or(&t.child);
            let next = ctx
                .child_list(last)
                .into_iter()
                .filter(|&c| is_target(c))
                .min_by_key(|&p| ctx.rank[p]);
            match next {
                Some(c) if !chain.contains(&c) => chain.push(c),
                _ => break,
            }
        }
        if chain.len() < ctx.config.transmission_generations {
            continue;
        }
        let mut d = ctx
            .finding("BW5")
            .title(format!("Multigenerational transmission over {} generations", chain.len()))
            .lineage(&chain);
        for &c in &chain {
            d = d.member(c, "child in focus in their generation");
            if let Some(target) = found.iter().find(|x| x.child == c) {
                for &ti in &target.ties {
                    d = d.tie(&ctx.ties[ti]);
                }
            }
        }
        out.push(
            d.strength(if chain.len() > ctx.config.transmission_generations { Strength::Strong } else { Strength::Moderate })
                .summary(format!("In each generation the child most in focus is on one line: {}.", ctx.names(&chain)))
                .hypothesis("Bowen described how the most-focused child in one generation may become the parent whose anxiety focuses on a child in the next. Worth exploring as a family process, not anyone's fault.")
                .question(format!("Does {} recognise their own childhood in {}'s?", ctx.name(chain[chain.len() - 2]), ctx.name(chain[chain.len() - 1])))
                .question("Who in each generation was the one everyone worried about?")
                .build(),
        );
    }
    out
}
