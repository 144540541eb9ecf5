//! E6, a union or a birth "in the shadow of a loss": within a year after the death of a parent,
//! sibling or child of either partner (spec §4.5); and rapid remarriage, a widowed partner's new
//! union within the window after their partner's death (McGoldrick, Gerson and Petry; Walsh and
//! McGoldrick on remarriage as a way of not grieving).

use std::collections::BTreeMap;

use crate::model::UnionStatus;
use crate::patterns::context::{Context, MomentKind, months, months_days};
use crate::patterns::finding::{Finding, Strength};

/// How the bereaved person was related to the one who died.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Bond {
    Kin,
    Widowed,
}

/// The partners `q` was still with when they died: no separation, divorce or other end of
/// the union recorded before the death (an undated end counts as before: not known to last).
fn widowed_by(ctx: &Context<'_>, q: usize, died_lo: i64) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = ctx.partners[q]
        .iter()
        .copied()
        .filter(|&(_, u)| {
            let union = &ctx.g.unions()[u];
            let started = union.start().and_then(|d| d.earliest()).is_none_or(|s| s <= died_lo);
            let ended_before = union.history.iter().any(|c| {
                matches!(
                    c.status,
                    UnionStatus::Separated
                        | UnionStatus::Divorced
                        | UnionStatus::Annulled
                        | UnionStatus::Ended
                ) && c.date.as_ref().and_then(|d| d.latest()).is_none_or(|end| end < died_lo)
            });
            started && !ended_before
        })
        .collect();
    out.sort_by_key(|&(w, u)| (ctx.rank[w], u));
    out
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let window = months_days(ctx.config.window_months);
    // From each death, look ahead at the bereaved (the dead person's parents, siblings and
    // children): their new unions, and the births of their children, within the window; and at
    // the widowed partners' new unions.
    let mut shadowed: BTreeMap<usize, Vec<(usize, usize, Bond)>> = BTreeMap::new();
    for dm in &ctx.timeline {
        if dm.kind != MomentKind::Death {
            continue;
        }
        let q = dm.people[0];
        let mut close = ctx.parent_list(q);
        close.extend(ctx.sibling_slice(q));
        close.extend(ctx.child_list(q));
        ctx.sort_by_id(&mut close);
        for w in close {
            for &m in &ctx.person_moments[w] {
                let mo = &ctx.timeline[m];
                if mo.kind == MomentKind::UnionStart
                    && mo.follows_within(dm, window)
                    && !mo.people.contains(&q)
                {
                    shadowed.entry(m).or_default().push((w, q, Bond::Kin));
                }
            }
            for c in ctx.child_list(w) {
                if c == q {
                    continue;
                }
                for &m in &ctx.person_moments[c] {
                    if ctx.timeline[m].kind == MomentKind::Birth
                        && ctx.timeline[m].follows_within(dm, window)
                    {
                        shadowed.entry(m).or_default().push((w, q, Bond::Kin));
                    }
                }
            }
        }
        for (w, _) in widowed_by(ctx, q, dm.lo) {
            for &m in &ctx.person_moments[w] {
                let mo = &ctx.timeline[m];
                // A new union that surely began after the death (its earliest day is after the
                // death's latest), within the window.
                if mo.kind == MomentKind::UnionStart
                    && !mo.people.contains(&q)
                    && mo.lo > dm.hi
                    && mo.follows_within(dm, window)
                {
                    shadowed.entry(m).or_default().push((w, q, Bond::Widowed));
                }
            }
        }
    }
    shadowed.into_iter().map(|(m, found)| finding(ctx, m, found)).collect()
}

fn finding(ctx: &Context<'_>, m: usize, mut found: Vec<(usize, usize, Bond)>) -> Finding {
    let m = &ctx.timeline[m];
    found.sort_by_key(|&(w, q, b)| (ctx.rank[w], ctx.rank[q], b));
    found.dedup();
    let remarriage = found.iter().any(|&(_, _, b)| b == Bond::Widowed);
    let what = match m.kind {
        MomentKind::Birth => format!("{} was born", ctx.name(m.people[0])),
        _ => format!("{} began a union", ctx.names(&m.people)),
    };
    let mut d = ctx.finding("E6");
    let mut parts = Vec::new();
    let widowed: Vec<usize> =
        found.iter().filter(|&&(_, _, b)| b == Bond::Widowed).map(|&(w, _, _)| w).collect();
    for &p in &m.people {
        if !widowed.contains(&p) {
            d = d.member(p, if m.kind == MomentKind::Birth { "born" } else { "partner" });
        }
    }
    d = d.moment(m);
    for &(w, q, bond) in &found {
        let role = if bond == Bond::Widowed { "widowed partner" } else { "bereaved" };
        d = d.member(w, role).member(q, "died").death(q);
        let died = ctx.people[q].death.map(|d| d.to_string()).unwrap_or_default();
        parts.push(match bond {
            Bond::Widowed => format!("{}'s partner {} died on {died}", ctx.name(w), ctx.name(q)),
            Bond::Kin => {
                format!("{}'s {} {} died on {died}", ctx.name(w), ctx.relation(w, q), ctx.name(q))
            }
        });
    }
    let title = if remarriage {
        format!("Rapid remarriage after a death: {}", ctx.names(&m.people))
    } else {
        format!("In the shadow of a loss: {what}")
    };
    let d = d.title(title).strength(Strength::Moderate).summary(format!(
        "{what} ({}), within {} after a death: {}.",
        m.date,
        months(ctx.config.window_months),
        parts.join("; ")
    ));
    if remarriage {
        let wn = ctx.names(&widowed);
        d.hypothesis(format!("A new partnership soon after a partner's death can be a way of going on living, and of not having to grieve; worth exploring how much room {wn} had to mourn, and what the new partner and the children inherited from the loss."))
            .question(format!("How did the family, and the children especially, take {wn}'s new union coming so soon?"))
            .question("Was the partner who died spoken about in the new household?")
            .build()
    } else {
        d.hypothesis("Partnering or having a child soon after a loss can be a way of filling the gap, or of choosing life; either way the new relationship may carry some of the grief.")
            .question("How did the loss and the new beginning sit together at the time?")
            .question("Was there room to grieve?")
            .build()
    }
}
