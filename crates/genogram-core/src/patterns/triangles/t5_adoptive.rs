//! T5, triangles with adopted or foster children (spec §4.6).

use super::{Hit, bonded, choose, cite, links_from, strained, strength_of, tense, words};
use crate::model::LinkKind;
use crate::patterns::context::{Context, Tie};
use crate::patterns::finding::Finding;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    super::findings_of(ctx, "T5")
}

fn focus(t: &Tie) -> bool {
    t.is_focus()
}

pub(crate) fn find(ctx: &Context<'_>) -> Vec<Hit> {
    let mut out = Vec::new();
    for &c in &ctx.by_id {
        let social: Vec<(usize, usize, LinkKind)> = ctx.parents[c]
            .iter()
            .copied()
            .filter(|&(_, _, l)| {
                matches!(l, LinkKind::Adopted | LinkKind::Foster | LinkKind::Guardianship)
            })
            .collect();
        if social.is_empty() {
            continue;
        }
        let nc = ctx.name(c);
        let kind = |l: LinkKind| if l == LinkKind::Foster { "foster" } else { "adoptive" };
        // (a) Strained adoptive or foster parents focused on the child.
        let mut done = false;
        for &(a, u, link) in &social {
            let [p1, p2] = ctx.union_partners[u][..] else { continue };
            let b = if p1 == a { p2 } else { p1 };
            if ctx.people[a].id > ctx.people[b].id {
                continue;
            }
            let strain = strained(ctx, a, b);
            let sides = choose(&[strain.clone(), links_from(ctx, a, c, focus)])
                .or_else(|| choose(&[strain.clone(), links_from(ctx, b, c, focus)]));
            if let Some(sides) = sides {
                let (na, nb) = (ctx.name(a), ctx.name(b));
                let f = cite(ctx, ctx.finding("T5"), &sides)
                    .title(format!("{} triangle: {na}, {nb} and {nc}", cap(kind(link))))
                    .member(a, &format!("{} parent", kind(link)))
                    .member(b, &format!("{} parent", kind(link)))
                    .member(c, &format!("{} child", if link == LinkKind::Foster { "foster" } else { "adopted" }))
                    .union(u)
                    .strength(strength_of(&sides))
                    .summary(format!(
                        "{na} and {nb} are {}, and {nc}'s {} is at the centre of their attention ({}).",
                        words(ctx, &sides[0]),
                        if link == LinkKind::Foster { "placement" } else { "adoption" },
                        words(ctx, &sides[1])
                    ))
                    .hypothesis(format!(
                        "Tension in the couple may predate {nc}'s arrival (for example grief over infertility) and now be carried through concern for {nc}. Worth exploring gently."
                    ))
                    .question(format!("What was the couple's life like before {nc} came?"))
                    .question(format!("How do {na} and {nb} talk about {nc}'s birth family?"))
                    .triangle([a, b, c], None);
                out.push(Hit { corners: Some([a, b, c]), finding: f.build() });
                done = true;
                break;
            }
        }
        if done {
            continue;
        }
        // (b) Close to a birth parent, in tension with an adoptive or foster parent.
        for d in ctx.bio_parents(c) {
            for &(a, _, link) in &social {
                if let Some(sides) = choose(&[bonded(ctx, c, d), tense(ctx, c, a)]) {
                    let (na, nd) = (ctx.name(a), ctx.name(d));
                    let f = cite(ctx, ctx.finding("T5"), &sides)
                        .title(format!("{} triangle: {nc} between {nd} and {na}", cap(kind(link))))
                        .member(c, "child")
                        .member(d, "birth parent")
                        .member(a, &format!("{} parent", kind(link)))
                        .strength(strength_of(&sides))
                        .summary(format!(
                            "{nc} is {} with birth parent {nd} and {} with {} parent {na}.",
                            words(ctx, &sides[0]),
                            words(ctx, &sides[1]),
                            kind(link)
                        ))
                        .hypothesis(format!(
                            "{nc} may be holding two families at once; closeness to {nd} can feel like a threat to {na}, and the reverse."
                        ))
                        .question(format!("What does {nc} imagine about life with {nd}?"))
                        .question(format!("Can {na} make room for {nc}'s tie to {nd}?"))
                        .triangle([a, c, d], Some(a));
                    out.push(Hit { corners: Some([a, c, d]), finding: f.build() });
                }
            }
        }
    }
    out
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}
