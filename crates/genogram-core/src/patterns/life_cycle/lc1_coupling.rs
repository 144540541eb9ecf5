//! LC1, off-time coupling: a first union very early or late (spec §4.3).

use crate::model::UnionKind;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for &p in &ctx.by_id {
        let first = ctx.unions_of[p]
            .iter()
            .copied()
            .filter(|&u| {
                matches!(
                    ctx.g.unions()[u].kind,
                    UnionKind::Marriage
                        | UnionKind::CivilUnion
                        | UnionKind::Cohabitation
                        | UnionKind::Committed
                )
            })
            .filter_map(|u| Some((ctx.g.unions()[u].start()?.sort_key(), u)))
            .min();
        let Some((day, u)) = first else { continue };
        let Some(age) = ctx.age_at(p, day) else { continue };
        let early = age < ctx.config.early_union_age;
        if !early && age <= ctx.config.late_union_age {
            continue;
        }
        let n = ctx.name(p);
        let partner = ctx.union_partners[u].iter().copied().find(|&q| q != p);
        let mut d = ctx
            .finding("LC1")
            .title(format!("{} first union: {n} at {age}", if early { "Early" } else { "Late" }))
            .member(p, if early { "partnered early" } else { "partnered late" })
            .union(u)
            .birth(p);
        if let Some(q) = partner {
            d = d.member(q, "partner");
        }
        out.push(
            d.strength(Strength::Weak)
                .summary(format!(
                    "{n} entered a first union{} at {age}.",
                    partner.map(|q| format!(" with {}", ctx.name(q))).unwrap_or_default()
                ))
                .hypothesis(if early {
                    format!("Partnering young can be a way of leaving home, or of building the family one did not have; worth exploring what was happening in {n}'s family of origin.")
                } else {
                    format!("Partnering later can follow caretaking duties, a career, or a loss; worth exploring what came before for {n}.")
                })
                .question(format!("What was happening in {n}'s family when the union began?"))
                .question("How did each family react to the couple?")
                .build(),
        );
    }
    out
}
