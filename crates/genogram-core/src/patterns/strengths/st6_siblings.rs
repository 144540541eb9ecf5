//! ST6, siblings who stayed close into adulthood.

use crate::model::Valence;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for t in &ctx.ties {
        if t.valence != Valence::Positive || !t.current || !ctx.siblings(t.a).contains(&t.b) {
            continue;
        }
        let adult = |p: usize| ctx.age_now(p).is_some_and(|a| a >= ctx.config.childhood_age);
        if !adult(t.a) || !adult(t.b) {
            continue;
        }
        let (a, b) = if ctx.people[t.a].id <= ctx.people[t.b].id { (t.a, t.b) } else { (t.b, t.a) };
        let (na, nb) = (ctx.name(a), ctx.name(b));
        out.push(
            ctx.finding("ST6")
                .title(format!("Siblings who stayed close: {na} and {nb}"))
                .member(a, "sibling")
                .member(b, "sibling")
                .tie(t)
                .strength(Strength::Moderate)
                .summary(format!("{na} and {nb} are adult siblings with a close relationship ({}).", crate::patterns::context::kind_words(t.kind)))
                .hypothesis("Sibling bonds often outlast every other family relationship; this one is a resource worth drawing on.")
                .question(format!("How have {na} and {nb} stayed close over the years?"))
                .question("How might they support each other with what the family faces now?")
                .build(),
        );
    }
    out
}
