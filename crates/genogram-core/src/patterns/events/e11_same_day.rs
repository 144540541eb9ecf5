//! E11, a same-day coincidence: a death on the same calendar day (month and day) as an earlier
//! death, birth, union or other nodal event in another generation. Both dates must be exact to
//! the day. McGoldrick, Gerson and Petry point to such coincidences of dates as worth asking
//! about: families often notice them and give them meaning. One finding per calendar day.

use std::collections::{BTreeMap, BTreeSet};

use crate::DateSpec;
use crate::model::EventKind;
use crate::patterns::context::{Context, Moment, MomentKind, list};
use crate::patterns::finding::{Finding, Strength};

/// The month and day of a moment dated exactly, when it may take part.
fn calendar_day(ctx: &Context<'_>, m: &Moment) -> Option<(u8, u8)> {
    let DateSpec::On(d) = m.date else { return None };
    let day = (d.month()?, d.day()?);
    let usable = match m.kind {
        MomentKind::Birth | MomentKind::Death => m.people.iter().all(|&p| ctx.is_person(p)),
        MomentKind::Widowed | MomentKind::Event(EventKind::Death) => false,
        k => k.is_nodal(),
    };
    (usable && !m.people.is_empty()).then_some(day)
}

fn role(kind: MomentKind) -> &'static str {
    match kind {
        MomentKind::Death => "died on that day",
        MomentKind::Birth => "born on that day",
        MomentKind::UnionStart => "union began on that day",
        MomentKind::Separation | MomentKind::Divorce => "union ended on that day",
        _ => "event on that day",
    }
}

fn generation(ctx: &Context<'_>, m: &Moment) -> i32 {
    m.people.iter().map(|&p| ctx.generation[p]).min().unwrap_or(0)
}

/// A set of generations holds one other than `g`.
fn other_than(gens: &BTreeMap<i32, usize>, g: i32) -> bool {
    gens.keys().any(|&k| k != g)
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut by_day: BTreeMap<(u8, u8), Vec<usize>> = BTreeMap::new();
    for (i, m) in ctx.timeline.iter().enumerate() {
        if let Some(day) = calendar_day(ctx, m) {
            by_day.entry(day).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for ((month, day), moments) in by_day {
        // The timeline is in date order, so each day's moments are in year order. A death is
        // matched by an earlier year's moment of another generation, and that moment by it.
        let years: Vec<i32> = moments.iter().map(|&i| ctx.timeline[i].date.year()).collect();
        let mut matched: BTreeSet<usize> = BTreeSet::new();
        let mut before: BTreeMap<i32, usize> = BTreeMap::new(); // generations of earlier years
        let mut start = 0;
        while start < moments.len() {
            let end =
                (start..moments.len()).find(|&k| years[k] != years[start]).unwrap_or(moments.len());
            for &i in &moments[start..end] {
                let m = &ctx.timeline[i];
                if m.kind == MomentKind::Death && other_than(&before, generation(ctx, m)) {
                    matched.insert(i);
                }
            }
            for &i in &moments[start..end] {
                *before.entry(generation(ctx, &ctx.timeline[i])).or_default() += 1;
            }
            start = end;
        }
        if matched.is_empty() {
            continue;
        }
        // The earlier moments that match a matched death: a later year's matched death of
        // another generation.
        let deaths = matched.clone();
        let mut after: BTreeMap<i32, usize> = BTreeMap::new(); // generations of later deaths
        let mut end = moments.len();
        while end > 0 {
            let start = (0..end).rev().find(|&k| years[k] != years[end - 1]).map_or(0, |k| k + 1);
            for &i in &moments[start..end] {
                if other_than(&after, generation(ctx, &ctx.timeline[i])) {
                    matched.insert(i);
                }
            }
            for &i in &moments[start..end] {
                if deaths.contains(&i) {
                    *after.entry(generation(ctx, &ctx.timeline[i])).or_default() += 1;
                }
            }
            end = start;
        }
        out.push(finding(ctx, (month, day), &matched));
    }
    out
}

fn finding(ctx: &Context<'_>, (month, day): (u8, u8), matched: &BTreeSet<usize>) -> Finding {
    let moments: Vec<&Moment> = matched.iter().map(|&i| &ctx.timeline[i]).collect();
    let deaths = moments.iter().filter(|m| m.kind == MomentKind::Death).count();
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let on = format!("{day} {}", MONTHS.get(usize::from(month).saturating_sub(1)).unwrap_or(&""));
    let mut d =
        ctx.finding("E11").strength(if deaths >= 2 { Strength::Moderate } else { Strength::Weak });
    let mut parts = Vec::new();
    for m in &moments {
        for &p in &m.people {
            d = d.member(p, role(m.kind));
        }
        d = d.moment(m);
        let what = match m.kind {
            MomentKind::Death => format!("{} died", ctx.name(m.people[0])),
            MomentKind::Birth => format!("{} was born", ctx.name(m.people[0])),
            MomentKind::UnionStart => format!("{} began their union", ctx.names(&m.people)),
            MomentKind::Separation | MomentKind::Divorce => {
                format!("{} separated", ctx.names(&m.people))
            }
            _ => format!("an event for {}", ctx.names(&m.people)),
        };
        parts.push(format!("{what} on {}", m.date));
    }
    let mut last_dead: Vec<usize> =
        moments.iter().filter(|m| m.kind == MomentKind::Death).map(|m| m.people[0]).collect();
    last_dead.dedup();
    let later = last_dead.last().map(|&p| ctx.name(p)).unwrap_or_default();
    d.title(format!("Same-day coincidence on {on}: {}", ctx.names(&last_dead)))
        .summary(format!("On the same day of the year, in different generations: {}.", list(&parts)))
        .hypothesis("A death on the same date as an earlier event in the family can be pure coincidence, or can feel to the family like a meaning or a message: a date coincidence worth noting, and worth asking whether anyone has noticed it.")
        .question(format!("Has anyone in the family noticed that {later} died on that date?"))
        .question("What does that day of the year mean in the family now?")
        .build()
}
