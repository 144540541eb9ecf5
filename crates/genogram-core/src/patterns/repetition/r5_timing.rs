//! R5, timing repeated: the same age at a first union or a first child, or the same length of
//! marriage before a divorce, in parent and child (spec §4.4).

use super::{Sets, path};
use crate::model::UnionStatus;
use crate::patterns::context::{Context, years_f};
use crate::patterns::finding::{Finding, Strength};

fn age_at_first_child(ctx: &Context<'_>, p: usize) -> Option<f64> {
    let b = ctx.children[p]
        .iter()
        .filter(|&&(c, _, l)| l.is_biological() && ctx.is_person(c))
        .filter_map(|&(c, _, _)| ctx.birth(c))
        .min()?;
    Some(years_f(ctx.birth(p)?, b))
}

fn age_at_first_union(ctx: &Context<'_>, p: usize) -> Option<f64> {
    let d = ctx.unions_of[p]
        .iter()
        .filter_map(|&u| ctx.g.unions()[u].start())
        .map(|d| d.sort_key())
        .min()?;
    Some(years_f(ctx.birth(p)?, d))
}

fn years_to_divorce(ctx: &Context<'_>, p: usize) -> Option<f64> {
    ctx.unions_of[p].iter().find_map(|&u| {
        let union = &ctx.g.unions()[u];
        let start = union.start()?.sort_key();
        let end = union
            .history
            .iter()
            .find(|c| matches!(c.status, UnionStatus::Divorced | UnionStatus::Separated))?
            .date?;
        Some(years_f(start, end.sort_key()))
    })
}

type Measure = fn(&Context<'_>, usize) -> Option<f64>;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let measures: [(&str, &str, Measure); 3] = [
        ("age at first child", "had a first child at", age_at_first_child),
        ("age at first union", "entered a first union at", age_at_first_union),
        ("years from union to separation", "separated after", years_to_divorce),
    ];
    let tol = ctx.config.timing_tolerance_years as f64;
    let mut out = Vec::new();
    for (name, verb, measure) in measures {
        let values: Vec<Option<f64>> = (0..ctx.people.len()).map(|p| measure(ctx, p)).collect();
        let mut sets = Sets::new(ctx.people.len());
        let mut linked = vec![false; ctx.people.len()];
        for &c in &ctx.by_id {
            let Some(vc) = values[c] else { continue };
            for p in ctx.parent_list(c) {
                if ctx.parents[c].iter().any(|&(q, _, l)| q == p && l.is_kin())
                    && values[p].is_some_and(|vp| (vp - vc).abs() <= tol)
                {
                    sets.join(p, c);
                    linked[p] = true;
                    linked[c] = true;
                }
            }
        }
        for group in sets.groups() {
            if group.len() < 2 || !linked[group[0]] {
                continue;
            }
            let gens = super::generations(ctx, &group);
            if gens.len() < ctx.config.repeat_generations {
                continue;
            }
            let mut ordered = group.clone();
            ctx.by_generation(&mut ordered);
            let mut d = ctx
                .finding("R5")
                .title(format!("Repeated timing ({name}) across {} generations", gens.len()))
                .strength(if gens.len() >= 3 { Strength::Strong } else { Strength::Moderate })
                .lineage(&path(ctx, &ordered));
            let mut parts = Vec::new();
            for &p in &ordered {
                d = d.member(p, name).birth(p);
                parts.push(format!("{} {verb} {:.0}", ctx.name(p), values[p].unwrap_or_default()));
            }
            out.push(
                d.summary(format!("{}.", parts.join("; ")))
                    .hypothesis("Families often keep an unspoken clock: the age to leave, to marry, to have children, or how long a marriage lasts. Worth exploring whether this timing feels chosen or inherited.")
                    .question("Did anyone notice that this happened at the same point in life in each generation?")
                    .question("What was expected of you at that age?")
                    .build(),
            );
        }
    }
    out
}
