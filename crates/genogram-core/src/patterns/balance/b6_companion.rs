//! B6, an adult child as a parent's companion: an adult child with no partner of their own who
//! stays beside an ageing parent as caretaker and companion: a fused or caregiving relationship,
//! or a shared household with neither the parent's partner nor the child's siblings in it, while
//! the child is an adult without a partner yet and the parent `ageing_parent_age` or older. McGoldrick, Gerson and Petry on the child who stays
//! (often a daughter) and Bowen on fusion; the finding is a question, not a verdict: staying can
//! be devotion, duty, a life chosen, or all of these.

use crate::DayNumber;
use crate::model::EmotionalKind;
use crate::patterns::context::{Context, YEAR_DAYS};
use crate::patterns::finding::{Finding, Strength};

/// What keeps the child beside the parent: a relationship or a household, with its span.
#[derive(Clone, Copy)]
enum Bond {
    Tie(usize),
    Household(usize),
}

fn after_years(day: DayNumber, years: i64) -> DayNumber {
    day + (years as f64 * YEAR_DAYS).ceil() as DayNumber
}

/// The days on which the child was certainly an adult, the parent certainly ageing, and both
/// alive and recorded: the intersection with `[from, to]`, when not empty.
fn overlaps(
    ctx: &Context<'_>,
    child: usize,
    parent: usize,
    from: DayNumber,
    to: DayNumber,
) -> bool {
    let (Some((_, cb)), Some((_, pb))) = (ctx.birth_span(child), ctx.birth_span(parent)) else {
        return false;
    };
    let lo = from
        .max(after_years(cb, ctx.config.childhood_age))
        .max(after_years(pb, ctx.config.ageing_parent_age));
    let end_of = |p: usize| ctx.death_span(p).map_or(ctx.today, |(d, _)| d.min(ctx.today));
    // Without a partner: before the child's first union began (an undated union, always).
    let single_until = ctx.unions_of[child]
        .iter()
        .filter(|&&u| ctx.union_partners[u].len() > 1)
        .map(|&u| ctx.g.unions()[u].start().and_then(|d| d.earliest()).unwrap_or(DayNumber::MIN))
        .min()
        .map_or(DayNumber::MAX, |start| start - 1);
    let hi = to.min(end_of(child)).min(end_of(parent)).min(single_until);
    lo <= hi
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut homes: Vec<Vec<usize>> = vec![Vec::new(); ctx.people.len()];
    for (h, household) in ctx.g.households().iter().enumerate() {
        for m in household.members.iter().filter_map(|m| ctx.g.index_of(m)) {
            homes[m].push(h);
        }
    }
    let mut out = Vec::new();
    for &c in &ctx.by_id {
        if !ctx.is_person(c) {
            continue;
        }
        let mut found: Vec<(usize, Bond)> = Vec::new();
        for p in ctx.parent_list(c) {
            for t in ctx.ties_between(c, p) {
                let kind = matches!(t.kind, EmotionalKind::Fused)
                    || (t.kind == EmotionalKind::Caregiving && t.a == c);
                if kind && overlaps(ctx, c, p, t.from, t.to) {
                    found.push((p, Bond::Tie(t.index)));
                }
            }
            for &h in &homes[c] {
                let household = &ctx.g.households()[h];
                let members: Vec<usize> =
                    household.members.iter().filter_map(|m| ctx.g.index_of(m)).collect();
                // The parent's partner or the child's siblings at home make it a household,
                // not a companionship.
                let with_partner = ctx.partners[p].iter().any(|(q, _)| members.contains(q))
                    || ctx.sibling_slice(c).iter().any(|s| members.contains(s));
                let from =
                    household.from.as_ref().and_then(|d| d.earliest()).unwrap_or(DayNumber::MIN);
                let to = household.to.as_ref().and_then(|d| d.latest()).unwrap_or(DayNumber::MAX);
                if members.contains(&p) && !with_partner && overlaps(ctx, c, p, from, to) {
                    found.push((p, Bond::Household(h)));
                }
            }
        }
        if !found.is_empty() {
            out.push(finding(ctx, c, &found));
        }
    }
    out
}

fn finding(ctx: &Context<'_>, c: usize, found: &[(usize, Bond)]) -> Finding {
    let mut parents: Vec<usize> = found.iter().map(|&(p, _)| p).collect();
    ctx.sort_by_id(&mut parents);
    let (cn, pn) = (ctx.name(c), ctx.names(&parents));
    let mut d = ctx
        .finding("B6")
        .title(format!("Adult child as a parent's companion: {cn} and {pn}"))
        .member(c, "adult child as companion");
    for &p in &parents {
        d = d.member(p, "ageing parent");
    }
    let mut how = Vec::new();
    let mut tie_kinds = 0;
    for &(p, bond) in found {
        match bond {
            Bond::Tie(i) => {
                tie_kinds += 1;
                d = d.tie_index(i);
                let kind = crate::patterns::context::kind_words(ctx.g.emotional()[i].kind);
                how.push(format!("{kind} with {}", ctx.name(p)));
            }
            Bond::Household(h) => {
                d = d.household(h);
                how.push(format!("living with {}", ctx.name(p)));
            }
        }
    }
    how.dedup();
    let both = tie_kinds > 0 && tie_kinds < found.len();
    let past = ctx.people[c].is_deceased() || parents.iter().all(|&p| ctx.people[p].is_deceased());
    d.strength(if both { Strength::Strong } else { Strength::Moderate })
        .missing("whether the parent had other support, and what the child's own life held")
        .summary(format!(
            "{cn}, an adult with no partner at the time, {}: {}.",
            if past { "stayed beside an ageing parent" } else { "stays beside an ageing parent" },
            crate::patterns::context::list(&how)
        ))
        .hypothesis(format!(
            "An adult child who becomes a parent's companion can be devoted, dutiful, and held in place all at once: a pattern worth exploring, for what {cn} gave and gained, and how the rest of the family shared the care."
        ))
        .question(if past {
            format!("How does the family remember {cn}'s years beside {pn}, and what {cn} set aside for them?")
        } else {
            format!("How did {cn} come to take this place beside {pn}, and what has {cn} had to set aside for it?")
        })
        .question(if past {
            "Who else in the family shared the care, and who was spared it?"
        } else {
            "Who else in the family shares the care, and who could?"
        })
        .build()
}
