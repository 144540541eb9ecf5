//! R3, a structural pattern repeated down a line: divorce, remarriage, single parenthood, teen
//! parenthood, a child placed, childlessness, an only child (spec §4.4).

use std::collections::BTreeMap;

use super::lines;
use crate::model::{EventKind, LinkKind, UnionStatus};
use crate::patterns::context::{Context, MomentKind};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::siblings::{sibship, unions};

fn facts(ctx: &Context<'_>, u: usize) -> Vec<&'static str> {
    let union = &ctx.g.unions()[u];
    let partners = &ctx.union_partners[u];
    let kids = sibship(ctx, u);
    let mut f = Vec::new();
    if union
        .history
        .iter()
        .any(|c| matches!(c.status, UnionStatus::Divorced | UnionStatus::Separated))
    {
        f.push("divorce or separation");
    }
    if partners.iter().any(|&p| {
        ctx.unions_of[p]
            .iter()
            .position(|&v| v == u)
            .is_some_and(|i| i + 1 < ctx.unions_of[p].len())
    }) {
        f.push("remarriage");
    }
    if partners.len() == 1 && !kids.is_empty() {
        f.push("single parenthood");
    }
    let first_birth = kids.iter().filter_map(|&c| ctx.birth(c)).min();
    if let Some(b) = first_birth
        && partners
            .iter()
            .any(|&p| ctx.age_at(p, b).is_some_and(|a| a < ctx.config.teen_parent_age))
    {
        f.push("teen parenthood");
    }
    let placed = ctx.union_children[u].iter().any(|&(c, _)| {
        ctx.parents[c].iter().any(|&(_, v, l)| {
            v != u && matches!(l, LinkKind::Adopted | LinkKind::Foster | LinkKind::Guardianship)
        }) || ctx.person_moments[c]
            .iter()
            .any(|&m| ctx.timeline[m].kind == MomentKind::Event(EventKind::Placement))
    });
    if placed {
        f.push("a child placed away from the parents");
    }
    let old_enough = partners.iter().all(|&p| ctx.age_reached(p).is_some_and(|a| a >= 45));
    if ctx.union_children[u].is_empty() && partners.len() == 2 && old_enough {
        f.push("no children");
    }
    // An only child: one child, with no half-siblings either.
    if let [only] = kids[..]
        && ctx.sibling_slice(only).is_empty()
    {
        f.push("an only child");
    }
    f
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut by_fact: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for u in unions(ctx) {
        for fact in facts(ctx, u) {
            by_fact.entry(fact).or_default().push(u);
        }
    }
    let mut out = Vec::new();
    for (fact, us) in by_fact {
        for line in lines(ctx, us.len(), |i| ctx.union_partners[us[i]].clone()) {
            let gen_of = |u: usize| {
                ctx.union_partners[u].iter().map(|&p| ctx.generation[p]).min().unwrap_or_default()
            };
            let mut gens: Vec<i32> = line.iter().map(|&i| gen_of(us[i])).collect();
            gens.sort_unstable();
            gens.dedup();
            if gens.len() < ctx.config.repeat_generations {
                continue;
            }
            let mut ordered: Vec<usize> = line.iter().map(|&i| us[i]).collect();
            ordered.sort_by_key(|&u| (gen_of(u), ctx.g.unions()[u].id.clone()));
            let mut d = ctx
                .finding("R3")
                .title(format!("Repeated structure: {fact} in {} generations", gens.len()))
                .strength(if gens.len() >= 3 { Strength::Strong } else { Strength::Moderate });
            let mut parts = Vec::new();
            let mut path = Vec::new();
            for &u in &ordered {
                d = d.union(u);
                for &p in &ctx.union_partners[u] {
                    d = d.member(p, "partner");
                    path.push(p);
                }
                parts.push(format!(
                    "{} ({})",
                    ctx.names(&ctx.union_partners[u]),
                    ctx.generation_words(gen_of(u))
                ));
            }
            out.push(
                d.lineage(&path)
                    .summary(format!("{} recurs in the unions of {}.", capital(fact), parts.join("; ")))
                    .hypothesis(format!(
                        "Family structures often repeat; {fact} in one generation can shape what feels possible, or inevitable, in the next. Worth exploring, along with where the pattern was different."
                    ))
                    .question("How did each generation explain what happened to their family?")
                    .question("Where has someone in the family done it differently?")
                    .build(),
            );
        }
    }
    out
}

fn capital(s: &str) -> String {
    crate::patterns::repetition::r1_condition::capitalise(s)
}
