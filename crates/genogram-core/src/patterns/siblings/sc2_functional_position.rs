//! SC2, functional position after an age gap (spec §4.2; Toman via S19: more than about 5 years).

use super::{position, sibling_groups};
use crate::patterns::context::{Context, years_f};
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (u, sibs) in sibling_groups(ctx) {
        // Split where consecutive dated births are more than the gap apart.
        let mut groups: Vec<Vec<usize>> = vec![vec![sibs[0]]];
        let mut gaps = Vec::new();
        for w in sibs.windows(2) {
            let gap = ctx.birth(w[0]).zip(ctx.birth(w[1])).map(|(a, b)| years_f(a, b));
            if gap.is_some_and(|g| g > ctx.config.sibling_gap_years as f64) {
                gaps.push((w[0], w[1], gap.unwrap_or_default()));
                groups.push(Vec::new());
            }
            if let Some(last) = groups.last_mut() {
                last.push(w[1]);
            }
        }
        if gaps.is_empty() {
            continue;
        }
        for (i, &c) in sibs.iter().enumerate() {
            let nominal = position(i, sibs.len());
            let Some(group) = groups.iter().find(|g| g.contains(&c)) else { continue };
            let j = group.iter().position(|&k| k == c).unwrap_or_default();
            let functional = position(j, group.len());
            if functional == nominal {
                continue;
            }
            let (before, after, gap) = gaps
                .iter()
                .copied()
                .find(|&(a, b, _)| group.first() == Some(&b) || group.last() == Some(&a))
                .unwrap_or(gaps[0]);
            let nc = ctx.name(c);
            out.push(
                ctx.finding("SC2")
                    .title(format!("{nc}: {} of {}, functionally {functional}", i + 1, sibs.len()))
                    .member(c, &format!("functionally {functional}"))
                    .member(if before == c { after } else { before }, "sibling across the gap")
                    .birth(before)
                    .birth(after)
                    .union(u)
                    .strength(if gap >= ctx.config.sibling_gap_years as f64 + 2.0 { Strength::Moderate } else { Strength::Weak })
                    .summary(format!(
                        "{nc} is child {} of {} ({nominal}), but {:.0} years separate {} and {}, so {nc} grew up functionally {} child.",
                        i + 1,
                        sibs.len(),
                        gap,
                        ctx.name(before),
                        ctx.name(after),
                        if functional == "only" { "as an only".to_owned() } else { format!("the {functional}") }
                    ))
                    .hypothesis(format!("A long gap can give a child two positions at once; {nc} may carry traits of both."))
                    .question(format!("Did {nc} grow up feeling more like an only child, or part of a group?"))
                    .question("What was happening in the family during the gap between the births?")
                    .build(),
            );
        }
    }
    out
}
