//! Coordinates: x for every person (layout-notes §4).
//!
//! Each row keeps its order; consecutive people keep at least their minimum separation. Within
//! those constraints, positions are pulled towards targets (children centred under their
//! parents' union on the way down, unions centred over their children on the way up) by
//! isotonic regression (pool adjacent violators): the least-squares placement that respects the
//! order, in linear time per row.

use crate::layout::family::Family;

/// Centre-to-centre distance between partners.
pub(crate) const PARTNER_SEP: f64 = 110.0;
/// Centre-to-centre distance between neighbours in different blocks.
pub(crate) const BLOCK_SEP: f64 = 130.0;
const ROUNDS: usize = 6;

/// The x of every person, given the rows as blocks of people, left to right. A block (a person
/// and their partners) is rigid: its members keep their spacing, and the block moves as one.
pub(crate) fn coordinates(f: &Family, rows: &[Vec<Vec<usize>>], row_of: &[usize]) -> Vec<f64> {
    let mut x = vec![0.0; f.people.len()];
    // Each block: its members with their offsets from the block's left member.
    let units: Vec<Vec<Vec<(usize, f64)>>> = rows
        .iter()
        .map(|blocks| {
            blocks
                .iter()
                .map(|block| {
                    let mut at = 0.0;
                    let mut previous = None;
                    block
                        .iter()
                        .map(|&p| {
                            if let Some(q) = previous {
                                at += partner_gap(f, row_of, block, q, p);
                            }
                            previous = Some(p);
                            (p, at)
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    // Separation between consecutive blocks' left members: the previous block's width plus a gap.
    let seps: Vec<Vec<f64>> = units
        .iter()
        .map(|row| {
            let mut out = Vec::with_capacity(row.len());
            let mut previous_width = None;
            for block in row {
                out.push(previous_width.map_or(0.0, |w: f64| w + BLOCK_SEP));
                previous_width = block.last().map(|&(_, offset)| offset);
            }
            out
        })
        .collect();
    for (row, row_seps) in units.iter().zip(&seps) {
        let mut at = 0.0;
        for (block, &s) in row.iter().zip(row_seps) {
            at += s;
            for &(p, offset) in block {
                x[p] = at + offset;
            }
        }
    }
    // Whether each person stands with their own sibship (rather than beside a partner who
    // stands with theirs): only those count when a sibship is centred under its parents.
    let mut follows = vec![true; f.people.len()];
    for block in rows.iter().flatten() {
        let Some(&first) = block.first() else { continue };
        if let Some((u, _)) = crate::layout::order::anchor(f, block, row_of, row_of[first]) {
            for &p in block {
                follows[p] = f.primary_union[p] == Some(u);
            }
        }
    }
    for _ in 0..ROUNDS {
        // Down: children under their parents' union.
        for (row, row_seps) in units.iter().zip(&seps).skip(1) {
            let targets: Vec<Vec<(f64, f64)>> = row
                .iter()
                .map(|block| {
                    block.iter().map(|&(p, _)| down_target(f, row_of, &follows, &x, p)).collect()
                })
                .collect();
            place_row(row, row_seps, &targets, &mut x);
        }
        // Up: unions over their children.
        for (row, row_seps) in units.iter().zip(&seps).rev().skip(1) {
            let targets: Vec<Vec<(f64, f64)>> = row
                .iter()
                .map(|block| block.iter().map(|&(p, _)| up_target(f, row_of, &x, p)).collect())
                .collect();
            place_row(row, row_seps, &targets, &mut x);
        }
    }
    let min = x.iter().copied().fold(f64::MAX, f64::min);
    if min.is_finite() {
        for v in &mut x {
            *v -= min;
        }
    }
    x
}

/// The distance between two neighbours in a block. In a block of serial partners (three or
/// more people) the unions' sibships sit side by side under it, each centred under the middle
/// of its own union line: partners stand as far apart as their own children need (a block's
/// width for each child drawn below), and two partners of one person who stand side by side
/// (the later one's line passing under the earlier one) as far apart as both their unions'
/// children need, since the two lines' middles are half that apart. A plain couple keeps
/// [`PARTNER_SEP`], its children spreading freely below.
fn partner_gap(f: &Family, row_of: &[usize], block: &[usize], a: usize, b: usize) -> f64 {
    if block.len() < 3 {
        return PARTNER_SEP;
    }
    let room = |p: usize, q: usize| -> f64 {
        let children: usize = f.unions_of[p]
            .iter()
            .filter(|&&u| f.unions[u].partners.contains(&q))
            .map(|&u| {
                let union = &f.unions[u];
                union
                    .children
                    .iter()
                    .filter(|&&c| f.primary_union[c] == Some(u) && row_of[c] == row_of[p] + 1)
                    .count()
            })
            .sum();
        children.min(MAX_CHILDREN_MADE_ROOM) as f64 * BLOCK_SEP
    };
    if f.unions_of[a].iter().any(|&u| f.unions[u].partners.contains(&b)) {
        return PARTNER_SEP.max(room(a, b));
    }
    let shared = block
        .iter()
        .filter(|&&c| c != a && c != b)
        .map(|&c| if room(c, a) > 0.0 || room(c, b) > 0.0 { room(c, a) + room(c, b) } else { 0.0 })
        .fold(0.0, f64::max);
    PARTNER_SEP.max(shared)
}

/// The most children a serial partners' union makes room for between the partners (beyond,
/// the sibship spreads beyond the block, as a couple's does).
const MAX_CHILDREN_MADE_ROOM: usize = 4;

/// Where a child would like to be: its sibship (those of it who stand with it, not beside a
/// partner from another drawn family) moved as a whole, its spacing kept, so that their mean x
/// is under their parents' line of descent (weight 1); anyone else stays put (weight 0.05).
fn down_target(f: &Family, row_of: &[usize], follows: &[bool], x: &[f64], p: usize) -> (f64, f64) {
    match f.primary_union[p] {
        Some(u) if follows[p] && f.unions[u].partners.iter().all(|&q| row_of[q] < row_of[p]) => {
            let union = &f.unions[u];
            let mid =
                union.partners.iter().map(|&q| x[q]).sum::<f64>() / union.partners.len() as f64;
            let (sum, n): (f64, f64) = drawn_children(f, row_of, u, row_of[p])
                .filter(|&c| follows[c])
                .fold((0.0, 0.0), |(s, n), c| (s + x[c], n + 1.0));
            (x[p] + mid - sum / n.max(1.0), 1.0)
        }
        _ => (x[p], 0.05),
    }
}

/// The children drawn under union `u` on row `r`.
fn drawn_children<'f>(
    f: &'f Family,
    row_of: &'f [usize],
    u: usize,
    r: usize,
) -> impl Iterator<Item = usize> + 'f {
    f.unions[u]
        .children
        .iter()
        .copied()
        .filter(move |&c| f.primary_union[c] == Some(u) && row_of[c] == r)
}

/// Where a partner would like to be: moved by how far their unions are from the centre of their
/// children (weight 1); anyone without children below stays put (weight 0.05).
fn up_target(f: &Family, row_of: &[usize], x: &[f64], p: usize) -> (f64, f64) {
    let mut shift = 0.0;
    let mut count = 0.0;
    for &u in &f.unions_of[p] {
        let union = &f.unions[u];
        let below = union.children.iter().copied().filter(|&c| f.primary_union[c] == Some(u));
        let (sum, n): (f64, f64) = below
            .filter(|&c| row_of[c] > row_of[p])
            .fold((0.0, 0.0), |(s, n), c| (s + x[c], n + 1.0));
        if n == 0.0 {
            continue;
        }
        let mid = union.partners.iter().map(|&q| x[q]).sum::<f64>() / union.partners.len() as f64;
        shift += sum / n - mid;
        count += 1.0;
    }
    if count == 0.0 { (x[p], 0.05) } else { (x[p] + shift / count, 1.0) }
}

/// Places one row of rigid blocks: each block's target is the weighted mean of its members'
/// targets, moved to its left member.
fn place_row(row: &[Vec<(usize, f64)>], seps: &[f64], targets: &[Vec<(f64, f64)>], x: &mut [f64]) {
    let block_targets: Vec<(f64, f64)> = row
        .iter()
        .zip(targets)
        .map(|(block, member_targets)| {
            let (mut sum, mut weight) = (0.0, 0.0);
            for (&(_, offset), &(t, w)) in block.iter().zip(member_targets) {
                sum += (t - offset) * w;
                weight += w;
            }
            (sum / weight.max(1e-9), weight)
        })
        .collect();
    let mut lefts = vec![0.0; row.len()];
    let ids: Vec<usize> = (0..row.len()).collect();
    place(&ids, seps, &block_targets, &mut lefts);
    for (block, left) in row.iter().zip(lefts) {
        for &(p, offset) in block {
            x[p] = left + offset;
        }
    }
}

/// Places one row: the weighted least-squares positions closest to `targets` such that each
/// person is at least `seps[i]` right of the previous one.
fn place(people: &[usize], seps: &[f64], targets: &[(f64, f64)], x: &mut [f64]) {
    // With c_i the cumulative separation, z_i = x_i - c_i must be non-decreasing: isotonic
    // regression of the shifted targets, by pool adjacent violators.
    let mut cumulative = Vec::with_capacity(people.len());
    let mut c = 0.0;
    for &s in seps {
        c += s;
        cumulative.push(c);
    }
    // Pools of (weighted mean, total weight, length).
    let mut pools: Vec<(f64, f64, usize)> = Vec::with_capacity(people.len());
    for (i, &(target, weight)) in targets.iter().enumerate() {
        pools.push((target - cumulative[i], weight, 1));
        while pools.len() > 1 {
            let (m2, w2, n2) = pools[pools.len() - 1];
            let (m1, w1, n1) = pools[pools.len() - 2];
            if m1 <= m2 {
                break;
            }
            pools.pop();
            let w = w1 + w2;
            let last = pools.len() - 1;
            pools[last] = ((m1 * w1 + m2 * w2) / w, w, n1 + n2);
        }
    }
    let mut i = 0;
    for (mean, _, n) in pools {
        for _ in 0..n {
            x[people[i]] = mean + cumulative[i];
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::place;

    #[test]
    fn placement_keeps_order_and_separation_and_pulls_to_targets() {
        let mut x = vec![0.0; 3];
        // Targets in the wrong order are pooled: both at the mean, separated.
        place(
            &[0, 1, 2],
            &[0.0, 100.0, 100.0],
            &[(500.0, 1.0), (400.0, 1.0), (1000.0, 1.0)],
            &mut x,
        );
        assert_eq!(x, vec![400.0, 500.0, 1000.0]);
        // Free targets are met exactly.
        place(&[0, 1], &[0.0, 100.0], &[(0.0, 1.0), (300.0, 1.0)], &mut x);
        assert_eq!(x[..2], [0.0, 300.0]);
    }
}
