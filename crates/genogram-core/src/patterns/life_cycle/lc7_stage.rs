//! LC7, the current life-cycle stage of each household: "why now?" (spec §4.3).

use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::structure::fs1_household::current_households;

fn stage(ctx: &Context<'_>, members: &[usize]) -> Option<&'static str> {
    let ages: Vec<(usize, i64)> =
        members.iter().filter_map(|&p| Some((p, ctx.age_now(p)?))).collect();
    if ages.is_empty() {
        return None;
    }
    let children: Vec<i64> = ages
        .iter()
        .filter(|&&(p, _)| ctx.parent_list(p).iter().any(|q| members.contains(q)))
        .map(|&(_, a)| a)
        .collect();
    let oldest = ages.iter().map(|&(_, a)| a).max().unwrap_or_default();
    Some(if children.is_empty() {
        if oldest >= 65 { "later life" } else { "coupling or living without children" }
    } else if children.iter().any(|&a| a < 6) {
        "families with young children"
    } else if children.iter().any(|&a| (13..=19).contains(&a)) {
        "families with adolescents"
    } else if children.iter().any(|&a| (18..=25).contains(&a)) {
        "launching children"
    } else if children.iter().all(|&a| a > 25) || oldest >= 65 {
        "later life"
    } else {
        "families with school-age children"
    })
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (h, members) in current_households(ctx) {
        let Some(stage) = stage(ctx, &members) else { continue };
        let label = ctx.g.households()[h]
            .label
            .clone()
            .unwrap_or_else(|| ctx.g.households()[h].id.to_string());
        let mut d =
            ctx.finding("LC7").title(format!("Life-cycle stage of {label}: {stage}")).household(h);
        for &p in &members {
            d = d.member(p, "household member");
        }
        out.push(
            d.strength(Strength::Weak)
                .summary(format!("From its members' ages, {label} is at the stage of {stage}."))
                .hypothesis("Each stage asks the family to reorganise; a problem that appears now may be tied to the tasks of this stage.")
                .question("What is changing for the family at this point in its life?")
                .question("Why has the problem come up now rather than a year ago?")
                .build(),
        );
    }
    out
}
