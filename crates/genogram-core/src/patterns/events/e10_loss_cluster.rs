//! E10, a loss cluster seen from a survivor: `loss_cluster_deaths` or more deaths of people
//! close to one person (parents, children, siblings, partners, grandparents, grandchildren and
//! in-laws) within `loss_cluster_years`, the survivor alive through all of them. Walsh and
//! McGoldrick ("Living Beyond Loss") on losses that pile up faster than they can be mourned.

use std::collections::BTreeMap;

use crate::patterns::context::{Context, YEAR_DAYS, list};
use crate::patterns::finding::{Finding, Strength};

/// The people close to `s`, with how they are related and the union the relation runs
/// through (a partner, or an in-law by marriage), each once (the nearest relation kept).
fn close_to(ctx: &Context<'_>, s: usize) -> Vec<(usize, &'static str, Option<usize>)> {
    let mut out: Vec<(usize, &'static str, Option<usize>)> = Vec::new();
    let mut add = |q: usize, how: &'static str, via: Option<usize>| {
        if q != s && !out.iter().any(|&(r, _, _)| r == q) {
            out.push((q, how, via));
        }
    };
    for &(q, u) in &ctx.partners[s] {
        add(q, "partner", Some(u));
    }
    for q in ctx.parent_list(s) {
        add(q, "parent", None);
    }
    for q in ctx.child_list(s) {
        add(q, "child", None);
    }
    for &q in ctx.sibling_slice(s) {
        add(q, "sibling", None);
    }
    for p in ctx.parent_list(s) {
        for g in ctx.parent_list(p) {
            add(g, "grandparent", None);
        }
    }
    for c in ctx.child_list(s) {
        for g in ctx.child_list(c) {
            add(g, "grandchild", None);
        }
        for &(q, u) in &ctx.partners[c] {
            add(q, "child-in-law", Some(u));
        }
    }
    for &(partner, u) in &ctx.partners[s] {
        for q in ctx.parent_list(partner) {
            add(q, "parent-in-law", Some(u));
        }
        for &q in ctx.sibling_slice(partner) {
            add(q, "sibling-in-law", Some(u));
        }
    }
    for &sib in ctx.sibling_slice(s) {
        for &(q, u) in &ctx.partners[sib] {
            add(q, "sibling-in-law", Some(u));
        }
    }
    out
}

/// A relation through a union holds at a death unless the union certainly began after it: a
/// woman's brothers who died before she married are not her husband's losses.
fn related_at(ctx: &Context<'_>, via: Option<usize>, death_hi: i64) -> bool {
    via.is_none_or(|u| {
        ctx.g.unions()[u].start().and_then(|d| d.earliest()).is_none_or(|start| start <= death_hi)
    })
}

/// A death of someone close: (midpoint, first day, last day, person, relation).
type Loss = (i64, i64, i64, usize, &'static str);

/// The survivors who lost the same people, their clusters, and whether every cluster is certain.
type Survivors = (Vec<usize>, Vec<Vec<Loss>>, bool);

/// The clusters among one survivor's losses (sorted by day): maximal runs of windows holding
/// `loss_cluster_deaths` or more deaths within `loss_cluster_years`, taking dates at their middle.
fn clusters(ctx: &Context<'_>, losses: &[Loss]) -> Vec<(usize, usize)> {
    let span = (ctx.config.loss_cluster_years as f64 * YEAR_DAYS).round() as i64;
    let need = ctx.config.loss_cluster_deaths.max(2);
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut j = 0;
    for i in 0..losses.len() {
        j = j.max(i);
        while j + 1 < losses.len() && losses[j + 1].0 - losses[i].0 <= span {
            j += 1;
        }
        if j + 1 - i < need {
            continue;
        }
        match out.last_mut() {
            Some(last) if i <= last.1 => last.1 = j,
            _ => out.push((i, j)),
        }
    }
    out
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let span = (ctx.config.loss_cluster_years as f64 * YEAR_DAYS).round() as i64;
    // Survivors who lost the same people are one finding.
    let mut by_losses: BTreeMap<Vec<usize>, Survivors> = BTreeMap::new();
    for &s in &ctx.by_id {
        if !ctx.is_person(s) {
            continue;
        }
        let mut losses: Vec<Loss> = close_to(ctx, s)
            .into_iter()
            .filter(|&(q, _, _)| ctx.is_person(q))
            .filter_map(|(q, how, via)| {
                let (lo, hi) = ctx.death_span(q)?;
                let mid = ctx.death(q)?;
                (ctx.known_alive_between(s, lo, hi) && related_at(ctx, via, hi))
                    .then_some((mid, lo, hi, q, how))
            })
            .collect();
        losses.sort_by_key(|&(mid, _, _, q, _)| (mid, ctx.rank[q]));
        let found = clusters(ctx, &losses);
        if found.is_empty() {
            continue;
        }
        let groups: Vec<Vec<Loss>> = found.iter().map(|&(i, j)| losses[i..=j].to_vec()).collect();
        let certain = groups.iter().all(|g| {
            let lo = g.iter().map(|l| l.1).min().unwrap_or(0);
            let hi = g.iter().map(|l| l.2).max().unwrap_or(0);
            hi - lo <= span
        });
        let mut key: Vec<usize> = groups.iter().flatten().map(|l| ctx.rank[l.3]).collect();
        key.sort_unstable();
        let entry = by_losses.entry(key).or_insert_with(|| (Vec::new(), groups, certain));
        entry.0.push(s);
    }
    by_losses
        .into_values()
        .map(|(survivors, groups, certain)| finding(ctx, &survivors, &groups, certain))
        .collect()
}

fn finding(ctx: &Context<'_>, survivors: &[usize], groups: &[Vec<Loss>], certain: bool) -> Finding {
    let sn = ctx.names(survivors);
    let n: usize = groups.iter().map(Vec::len).sum();
    let mut d = ctx
        .finding("E10")
        .title(format!("Loss cluster around {sn}: {n} deaths"))
        .strength(if certain { Strength::Strong } else { Strength::Weak });
    if !certain {
        d = d.missing(
            "more precise death dates: the cluster holds only taking each date at its middle",
        );
    }
    for &s in survivors {
        d = d.member(s, "survivor");
    }
    let one = survivors.len() == 1;
    let mut parts = Vec::new();
    for g in groups {
        let mut who = Vec::new();
        for &(_, _, _, q, how) in g {
            d = d.member(q, "died").death(q);
            let date = ctx.people[q].death.map(|d| d.to_string()).unwrap_or_default();
            who.push(if one {
                format!("{how} {} ({date})", ctx.name(q))
            } else {
                format!("{} ({date})", ctx.name(q))
            });
        }
        parts.push(list(&who));
    }
    let within = match groups.len() {
        1 => format!("within {} years", ctx.config.loss_cluster_years),
        k => format!("in {k} clusters, each within {} years", ctx.config.loss_cluster_years),
    };
    let summary = format!("{sn} lost, {within}: {}.", parts.join("; then "));
    d.summary(summary)
        .hypothesis(format!(
            "Losses that come close together can leave no time to mourn one before the next: a pattern worth exploring, for what {sn} carried through those years and what it asked of the people around them."
        ))
        .question(format!("How did {sn} get through those years, and who stood by them?"))
        .question("What could be grieved at the time, and what was put aside for later?")
        .build()
}
