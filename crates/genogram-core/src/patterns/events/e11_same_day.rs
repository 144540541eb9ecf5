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

/// The elders of a person that a date coincidence can link them to: kin ancestors and the
/// siblings of those ancestors (grandparents, aunts and uncles, great-aunts ...).
fn elders(ctx: &Context<'_>, p: usize) -> Vec<usize> {
    let ancestors = ctx.ancestors(p, true);
    let mut out = ancestors.clone();
    for &a in &ancestors {
        out.extend(ctx.sibling_slice(a));
    }
    ctx.sort_by_id(&mut out);
    out
}

/// A death in a later year than the other moment.
fn later_death(later: &Moment, earlier: &Moment) -> bool {
    later.kind == MomentKind::Death && later.date.year() > earlier.date.year()
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
        // Who has a moment on this day of the year: each moment is then checked against the
        // moments of its people's elders only, so the cost follows the family's depth, not the
        // number of pairs.
        let mut of_person: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in &moments {
            for &p in &ctx.timeline[i].people {
                of_person.entry(p).or_default().push(i);
            }
        }
        let mut matched: BTreeSet<usize> = BTreeSet::new();
        for &i in &moments {
            let m = &ctx.timeline[i];
            for &p in &m.people {
                for elder in elders(ctx, p) {
                    for &j in of_person.get(&elder).into_iter().flatten() {
                        let e = &ctx.timeline[j];
                        if later_death(m, e) || later_death(e, m) {
                            matched.insert(i);
                            matched.insert(j);
                        }
                    }
                }
            }
        }
        if !matched.is_empty() {
            out.push(finding(ctx, (month, day), &matched));
        }
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
