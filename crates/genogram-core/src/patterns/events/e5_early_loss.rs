//! E5, early parental loss: a parent who died, left, was cut off, or a child placed away, before
//! the child was 18 (spec §4.5; the ACE convention).

use crate::model::{EmotionalKind, EventKind, UnionStatus};
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::time::Vital;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let adult = ctx.config.childhood_age;
    for &c in &ctx.by_id {
        if !ctx.is_person(c) {
            continue;
        }
        let nc = ctx.name(c);
        let parents = ctx.parent_list(c);
        // A loss is the child's only while the child lives: a baby who died at two days did
        // not lose the parent who died years later.
        let child_age = |day: i64| {
            ctx.age_at(c, day)
                .filter(|&a| (0..adult).contains(&a) && ctx.vital_on(c, day) != Vital::Dead)
        };
        // (age at the loss, words, strength, kind)
        let mut losses: Vec<(i64, String, Strength, &str)> = Vec::new();
        let mut d = ctx.finding("E5").member(c, "child");
        for &p in &parents {
            let np = ctx.name(p);
            if let Some(death) = ctx.death(p)
                && let Some(age) = child_age(death)
            {
                losses.push((
                    age,
                    format!("{np} died when {nc} was {age}"),
                    Strength::Strong,
                    "death",
                ));
                d = d.death(p).member(p, "parent who died");
            }
            for t in ctx.ties_between(c, p) {
                if t.kind != EmotionalKind::Cutoff {
                    continue;
                }
                let Some(age) = t.start.and_then(child_age) else {
                    continue;
                };
                losses.push((
                    age,
                    format!("{np} and {nc} were cut off from when {nc} was {age}"),
                    Strength::Moderate,
                    "cutoff",
                ));
                d = d.tie(t).member(p, "parent cut off");
            }
        }
        // The parents' union ended, and the child's household did not hold one of them.
        let mut unions: Vec<usize> = ctx.parents[c].iter().map(|&(_, u, _)| u).collect();
        unions.sort_unstable();
        unions.dedup();
        let cid = &ctx.people[c].id;
        for u in unions {
            let union = &ctx.g.unions()[u];
            let Some(end) = union
                .history
                .iter()
                .find(|h| matches!(h.status, UnionStatus::Separated | UnionStatus::Divorced))
                .and_then(|h| h.date)
            else {
                continue;
            };
            let Some(age) = child_age(end.sort_key()) else {
                continue;
            };
            let partners = &ctx.union_partners[u];
            let homes: Vec<_> =
                ctx.g.households().iter().filter(|h| h.members.contains(cid)).collect();
            let away: Vec<usize> = partners
                .iter()
                .copied()
                .filter(|&p| !homes.iter().any(|h| h.members.contains(&ctx.people[p].id)))
                .collect();
            if homes.is_empty() {
                losses.push((
                    age,
                    format!("{} separated when {nc} was {age}", ctx.names(partners)),
                    Strength::Weak,
                    "separation",
                ));
                d = d.missing(format!("where {nc} lived after the separation"));
                for &p in partners {
                    d = d.member(p, "parent (separated)");
                }
            } else if !away.is_empty() && away.len() < partners.len() {
                losses.push((
                    age,
                    format!(
                        "{} separated when {nc} was {age}, and {nc} does not live with {}",
                        ctx.names(partners),
                        ctx.names(&away)
                    ),
                    Strength::Moderate,
                    "separation",
                ));
                for &p in &away {
                    d = d.member(p, "parent who left the household");
                }
            } else {
                continue;
            }
            d = d.union(u);
        }
        if let Some(first) = losses.iter().min_by_key(|l| (l.0, std::cmp::Reverse(l.2))).cloned() {
            let strongest = losses.iter().map(|l| l.2).max().unwrap_or(first.2);
            let all: Vec<String> = losses.iter().map(|l| l.1.clone()).collect();
            out.push(
                d.title(format!("Early parental loss: {nc} ({} at {})", first.3, first.0))
                    .birth(c)
                    .strength(strongest)
                    .summary(format!("{}.", all.join("; ")))
                    .hypothesis(format!("Losing a parent in childhood, by death, separation or cutoff, shapes how a person attaches, trusts and grieves, and it can be met with great resilience. Worth exploring who cared for {nc} then, and how {nc} carries it now."))
                    .question(format!("Who looked after {nc} at the time?"))
                    .question(format!("What was {nc} told about what was happening?"))
                    .build(),
            );
        }
        // Placement out of the family before adulthood.
        for (i, e) in ctx.g.events().iter().enumerate() {
            if e.kind != EventKind::Placement || !e.people.contains(&ctx.people[c].id) {
                continue;
            }
            let Some(age) = e.date.and_then(|d| child_age(d.sort_key())) else {
                continue;
            };
            out.push(
                ctx.finding("E5")
                    .title(format!("Early parental loss: {nc} placed at {age}"))
                    .member(c, "child placed")
                    .event(i)
                    .birth(c)
                    .strength(Strength::Strong)
                    .summary(format!("{nc} was placed away from the birth family at {age}{}.", e.label.as_ref().map(|l| format!(" ({l})")).unwrap_or_default()))
                    .hypothesis(format!("A placement is a loss of parents, home and often siblings at once, whatever its reasons. Worth exploring what {nc} understood and who stayed constant."))
                    .question(format!("Who has been constant in {nc}'s life since then?"))
                    .question(format!("What does {nc} know about why the placement happened?"))
                    .build(),
            );
        }
    }
    out
}
