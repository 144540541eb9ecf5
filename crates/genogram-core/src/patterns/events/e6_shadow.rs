//! E6, a union or a birth "in the shadow of a loss": within a year after the death of a parent,
//! sibling or child of either partner (spec §4.5).

use crate::patterns::context::{Context, MomentKind, months, months_days};
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let window = months_days(ctx.config.window_months);
    for m in &ctx.timeline {
        // The people whose loss counts: the partners of a new union, the parents of a newborn.
        let (who, what): (Vec<usize>, String) = match m.kind {
            MomentKind::UnionStart => {
                (m.people.clone(), format!("{} began a union", ctx.names(&m.people)))
            }
            MomentKind::Birth => {
                let parents = ctx.parent_list(m.people[0]);
                (parents, format!("{} was born", ctx.name(m.people[0])))
            }
            _ => continue,
        };
        let mut found: Vec<(usize, usize)> = Vec::new(); // (who, dead)
        for &w in &who {
            let mut close = ctx.parent_list(w);
            close.extend(ctx.siblings(w));
            close.extend(ctx.child_list(w));
            close.sort_by(|&a, &b| ctx.people[a].id.cmp(&ctx.people[b].id));
            close.dedup();
            for q in close {
                if m.people.contains(&q) {
                    continue;
                }
                let Some(death) = ctx.death(q) else { continue };
                if death <= m.day && m.day - death <= window {
                    found.push((w, q));
                }
            }
        }
        if found.is_empty() {
            continue;
        }
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
