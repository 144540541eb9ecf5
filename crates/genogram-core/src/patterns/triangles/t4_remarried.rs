//! T4, triangles in divorced and remarried families (spec §4.6).

use super::{Hit, bonded, choose, cite, strength_of, tense, words};
use crate::patterns::context::Context;
use crate::patterns::finding::Finding;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    super::findings_of(ctx, "T4")
}

pub(crate) fn find(ctx: &Context<'_>) -> Vec<Hit> {
    let mut out = Vec::new();
    for &a in &ctx.by_id {
        let unions = &ctx.unions_of[a];
        if unions.len() < 2 {
            continue;
        }
        // Earlier union u1 with D and child C, ended before a later union u2 with B began
        // (by dates, through the shared time layer; never by the order the file lists them).
        for &u1 in unions {
            for &u2 in unions {
                if u1 == u2 || !ctx.is_former(u1, u2) {
                    continue;
                }
                let Some(d) = ctx.union_partners[u1].iter().copied().find(|&q| q != a) else {
                    continue;
                };
                let Some(b) = ctx.union_partners[u2].iter().copied().find(|&q| q != a) else {
                    continue;
                };
                if b == d {
                    continue;
                }
                for &(c, _) in &ctx.union_children[u1] {
                    if let Some(hit) = classify(ctx, a, b, c, d) {
                        out.push(hit);
                    }
                }
            }
        }
    }
    out
}

fn classify(ctx: &Context<'_>, a: usize, b: usize, c: usize, d: usize) -> Option<Hit> {
    let (na, nb, nc, nd) = (ctx.name(a), ctx.name(b), ctx.name(c), ctx.name(d));
    if let Some(sides) = choose(&[tense(ctx, b, c), bonded(ctx, a, c), bonded(ctx, a, b)]) {
        let f = cite(ctx, ctx.finding("T4"), &sides)
            .title(format!("Remarried-family triangle (stepparent outside): {na}, {nb} and {nc}"))
            .member(a, "parent")
            .member(b, "stepparent")
            .member(c, "child")
            .strength(strength_of(&sides))
            .summary(format!(
                "{nb} and stepchild {nc} are {}, while {na} is close to both ({} with {nc}, {} with {nb}).",
                words(ctx, &sides[0]),
                words(ctx, &sides[1]),
                words(ctx, &sides[2])
            ))
            .hypothesis(format!(
                "{nb} may be cast as the outsider to a parent–child bond that came first, a common and workable strain in remarried families."
            ))
            .question(format!("What role does {nc} want {nb} to play?"))
            .question(format!("How do {na} and {nb} decide together about {nc}?"))
            .triangle([a, b, c], Some(b));
        return Some(Hit { corners: Some([a, b, c]), finding: f.build() });
    }
    if let Some(sides) = choose(&[bonded(ctx, c, d), tense(ctx, c, b)]) {
        let f = cite(ctx, ctx.finding("T4"), &sides)
            .title(format!("Remarried-family triangle (loyalty between households): {nc}, {nd} and {nb}"))
            .member(c, "child")
            .member(d, "parent in the other household")
            .member(b, "stepparent")
            .strength(strength_of(&sides))
            .summary(format!(
                "{nc} is {} with {nd} and {} with stepparent {nb}.",
                words(ctx, &sides[0]),
                words(ctx, &sides[1])
            ))
            .hypothesis(format!(
                "{nc} may feel that warming to {nb} would be disloyal to {nd}. A loyalty bind worth naming gently."
            ))
            .question(format!("What would {nd} think if {nc} got on well with {nb}?"))
            .question(format!("How does {nc} move between the two households?"))
            .triangle([c, d, b], Some(b));
        return Some(Hit { corners: Some([b, c, d]), finding: f.build() });
    }
    for other in [b, a] {
        if let Some(sides) = choose(&[tense(ctx, d, other), bonded(ctx, c, a), bonded(ctx, c, d)]) {
            let no = ctx.name(other);
            let f = cite(ctx, ctx.finding("T4"), &sides)
                .title(format!("Remarried-family triangle (former spouse): {nd}, {no} and {nc}"))
                .member(d, "former partner")
                .member(other, if other == a { "parent" } else { "stepparent" })
                .member(c, "child")
                .strength(strength_of(&sides))
                .summary(format!(
                    "{nd} and {no} are {}, and {nc} is close to both parents {na} and {nd}.",
                    words(ctx, &sides[0])
                ))
                .hypothesis(format!(
                    "{nc} may be caught in the space between the households. Worth exploring how the adults keep {nc} out of their differences."
                ))
                .question(format!("How do the adults communicate about {nc}?"))
                .question(format!("Has {nc} ever carried messages between the households?"))
                .triangle([c, d, other], None);
            return Some(Hit { corners: Some([c, d, other]), finding: f.build() });
        }
    }
    None
}
