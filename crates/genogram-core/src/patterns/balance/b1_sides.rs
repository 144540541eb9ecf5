//! B1, structural imbalance between the index person's two sides (spec §4.7).

use crate::model::{Sex, Valence};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

/// A parent's side: the parent, their ancestors, and the children of those ancestors (aunts,
/// uncles) with their children (cousins).
fn side(ctx: &Context<'_>, parent: usize, ip: usize) -> Vec<usize> {
    let mut v = vec![parent];
    let ancestors = ctx.ancestors(parent, true);
    v.extend(&ancestors);
    for &a in &ancestors {
        for c in ctx.child_list(a) {
            if c != parent {
                v.push(c);
                v.extend(ctx.child_list(c));
            }
        }
    }
    v.retain(|&p| p != ip && ctx.is_person(p));
    v.sort_unstable();
    v.dedup();
    v
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(ip) = ctx.ip else { return Vec::new() };
    let mut parents: Vec<usize> = ctx.bio_parents(ip);
    if parents.len() != 2 {
        parents = ctx.parent_list(ip);
    }
    let [p1, p2] = parents[..] else { return Vec::new() };
    // Father's side first when the sexes say so; otherwise by id.
    let (a, b) = match (ctx.people[p1].sex, ctx.people[p2].sex) {
        (Sex::Female, Sex::Male) => (p2, p1),
        (Sex::Male, Sex::Female) => (p1, p2),
        _ if ctx.people[p1].id <= ctx.people[p2].id => (p1, p2),
        _ => (p2, p1),
    };
    let (sa, sb) = (side(ctx, a, ip), side(ctx, b, ip));
    let cuts = |s: &[usize]| {
        let mut ts: Vec<usize> = s
            .iter()
            .flat_map(|&p| ctx.ties_of(p))
            .filter(|t| t.valence == Valence::Cutoff && t.lasting())
            .map(|t| t.index)
            .collect();
        ts.sort_unstable();
        ts.dedup();
        ts
    };
    let (ca, cb) = (cuts(&sa), cuts(&sb));
    let ratio = ctx.config.side_ratio;
    let sparse = |x: usize, y: usize| (x as f64) < ratio * y as f64;
    let (thin, thick, thin_side, thick_side, reason) = if sparse(sa.len(), sb.len()) {
        (a, b, &sa, &sb, "documented people")
    } else if sparse(sb.len(), sa.len()) {
        (b, a, &sb, &sa, "documented people")
    } else if !ca.is_empty() && cb.is_empty() {
        (a, b, &sa, &sb, "cutoffs")
    } else if !cb.is_empty() && ca.is_empty() {
        (b, a, &sb, &sa, "cutoffs")
    } else {
        return Vec::new();
    };
    let (nthin, nthick, nip) = (ctx.name(thin), ctx.name(thick), ctx.name(ip));
    let mut d = ctx
        .finding("B1")
        .title(format!("Imbalance between sides: {nthin}'s side and {nthick}'s side"))
        .member(ip, "index person")
        .member(
            thin,
            if reason == "cutoffs" {
                "parent on the side with cutoffs"
            } else {
                "parent on the sparser side"
            },
        )
        .member(
            thick,
            if reason == "cutoffs" {
                "parent on the side without cutoffs"
            } else {
                "parent on the fuller side"
            },
        );
    for &t in ca.iter().chain(&cb) {
        d = d.tie_index(t);
    }
    let cut_thin = if thin == a { ca.len() } else { cb.len() };
    let cut_thick = if thick == a { ca.len() } else { cb.len() };
    vec![
        d.strength(if reason == "cutoffs" || thin_side.len() * 5 < thick_side.len() { Strength::Moderate } else { Strength::Weak })
            .summary(format!(
                "{nip}'s genogram records {} people on {nthin}'s side ({cut_thin} cutoffs) and {} on {nthick}'s side ({cut_thick} cutoffs).",
                thin_side.len(),
                thick_side.len()
            ))
            .hypothesis(format!("One side of the family may be more present in {nip}'s life, by closeness, by distance or by loss. The thinner side is worth asking about: it may hold cutoffs, losses or simply stories not yet told."))
            .question(format!("What does {nip} know about {nthin}'s family?"))
            .question("Which side of the family did you grow up closer to, and why?")
            .build(),
    ]
}
