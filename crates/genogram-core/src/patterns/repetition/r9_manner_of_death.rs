//! R9, a manner of death repeated: suicide, an overdose, a violent or an accidental death, or
//! an adult death before `early_death_age`, in two or more generations of one line. Walsh and
//! McGoldrick ("Living Beyond Loss") describe how such deaths, often kept secret, shape the
//! expectations and fears of the generations after; McGoldrick, Gerson and Petry mark them on
//! the genogram for that reason.

use super::{generations, lines, path};
use crate::model::DeathManner;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

/// The manners of death the rule follows, in report order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Manner {
    Suicide,
    Overdose,
    Violent,
    Accident,
    Early,
}

impl Manner {
    const ALL: [Manner; 5] =
        [Manner::Suicide, Manner::Overdose, Manner::Violent, Manner::Accident, Manner::Early];

    fn words(self, ctx: &Context<'_>) -> (&'static str, String) {
        match self {
            Manner::Suicide => ("suicide", "died by suicide".into()),
            Manner::Overdose => ("death by overdose", "died of an overdose".into()),
            Manner::Violent => ("violent death", "died a violent death".into()),
            Manner::Accident => ("accidental death", "died in an accident".into()),
            Manner::Early => ("early death", format!("died before {}", ctx.config.early_death_age)),
        }
    }
}

fn cause_says(ctx: &Context<'_>, p: usize, words: &[&str]) -> bool {
    ctx.people[p].death_cause.as_deref().is_some_and(|c| {
        let c = c.to_lowercase();
        words.iter().any(|w| c.contains(w))
    })
}

/// Whether a person's death was of this manner. An early death needs both dates and must be
/// certain: the latest birth and the earliest death still give an adult age under the limit.
fn died_of(ctx: &Context<'_>, p: usize, m: Manner) -> bool {
    let manner = ctx.people[p].death_manner;
    match m {
        Manner::Suicide => manner == Some(DeathManner::Suicide) || cause_says(ctx, p, &["suicide"]),
        Manner::Overdose => cause_says(ctx, p, &["overdose"]),
        Manner::Violent => {
            manner == Some(DeathManner::Homicide)
                || cause_says(
                    ctx,
                    p,
                    &["homicide", "murder", "killed in action", "executed", "shot"],
                )
        }
        Manner::Accident => {
            manner == Some(DeathManner::Accident)
                || cause_says(ctx, p, &["accident", "drowned", "drowning", "crash"])
        }
        Manner::Early => {
            let (Some((b_lo, b_hi)), Some((d_lo, d_hi))) = (ctx.birth_span(p), ctx.death_span(p))
            else {
                return false;
            };
            let oldest = crate::patterns::context::years_between(b_lo, d_hi);
            let youngest = crate::patterns::context::years_between(b_hi, d_lo);
            oldest < ctx.config.early_death_age && youngest >= ctx.config.childhood_age
        }
    }
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut named: std::collections::BTreeSet<Vec<usize>> = std::collections::BTreeSet::new();
    for m in Manner::ALL {
        let dead: Vec<usize> = ctx
            .by_id
            .iter()
            .copied()
            .filter(|&p| ctx.is_person(p) && ctx.people[p].is_deceased() && died_of(ctx, p, m))
            .collect();
        if dead.len() < 2 {
            continue;
        }
        for group in lines(ctx, dead.len(), |i| vec![dead[i]]) {
            let mut people: Vec<usize> = group.iter().map(|&i| dead[i]).collect();
            ctx.by_generation(&mut people);
            let gens = generations(ctx, &people);
            if gens.len() < ctx.config.repeat_generations.max(2) {
                continue;
            }
            // The same people already named for a more specific manner (two suicides in their
            // forties are not also "early deaths").
            let mut key = people.clone();
            key.sort_unstable();
            if !named.insert(key) {
                continue;
            }
            out.push(finding(ctx, m, &people, gens.len()));
        }
    }
    out
}

fn finding(ctx: &Context<'_>, m: Manner, people: &[usize], generations: usize) -> Finding {
    let (what, role) = m.words(ctx);
    let line = path(ctx, people);
    let mut d = ctx
        .finding("R9")
        .title(format!(
            "{} in {generations} generations: {}",
            super::r1_condition::capitalise(what),
            ctx.names(people)
        ))
        .strength(if generations >= 3 || people.len() >= 3 || m != Manner::Early {
            Strength::Moderate
        } else {
            Strength::Weak
        })
        .lineage(&line);
    d = d.members(people.iter().map(|&p| (p, role.as_str())));
    let mut parts = Vec::new();
    for &p in people {
        d = d.death(p);
        let how = match (m, &ctx.people[p].death_cause, ctx.people[p].death_manner) {
            (Manner::Early, Some(cause), _) => format!(", {}", cause.trim()),
            (Manner::Early, None, Some(manner)) if manner != DeathManner::Unknown => {
                format!(
                    ", {}",
                    serde_json::to_value(manner)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default()
                )
            }
            _ => String::new(),
        };
        let age = match (ctx.age_at_death(p), ctx.people[p].death) {
            (Some(a), Some(date)) => format!(" at {a} ({date}{how})"),
            (None, Some(date)) => format!(" ({date}{how})"),
            _ => String::new(),
        };
        parts.push(format!("{}{age}, {}", ctx.name(p), ctx.generation_words(ctx.generation[p])));
    }
    let unexplained: Vec<usize> = people
        .iter()
        .copied()
        .filter(|&p| {
            ctx.people[p].death_cause.is_none()
                && ctx.people[p].death_manner.is_none_or(|m| m == DeathManner::Unknown)
        })
        .collect();
    if m == Manner::Early && !unexplained.is_empty() {
        d = d.missing(format!("how {} died", ctx.names(&unexplained)));
    }
    d.summary(format!("{} recurs on one line of descent: {}.", super::r1_condition::capitalise(what), parts.join("; ")))
        .hypothesis(format!(
            "{} repeated across generations can leave the family expecting it, fearing it or not speaking of it: a pattern worth exploring, gently, with attention to who carries that fear now and what has helped.",
            super::r1_condition::capitalise(what)
        ))
        .question("How were these deaths spoken about in the family, and what was left unsaid?")
        .question("Who in the family worries most that it could happen again, and what helps them?")
        .build()
}
