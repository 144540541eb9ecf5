//! E7, migration and dislocation: migrations, the first generation born after one, and couples
//! from different origins, religions or ethnicities (spec §4.5).

use crate::model::EventKind;
use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::siblings::unions;

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ctx.g.events().iter().enumerate() {
        if e.kind != EventKind::Migration {
            continue;
        }
        let movers: Vec<usize> = e.people.iter().filter_map(|p| ctx.g.index_of(p)).collect();
        if movers.is_empty() {
            continue;
        }
        let when = e.date.map(|d| d.sort_key());
        let mut born_after: Vec<usize> = movers
            .iter()
            .flat_map(|&p| ctx.child_list(p))
            .filter(|&c| {
                !movers.contains(&c) && matches!((ctx.birth(c), when), (Some(b), Some(w)) if b > w)
            })
            .collect();
        ctx.sort_by_id(&mut born_after);
        let mut d = ctx.finding("E7").title(format!("Migration: {}", ctx.names(&movers))).event(i);
        for &p in &movers {
            d = d.member(p, "migrated");
        }
        for &c in &born_after {
            d = d.member(c, "first generation born after the migration");
        }
        let place = e.place.as_ref().map(|p| format!(" to {p}")).unwrap_or_default();
        out.push(
            d.strength(Strength::Moderate)
                .summary(format!(
                    "{} migrated{place}{}{}.",
                    ctx.names(&movers),
                    e.date.map(|d| format!(" ({d})")).unwrap_or_default(),
                    if born_after.is_empty() { String::new() } else { format!("; born after: {}", ctx.names(&born_after)) }
                ))
                .hypothesis("Migration brings losses of place, language and kin alongside its hopes; the generation born after it often carries both worlds. Worth exploring what was left behind.")
                .question("Who was left behind, and what contact remained?")
                .question("What did the children born afterwards learn about the old country?")
                .build(),
        );
    }
    for u in unions(ctx) {
        let [a, b] = ctx.union_partners[u][..] else { continue };
        let (pa, pb) = (&ctx.people[a], &ctx.people[b]);
        let differ = |x: &Option<String>, y: &Option<String>| match (x, y) {
            (Some(x), Some(y)) => !x.trim().eq_ignore_ascii_case(y.trim()),
            _ => false,
        };
        let mut what = Vec::new();
        if differ(&pa.origin, &pb.origin) {
            what.push(format!(
                "origin ({} and {})",
                pa.origin.as_deref().unwrap_or_default(),
                pb.origin.as_deref().unwrap_or_default()
            ));
        }
        if differ(&pa.religion, &pb.religion) {
            what.push(format!(
                "religion ({} and {})",
                pa.religion.as_deref().unwrap_or_default(),
                pb.religion.as_deref().unwrap_or_default()
            ));
        }
        if differ(&pa.ethnicity, &pb.ethnicity) {
            what.push(format!(
                "ethnicity ({} and {})",
                pa.ethnicity.as_deref().unwrap_or_default(),
                pb.ethnicity.as_deref().unwrap_or_default()
            ));
        }
        if what.is_empty() {
            continue;
        }
        let (na, nb) = (ctx.name(a), ctx.name(b));
        out.push(
            ctx.finding("E7")
                .title(format!("Intermarriage: {na} and {nb}"))
                .member(a, "partner")
                .member(b, "partner")
                .union(u)
                .strength(Strength::Weak)
                .summary(format!("{na} and {nb} differ in {}.", crate::patterns::context::list(&what)))
                .hypothesis("Couples from different backgrounds bring two sets of family rules; the differences can enrich and can also become the ground where tensions are fought. Worth exploring how each family received the other.")
                .question("How did each family respond to the union?")
                .question("Whose traditions shape the household now?")
                .build(),
        );
    }
    out
}
