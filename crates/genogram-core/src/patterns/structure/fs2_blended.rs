//! FS2, remarried or blended structure: yours, mine and ours (spec §4.1).

use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    // A parent with children from two or more unions.
    let blended = |p: usize| {
        ctx.unions_of[p].iter().filter(|&&u| !ctx.union_children[u].is_empty()).count() >= 2
    };
    for &a in &ctx.by_id {
        if !blended(a) {
            continue;
        }
        // The latest union (by its start, through the time layer; the file's order only when
        // undated) is the current family; the others bring "yours" and "mine".
        let Some(latest) = ctx.latest_union(a) else { continue };
        let with_children =
            ctx.unions_of[a].iter().filter(|&&u| !ctx.union_children[u].is_empty()).count();
        let b = ctx.union_partners[latest].iter().copied().find(|&q| q != a);
        if b.is_some_and(|b| ctx.rank[b] < ctx.rank[a] && blended(b)) {
            continue; // reported once, from the partner first in id order
        }
        let kids = |u: usize| ctx.union_children[u].iter().map(|&(c, _)| c).collect::<Vec<_>>();
        let ours = kids(latest);
        let mine: Vec<usize> =
            ctx.unions_of[a].iter().filter(|&&u| u != latest).flat_map(|&u| kids(u)).collect();
        let yours: Vec<usize> = b
            .map(|b| {
                ctx.unions_of[b].iter().filter(|&&u| u != latest).flat_map(|&u| kids(u)).collect()
            })
            .unwrap_or_default();
        let na = ctx.name(a);
        let mut d = ctx
            .finding("FS2")
            .title(format!("Blended family around {na}"))
            .member(a, "parent in more than one union");
        for &u in &ctx.unions_of[a] {
            d = d.union(u);
        }
        if let Some(b) = b {
            // When both partners bring children from earlier unions, both get the same role:
            // the finding must not depend on which one has the smaller id.
            let both = blended(b);
            d = d.member(b, if both { "parent in more than one union" } else { "current partner" });
        }
        for &c in mine.iter().chain(&yours) {
            d = d.member(c, "stepchild in the current union");
        }
        for &c in &ours {
            d = d.member(c, "child of the current union");
        }
        let partner = b.map(|b| ctx.name(b)).unwrap_or_else(|| "no current partner".into());
        out.push(
            d.strength(Strength::Moderate)
                .summary({
                    // Only the groups that have children: never "0 with D ()".
                    let group = |n: &[usize], what: String| (!n.is_empty()).then(|| format!("{} {what} ({})", n.len(), ctx.names(n)));
                    let parts: Vec<String> = [
                        group(&mine, "from earlier unions".into()),
                        group(&ours, format!("with {partner}")),
                        b.and_then(|_| group(&yours, format!("that {partner} brings"))),
                    ]
                    .into_iter()
                    .flatten()
                    .collect();
                    format!("{na} has children from {with_children} unions: {}.", crate::patterns::context::list(&parts))
                })
                .hypothesis("Yours, mine and ours: step-relationships, loyalties to a parent in another household and differences in family rules are common places for tension, and for new closeness.")
                .question("How are decisions about the children made across the households?")
                .question("Who feels most at home in the family now, and who least?")
                .build(),
        );
    }
    out
}
