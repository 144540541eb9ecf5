//! Order: the left-to-right order of couple blocks on each row (layout-notes §2–3).
//!
//! A block is a person with their partners on the same row; it is never split, so partners
//! stay side by side by construction. Rows start in a depth-first order from the founders
//! (children in birth order), then downward barycentre sweeps place each block under its
//! parents' unions, siblings keeping their birth order. Ties go to stable keys, never to the
//! order of the file.

use std::collections::{BTreeMap, BTreeSet};

use crate::layout::family::Family;

/// The blocks of each row, left to right; each block lists its people left to right.
pub(crate) fn order(f: &Family, rows: &[usize]) -> Vec<Vec<Vec<usize>>> {
    let blocks = blocks(f, rows);
    let block_of: BTreeMap<usize, usize> = blocks
        .iter()
        .enumerate()
        .flat_map(|(b, members)| members.iter().map(move |&p| (p, b)))
        .collect();
    let block_key = |b: usize| blocks[b].iter().map(|&p| &f.key[p]).min().cloned();

    // Depth-first order from the founders, children in birth order.
    let mut roots: Vec<usize> = (0..blocks.len())
        .filter(|&b| blocks[b].iter().all(|&p| f.primary_union[p].is_none()))
        .collect();
    roots.sort_by_key(|&b| block_key(b));
    let mut visit_rank = vec![usize::MAX; blocks.len()];
    let mut next = 0;
    let mut pending: Vec<usize> = (0..blocks.len()).collect();
    pending.sort_by_key(|&b| block_key(b));
    for start in roots.into_iter().chain(pending) {
        let mut stack = vec![start];
        while let Some(b) = stack.pop() {
            if visit_rank[b] != usize::MAX {
                continue;
            }
            visit_rank[b] = next;
            next += 1;
            let mut children: Vec<usize> = Vec::new();
            for &p in &blocks[b] {
                for &u in &f.unions_of[p] {
                    children.extend(
                        f.unions[u].children.iter().filter_map(|c| block_of.get(c).copied()),
                    );
                }
            }
            // Push in reverse so the oldest child is visited first.
            for &c in children.iter().rev() {
                if visit_rank[c] == usize::MAX {
                    stack.push(c);
                }
            }
        }
    }

    let n_rows = rows.iter().max().map_or(0, |r| r + 1);
    let mut by_row: Vec<Vec<usize>> = vec![Vec::new(); n_rows];
    for (b, members) in blocks.iter().enumerate() {
        by_row[rows[members[0]]].push(b);
    }
    for row in &mut by_row {
        row.sort_by_key(|&b| visit_rank[b]);
    }
    // Sweeps: down (blocks under the unions they hang from), up (couples over their
    // children), down again; a fixed number keeps the cost linear.
    for direction in [Sweep::Down, Sweep::Down, Sweep::Up, Sweep::Down] {
        sweep(f, &blocks, &visit_rank, &mut by_row, rows, direction);
    }
    by_row.into_iter().map(|row| row.into_iter().map(|b| blocks[b].clone()).collect()).collect()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sweep {
    Down,
    Up,
}

/// One barycentre sweep over the rows, moving whole blocks; birth order is restored after each
/// row.
fn sweep(
    f: &Family,
    blocks: &[Vec<usize>],
    visit_rank: &[usize],
    by_row: &mut [Vec<usize>],
    rows: &[usize],
    direction: Sweep,
) {
    let n_rows = by_row.len();
    let mut position: Vec<f64> = vec![0.0; f.people.len()];
    let number = |row: &[usize], position: &mut Vec<f64>| {
        let mut slot = 0.0;
        for &b in row {
            for &p in &blocks[b] {
                position[p] = slot;
                slot += 1.0;
            }
        }
    };
    for row in by_row.iter() {
        number(row, &mut position);
    }
    let order: Vec<usize> = match direction {
        Sweep::Down => (1..n_rows).collect(),
        Sweep::Up => (0..n_rows.saturating_sub(1)).rev().collect(),
    };
    for r in order {
        let key = |b: usize| -> Option<(i64, usize, usize)> {
            match direction {
                // A block follows one union: the one it hangs from, or, for a couple whose
                // partners both have parents drawn above, the larger sibship's (the smaller
                // family's parents then move over their child in the upward sweep). Blocks
                // under one union share its key and stay together, oldest first (the union's
                // index breaks ties between unions, so two sibships never interleave).
                Sweep::Down => {
                    let (u, rank) = anchor(f, &blocks[b], rows, r)?;
                    let partners = &f.unions[u].partners;
                    let at =
                        partners.iter().map(|&q| position[q]).sum::<f64>() / partners.len() as f64;
                    Some(((at * 1000.0).round() as i64, u, rank))
                }
                Sweep::Up => {
                    let mut sum = 0.0;
                    let mut count = 0.0;
                    for &p in &blocks[b] {
                        for &u in &f.unions_of[p] {
                            for &c in &f.unions[u].children {
                                if rows[c] > r && f.primary_union[c] == Some(u) {
                                    sum += position[c];
                                    count += 1.0;
                                }
                            }
                        }
                    }
                    (count > 0.0).then(|| (((sum / count) * 1000.0).round() as i64, 0, 0))
                }
            }
        };
        let row = &mut by_row[r];
        // Blocks with nothing to follow keep their place relative to their neighbours.
        let mut keyed: Vec<((i64, usize, usize, usize), usize)> = Vec::with_capacity(row.len());
        let mut last = (i64::MIN, 0, 0);
        for &b in row.iter() {
            let k = key(b).unwrap_or(last);
            last = k;
            keyed.push(((k.0, k.1, k.2, visit_rank[b]), b));
        }
        keyed.sort_by_key(|&(k, _)| k);
        *row = keyed.into_iter().map(|(_, b)| b).collect();
        seat_siblings_in_birth_order(f, blocks, row);
        number(row, &mut position);
    }
}

/// The union a block follows on row `r`, with the block's birth rank in it: among its
/// members' parent unions drawn above, the one with most children on this row (then the lowest
/// index). A couple whose partners both have parents drawn stands with that family.
pub(crate) fn anchor(
    f: &Family,
    block: &[usize],
    rows: &[usize],
    r: usize,
) -> Option<(usize, usize)> {
    block
        .iter()
        .filter_map(|&p| {
            let u = f.primary_union[p]?;
            let union = &f.unions[u];
            if union.partners.is_empty() || rows[union.partners[0]] >= r {
                return None;
            }
            let rank = union.children.iter().position(|&c| c == p).unwrap_or(0);
            let size = union.children.iter().filter(|&&c| rows[c] == r).count();
            Some((std::cmp::Reverse(size), u, rank))
        })
        .min()
        .map(|(_, u, rank)| (u, rank))
}

/// A couple block pulled between two families can land to the right of a younger sibling.
/// Birth order becomes precedence constraints between blocks (an older sibling's block before
/// a younger one's), and the row is re-sorted topologically, taking blocks in their current
/// order whenever the constraints allow (genogram-spec §2.6). One block can hold the younger
/// sister of one sibship and the older brother of another, so fixing sibships one at a time
/// would undo itself; this does not. Constraints that contradict each other (a cycle) are
/// dropped for the blocks involved, which keep their current order.
fn seat_siblings_in_birth_order(f: &Family, blocks: &[Vec<usize>], row: &mut [usize]) {
    let place: BTreeMap<usize, usize> = row.iter().enumerate().map(|(i, &b)| (b, i)).collect();
    let mut after: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    let mut waiting: BTreeMap<usize, usize> = row.iter().map(|&b| (b, 0)).collect();
    // For each union with children on this row: (birth rank, block) of each child. Built from
    // the row's own members, so the cost follows the row, not the whole family.
    let mut by_union: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for &b in row.iter() {
        for &p in &blocks[b] {
            if let Some(u) = f.primary_union[p]
                && let Some(rank) = f.unions[u].children.iter().position(|&c| c == p)
            {
                by_union.entry(u).or_default().push((rank, b));
            }
        }
    }
    for mut seated in by_union.into_values() {
        seated.sort_unstable();
        for pair in seated.windows(2) {
            let (older, younger) = (pair[0].1, pair[1].1);
            if older != younger && after.entry(older).or_default().insert(younger) {
                *waiting.entry(younger).or_insert(0) += 1;
            }
        }
    }
    let mut ready: BTreeSet<(usize, usize)> =
        row.iter().filter(|b| waiting[*b] == 0).map(|&b| (place[&b], b)).collect();
    let mut sorted = Vec::with_capacity(row.len());
    while let Some((_, b)) = ready.pop_first() {
        sorted.push(b);
        for &next in after.get(&b).into_iter().flatten() {
            let left = waiting.get_mut(&next).map(|n| {
                *n -= 1;
                *n
            });
            if left == Some(0) {
                ready.insert((place[&next], next));
            }
        }
    }
    if sorted.len() < row.len() {
        let mut stuck: Vec<usize> = row.iter().copied().filter(|b| !sorted.contains(b)).collect();
        stuck.sort_by_key(|b| place[b]);
        sorted.extend(stuck);
    }
    row.copy_from_slice(&sorted);
}

/// The couple blocks: people joined by unions on the same row, each ordered left to right.
fn blocks(f: &Family, rows: &[usize]) -> Vec<Vec<usize>> {
    let n = f.people.len();
    let mut seen = vec![false; n];
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| f.key[a].cmp(&f.key[b]));
    let partners_of = |p: usize| -> Vec<usize> {
        f.unions_of[p]
            .iter()
            .flat_map(|&u| f.unions[u].partners.iter().copied())
            .filter(|&q| q != p && rows[q] == rows[p])
            .collect()
    };
    let mut out = Vec::new();
    for start in order {
        if seen[start] {
            continue;
        }
        // Collect the block.
        let mut members = BTreeSet::new();
        let mut stack = vec![start];
        while let Some(p) = stack.pop() {
            if members.insert(p) {
                stack.extend(partners_of(p));
            }
        }
        for &p in &members {
            seen[p] = true;
        }
        out.push(arrange(f, &members, &partners_of));
    }
    out
}

