//! Rows: every person gets a generation row such that partners share a row and children sit
//! below their parents (layout-notes §1). Partners are merged first (union–find), then rows are
//! longest paths over the parent → child relation of the merged blocks, and founders (blocks
//! with no parents drawn) are pulled down to sit just above their highest child.

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
    // Founders sit just above their highest child, processed from the bottom up so that a chain
    // of founders' blocks follows.
    for &b in topological.iter().rev() {
        if pred_count[&b] == 0
            && let Some(lowest) = succ[&b].iter().map(|c| rank[c]).min()
        {
            rank.insert(b, lowest.saturating_sub(1).max(rank[&b]));
        }
    }
    (0..n).map(|p| rank[&block[p]]).collect()
}
