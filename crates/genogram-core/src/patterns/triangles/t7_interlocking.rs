//! T7, interlocking triangles: triangles that share a relationship, and hub people (spec §4.6).

use std::collections::{BTreeMap, BTreeSet};

use crate::patterns::context::Context;
use crate::patterns::finding::{Finding, Strength};

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let hits: Vec<&super::Hit> = super::all(ctx).iter().filter(|h| h.corners.is_some()).collect();
    let tris: Vec<[usize; 3]> = hits.iter().filter_map(|h| h.corners).collect();
    // Triangles sharing a dyad are joined (union–find).
    let mut parent: Vec<usize> = (0..tris.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut by_dyad: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for (t, c) in tris.iter().enumerate() {
        for (x, y) in [(c[0], c[1]), (c[1], c[2]), (c[0], c[2])] {
            let key = (x.min(y), x.max(y));
            match by_dyad.get(&key) {
                Some(&other) => {
                    let (r1, r2) = (root(&mut parent, t), root(&mut parent, other));
                    parent[r1] = r2;
                }
                None => {
                    by_dyad.insert(key, t);
                }
            }
        }
    }
    let mut components: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for t in 0..tris.len() {
        let r = root(&mut parent, t);
        components.entry(r).or_default().push(t);
    }
    let mut out = Vec::new();
    let mut count: BTreeMap<usize, usize> = BTreeMap::new();
    for c in &tris {
        for &p in c {
            *count.entry(p).or_default() += 1;
        }
    }
    for members in components.values().filter(|m| m.len() >= 2) {
        let people: BTreeSet<usize> = members.iter().flat_map(|&t| tris[t]).collect();
        let mut people: Vec<usize> = people.into_iter().collect();
        ctx.by_generation(&mut people);
        let mut d = ctx.finding("T7").title(format!(
            "Interlocking triangles: {} triangles joining {}",
            members.len(),
            ctx.names(&people)
        ));
        for &p in &people {
            let hub = count[&p] >= ctx.config.triangle_hub;
            d = d.member(p, if hub { "hub" } else { "in a triangle" });
        }
        for &t in members {
            for &r in &hits[t].finding.evidence.relationships {
                d = d.tie_index(r);
            }
        }
        let hubs: Vec<usize> =
            people.iter().copied().filter(|p| count[p] >= ctx.config.triangle_hub).collect();
        let strength = if members.len() >= 3 || !hubs.is_empty() {
            Strength::Strong
        } else {
            Strength::Moderate
        };
        let hub_text = if hubs.is_empty() {
            String::new()
        } else {
            format!(
                " {} take part in {} or more triangles each.",
                ctx.names(&hubs),
                ctx.config.triangle_hub
            )
        };
        out.push(
            d.strength(strength)
                .summary(format!(
                    "{} triangles share relationships among {}.{hub_text}",
                    members.len(),
                    ctx.names(&people)
                ))
                .hypothesis(
                    "When one triangle cannot hold the tension, it may spread to the next. These triangles may be one family process seen from several sides.".to_owned(),
                )
                .question("Where does the tension move when one relationship calms down?")
                .question(if hubs.is_empty() {
                    "Who is in the middle most often?".to_owned()
                } else {
                    format!("What is it like for {} to be in the middle of so many relationships?", ctx.names(&hubs))
                })
                .build(),
        );
    }
    out
}