/// Left-to-right order inside a block. The person with most partners is the hub: their
/// partners go in union order, the earlier half to the left of the hub and the later ones to
/// the right (genogram-spec §2.11.4, chronological); each further partner's own partners
/// follow them outward.
fn arrange(
    f: &Family,
    members: &BTreeSet<usize>,
    partners_of: &dyn Fn(usize) -> Vec<usize>,
) -> Vec<usize> {
    if members.len() == 1 {
        return members.iter().copied().collect();
    }
    let hub = members
        .iter()
        .copied()
        .max_by(|&a, &b| {
            partners_of(a).len().cmp(&partners_of(b).len()).then(f.key[b].cmp(&f.key[a]))
        })
        .unwrap_or(0);
    let mut placed = BTreeSet::from([hub]);
    let hub_partners: Vec<usize> = dedup(partners_of(hub));
    // Earlier partners to the hub's left, later ones to the right, each side in date order
    // left to right (McGoldrick): with k partners, only k − 2 union lines pass under someone,
    // and none spans more than half of them.
    let on_left = (hub_partners.len() / 2).max(1);
    let mut left: Vec<usize> = Vec::new();
    let mut right: Vec<usize> = Vec::new();
    for (i, &q) in hub_partners.iter().enumerate() {
        if !placed.insert(q) {
            continue;
        }
        let chain = follow(q, &mut placed, partners_of);
        if i < on_left {
            // A left partner's own further partners extend outward, to the left.
            left.extend(chain.into_iter().rev());
        } else {
            right.extend(chain);
        }
    }
    let mut out = left;
    out.push(hub);
    out.extend(right);
    // Anyone not reached (an unusual web of unions) goes at the end, in key order.
    let mut rest: Vec<usize> = members.iter().copied().filter(|p| !out.contains(p)).collect();
    rest.sort_by(|&a, &b| f.key[a].cmp(&f.key[b]));
    out.extend(rest);
    out
}

fn follow(
    start: usize,
    placed: &mut BTreeSet<usize>,
    partners_of: &dyn Fn(usize) -> Vec<usize>,
) -> Vec<usize> {
    let mut chain = vec![start];
    let mut at = start;
    while let Some(next) = partners_of(at).into_iter().find(|q| !placed.contains(q)) {
        placed.insert(next);
        chain.push(next);
        at = next;
    }
    chain
}

fn dedup(mut v: Vec<usize>) -> Vec<usize> {
    let mut seen = BTreeSet::new();
    v.retain(|x| seen.insert(*x));
    v
}
