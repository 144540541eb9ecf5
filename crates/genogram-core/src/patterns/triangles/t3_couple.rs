//! T3, couple triangles: a strained couple and an in-law, an affair partner, an ex-partner or a
//! substance (spec §4.6).

use super::{Hit, bonded, choose, cite, strained, strength_of, tense, words};
use crate::model::{ConditionCategory, UnionKind};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::time::{During, Span};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    super::findings_of(ctx, "T3")
}

fn is_affair(ctx: &Context<'_>, u: usize) -> bool {
    ctx.g.unions()[u].kind == UnionKind::Affair
}

pub(crate) fn find(ctx: &Context<'_>) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut unions: Vec<usize> = (0..ctx.union_partners.len()).collect();
    unions.sort_by(|&x, &y| ctx.g.unions()[x].id.cmp(&ctx.g.unions()[y].id));
    for &u in &unions {
        let [p1, p2] = ctx.union_partners[u][..] else { continue };
        if is_affair(ctx, u) {
            continue;
        }
        for (a, b) in [(p1, p2), (p2, p1)] {
            let strain = strained(ctx, a, b);
            let (na, nb) = (ctx.name(a), ctx.name(b));
            // Affair: a union of kind affair of A's that overlaps the A–B union.
            for &(c, v) in &ctx.partners[a] {
                let during = affair_during(ctx, u, v);
                if c == b || !is_affair(ctx, v) || during == During::Not {
                    continue;
                }
                let nc = ctx.name(c);
                let certain = during == During::Certainly;
                let strength =
                    if strain.is_empty() || !certain { Strength::Weak } else { Strength::Moderate };
                let d = cite(ctx, ctx.finding("T3"), &strain)
                    .title(format!("Couple triangle (affair): {na}, {nb} and {nc}"))
                    .member(a, "partner")
                    .member(b, "partner")
                    .member(c, "affair partner")
                    .union(u)
                    .union(v)
                    .strength(strength)
                    .summary(if certain {
                        format!("{na} had an affair with {nc} during the union with {nb}.")
                    } else {
                        format!("{na} had an affair with {nc} that may have overlapped the union with {nb}: the dates do not say for sure.")
                    })
                    .hypothesis(format!(
                        "An affair can carry tension the couple could not hold between them. Worth exploring what was happening between {na} and {nb} at the time."
                    ))
                    .question(format!("What was going on in {na} and {nb}'s life when the affair began?"))
                    .question("Who in the family knew, and who did not?")
                    .triangle([a, b, c], Some(b));
                out.push(Hit { corners: Some([a, b, c]), finding: d.build() });
            }
            if strain.is_empty() {
                continue;
            }
            // In-law: A's parent close to A and in tension with B.
            for c in ctx.parent_list(a) {
                if let Some(sides) = choose(&[strain.clone(), bonded(ctx, a, c), tense(ctx, b, c)])
                {
                    let nc = ctx.name(c);
                    let d = cite(ctx, ctx.finding("T3"), &sides)
                        .title(format!("Couple triangle (in-law): {na}, {nb} and {nc}"))
                        .member(a, "partner")
                        .member(b, "partner")
                        .member(c, "in-law")
                        .strength(strength_of(&sides))
                        .summary(format!(
                            "{na} and {nb} are {}; {na} and their parent {nc} are {}, while {nb} and {nc} are {}.",
                            words(ctx, &sides[0]),
                            words(ctx, &sides[1]),
                            words(ctx, &sides[2])
                        ))
                        .hypothesis(format!(
                            "{na} may still be finding the balance between loyalty to {nc} and commitment to {nb}. A triangle worth exploring."
                        ))
                        .question(format!("When {nb} and {nc} clash, where does {na} stand?"))
                        .question(format!("How did {na}'s family welcome {nb}?"))
                        .triangle([a, b, c], Some(b));
                    out.push(Hit { corners: Some([a, b, c]), finding: d.build() });
                }
            }
            // Ex-partner: A's former partner close to A or in tension with B.
            for &(c, v) in &ctx.partners[a] {
                // Former: that union ended before this one began; a later partner never is.
                if c == b || v == u || is_affair(ctx, v) || !ctx.is_former(v, u) {
                    continue;
                }
                let sides = choose(&[strain.clone(), tense(ctx, b, c)])
                    .or_else(|| choose(&[strain.clone(), bonded(ctx, a, c)]));
                if let Some(sides) = sides {
                    let nc = ctx.name(c);
                    let d = cite(ctx, ctx.finding("T3"), &sides)
                        .title(format!("Couple triangle (former partner): {na}, {nb} and {nc}"))
                        .member(a, "partner")
                        .member(b, "partner")
                        .member(c, "former partner")
                        .union(v)
                        .strength(strength_of(&sides))
                        .summary(format!(
                            "{na} and {nb} are {}, and {na}'s former partner {nc} is {} with {}.",
                            words(ctx, &sides[0]),
                            words(ctx, &sides[1]),
                            if sides[1].tie.is_some_and(|t| ctx.ties[t].tense()) { nb.as_str() } else { na.as_str() }
                        ))
                        .hypothesis(format!(
                            "The earlier union may still be present in this one. Worth exploring what is unfinished between {na} and {nc}."
                        ))
                        .question(format!("How present is {nc} in {na} and {nb}'s life today?"))
                        .question(format!("What did {na} learn from the first union that shapes this one?"))
                        .triangle([a, b, c], None);
                    out.push(Hit { corners: Some([a, b, c]), finding: d.build() });
                }
            }
            // Object triangle: active substance use that began during the union, with tension.
            let t = tense(ctx, a, b);
            if t.is_empty() {
                continue;
            }
            let span = ctx.union_span(u);
            for (ci, c) in ctx.active_conditions(a) {
                // Began during the union, taking each date at its middle (a union with no
                // recorded start cannot vouch for it).
                let began_during = span.start.is_some()
                    && c.onset
                        .as_ref()
                        .is_some_and(|o| span.holds(Span::day(o.sort_key())) != During::Not);
                if c.category == ConditionCategory::SubstanceUse && began_during {
                    let d = cite(ctx, ctx.finding("T3"), &t[..1])
                        .title(format!("Couple triangle (substance): {na}, {nb} and {}", c.label))
                        .member(a, "partner")
                        .member(b, "partner")
                        .condition(a, ci)
                        .union(u)
                        .strength(Strength::Moderate)
                        .summary(format!(
                            "{na} and {nb} are {}, and {na}'s {} began during their union.",
                            words(ctx, &t[0]),
                            c.label
                        ))
                        .hypothesis("The substance may have become a third party in the couple, a place where tension goes. Worth exploring, without blame.".to_string())
                        .question(format!("How did things change between {na} and {nb} when the drinking or use began?"))
                        .question("What helps the two of you when things are calm?");
                    out.push(Hit { corners: None, finding: d.build() });
                }
            }
        }
    }
    out
}

/// Whether the affair (union `v`) began during union `u`: certainly, possibly, or not. A
/// "possibly" whose dates' middles fall outside the union is not taken (an affair `~1946` after
/// a union that ended in 1944).
fn affair_during(ctx: &Context<'_>, u: usize, v: usize) -> During {
    let affair = ctx.union_span(v);
    let Some(at) = affair.start.or(affair.end) else { return During::Possibly };
    match ctx.during_union(u, at) {
        During::Possibly if ctx.during_union(u, Span::day(at.mid)) == During::Not => During::Not,
        d => d,
    }
}
