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
/// Centre-to-centre distance between siblings under one union, as targets.
const SIBLING_SPREAD: f64 = 130.0;
const ROUNDS: usize = 6;

/// The x of every person, given the rows as blocks of people, left to right.
pub(crate) fn coordinates(f: &Family, rows: &[Vec<Vec<usize>>], row_of: &[usize]) -> Vec<f64> {
    let mut x = vec![0.0; f.people.len()];
    let lines: Vec<(Vec<usize>, Vec<f64>)> = rows
        .iter()
        .map(|blocks| {
            let people: Vec<usize> = blocks.iter().flatten().copied().collect();
            let mut seps = Vec::with_capacity(people.len());
            for (b, block) in blocks.iter().enumerate() {
                for i in 0..block.len() {
                    let first_of_row = b == 0 && i == 0;
                    seps.push(if first_of_row {
                        0.0
                    } else if i == 0 {
                        BLOCK_SEP
                    } else {
                        PARTNER_SEP
                    });
                }
            }
            (people, seps)
        })
        .collect();
    for (people, seps) in &lines {
        let mut at = 0.0;
        for (&p, &s) in people.iter().zip(seps) {
            at += s;
            x[p] = at;
        }
    }
    for _ in 0..ROUNDS {
        // Down: children under their parents' union.
        for (people, seps) in lines.iter().skip(1) {
            let targets: Vec<(f64, f64)> = people
                .iter()
                .map(|&p| match f.primary_union[p] {
                    Some(u) if f.unions[u].partners.iter().all(|&q| row_of[q] < row_of[p]) => {
                        let union = &f.unions[u];
                        let mid = union.partners.iter().map(|&q| x[q]).sum::<f64>()
                            / union.partners.len() as f64;
                        let same_row: Vec<usize> = union
                            .children
                            .iter()
                            .copied()
                            .filter(|&c| row_of[c] == row_of[p])
                            .collect();
                        let k = same_row.iter().position(|&c| c == p).unwrap_or(0) as f64;
                        let n = same_row.len() as f64;
                        (mid + (k - (n - 1.0) / 2.0) * SIBLING_SPREAD, 1.0)
                    }
                    _ => (x[p], 0.05),
                })
                .collect();
            place(people, seps, &targets, &mut x);
        }
        // Up: unions over their children.
        for (people, seps) in lines.iter().rev().skip(1) {
            let targets: Vec<(f64, f64)> = people
                .iter()
                .map(|&p| {
                    let mut shift = 0.0;
                    let mut count = 0.0;
                    for &u in &f.unions_of[p] {
                        let union = &f.unions[u];
                        let below: Vec<f64> = union
                            .children
                            .iter()
                            .filter(|&&c| row_of[c] > row_of[p])
                            .map(|&c| x[c])
                            .collect();
                        if below.is_empty() {
                            continue;
                        }
                        let (lo, hi) = below
                            .iter()
                            .fold((f64::MAX, f64::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)));
                        let mid = union.partners.iter().map(|&q| x[q]).sum::<f64>()
                            / union.partners.len() as f64;
                        shift += (lo + hi) / 2.0 - mid;
                        count += 1.0;
                    }
                    if count == 0.0 { (x[p], 0.05) } else { (x[p] + shift / count, 1.0) }
                })
                .collect();
            place(people, seps, &targets, &mut x);
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
