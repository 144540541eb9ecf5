//! T8, emotional cutoff (spec §4.6; Bowen).

use crate::model::EmotionalKind;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for tie in &ctx.ties {
        if tie.kind != EmotionalKind::Cutoff || !tie.current {
            continue;
        }
        let (a, b) = if ctx.people[tie.a].id <= ctx.people[tie.b].id {
            (tie.a, tie.b)
        } else {
            (tie.b, tie.a)
        };
        let (na, nb) = (ctx.name(a), ctx.name(b));
        let relation = ctx.relation(a, b);
        let since =
            ctx.g.emotional()[tie.index].start.map(|d| format!(" since {d}")).unwrap_or_default();
        let close_kin = matches!(relation, "parent" | "child" | "sibling");
        let mut d = ctx.finding("T8");
        if since.is_empty() {
            d = d.missing("when the cutoff began");
        }
        out.push(
            d
                .title(format!("Cutoff: {na} and {nb}"))
                .member(a, "cut off")
                .member(b, "cut off")
                .tie(tie)
                .strength(if close_kin { Strength::Strong } else { Strength::Moderate })
                .summary(format!(
                    "{na} and {nb} ({}) have had no contact{since}.",
                    if relation == "relative" { "relatives".to_owned() } else { format!("{nb} is {na}'s {relation}") }
                ))
                .hypothesis("Cutting off can be a way to manage an intensity that felt impossible to stay close to. What stays unresolved may shape other relationships; a pattern worth exploring with curiosity about both sides.".to_string())
                .question(format!("What happened around the time {na} and {nb} stopped speaking?"))
                .question("Who still carries news between them?")
                .question("What would a first small step toward contact look like, if either wanted one?")
                .build(),
        );
    }
    out
}
