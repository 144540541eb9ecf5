//! LC2, off-time parenthood: teen, late and late-life parents (spec §4.3).

use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let cfg = ctx.config;
    for &p in &ctx.by_id {
        let mut kids: Vec<usize> = ctx.children[p]
            .iter()
            .filter(|&&(_, _, l)| l.is_biological())
            .map(|&(c, _, _)| c)
            .filter(|&c| ctx.is_person(c))
            .collect();
        kids.sort_by_key(|&c| (ctx.birth(c), ctx.people[c].id.clone()));
        kids.dedup();
        // One finding per parent and kind of timing, with every child it concerns.
        let mut groups: Vec<(&str, Vec<(usize, i64)>)> = Vec::new();
        for c in kids {
            let Some(age) = ctx.birth(c).and_then(|b| ctx.age_at(p, b)) else { continue };
            let what = if age < cfg.teen_parent_age {
                "teen parent"
            } else if age >= cfg.late_life_parent_age {
                "late-life child"
            } else if age >= cfg.late_parent_age {
                "late parent"
            } else {
                continue;
            };
            match groups.iter_mut().find(|(w, _)| *w == what) {
                Some((_, v)) => v.push((c, age)),
                None => groups.push((what, vec![(c, age)])),
            }
        }
        for (what, births) in groups {
            out.push(finding(ctx, p, what, &births));
        }
    }
    out
}

fn finding(ctx: &Context<'_>, p: usize, what: &str, births: &[(usize, i64)]) -> Finding {
    let cfg = ctx.config;
    let np = ctx.name(p);
    let children: Vec<usize> = births.iter().map(|&(c, _)| c).collect();
    let nc = ctx.names(&children);
    let mut d = ctx
        .finding("LC2")
        .member(p, if what == "teen parent" { "young parent" } else { "older parent" })
        .birth(p);
    for &c in &children {
        d = d.member(c, "child").birth(c);
    }
    let ages: Vec<String> =
        births.iter().map(|&(c, age)| format!("{age} when {} was born", ctx.name(c))).collect();
    let (first, last) = (births[0].1, births[births.len() - 1].1);
    let strong =
        births.iter().any(|&(_, a)| a < cfg.teen_parent_age - 2 || a >= cfg.late_life_parent_age);
    d.title(if children.len() == 1 {
        format!("Off-time parenthood ({what}): {np} at {nc}'s birth")
    } else {
        format!("Off-time parenthood ({what}): {np}, {} children", children.len())
    })
    .strength(if strong { Strength::Moderate } else { Strength::Weak })
    .summary(format!("{np} was {}.", crate::patterns::context::list(&ages)))
    .hypothesis(if what == "teen parent" {
        format!("Becoming a parent at {first} often means growing up alongside one's child, with grandparents drawn in; worth exploring who helped {np}.")
    } else if children.len() == 1 {
        format!("A child born when a parent is {first} may grow up with older parents and face their ageing early; worth exploring what this birth meant to the family.")
    } else {
        format!("Children born when a parent is {first} to {last} may grow up with older parents and face their ageing early; worth exploring what these births meant to the family.")
    })
    .question(format!("Who supported {np} when {nc} {} small?", if children.len() == 1 { "was" } else { "were" }))
    .question(format!("How did {np}'s age shape {nc}'s childhood?"))
    .build()
}
