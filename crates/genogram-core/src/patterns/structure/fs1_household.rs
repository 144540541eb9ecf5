//! FS1, household type (spec §4.1).

use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

/// The members of each household that holds today, with the household's index.
pub(crate) fn current_households(ctx: &Context<'_>) -> Vec<(usize, Vec<usize>)> {
    let mut out: Vec<(usize, Vec<usize>)> = ctx
        .g
        .households()
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            h.to.as_ref().is_none_or(|t| t.sort_key() >= ctx.today)
                && h.from.as_ref().is_none_or(|f| f.sort_key() <= ctx.today)
        })
        .map(|(i, h)| {
            let mut members: Vec<usize> =
                h.members.iter().filter_map(|p| ctx.g.index_of(p)).collect();
            members.retain(|&p| !ctx.presumed_dead(p));
            ctx.sort_by_id(&mut members);
            (i, members)
        })
        .collect();
    out.sort_by(|a, b| ctx.g.households()[a.0].id.cmp(&ctx.g.households()[b.0].id));
    out
}

/// The household forms of §4.1 FS1.
pub(crate) fn classify(ctx: &Context<'_>, members: &[usize]) -> &'static str {
    let inside = |p: usize| members.contains(&p);
    let children: Vec<usize> =
        members.iter().copied().filter(|&c| ctx.parent_list(c).into_iter().any(inside)).collect();
    let adults: Vec<usize> = members.iter().copied().filter(|p| !children.contains(p)).collect();
    let grandchild_without_parent = members.iter().any(|&k| {
        let parents = ctx.parent_list(k);
        !parents.iter().any(|&p| inside(p))
            && parents.iter().any(|&p| ctx.parent_list(p).into_iter().any(inside))
    });
    if grandchild_without_parent {
        return "skipped-generation";
    }
    let gens: Vec<i32> = members.iter().map(|&p| ctx.generation[p]).collect();
    let span = gens.iter().max().zip(gens.iter().min()).map_or(0, |(a, b)| a - b + 1);
    let three = members.iter().any(|&k| {
        ctx.parent_list(k)
            .into_iter()
            .any(|p| inside(p) && ctx.parent_list(p).into_iter().any(inside))
    });
    if three || span >= 3 && !children.is_empty() {
        return "three-generation";
    }
    let couple = adults.len() == 2 && ctx.are_partners(adults[0], adults[1]);
    let child_of = |c: usize, p: usize| ctx.is_parent_of(p, c);
    let all_children = adults.len() + children.len() == members.len();
    if couple && all_children {
        if children.iter().all(|&c| child_of(c, adults[0]) && child_of(c, adults[1])) {
            return "nuclear";
        }
        return "remarried or blended";
    }
    if adults.len() == 1 && !children.is_empty() && children.iter().all(|&c| child_of(c, adults[0]))
    {
        return "single-parent";
    }
    if couple && children.is_empty() {
        return "couple";
    }
    "extended or other"
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (h, members) in current_households(ctx) {
        if members.is_empty() {
            continue;
        }
        let kind = classify(ctx, &members);
        let label = ctx.g.households()[h]
            .label
            .clone()
            .unwrap_or_else(|| ctx.g.households()[h].id.to_string());
        let hypothesis = match kind {
            "nuclear" => {
                "A nuclear household can be close-knit, and may have fewer hands to share the load when stress comes."
            }
            "single-parent" => {
                "A single parent often carries every role at once; worth exploring who else helps and how the household came to be this way."
            }
            "remarried or blended" => {
                "Blended households bring together loyalties from more than one family; worth exploring how the step-relationships are settling."
            }
            "three-generation" => {
                "Three generations under one roof can offer flexible support, and also blur who is in charge of whom."
            }
            "skipped-generation" => {
                "Grandparents raising grandchildren often step in after a loss or crisis in the middle generation; worth exploring what happened and how the children understand it."
            }
            "couple" => {
                "A couple household: worth knowing what stage of life they are in and who else they are close to."
            }
            _ => {
                "An extended or mixed household can be a resource; worth exploring who depends on whom."
            }
        };
        let mut d = ctx
            .finding("FS1")
            .title(format!("Household: {label} ({kind})"))
            .household(h)
            .strength(Strength::Weak);
        for &p in &members {
            d = d.member(p, "household member");
        }
        out.push(
            d.summary(format!(
                "{} live together in {label}: a {kind} household.",
                ctx.names(&members)
            ))
            .hypothesis(hypothesis)
            .question(format!("How did {label} come to be made up this way?"))
            .question("Who does what in this household, and who is called on in a crisis?")
            .build(),
        );
    }
    out
}
