//! T8, emotional cutoff (spec §4.6; Bowen).

use crate::model::EmotionalKind;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for tie in &ctx.ties {
        if tie.kind != EmotionalKind::Cutoff || !tie.lasting() {
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
        // A cutoff that lasted until a death is told in the past tense, and asked about as
        // what it left behind, never as contact still to be made.
        let dead: Vec<usize> = [a, b].into_iter().filter(|&p| !ctx.alive_now(p)).collect();
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
                    "{na} and {nb} ({}) {}{since}{}.",
                    if relation == "relative" { "relatives".to_owned() } else { format!("{nb} is {na}'s {relation}") },
                    if tie.current { "have had no contact" } else { "had no contact" },
                    if tie.current { String::new() } else { format!(", until {}'s death", ctx.names(&dead)) }
                ))
                .hypothesis("Cutting off can be a way to manage an intensity that felt impossible to stay close to. What stays unresolved may shape other relationships; a pattern worth exploring with curiosity about both sides.".to_string())
                .question(format!("What happened around the time {na} and {nb} stopped speaking?"))
                .question(if tie.current {
                    "Who still carries news between them?".to_owned()
                } else {
                    format!("Who carried news between them while {} lived?", ctx.names(&dead))
                })
                .question(if tie.current {
                    "What would a first small step toward contact look like, if either wanted one?".to_owned()
                } else {
                    format!("What did {}'s death leave unsaid, and who carries it now?", ctx.names(&dead))
                })
                .build(),
        );
    }
    out
}
