//! Triangles and relational patterns (spec §4.6, T1–T11).
//!
//! Every triple of people is reported by at most one triangle rule: the most specific one that
//! matches (adoptive T5, parent–child T2, remarried T4, couple T3, multigenerational T6), and the
//! generic T1 only for triples none of those explain. The triangles are computed once per family
//! and shared by T1–T7.

pub(crate) mod t10_abuse;
pub(crate) mod t11_external;
pub(crate) mod t12_in_law;
pub(crate) mod t1_generic;
pub(crate) mod t2_parent_child;
pub(crate) mod t3_couple;
pub(crate) mod t4_remarried;
pub(crate) mod t5_adoptive;
pub(crate) mod t6_multigenerational;
pub(crate) mod t7_interlocking;
pub(crate) mod t8_cutoff;
pub(crate) mod t9_fusion_cutoff;

use std::collections::BTreeSet;

use super::context::{Context, Draft, Tie, kind_words};
use super::finding::{Finding, Strength};
use crate::DayNumber;
use crate::model::{UnionStatus, Valence};

/// A triangle found by one of T1–T6.
pub(crate) struct Hit {
    /// The three people, when the triangle is made of people (not of a person and a substance).
    pub(crate) corners: Option<[usize; 3]>,
    pub(crate) finding: Finding,
}

/// One side of a triangle: a recorded relationship, or a couple's separation or divorce.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Link {
    pub(crate) tie: Option<usize>,
    pub(crate) union: Option<usize>,
    from: DayNumber,
    to: DayNumber,
    ambivalent: bool,
    current: bool,
}

impl Link {
    fn of(t: usize, tie: &Tie) -> Self {
        Link {
            tie: Some(t),
            union: None,
            from: tie.from,
            to: tie.to,
            ambivalent: tie.valence == Valence::Ambivalent,
            current: tie.current,
        }
    }
}

/// Ties between `a` and `b` that satisfy `pred`.
pub(crate) fn links(ctx: &Context<'_>, a: usize, b: usize, pred: fn(&Tie) -> bool) -> Vec<Link> {
    let mut out: Vec<Link> = ctx
        .pair_ties
        .get(&(a.min(b), a.max(b)))
        .into_iter()
        .flatten()
        .filter(|&&t| pred(&ctx.ties[t]))
        .map(|&t| Link::of(t, &ctx.ties[t]))
        .collect();
    out.sort_by_key(|l| (!l.current, l.ambivalent, l.tie));
    out
}

/// Directed ties from `a` to `b` satisfying `pred` (undirected ties count both ways).
pub(crate) fn links_from(
    ctx: &Context<'_>,
    a: usize,
    b: usize,
    pred: fn(&Tie) -> bool,
) -> Vec<Link> {
    links(ctx, a, b, pred)
        .into_iter()
        .filter(|l| l.tie.is_some_and(|t| ctx.ties[t].goes_from(a)))
        .collect()
}

/// Tension for triangles. Abuse, neglect and violence are left out: they are reported first,
/// under safety (T10), and a triangle's wording ("two against one", "outsider") would misname
/// what a child who is harmed goes through.
pub(crate) fn tense(ctx: &Context<'_>, a: usize, b: usize) -> Vec<Link> {
    links(ctx, a, b, |t| t.tense() && !t.is_harm())
}

pub(crate) fn bonded(ctx: &Context<'_>, a: usize, b: usize) -> Vec<Link> {
    links(ctx, a, b, Tie::bonded)
}

/// The couple is strained: a tense relationship, or (with `infer_from_union`) a union of theirs
/// that is separated or has ended other than by death.
pub(crate) fn strained(ctx: &Context<'_>, a: usize, b: usize) -> Vec<Link> {
    let mut out = tense(ctx, a, b);
    if ctx.config.infer_from_union {
        for &(q, u) in &ctx.partners[a] {
            if q != b {
                continue;
            }
            let union = &ctx.g.unions()[u];
            let Some(i) = union.history.iter().rposition(|c| {
                matches!(
                    c.status,
                    UnionStatus::Separated
                        | UnionStatus::Divorced
                        | UnionStatus::Annulled
                        | UnionStatus::Ended
                )
            }) else {
                continue;
            };
            if union.history[i..].iter().any(|c| c.status == UnionStatus::Reconciled) {
                continue;
            }
            let from =
                union.history[i].date.as_ref().and_then(|d| d.earliest()).unwrap_or(DayNumber::MIN);
            out.push(Link {
                tie: None,
                union: Some(u),
                from,
                to: DayNumber::MAX,
                ambivalent: false,
                current: true,
            });
        }
    }
    out
}

