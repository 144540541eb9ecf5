//! BW3, the nuclear family emotional process: which of the four outlets of anxiety show
//! (spec §4.8).

use crate::model::{UnionStatus, Valence};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::siblings::unions;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for u in unions(ctx) {
        let [a, b] = ctx.union_partners[u][..] else { continue };
        let kids: Vec<usize> =
            ctx.union_children[u].iter().map(|&(c, _)| c).filter(|&c| ctx.is_person(c)).collect();
        if kids.is_empty() {
            continue;
        }
        let (na, nb) = (ctx.name(a), ctx.name(b));
        let mut d = ctx.finding("BW3").member(a, "partner").member(b, "partner").union(u);
        let mut outlets = Vec::new();
        let conflict: Vec<_> = ctx
            .ties_between(a, b)
            .filter(|t| matches!(t.valence, Valence::Negative | Valence::Ambivalent))
            .collect();
        if !conflict.is_empty() {
            for t in &conflict {
                d = d.tie(t);
            }
            outlets.push("marital conflict".to_owned());
        }
        let mut dysfunction = Vec::new();
        for p in [a, b] {
            if let Some((ci, c)) = ctx.functioning_conditions(p).next() {
                d = d.condition(p, ci);
                dysfunction.push(format!("{} ({})", ctx.name(p), c.label));
            }
        }
        if !dysfunction.is_empty() {
            outlets.push(format!("dysfunction in a spouse: {}", dysfunction.join(", ")));
        }
        let mut impaired = Vec::new();
        for &c in &kids {
            let cond = ctx.functioning_conditions(c).next();
            let focused =
                ctx.ties_of(c).any(|t| t.is_focus() && t.b == c && (t.a == a || t.a == b));
            if let Some((ci, _)) = cond {
                d = d.condition(c, ci);
            }
            if cond.is_some() || focused || ctx.ip == Some(c) {
                d = d.member(c, "child");
                impaired.push(ctx.name(c));
            }
        }
        if !impaired.is_empty() {
            outlets.push(format!(
                "a child carrying symptoms or focus: {}",
                crate::patterns::context::list(&impaired)
            ));
        }
        let distance: Vec<_> = ctx
            .ties_between(a, b)
            .filter(|t| matches!(t.valence, Valence::Distant | Valence::Cutoff))
            .collect();
        let separated = ctx.g.unions()[u]
            .history
            .iter()
            .any(|h| matches!(h.status, UnionStatus::Separated | UnionStatus::Divorced));
        if !distance.is_empty() || (separated && conflict.is_empty()) {
            for t in &distance {
                d = d.tie(t);
            }
            outlets.push(if distance.is_empty() {
                "emotional distance (separated without recorded hostility)".to_owned()
            } else {
                "emotional distance".to_owned()
            });
        }
        if outlets.is_empty() {
            continue;
        }
        out.push(
            d.title(format!("Nuclear family emotional process: {na} and {nb} ({} of 4 outlets)", outlets.len()))
                .strength(match outlets.len() {
                    1 => Strength::Weak,
                    2 => Strength::Moderate,
                    _ => Strength::Strong,
                })
                .summary(format!("In the family of {na} and {nb}: {}.", outlets.join("; ")))
                .hypothesis("Bowen saw four places where a family's anxiety can settle: the couple's conflict, one partner's symptoms, a child's difficulties, or distance. Where it settles in this family may be worth exploring, and where it does not.")
                .question("When stress rises in the family, where does it show first?")
                .question(format!("What helps {na} and {nb} handle tension between them directly?"))
                .build(),
        );
    }
    out
}
