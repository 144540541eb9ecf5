//! R8, a condition on both sides: the same condition family (by the condition vocabulary) in
//! both partners' families of origin, two lines that meet in one couple. McGoldrick, Gerson and
//! Petry note how often a child of an alcoholic parent marries into a family with the same
//! problem; Bowen reads it as partners of a similar level of differentiation finding each other.

use std::collections::BTreeMap;

use super::condition_name;
use crate::model::{ConditionCategory, ConditionStatus};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

/// A partner's side: the partner, their kin ancestors, and the siblings of all of them.
fn side(ctx: &Context<'_>, p: usize) -> Vec<usize> {
    let mut line = ctx.ancestors(p, true);
    line.push(p);
    let mut out = line.clone();
    for &q in &line {
        out.extend(ctx.sibling_slice(q));
    }
    ctx.sort_by_id(&mut out);
    out
}

/// The affected people of a side, by condition group: the conditions that speak to how a
/// family lives (mental health and substance use), where marrying into the familiar is the
/// clinical question; a medical condition on both sides is a matter for genetic counselling.
fn affected(ctx: &Context<'_>, people: &[usize]) -> BTreeMap<String, Vec<(usize, usize)>> {
    let mut out: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
    for &p in people {
        for (i, c) in ctx.people[p].conditions.iter().enumerate() {
            let psychosocial = matches!(
                c.category,
                ConditionCategory::MentalHealth | ConditionCategory::SubstanceUse
            ) || ctx.condition_kind(p, i).group == "substance use";
            if c.status != ConditionStatus::Carrier && psychosocial {
                out.entry(ctx.condition_kind(p, i).group.clone()).or_default().push((p, i));
            }
        }
    }
    out
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (u, partners) in ctx.union_partners.iter().enumerate() {
        let [a, b] = partners[..] else { continue };
        let (a, b) = if ctx.rank[a] < ctx.rank[b] { (a, b) } else { (b, a) };
        let (mut side_a, mut side_b) = (side(ctx, a), side(ctx, b));
        // People on both sides (a consanguineous union) belong to neither.
        let shared: Vec<usize> = side_a.iter().copied().filter(|p| side_b.contains(p)).collect();
        side_a.retain(|p| !shared.contains(p));
        side_b.retain(|p| !shared.contains(p));
        let (on_a, on_b) = (affected(ctx, &side_a), affected(ctx, &side_b));
        for (group, found_a) in &on_a {
            let Some(found_b) = on_b.get(group) else { continue };
            let only_partners = found_a.iter().chain(found_b).all(|&(p, _)| p == a || p == b);
            if only_partners {
                continue; // both partners themselves: a couple, not two lines
            }
            out.push(finding(ctx, u, (a, found_a), (b, found_b)));
        }
    }
    out
}

fn finding(
    ctx: &Context<'_>,
    u: usize,
    (a, found_a): (usize, &[(usize, usize)]),
    (b, found_b): (usize, &[(usize, usize)]),
) -> Finding {
    let all: Vec<(usize, usize)> = found_a.iter().chain(found_b).copied().collect();
    let (name, exact) = condition_name(ctx, &all);
    let short = name.split(" (").next().unwrap_or(&name).to_owned();
    let (an, bn) = (ctx.name(a), ctx.name(b));
    let mut d = ctx
        .finding("R8")
        .title(format!("{} on both sides: {an} and {bn}", super::r1_condition::capitalise(&short)))
        .strength(if exact { Strength::Moderate } else { Strength::Weak })
        .union(u);
    let mut parts = Vec::new();
    for (partner, found) in [(a, found_a), (b, found_b)] {
        let pn = ctx.name(partner);
        let mut people: Vec<usize> = found.iter().map(|&(p, _)| p).collect();
        ctx.sort_by_id(&mut people);
        people.sort_by_key(|&p| p != partner); // the partner first, then by id
        if !people.contains(&partner) {
            d = d.member(partner, "partner");
        }
        for &p in &people {
            d = d.member(p, if p == partner { "affected partner" } else { "affected relative" });
        }
        for &(p, c) in found {
            d = d.condition(p, c);
        }
        let who: Vec<String> = people
            .iter()
            .map(|&p| {
                let labels: Vec<&str> = found
                    .iter()
                    .filter(|&&(q, _)| q == p)
                    .map(|&(q, c)| ctx.people[q].conditions[c].label.trim())
                    .collect();
                let labels = labels.join(", ");
                if p == partner {
                    let self_word = match ctx.people[p].sex {
                        crate::model::Sex::Female => "herself",
                        crate::model::Sex::Male => "himself",
                        _ => "themself",
                    };
                    format!("{pn} {self_word} ({labels})")
                } else {
                    format!("{} {} ({labels})", ctx.kin_word(partner, p), ctx.name(p))
                }
            })
            .collect();
        parts.push(format!("on {pn}'s side, {}", crate::patterns::context::list(&who)));
    }
    d.summary(format!(
        "{} on both sides of the union of {an} and {bn}: {}; {}.",
        super::r1_condition::capitalise(&short),
        parts[0],
        parts[1]
    ))
        .hypothesis(format!(
            "Two families that both know {short} have met in this couple: a pattern worth exploring. Partners often find in each other something familiar from home, including ways of living with {short}; it can also be a shared understanding and a strength."
        ))
        .question(if ctx.people[a].is_deceased() || ctx.people[b].is_deceased() {
            format!("What does the family know of what {an} and {bn} each learned at home about {short}?")
        } else {
            format!("What did each of you learn at home about {short}, and how alike were those lessons?")
        })
        .question(format!("When {short} came up between {an} and {bn}, whose family's way of handling it did they follow?"))
        .build()
}