/// The first choice of one link per side such that all sides overlap in time, and at least one
/// side is not ambivalent (§4.6: AMB satisfies both predicates, so it cannot carry a triangle
/// alone).
pub(crate) fn choose(sides: &[Vec<Link>]) -> Option<Vec<Link>> {
    fn go(sides: &[Vec<Link>], chosen: &mut Vec<Link>) -> bool {
        let Some((first, rest)) = sides.split_first() else {
            return chosen.iter().any(|l| !l.ambivalent);
        };
        for &l in first {
            if chosen.iter().all(|c| c.from <= l.to && l.from <= c.to) {
                chosen.push(l);
                if go(rest, chosen) {
                    return true;
                }
                chosen.pop();
            }
        }
        false
    }
    let mut chosen = Vec::new();
    go(sides, &mut chosen).then_some(chosen)
}

/// Strong when every side is a recorded, current relationship; moderate when a side is inferred
/// from a separation or divorce; weak when a side has ended.
pub(crate) fn strength_of(sides: &[Link]) -> Strength {
    if sides.iter().any(|l| !l.current) {
        Strength::Weak
    } else if sides.iter().any(|l| l.tie.is_none()) {
        Strength::Moderate
    } else {
        Strength::Strong
    }
}

/// Cite the sides as evidence.
pub(crate) fn cite<'c, 'g>(
    ctx: &Context<'_>,
    mut d: Draft<'c, 'g>,
    sides: &[Link],
) -> Draft<'c, 'g> {
    for l in sides {
        if let Some(t) = l.tie {
            d = d.tie(&ctx.ties[t]);
        }
        if let Some(u) = l.union {
            d = d.union(u);
        }
    }
    d
}

/// A side in words: "hostile", "divorced".
pub(crate) fn words(ctx: &Context<'_>, l: &Link) -> String {
    match (l.tie, l.union) {
        (Some(t), _) => kind_words(ctx.ties[t].kind),
        (None, Some(u)) => match ctx.g.unions()[u].current_status() {
            Some(UnionStatus::Separated) => "separated".into(),
            Some(UnionStatus::Annulled) => "annulled".into(),
            Some(UnionStatus::Divorced) => "divorced".into(),
            _ => "no longer together".into(),
        },
        (None, None) => String::new(),
    }
}

fn key(c: [usize; 3]) -> [usize; 3] {
    let mut k = c;
    k.sort_unstable();
    k
}

/// Every triangle of T1–T6, computed once.
pub(crate) fn all<'c>(ctx: &'c Context<'_>) -> &'c [Hit] {
    ctx.triangles.get_or_init(|| {
        let mut hits: Vec<Hit> = Vec::new();
        let mut taken: BTreeSet<[usize; 3]> = BTreeSet::new();
        let finders: [fn(&Context<'_>) -> Vec<Hit>; 5] = [
            t5_adoptive::find,
            t2_parent_child::find,
            t4_remarried::find,
            t3_couple::find,
            t6_multigenerational::find,
        ];
        for find in finders {
            for hit in find(ctx) {
                if let Some(c) = hit.corners
                    && !taken.insert(key(c))
                {
                    continue;
                }
                hits.push(hit);
            }
        }
        for hit in t1_generic::find(ctx) {
            if hit.corners.is_some_and(|c| taken.insert(key(c))) {
                hits.push(hit);
            }
        }
        hits
    })
}

/// The findings of one triangle rule.
pub(crate) fn findings_of(ctx: &Context<'_>, rule: &str) -> Vec<Finding> {
    all(ctx).iter().filter(|h| h.finding.rule == rule).map(|h| h.finding.clone()).collect()
}
