//! E4, traumatic or untimely loss: suicide, homicide, accident; the death of a child or young
//! adult; pregnancy losses; deaths clustered within a year (spec §4.5).

use crate::model::{DeathManner, PersonKind};
use crate::patterns::context::{Context, MomentKind, months, months_days};
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for &p in &ctx.by_id {
        let person = &ctx.people[p];
        let manner = person.death_manner.filter(|m| {
            matches!(m, DeathManner::Suicide | DeathManner::Homicide | DeathManner::Accident)
        });
        let perinatal = matches!(
            person.kind,
            PersonKind::Miscarriage | PersonKind::Stillbirth | PersonKind::Ectopic
        ) || (person.kind == PersonKind::Person && ctx.age_at_death(p) == Some(0));
        let young = ctx.is_person(p)
            && ctx.age_at_death(p).is_some_and(|a| a < ctx.config.untimely_death_age);
        if manner.is_none() && !perinatal && !young {
            continue;
        }
        let n = ctx.name(p);
        let what = match manner {
            Some(DeathManner::Suicide) => "died by suicide".to_owned(),
            Some(DeathManner::Homicide) => "was killed".to_owned(),
            Some(_) => "died in an accident".to_owned(),
            None if perinatal => match person.kind {
                PersonKind::Miscarriage => "was lost in a miscarriage".to_owned(),
                PersonKind::Stillbirth => "was stillborn".to_owned(),
                PersonKind::Ectopic => "was lost in an ectopic pregnancy".to_owned(),
                _ => "died as an infant".to_owned(),
            },
            None => format!("died at {}", ctx.age_at_death(p).unwrap_or_default()),
        };
        let age = if manner.is_some() {
            ctx.age_at_death(p).map(|a| format!(" at {a}")).unwrap_or_default()
        } else {
            String::new()
        };
        // Only parents who outlived the death are bereaved by it.
        let parents = ctx.survivors_of(p, &ctx.parent_list(p));
        let mut d =
            ctx.finding("E4").title(format!("Traumatic or untimely loss: {n}")).member(p, "lost");
        d = if person.death.is_some() { d.death(p) } else { d.birth(p) };
        for &q in &parents {
            d = d.member(q, "bereaved parent");
        }
        out.push(
            d.strength(if manner.is_some() { Strength::Strong } else { Strength::Moderate })
                .summary(format!("{n} {what}{age}{}.", person.death.map(|d| format!(" ({d})")).unwrap_or_default()))
                .hypothesis("Sudden, violent or off-time losses are hard to mourn, and grief that could not be spoken can echo into later generations. Worth exploring how it was lived and told.")
                .question(format!("How was {n}'s death talked about, and by whom?"))
                .question("What changed in the family afterwards?")
                .question("Is there anything about it that people still avoid?")
                .build(),
        );
    }
    // Deaths clustered in time: two or more deaths of close kin within the window of each other
    // (joined transitively), found from each death's kin rather than from all pairs of deaths.
    let window = months_days(ctx.config.window_months);
    let deaths: Vec<usize> =
        (0..ctx.timeline.len()).filter(|&m| ctx.timeline[m].kind == MomentKind::Death).collect();
    let mut slot = vec![usize::MAX; ctx.timeline.len()];
    for (i, &m) in deaths.iter().enumerate() {
        slot[m] = i;
    }
    let mut sets = crate::patterns::repetition::Sets::new(deaths.len());
    for (i, &m) in deaths.iter().enumerate() {
        let p = ctx.timeline[m].people[0];
        for q in super::kin_circle(ctx, p, &ctx.timeline[m]) {
            for &o in &ctx.person_moments[q] {
                let other = &ctx.timeline[o];
                if o != m
                    && other.kind == MomentKind::Death
                    && other.within(&ctx.timeline[m], window)
                {
                    sets.join(i, slot[o]);
                }
            }
        }
    }
    for group in sets.groups().into_iter().filter(|g| g.len() >= 2) {
        let moments: Vec<usize> = group.iter().map(|&i| deaths[i]).collect();
        let parts: Vec<String> = moments
            .iter()
            .map(|&m| format!("{} ({})", ctx.name(ctx.timeline[m].people[0]), ctx.timeline[m].date))
            .collect();
        let mut people: Vec<usize> = moments.iter().map(|&m| ctx.timeline[m].people[0]).collect();
        ctx.sort_by_id(&mut people);
        let mut d = ctx.finding("E4").title(format!(
            "{} deaths within {}",
            people.len(),
            months(ctx.config.window_months)
        ));
        for &p in &people {
            d = d.member(p, "died").death(p);
        }
        out.push(
            d.strength(if people.len() >= 3 { Strength::Strong } else { Strength::Moderate })
                .summary(format!("Close relatives died within a short time: {}.", crate::patterns::context::list(&parts)))
                .hypothesis("Losses that come one after another leave little room to grieve each one; the family may still be carrying them together.")
                .question("How did the family get through that period?")
                .question("Who held things together, and who was held?")
                .build(),
        );
    }
    out
}
