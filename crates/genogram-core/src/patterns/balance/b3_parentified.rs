//! B3, the parentified child: a child caring for a parent or for siblings, or the oldest child of
//! a single parent with a serious condition (spec §4.7).

use crate::model::EmotionalKind;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::siblings::sibship;
use crate::patterns::structure::fs1_household::{classify, current_households};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let adult = ctx.config.childhood_age;
    for &c in &ctx.by_id {
        let cares: Vec<_> =
            ctx.ties_of(c).filter(|t| t.kind == EmotionalKind::Caregiving && t.a == c).collect();
        if cares.is_empty() {
            continue;
        }
        // Started in childhood: the start date says so, or it is undated and the child is a minor now.
        let as_child = |t: &&crate::patterns::context::Tie| match t.start {
            Some(s) => ctx.age_at(c, s).is_some_and(|a| a < adult),
            None => ctx.is_minor_now(c),
        };
        let for_parents: Vec<_> =
            cares.iter().filter(|t| ctx.is_parent_of(t.b, c) && as_child(t)).collect();
        let siblings = ctx.siblings(c);
        let for_sibs: Vec<_> =
            cares.iter().filter(|t| siblings.contains(&t.b) && as_child(t)).collect();
        if for_parents.is_empty() && for_sibs.len() < ctx.config.parentified_siblings {
            continue;
        }
        let nc = ctx.name(c);
        let mut d = ctx
            .finding("B3")
            .title(format!("Parentified child: {nc}"))
            .member(c, "parentified child");
        let mut cared = Vec::new();
        for t in for_parents.iter().chain(if for_sibs.len() >= ctx.config.parentified_siblings {
            for_sibs.iter()
        } else {
            [].iter()
        }) {
            d = d.tie(t).member(
                t.b,
                if ctx.is_parent_of(t.b, c) { "parent cared for" } else { "sibling cared for" },
            );
            cared.push(t.b);
        }
        out.push(
            d.strength(Strength::Moderate)
                .summary(format!("{nc} took care of {} as a child.", ctx.names(&cared)))
                .hypothesis(format!("Caring for a parent or siblings as a child can bring real competence and also a childhood given up. Worth exploring who cared for {nc}."))
                .question(format!("Who looked after {nc} when {nc} was looking after others?"))
                .question(format!("What does {nc} find hard about letting others take care of them?"))
                .build(),
        );
    }
    // The oldest child of a single parent with a serious condition.
    for (h, members) in current_households(ctx) {
        if classify(ctx, &members) != "single-parent" {
            continue;
        }
        let Some(&parent) =
            members.iter().find(|&&p| !ctx.parent_list(p).iter().any(|q| members.contains(q)))
        else {
            continue;
        };
        let Some((ci, cond)) = ctx.functioning_conditions(parent).next() else { continue };
        let Some(&u) = ctx.unions_of[parent]
            .iter()
            .find(|&&u| ctx.union_children[u].iter().any(|&(k, _)| members.contains(&k)))
        else {
            continue;
        };
        let kids: Vec<usize> =
            sibship(ctx, u).into_iter().filter(|k| members.contains(k)).collect();
        let Some(&oldest) = kids.first() else { continue };
        if kids.len() < 2 || ctx.age_now(oldest).is_none_or(|a| a >= adult + 7) {
            continue;
        }
        let (no, np) = (ctx.name(oldest), ctx.name(parent));
        out.push(
            ctx.finding("B3")
                .title(format!("Possible parentified child: {no}"))
                .member(oldest, "oldest child")
                .member(parent, "single parent with a condition")
                .condition(parent, ci)
                .household(h)
                .strength(Strength::Weak)
                .summary(format!("{no} is the oldest of {} children living with {np}, a single parent who has {}.", kids.len(), cond.label))
                .hypothesis(format!("{no} may be carrying some of the parenting of the younger children. Worth asking, without assuming."))
                .question(format!("What does {no} do at home on a difficult day for {np}?"))
                .question("Who helps this household from outside?")
                .build(),
        );
    }
    out
}
