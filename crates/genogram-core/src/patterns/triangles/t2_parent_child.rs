//! T2, the parent–child triangle: strained co-parents and a child (spec §4.6).

use super::{Hit, bonded, choose, cite, links_from, strained, strength_of, tense, words};
use crate::model::{EmotionalKind, Valence};
use crate::patterns::context::{Context, Tie};
use crate::patterns::finding::Finding;

fn focus(t: &Tie) -> bool {
    t.is_focus()
}
fn negative(t: &Tie) -> bool {
    t.valence == Valence::Negative
}
fn care(t: &Tie) -> bool {
    t.kind == EmotionalKind::Caregiving
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    super::findings_of(ctx, "T2")
}

pub(crate) fn find(ctx: &Context<'_>) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut unions: Vec<usize> = (0..ctx.union_partners.len()).collect();
    unions.sort_by(|&x, &y| ctx.g.unions()[x].id.cmp(&ctx.g.unions()[y].id));
    for u in unions {
        let [p1, p2] = ctx.union_partners[u][..] else { continue };
        let (a, b) = if ctx.people[p1].id <= ctx.people[p2].id { (p1, p2) } else { (p2, p1) };
        let strain = strained(ctx, a, b);
        if strain.is_empty() {
            continue;
        }
        for &(c, _) in &ctx.union_children[u] {
            if let Some(hit) = classify(ctx, a, b, c, &strain) {
                out.push(hit);
            }
        }
    }
    out
}

fn classify(
    ctx: &Context<'_>,
    a: usize,
    b: usize,
    c: usize,
    strain: &[super::Link],
) -> Option<Hit> {
    let (na, nb, nc) = (ctx.name(a), ctx.name(b), ctx.name(c));
    let draft = |sub: &str| {
        ctx.finding("T2")
            .title(format!("Parent-child triangle ({sub}): {na}, {nb} and {nc}"))
            .member(a, "parent")
            .member(b, "parent")
            .member(c, "child")
    };
    // Detouring: both parents focused on the child (or both in conflict with the child).
    let detour =
        choose(&[strain.to_vec(), links_from(ctx, a, c, focus), links_from(ctx, b, c, focus)])
            .or_else(|| {
                choose(&[
                    strain.to_vec(),
                    super::links(ctx, a, c, negative),
                    super::links(ctx, b, c, negative),
                ])
            });
    if let Some(sides) = detour {
        let d = cite(ctx, draft("detouring"), &sides)
            .strength(strength_of(&sides))
            .summary(format!(
                "{na} and {nb} are {}, and both are {} {nc}.",
                words(ctx, &sides[0]),
                if sides[1].tie.is_some_and(|t| ctx.ties[t].is_focus()) { "focused on" } else { "in conflict with" }
            ))
            .hypothesis(format!(
                "The couple's own tension may be detoured through concern about {nc}: worrying about a child can hold parents together while their differences stay unspoken. A pattern worth exploring."
            ))
            .question(format!("When {na} and {nb} talk, how much of it is about {nc}?"))
            .question(format!("What would {na} and {nb} argue about if {nc} were doing well?"))
            .question(format!("How does {nc} understand all the attention?"))
            .triangle([a, b, c], None);
        return Some(Hit { corners: Some([a, b, c]), finding: d.build() });
    }
    // The index person with a condition while the couple is strained is also detouring.
    if ctx.ip == Some(c) && ctx.active_conditions(c).next().is_some() {
        let sides = strain[..1].to_vec();
        let (ci, cond) = ctx.active_conditions(c).next()?;
        let d = cite(ctx, draft("detouring"), &sides)
            .condition(c, ci)
            .strength(crate::patterns::Strength::Weak)
            .summary(format!(
                "{na} and {nb} are {}, and their child {nc}, the index person, has {}.",
                words(ctx, &sides[0]),
                cond.label
            ))
            .hypothesis(format!(
                "{nc}'s difficulties may have become the place where the parents' tension meets. A pattern worth exploring, not a cause."
            ))
            .question(format!("How do {na} and {nb} work together around {nc}'s {}?", cond.label))
            .question(format!("What happens between {na} and {nb} when {nc} is doing better?"))
            .triangle([a, b, c], None);
        return Some(Hit { corners: Some([a, b, c]), finding: d.build() });
    }
    // Cross-generational coalition: one parent allied with the child, the other in tension with it.
    for (ally, other) in [(a, b), (b, a)] {
        if let Some(sides) = choose(&[strain.to_vec(), bonded(ctx, ally, c), tense(ctx, other, c)])
        {
            let (nally, nother) = (ctx.name(ally), ctx.name(other));
            let d = cite(ctx, draft("cross-generational coalition"), &sides)
                .strength(strength_of(&sides))
                .summary(format!(
                    "{na} and {nb} are {}; {nally} and {nc} are {}, while {nother} and {nc} are {}.",
                    words(ctx, &sides[0]),
                    words(ctx, &sides[1]),
                    words(ctx, &sides[2])
                ))
                .hypothesis(format!(
                    "{nally} and {nc} may have drawn together across the generations, leaving {nother} on the outside. Worth exploring how this alliance formed and what it protects."
                ))
                .question(format!("When {na} and {nb} disagree, whose side does {nc} end up on?"))
                .question(format!("What would change between {nother} and {nc} if the parents got on better?"))
                .question(format!("How did the closeness between {nally} and {nc} grow?"))
                .triangle([a, b, c], Some(other));
            return Some(Hit { corners: Some([a, b, c]), finding: d.build() });
        }
    }
    // Triangulation / loyalty bind: close to both parents who are in tension.
    if let Some(sides) = choose(&[strain.to_vec(), bonded(ctx, a, c), bonded(ctx, b, c)]) {
        let d = cite(ctx, draft("loyalty bind"), &sides)
            .strength(strength_of(&sides))
            .summary(format!(
                "{na} and {nb} are {}, and {nc} is close to both ({} and {}).",
                words(ctx, &sides[0]),
                words(ctx, &sides[1]),
                words(ctx, &sides[2])
            ))
            .hypothesis(format!(
                "{nc} may feel caught between two loved parents, as if closeness to one were disloyalty to the other. A pattern worth exploring."
            ))
            .question(format!("Has {nc} ever felt asked to take a side?"))
            .question(format!("How does {nc} manage time and loyalty between {na} and {nb}?"))
            .triangle([a, b, c], None);
        return Some(Hit { corners: Some([a, b, c]), finding: d.build() });
    }
    // Parentified child: the child cares for a parent while the couple is strained.
    for (cared, other) in [(a, b), (b, a)] {
        if let Some(sides) = choose(&[strain.to_vec(), links_from(ctx, c, cared, care)]) {
            let ncared = ctx.name(cared);
            let d = cite(ctx, draft("parentified child"), &sides)
                .strength(strength_of(&sides))
                .summary(format!(
                    "{na} and {nb} are {}, and {nc} takes care of {ncared}.",
                    words(ctx, &sides[0])
                ))
                .hypothesis(format!(
                    "{nc} may have stepped into a parental role for {ncared}, filling a space left by the couple's strain. Worth exploring what this asks of {nc}, and what it has given."
                ))
                .question(format!("Who looks after {nc}?"))
                .question(format!("When did {nc} start taking care of {ncared}?"))
                .question(format!("How does {} see {nc}'s role?", ctx.name(other)))
                .triangle([a, b, c], None);
            return Some(Hit { corners: Some([a, b, c]), finding: d.build() });
        }
    }
    None
}
