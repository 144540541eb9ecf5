//! ST3, recovery or remission from a condition.

use crate::model::ConditionStatus;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for &p in &ctx.by_id {
        for (ci, c) in ctx.people[p].conditions.iter().enumerate() {
            let word = match c.status {
                ConditionStatus::InRecovery => "in recovery from",
                ConditionStatus::InRemission => "in remission from",
                _ => continue,
            };
            let n = ctx.name(p);
            out.push(
                ctx.finding("ST3")
                    .title(format!("Recovery: {n}"))
                    .member(p, "recovering")
                    .condition(p, ci)
                    .strength(Strength::Strong)
                    .summary(format!("{n} is {word} {}.", c.label))
                    .hypothesis(format!("{n}'s recovery is a strength the family can draw on, and may show a way out of a pattern for others."))
                    .question(format!("What has helped {n} most in recovery?"))
                    .question(format!("Who in the family has supported {n}?"))
                    .build(),
            );
        }
    }
    out
}
