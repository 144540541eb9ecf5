//! LC3, a large age gap between partners (spec §4.3).

use crate::patterns::context::{Context, years_f};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::siblings::unions;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for u in unions(ctx) {
        let [a, b] = ctx.union_partners[u][..] else { continue };
        let (Some(ba), Some(bb)) = (ctx.birth(a), ctx.birth(b)) else { continue };
        let gap = years_f(ba.min(bb), ba.max(bb)).round() as i64;
        if gap < ctx.config.partner_age_gap {
            continue;
        }
        let (older, younger) = if ba <= bb { (a, b) } else { (b, a) };
        let (no, ny) = (ctx.name(older), ctx.name(younger));
        out.push(
            ctx.finding("LC3")
                .title(format!("Age gap of {gap} years: {no} and {ny}"))
                .member(older, "older partner")
                .member(younger, "younger partner")
                .union(u)
                .birth(a)
                .birth(b)
                .strength(if gap >= ctx.config.partner_age_gap + 10 { Strength::Moderate } else { Strength::Weak })
                .summary(format!("{no} is about {gap} years older than {ny}."))
                .hypothesis("A large age gap can bring differences in life stage and power, and it can also bring complementary strengths; worth exploring how the couple sees it.")
                .question(format!("How has the age difference mattered to {no} and {ny} over time?"))
                .build(),
        );
    }
    out
}
