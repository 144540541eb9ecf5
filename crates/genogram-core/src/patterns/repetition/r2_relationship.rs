//! R2, a relationship pattern repeated down a line: cutoff chains, conflict or fusion between the
//! same roles in two or more generations, abuse passed on (spec §4.4).

use std::collections::BTreeMap;

use super::lines;
use crate::model::{Sex, Valence};
use crate::patterns::context::{Context, Tie, kind_words};
use crate::patterns::finding::{Finding, Strength};

/// The role pair of a tie: "parent and child", "partners", "siblings"; and the generation it
/// belongs to (the child's, for a parent and child).
fn role(ctx: &Context<'_>, t: &Tie) -> Option<(&'static str, i32)> {
    if ctx.is_parent_of(t.a, t.b) {
        Some(("parent and child", ctx.generation[t.b]))
    } else if ctx.is_parent_of(t.b, t.a) {
        Some(("parent and child", ctx.generation[t.a]))
    } else if ctx.are_partners(t.a, t.b) {
        Some(("partners", ctx.generation[t.a]))
    } else if ctx.siblings(t.a).contains(&t.b) {
        Some(("siblings", ctx.generation[t.a]))
    } else {
        None
    }
}

fn class(v: Valence) -> Option<&'static str> {
    Some(match v {
        Valence::Cutoff => "cutoff",
        Valence::Negative | Valence::Ambivalent => "conflict",
        Valence::Overinvolved => "fusion or over-involvement",
        Valence::Abuse => "abuse",
        Valence::Control => "control",
        _ => return None,
    })
}

fn sex_word(s: Sex) -> &'static str {
    match s {
        Sex::Female => "f",
        Sex::Male => "m",
        _ => "?",
    }
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut groups: BTreeMap<(&str, &str), Vec<(usize, i32)>> = BTreeMap::new();
    for (t, tie) in ctx.ties.iter().enumerate() {
        let (Some(c), Some((r, g))) = (class(tie.valence), role(ctx, tie)) else { continue };
        groups.entry((c, r)).or_default().push((t, g));
    }
    let mut out = Vec::new();
    for ((what, roles), ties) in groups {
        let lined = lines(ctx, ties.len(), |i| vec![ctx.ties[ties[i].0].a, ctx.ties[ties[i].0].b]);
        for line in lined {
            let mut gens: Vec<i32> = line.iter().map(|&i| ties[i].1).collect();
            gens.sort_unstable();
            gens.dedup();
            if gens.len() < ctx.config.repeat_generations {
                continue;
            }
            // The same sexes at both ends in every generation (for example mother and daughter).
            let sexes: Vec<String> = line
                .iter()
                .map(|&i| {
                    let t = &ctx.ties[ties[i].0];
                    let mut s = [sex_word(ctx.people[t.a].sex), sex_word(ctx.people[t.b].sex)];
                    s.sort_unstable();
                    s.concat()
                })
                .collect();
            let same_sexes = sexes.windows(2).all(|w| w[0] == w[1]) && !sexes[0].contains('?');
            let mut people: Vec<usize> =
                line.iter().flat_map(|&i| [ctx.ties[ties[i].0].a, ctx.ties[ties[i].0].b]).collect();
            ctx.sort_by_id(&mut people);
            let mut d = ctx
                .finding("R2")
                .title(format!("Repeated {what} between {roles} across {} generations", gens.len()))
                .strength(if gens.len() >= 3 || same_sexes {
                    Strength::Strong
                } else {
                    Strength::Moderate
                });
            let mut parts = Vec::new();
            let mut ordered = line.clone();
            ordered.sort_by_key(|&i| (ties[i].1, ctx.ties[ties[i].0].index));
            for &i in &ordered {
                let t = &ctx.ties[ties[i].0];
                d = d.tie(t);
                parts.push(format!(
                    "{} and {} ({}, {})",
                    ctx.name(t.a),
                    ctx.name(t.b),
                    kind_words(t.kind),
                    ctx.generation_words(ties[i].1)
                ));
            }
            for &p in &people {
                d = d.member(p, &format!("in a {what}"));
            }
            out.push(
                d.summary(format!("The same kind of relationship ({what} between {roles}) recurs down one line: {}.", parts.join("; ")))
                    .hypothesis(format!(
                        "Ways of being close or distant are often learned in one generation and relived in the next. The {what} may be one family's answer to the same unresolved question; worth exploring with curiosity rather than blame."
                    ))
                    .question("Does anyone in the family notice this pattern repeating?")
                    .question("What would it take for the next generation to do it differently?")
                    .build(),
            );
        }
    }
    // Abuse passed on: a person harmed by abuse who later harms another.
    for &x in &ctx.by_id {
        let harmed: Vec<&Tie> = ctx
            .ties_of(x)
            .filter(|t| t.valence == Valence::Abuse && t.directed && t.b == x)
            .collect();
        let harms: Vec<&Tie> = ctx
            .ties_of(x)
            .filter(|t| t.valence == Valence::Abuse && t.directed && t.a == x)
            .collect();
        let (Some(first), Some(then)) = (harmed.first(), harms.first()) else { continue };
        let nx = ctx.name(x);
        out.push(
            ctx.finding("R2")
                .title(format!("Abuse passed on: {nx}"))
                .member(first.a, "harmed")
                .member(x, "harmed, and later harmed another")
                .member(then.b, "was harmed")
                .tie(first)
                .tie(then)
                .strength(Strength::Strong)
                .summary(format!(
                    "{nx} experienced {} from {} and is recorded as {} toward {}.",
                    kind_words(first.kind),
                    ctx.name(first.a),
                    kind_words(then.kind),
                    ctx.name(then.b)
                ))
                .hypothesis("Harm received can become harm passed on when it was never acknowledged or healed. Safety comes first; understanding the chain can help interrupt it.")
                .question(ctx.safety_question(&[then.b], crate::patterns::time::Span { lo: then.from, hi: then.to, mid: then.to }))
                .question(format!("Has anyone ever acknowledged what happened to {nx}?"))
                .build(),
        );
    }
    out
}
