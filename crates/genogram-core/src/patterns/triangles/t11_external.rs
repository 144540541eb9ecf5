//! T11, relationships outside the family: friends, mentors, professionals, pets (spec §4.6).

use crate::patterns::context::{Context, kind_words};
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for &x in &ctx.by_id {
        if !ctx.external[x] {
            continue;
        }
        let ties: Vec<_> = ctx
            .ties_of(x)
            .filter(|t| !ctx.external[t.other(x)] && (t.bonded() || t.tense()))
            .collect();
        if ties.is_empty() {
            continue;
        }
        let nx = ctx.name(x);
        let mut family: Vec<usize> = ties.iter().map(|t| t.other(x)).collect();
        ctx.sort_by_id(&mut family);
        let mut d = ctx
            .finding("T11")
            .title(format!("Outside the family: {nx}"))
            .member(x, if ctx.people[x].is_pet() { "pet" } else { "outside the family" })
            .strength(if ties.len() >= 2 { Strength::Moderate } else { Strength::Weak });
        for &p in &family {
            d = d.member(p, "family member");
        }
        let described: Vec<String> = ties
            .iter()
            .map(|t| format!("{} with {}", kind_words(t.kind), ctx.name(t.other(x))))
            .collect();
        for t in &ties {
            d = d.tie(t);
        }
        let any_tense = ties.iter().any(|t| t.tense());
        out.push(
            d.summary(format!("{nx}, who is not part of the family tree, is {}.", crate::patterns::context::list(&described)))
                .hypothesis(if any_tense {
                    format!("{nx} may be drawn into the family's tensions, or be a place where they land. Worth exploring.")
                } else {
                    format!("{nx} may be a source of stability and support, a resource worth knowing about.")
                })
                .question(format!("What does {nx} give to {}?", ctx.names(&family)))
                .question(format!("Who else in the family knows {nx}?"))
                .build(),
        );
    }
    out
}
