//! E6, a union or a birth "in the shadow of a loss": within a year after the death of a parent,
//! sibling or child of either partner (spec §4.5).

use crate::patterns::context::{Context, MomentKind, months, months_days};
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let window = months_days(ctx.config.window_months);
    // From each death, look ahead at the bereaved (the dead person's parents, siblings and
    // children): their new unions, and the births of their children, within the window.
    let mut shadowed: std::collections::BTreeMap<usize, Vec<(usize, usize)>> =
        std::collections::BTreeMap::new();
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
                    shadowed.entry(m).or_default().push((w, q));
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
                        shadowed.entry(m).or_default().push((w, q));
                    }
                }
            }
        }
    }
    for (m, mut found) in shadowed {
        let m = &ctx.timeline[m];
        found.sort_by_key(|&(w, q)| (ctx.rank[w], ctx.rank[q]));
        found.dedup();
        let what = match m.kind {
            MomentKind::Birth => format!("{} was born", ctx.name(m.people[0])),
            _ => format!("{} began a union", ctx.names(&m.people)),
        };
        let mut d = ctx.finding("E6");
        let mut parts = Vec::new();
        for &p in &m.people {
            d = d.member(p, if m.kind == MomentKind::Birth { "born" } else { "partner" });
        }
        d = d.moment(m);
        for &(w, q) in &found {
            d = d.member(w, "bereaved").member(q, "died").death(q);
            parts.push(format!(
                "{}'s {} {} died on {}",
                ctx.name(w),
                ctx.relation(w, q),
                ctx.name(q),
                ctx.people[q].death.map(|d| d.to_string()).unwrap_or_default()
            ));
        }
        out.push(
            d.title(format!("In the shadow of a loss: {what}"))
                .strength(Strength::Moderate)
                .summary(format!("{what} ({}), within {} after a death: {}.", m.date, months(ctx.config.window_months), parts.join("; ")))
                .hypothesis("Partnering or having a child soon after a loss can be a way of filling the gap, or of choosing life; either way the new relationship may carry some of the grief.")
                .question("How did the loss and the new beginning sit together at the time?")
                .question("Was there room to grieve?")
                .build(),
        );
    }
    out
}
