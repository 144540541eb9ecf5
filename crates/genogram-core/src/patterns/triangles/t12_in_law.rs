//! T12, conflict with an in-law: a tense relationship (conflict, hostility, distance,
//! ambivalence or control) between a person and a parent-, child- or sibling-in-law, on its
//! own, whether or not it forms a triangle (T3 names the triangle when it does). McGoldrick,
//! Gerson and Petry on in-law triangles, and Carter and McGoldrick on the joining of families
//! through marriage. Cutoffs are T8's and abuse T10's, so they are not repeated here.

use crate::model::Valence;
use crate::patterns::context::{Context, Tie};
use crate::patterns::finding::{Finding, Strength};

/// How `b` is an in-law of `a`, and the partner who links them with the union: `b` a parent of
/// `a`'s partner, a partner of `a`'s child, a sibling of `a`'s partner, or a partner of `a`'s
/// sibling.
fn in_law(ctx: &Context<'_>, a: usize, b: usize) -> Option<(&'static str, usize, usize)> {
    for &(partner, u) in &ctx.partners[a] {
        if ctx.is_parent_of(b, partner) {
            return Some(("parent-in-law", partner, u));
        }
        if ctx.are_siblings(b, partner) {
            return Some(("sibling-in-law", partner, u));
        }
    }
    for &(partner, u) in &ctx.partners[b] {
        if ctx.is_parent_of(a, partner) {
            return Some(("child-in-law", partner, u));
        }
        if ctx.are_siblings(a, partner) {
            return Some(("sibling-in-law", partner, u));
        }
    }
    None
}

fn in_scope(t: &Tie) -> bool {
    t.tense() && !t.is_harm() && !matches!(t.valence, Valence::Cutoff | Valence::Abuse)
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (&(x, y), ties) in &ctx.pair_ties {
        let ties: Vec<&Tie> = ties.iter().map(|&t| &ctx.ties[t]).filter(|t| in_scope(t)).collect();
        if ties.is_empty() || x == y {
            continue;
        }
        // Kin or partners are not in-laws, whatever else links them.
        if ctx.are_partners(x, y)
            || ctx.is_parent_of(x, y)
            || ctx.is_parent_of(y, x)
            || ctx.are_siblings(x, y)
        {
            continue;
        }
        let (a, b) = if ctx.rank[x] < ctx.rank[y] { (x, y) } else { (y, x) };
        let Some((how, link, u)) = in_law(ctx, a, b) else { continue };
        out.push(finding(ctx, a, b, (how, link, u), &ties));
    }
    out
}

fn finding(
    ctx: &Context<'_>,
    a: usize,
    b: usize,
    (how, link, u): (&'static str, usize, usize),
    ties: &[&Tie],
) -> Finding {
    let (an, bn, ln) = (ctx.name(a), ctx.name(b), ctx.name(link));
    // The union that makes them in-laws had ended before the tension began: a former in-law.
    let union = &ctx.g.unions()[u];
    let began = ties.iter().map(|t| t.from).min().unwrap_or(i64::MIN);
    let former =
        union.end().and_then(|d| d.latest()).is_some_and(|end| began != i64::MIN && end < began);
    let gendered = match (how, ctx.people[b].sex) {
        ("parent-in-law", crate::model::Sex::Female) => "mother-in-law",
        ("parent-in-law", crate::model::Sex::Male) => "father-in-law",
        ("child-in-law", crate::model::Sex::Female) => "daughter-in-law",
        ("child-in-law", crate::model::Sex::Male) => "son-in-law",
        ("sibling-in-law", crate::model::Sex::Female) => "sister-in-law",
        ("sibling-in-law", crate::model::Sex::Male) => "brother-in-law",
        (other, _) => other,
    };
    let words = if former { format!("former {gendered}") } else { gendered.to_owned() };
    let reverse = match how {
        "parent-in-law" => "child-in-law",
        "child-in-law" => "parent-in-law",
        other => other,
    };
    let kinds: Vec<String> =
        ties.iter().map(|t| crate::patterns::context::kind_words(t.kind)).collect();
    let only_distance = ties.iter().all(|t| t.valence == Valence::Distant);
    let mut d = ctx
        .finding("T12")
        .title(format!("Conflict with an in-law: {an} and {bn}"))
        .strength(if only_distance { Strength::Weak } else { Strength::Moderate })
        .member(a, reverse)
        .member(b, how)
        .member(link, "partner linking them")
        .union(u);
    for t in ties {
        d = d.tie(t);
    }
    let anyone_dead = [a, b, link].iter().any(|&p| ctx.people[p].is_deceased());
    d.summary(format!(
        "{an} and {bn} ({bn} is {an}'s {words}, through {ln}): {}.",
        crate::patterns::context::list(&kinds)
    ))
    .hypothesis(format!(
        "Tension with an in-law often carries a loyalty question for the partner in between, here {ln}: a pattern worth exploring, for what each family expected of the new member and how {ln} was placed between them."
    ))
    .question(if anyone_dead {
        format!("How does the family remember what stood between {an} and {bn}?")
    } else {
        format!("What do {an} and {bn} each wish the other understood?")
    })
    .question(format!("How did {ln} handle being between them, and what did that cost?"))
    .build()
}
