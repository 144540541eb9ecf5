//! ST5, a family that stayed connected after a loss: close ties among the survivors.

use crate::model::Valence;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for &x in &ctx.by_id {
        let Some(death) = ctx.death(x) else { continue };
        let survivors: Vec<usize> = ctx
            .family_at(x, super::super::time::Span::day(death))
            .into_iter()
            .filter(|&p| ctx.alive_on(p, death))
            .collect();
        let mut ties = Vec::new();
        for (i, &a) in survivors.iter().enumerate() {
            for &b in &survivors[i + 1..] {
                ties.extend(ctx.ties_between(a, b).filter(|t| {
                    t.valence == Valence::Positive && t.to >= death && (t.current || t.to > death)
                }));
            }
        }
        if ties.len() < 2 {
            continue;
        }
        ties.sort_by_key(|t| t.index);
        let nx = ctx.name(x);
        let mut d = ctx
            .finding("ST5")
            .title(format!("Connected after {nx}'s death"))
            .member(x, "died")
            .death(x);
        let mut people = Vec::new();
        for t in &ties {
            d = d.tie(t);
            people.push(t.a);
            people.push(t.b);
        }
        ctx.sort_by_id(&mut people);
        for &p in &people {
            d = d.member(p, "survivor");
        }
        out.push(
            d.strength(if ties.len() >= 3 { Strength::Strong } else { Strength::Moderate })
                .summary(format!("After {nx}'s death, {} remain close to one another ({} close relationships).", ctx.names(&people), ties.len()))
                .hypothesis("Staying connected after a loss is a real family strength; these relationships may be where grief was shared and carried.")
                .question(format!("How did the family support each other after {nx} died?"))
                .question("Who do people turn to now when things are hard?")
                .build(),
        );
    }
    out
}
