//! LC5, off-time death: a child dying before a parent, a death before 50, widowhood before 50
//! (spec §4.3).

use crate::model::UnionStatus;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let cfg = ctx.config;
    for &p in &ctx.by_id {
        if !ctx.is_person(p) {
            continue;
        }
        let Some(death) = ctx.death(p) else { continue };
        let age = ctx.age_at_death(p);
        let bereaved: Vec<usize> =
            ctx.parent_list(p).into_iter().filter(|&q| ctx.alive_on(q, death)).collect();
        let early = age.is_some_and(|a| a < cfg.early_death_age);
        if bereaved.is_empty() && !early {
            continue;
        }
        let n = ctx.name(p);
        let mut d =
            ctx.finding("LC5").title(format!("Off-time death: {n}")).member(p, "died").death(p);
        for &q in &bereaved {
            d = d.member(q, "bereaved parent");
        }
        let age_text = age.map(|a| format!(" at {a}")).unwrap_or_default();
        out.push(
            d.strength(if bereaved.is_empty() { Strength::Moderate } else { Strength::Strong })
                .summary(if bereaved.is_empty() {
                    format!("{n} died{age_text}, before {}.", cfg.early_death_age)
                } else {
                    format!("{n} died{age_text}, before their parent{} {}.", if bereaved.len() > 1 { "s" } else { "" }, ctx.names(&bereaved))
                })
                .hypothesis("Deaths out of the expected order are especially hard to grieve, and the loss may echo in later roles and fears; worth exploring how the family carried it.")
                .question(format!("How did the family mourn {n}?"))
                .question(format!("Who took on {n}'s place or roles afterwards?"))
                .build(),
        );
    }
    // Widowhood before the threshold.
    for &p in &ctx.by_id {
        for &(q, u) in &ctx.partners[p] {
            let union = &ctx.g.unions()[u];
            let widowed = union.history.iter().any(|c| c.status == UnionStatus::Widowed);
            let Some(death) = ctx.death(q) else { continue };
            if !widowed && union.end().is_some_and(|e| e.sort_key() < death) {
                continue;
            }
            let Some(age) = ctx.age_at(p, death) else { continue };
            if age >= cfg.early_widowhood_age || !ctx.alive_on(p, death) {
                continue;
            }
            let (np, nq) = (ctx.name(p), ctx.name(q));
            out.push(
                ctx.finding("LC5")
                    .title(format!("Early widowhood: {np}"))
                    .member(p, "widowed")
                    .member(q, "partner who died")
                    .union(u)
                    .death(q)
                    .strength(Strength::Moderate)
                    .summary(format!("{np} was widowed at {age} when {nq} died."))
                    .hypothesis(format!("Early widowhood can leave a parent alone with every role; worth exploring who helped {np}, and how the children were affected."))
                    .question(format!("Who supported {np} after {nq}'s death?"))
                    .question("How did life change for the rest of the family?")
                    .build(),
            );
        }
    }
    out
}
