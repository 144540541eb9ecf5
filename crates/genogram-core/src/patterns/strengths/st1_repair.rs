//! ST1, a repaired cutoff.

use crate::model::EmotionalKind;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    ctx.ties
        .iter()
        .filter(|t| t.kind == EmotionalKind::CutoffRepaired)
        .map(|t| {
            let (a, b) = if ctx.people[t.a].id <= ctx.people[t.b].id { (t.a, t.b) } else { (t.b, t.a) };
            let (na, nb) = (ctx.name(a), ctx.name(b));
            let since = ctx.g.emotional()[t.index].start.map(|d| format!(" (since {d})")).unwrap_or_default();
            ctx.finding("ST1")
                .title(format!("Repaired cutoff: {na} and {nb}"))
                .member(a, "reconnected")
                .member(b, "reconnected")
                .tie(t)
                .strength(Strength::Strong)
                .summary(format!("{na} and {nb} restored contact after a cutoff{since}."))
                .hypothesis("Repairing a cutoff takes courage on both sides; this family knows something about reconnecting that may help elsewhere.")
                .question(format!("What made it possible for {na} and {nb} to reconnect?"))
                .question("Who else in the family might that experience help?")
                .build()
        })
        .collect()
}
