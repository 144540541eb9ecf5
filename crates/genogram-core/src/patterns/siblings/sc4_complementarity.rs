//! SC4, spouse complementarity (spec §4.2; Toman, with the caveat of weak empirical support).

use super::{family_of_origin, has_opposite_sex_sibling, position, sibship, unions};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

/// A partner's rank ("oldest", "youngest", "middle", "only") and whether they had an
/// opposite-sex sibling, when their sibship is in the genogram.
fn profile(ctx: &Context<'_>, p: usize) -> Option<(&'static str, bool)> {
    let u = family_of_origin(ctx, p)?;
    let sibs = sibship(ctx, u);
    let i = sibs.iter().position(|&c| c == p)?;
    Some((position(i, sibs.len()), has_opposite_sex_sibling(ctx, &sibs, p)))
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for u in unions(ctx) {
        let [a, b] = ctx.union_partners[u][..] else { continue };
        let (Some((ra, sa)), Some((rb, sb))) = (profile(ctx, a), profile(ctx, b)) else { continue };
        let (na, nb) = (ctx.name(a), ctx.name(b));
        let (kind, hypothesis) = if ra == rb && matches!(ra, "oldest" | "youngest" | "only") {
            (
                "rank conflict",
                format!(
                    "Both {na} and {nb} grew up as the {ra}; Toman would expect some friction over who leads (two oldest) or who is looked after (two youngest). A lens to try, not a prediction."
                ),
            )
        } else if !sa && !sb {
            (
                "sex conflict",
                format!(
                    "Neither {na} nor {nb} grew up with a sibling of the other sex; Toman suggests such couples may have more to learn about living with difference. A lens to try, not a prediction."
                ),
            )
        } else if (ra, rb) == ("oldest", "youngest") || (ra, rb) == ("youngest", "oldest") {
            (
                "complementary",
                format!(
                    "{na} ({ra}) and {nb} ({rb}) have complementary sibling positions, which Toman associates with an easier fit. Worth exploring whether the roles feel familiar."
                ),
            )
        } else {
            continue;
        };
        out.push(
            ctx.finding("SC4")
                .title(format!("Sibling positions of {na} and {nb}: {kind}"))
                .member(a, ra)
                .member(b, rb)
                .union(u)
                .strength(Strength::Weak)
                .summary(format!(
                    "{na} was the {ra} child{} and {nb} the {rb}{}.",
                    if sa { " with a sibling of the other sex" } else { " with no sibling of the other sex" },
                    if sb { " with a sibling of the other sex" } else { " with no sibling of the other sex" }
                ))
                .hypothesis(hypothesis)
                .question(format!("Who takes the lead between {na} and {nb}, and how was that settled?"))
                .question("Does either of you recognise your brothers or sisters in the way you are together?")
                .build(),
        );
    }
    out
}
