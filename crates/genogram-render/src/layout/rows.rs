//! Rows: every person gets a generation row such that partners share a row and children sit
//! below their parents (layout-notes §1). Partners are merged first (union–find), then rows are
//! longest paths over the parent → child relation of the merged blocks, and founders (blocks
//! with no parents drawn) sit just above their highest child; siblings share a row.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::layout::family::Family;

/// The row of every person, from 0 at the top.
pub(crate) fn rows(f: &Family) -> Vec<usize> {
    let n = f.people.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for u in &f.unions {
        if let [a, b] = u.partners[..] {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra != rb {
                let (lo, hi) = (ra.min(rb), ra.max(rb));
                parent[hi] = lo;
            }
        }
    }
    let block: Vec<usize> = (0..n).map(|p| find(&mut parent, p)).collect();
    // Edges between blocks, parent block → child block.
    let mut succ: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    let mut pred_count: BTreeMap<usize, usize> = BTreeMap::new();
    let blocks: BTreeSet<usize> = block.iter().copied().collect();
    for &b in &blocks {
        succ.entry(b).or_default();
        pred_count.entry(b).or_insert(0);
    }
    for u in &f.unions {
        let Some(&first) = u.partners.first() else { continue };
        let from = block[first];
        for &c in &u.children {
            let to = block[c];
            if to != from && succ.entry(from).or_default().insert(to) {
                *pred_count.entry(to).or_insert(0) += 1;
            }
        }
    }
    // Longest path from the sources (Kahn's algorithm, in block order for determinism).
    let mut rank: BTreeMap<usize, usize> = blocks.iter().map(|&b| (b, 0)).collect();
    let mut remaining = pred_count.clone();
    let mut queue: VecDeque<usize> = blocks.iter().copied().filter(|b| remaining[b] == 0).collect();
    let mut topological = Vec::with_capacity(blocks.len());
    while let Some(b) = queue.pop_front() {
        topological.push(b);
        for &c in &succ[&b] {
            let r = rank[&b] + 1;
            if rank[&c] < r {
                rank.insert(c, r);
            }
            let left = remaining.get_mut(&c).map(|n| {
                *n -= 1;
                *n
            });
            if left == Some(0) {
                queue.push_back(c);
            }
        }
    }
    // A married-in person's family can be shallower than their partner's, which would leave
    // their siblings a row (or more) above them. Siblings (children hanging from one union) are
    // moved down to the lowest of their rows; children stay below their parents along every
    // link; founders sit just above their highest child. Ranks only grow; a bounded number of
    // rounds keeps this linear even where the family's links contradict each other.
    for _ in 0..8 {
        let mut changed = false;
        for (u, union) in f.unions.iter().enumerate() {
            let siblings: Vec<usize> = union
                .children
                .iter()
                .filter(|&&c| f.primary_union[c] == Some(u))
                .map(|&c| block[c])
                .collect();
            let Some(lowest) = siblings.iter().map(|b| rank[b]).max() else { continue };
            for b in siblings {
                if rank[&b] < lowest {
                    rank.insert(b, lowest);
                    changed = true;
                }
            }
        }
        for &b in &topological {
            let r = rank[&b];
            for &c in &succ[&b] {
                if rank[&c] < r + 1 {
                    rank.insert(c, r + 1);
                    changed = true;
                }
            }
        }
        for &b in topological.iter().rev() {
            if pred_count[&b] == 0
                && let Some(highest) = succ[&b].iter().map(|c| rank[c]).min()
                && highest > rank[&b] + 1
            {
                rank.insert(b, highest - 1);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Founders pulled down can leave the top rows empty: the drawing starts at its first row.
    let top = rank.values().copied().min().unwrap_or(0);
    (0..n).map(|p| rank[&block[p]] - top).collect()
}
