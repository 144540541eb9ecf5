//! Household outlines (genogram-spec §2.10): every household of the file is drawn. One box
//! around the members when it encloses nobody else; otherwise one box per run of neighbouring
//! members on a row (nobody else between them), so no one who lives elsewhere is ever inside
//! an outline; each household has its own outline style (colour and dash), named in the
//! legend, so the parts of one are read together.

use std::collections::{BTreeMap, BTreeSet};

use genogram_core::Genogram;

use crate::layout::{PlacedHousehold, PlacedPerson};

/// Room between a member's centre and the outline.
const PAD: f64 = 34.0;
/// How much smaller each further outline around a shared member is, so nested households
/// stay apart.
const NEST: f64 = 6.0;

pub(super) fn outlines(g: &Genogram, people: &[PlacedPerson]) -> Vec<PlacedHousehold> {
    let at: BTreeMap<&str, usize> =
        people.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    // Each row's people in x order, to find who stands between two members.
    let mut rows: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, p) in people.iter().enumerate() {
        rows.entry(p.row).or_default().push(i);
    }
    for row in rows.values_mut() {
        row.sort_by(|&a, &b| people[a].x.total_cmp(&people[b].x));
    }
    let mut households: Vec<&genogram_core::Household> = g.households().iter().collect();
    households.sort_by(|a, b| a.id.cmp(&b.id));
    // How many outlines already surround each person.
    let mut depth: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for h in households {
        let members: BTreeSet<usize> =
            h.members.iter().filter_map(|m| at.get(m.as_str()).copied()).collect();
        if members.is_empty() {
            continue;
        }
        let nesting = members.iter().map(|m| depth.get(m).copied().unwrap_or(0)).max().unwrap_or(0);
        let pad = (PAD - NEST * nesting as f64).max(PAD / 2.0);
        for &m in &members {
            depth.insert(m, nesting + 1);
        }
        let whole = bounds(members.iter().map(|&m| &people[m]), pad);
        let [x, y, w, hh] = whole;
        let intruder = people.iter().enumerate().any(|(i, p)| {
            !members.contains(&i) && p.x > x && p.x < x + w && p.y > y && p.y < y + hh - 14.0
        });
        let parts = if intruder { runs(&rows, &members, people, pad) } else { vec![whole] };
        let style = out.len();
        out.push(PlacedHousehold {
            id: h.id.to_string(),
            label: h.label.clone(),
            rect: whole,
            parts,
            style,
        });
    }
    out
}

/// The box around some members, `pad` px clear of their centres (14 px more below, for names).
fn bounds<'a>(members: impl Iterator<Item = &'a PlacedPerson>, pad: f64) -> [f64; 4] {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for m in members {
        x0 = x0.min(m.x);
        x1 = x1.max(m.x);
        y0 = y0.min(m.y);
        y1 = y1.max(m.y);
    }
    [x0 - pad, y0 - pad, x1 - x0 + 2.0 * pad, y1 - y0 + 2.0 * pad + 14.0]
}

/// One box per run of members standing next to each other on a row.
fn runs(
    rows: &BTreeMap<usize, Vec<usize>>,
    members: &BTreeSet<usize>,
    people: &[PlacedPerson],
    pad: f64,
) -> Vec<[f64; 4]> {
    let mut parts = Vec::new();
    for row in rows.values() {
        let mut run: Vec<usize> = Vec::new();
        for &p in row.iter().chain([&usize::MAX]) {
            if p != usize::MAX && members.contains(&p) {
                run.push(p);
            } else if !run.is_empty() {
                parts.push(bounds(run.iter().map(|&m| &people[m]), pad));
                run.clear();
            }
        }
    }
    parts
}
