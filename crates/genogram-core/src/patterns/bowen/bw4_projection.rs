//! BW4, the family projection process: one child who receives a parent's focus and carries the
//! symptoms while the siblings are spared (spec §4.8).

use crate::model::Valence;
use crate::patterns::context::{Context, Tie};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::siblings::{sibling_groups, sibship};

/// A projection target: the child, the union, and the focusing ties from parents.
pub(crate) struct Target {
    pub(crate) child: usize,
    pub(crate) union: usize,
    pub(crate) ties: Vec<usize>,
}

fn is_projection(t: &Tie) -> bool {
    t.valence == Valence::Overinvolved || t.is_focus()
}

pub(crate) fn targets(ctx: &Context<'_>) -> Vec<Target> {
    let mut out = Vec::new();
    for (u, kids) in sibling_groups(ctx) {
        let parents = &ctx.union_partners[u];
        let focus = |c: usize| -> Vec<usize> {
            ctx.ties_of[c]
                .iter()
                .copied()
                .filter(|&t| {
                    let tie = &ctx.ties[t];
                    is_projection(tie)
                        && parents.contains(&tie.other(c))
                        && (!tie.directed || tie.b == c)
                })
                .collect()
        };
        let conditions = |c: usize| ctx.functioning_conditions(c).count();
        for &c in &kids {
            let ties = focus(c);
            if ties.is_empty() || (conditions(c) == 0 && ctx.ip != Some(c)) {
                continue;
            }
            let spared = kids
                .iter()
                .all(|&k| k == c || (focus(k).is_empty() && conditions(k) < conditions(c).max(1)));
            if spared {
                out.push(Target { child: c, union: u, ties });
            }
        }
    }
    out
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    targets(ctx)
        .into_iter()
        .map(|t| {
            let c = t.child;
            let nc = ctx.name(c);
            let mut d = ctx.finding("BW4").title(format!("Family projection process: {nc}")).member(c, "child in focus").union(t.union);
            let mut parents = Vec::new();
            for &ti in &t.ties {
                let tie = &ctx.ties[ti];
                d = d.tie(tie).member(tie.other(c), "parent");
                parents.push(tie.other(c));
            }
            ctx.sort_by_id(&mut parents);
            let cond = ctx.functioning_conditions(c).next();
            if let Some((ci, _)) = cond {
                d = d.condition(c, ci);
            }
            let siblings: Vec<usize> = sibship(ctx, t.union).into_iter().filter(|&k| k != c).collect();
            for &k in &siblings {
                d = d.member(k, "sibling");
            }
            d.strength(if parents.len() >= 2 { Strength::Strong } else { Strength::Moderate })
                .summary(format!(
                    "{} {} focused on {nc}, who {}; {} receive no such focus.",
                    ctx.names(&parents),
                    if parents.len() > 1 { "are" } else { "is" },
                    cond.map(|(_, c)| format!("has {}", c.label)).unwrap_or_else(|| "is the index person".into()),
                    ctx.names(&siblings)
                ))
                .hypothesis(format!("Parents' worry can settle on one child, who then carries more of the family's anxiety than the siblings. Worth exploring how the focus on {nc} began, with care not to blame the parents."))
                .question(format!("When did the family start worrying about {nc}?"))
                .question(format!("How are {nc}'s siblings doing, in the parents' eyes?"))
                .build()
        })
        .collect()
}
