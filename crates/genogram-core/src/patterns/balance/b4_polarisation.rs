//! B4, sibling role polarisation: one child the focus of both parents while the others are not,
//! or a "star" and a "black sheep" among siblings (spec §4.7).

use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::siblings::sibling_groups;

const STAR: &[&str] = &["star", "achiever", "hero", "golden child", "high achiever"];
const SHEEP: &[&str] =
    &["black sheep", "scapegoat", "problem child", "rebel", "identified patient"];

fn has_tag(ctx: &Context<'_>, p: usize, tags: &[&str]) -> Option<String> {
    ctx.people[p].tags.iter().find(|t| tags.iter().any(|x| t.eq_ignore_ascii_case(x))).cloned()
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (u, kids) in sibling_groups(ctx) {
        let parents = &ctx.union_partners[u];
        let focus_on = |c: usize| -> Vec<&crate::patterns::context::Tie> {
            ctx.ties_of(c).filter(|t| t.is_focus() && t.b == c && parents.contains(&t.a)).collect()
        };
        let targets: Vec<usize> =
            kids.iter().copied().filter(|&c| focus_on(c).len() >= 2).collect();
        let others_clear = |t: usize| kids.iter().all(|&k| k == t || focus_on(k).is_empty());
        if let [t] = targets[..]
            && others_clear(t)
        {
            let nt = ctx.name(t);
            let others: Vec<usize> = kids.iter().copied().filter(|&k| k != t).collect();
            let mut d = ctx
                .finding("B4")
                .title(format!("Sibling polarisation: {nt} in focus"))
                .member(t, "child in focus")
                .union(u);
            for tie in focus_on(t) {
                d = d.tie(tie).member(tie.a, "parent focused on the child");
            }
            for &k in &others {
                d = d.member(k, "sibling out of focus");
            }
            out.push(
                    d.strength(Strength::Moderate)
                        .summary(format!("Both parents are focused on {nt}; {} are not the focus of either parent.", ctx.names(&others)))
                        .hypothesis(format!("When one child holds the parents' attention, the roles of all the children can polarise. Worth exploring what {nt}'s siblings learned to do, or not do, to stay out of focus."))
                        .question(format!("What is it like for {}, with so much attention on {nt}?", ctx.names(&others)))
                        .question(format!("When did the family's attention settle on {nt}?"))
                        .build(),
                );
        }
        let stars: Vec<(usize, String)> =
            kids.iter().filter_map(|&k| Some((k, has_tag(ctx, k, STAR)?))).collect();
        let sheep: Vec<(usize, String)> =
            kids.iter().filter_map(|&k| Some((k, has_tag(ctx, k, SHEEP)?))).collect();
        if let (Some((s, st)), Some((b, bt))) = (stars.first(), sheep.first()) {
            let (ns, nb) = (ctx.name(*s), ctx.name(*b));
            out.push(
                ctx.finding("B4")
                    .title(format!("Sibling polarisation: {ns} and {nb}"))
                    .member(*s, st)
                    .member(*b, bt)
                    .union(u)
                    .strength(Strength::Moderate)
                    .summary(format!("Among the children of {}, {ns} is tagged \"{st}\" and {nb} \"{bt}\".", ctx.names(parents)))
                    .hypothesis("A 'star' and a 'black sheep' often define each other: each role may be holding something for the whole family. Worth exploring how the roles were assigned.")
                    .question(format!("How did {ns} and {nb} come to have such different places in the family?"))
                    .question("What would happen if they swapped roles for a week?")
                    .build(),
            );
        }
    }
    out
}
