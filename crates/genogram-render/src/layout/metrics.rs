//! Metrics measured on the finished layout, independently of how it was built
//! (layout-notes §6): what a therapist would call wrong, counted.

use serde::Serialize;

use crate::layout::family::Family;

/// Counts of layout faults, and the size of the drawing. A good layout has zero of each fault
/// but crossings, and few of those.
///
/// ```
/// let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}],
///   "unions": [{"id": "u", "partners": ["a", "b"]}]}"#)?.genogram;
/// let m = genogram_render::layout(&g, &genogram_render::LayoutOptions::default()).metrics;
/// assert_eq!((m.overlaps, m.label_overlaps, m.partners_not_adjacent, m.birth_order_violations), (0, 0, 0, 0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Metrics {
    /// Line crossings between parent unions and their children, between adjacent rows.
    pub crossings: usize,
    /// Pairs of people on one row closer than a symbol's width plus a gap.
    pub overlaps: usize,
    /// Pairs of name labels on one row that overlap.
    pub label_overlaps: usize,
    /// Couples not side by side: on different rows, or with someone else between them.
    pub partners_not_adjacent: usize,
    /// Pairs of siblings under one union drawn against birth order.
    pub birth_order_violations: usize,
    /// People drawn more than once (the layout never duplicates anyone).
    pub duplicated_people: usize,
    /// Emotional lines that cross a name or year label or a symbol other than their two
    /// people's.
    pub emotional_over_labels_or_symbols: usize,
    /// Emotional lines that run along a union line or a sibship bar (and would read as one).
    pub emotional_along_family_lines: usize,
    /// Pairs of conditions drawn with the same fill (colour and texture).
    pub shared_condition_fills: usize,
    /// Pairs of legend entries whose samples are drawn identically.
    pub legend_samples_not_distinct: usize,
    /// Width of the drawing, in px.
    pub width: f64,
    /// Height of the drawing, in px.
    pub height: f64,
}

impl Metrics {
    /// The metrics of reading the drawing, added to the structural ones: what the routed
    /// emotional lines still cross, fills shared by conditions, legend samples alike.
    pub(crate) fn with_notation(
        self,
        emotional: &[crate::layout::routing::Faults],
        palette: &crate::notation::Palette,
        legend: &[crate::LegendItem],
        profile: crate::Profile,
    ) -> Self {
        let samples: Vec<String> =
            legend.iter().map(|item| crate::painting::sample_svg(&item.sample, profile)).collect();
        let mut seen: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for s in &samples {
            *seen.entry(s.as_str()).or_default() += 1;
        }
        Self {
            emotional_over_labels_or_symbols: emotional
                .iter()
                .filter(|f| f.symbols + f.labels > 0)
                .count(),
            emotional_along_family_lines: emotional.iter().filter(|f| f.rails > 0).count(),
            shared_condition_fills: crate::notation::shared_fills(palette),
            legend_samples_not_distinct: seen.values().map(|&n| n * n.saturating_sub(1) / 2).sum(),
            ..self
        }
    }
}

/// Closest two symbol centres may be on one row.
pub(crate) const MIN_DISTANCE: f64 = 90.0;

pub(crate) fn measure(f: &Family, x: &[f64], row: &[usize]) -> Metrics {
    let mut m = Metrics::default();
    // Overlaps: sort each row by x, compare neighbours.
    let n_rows = row.iter().max().map_or(0, |r| r + 1);
    let mut by_row: Vec<Vec<usize>> = vec![Vec::new(); n_rows];
    for p in 0..x.len() {
        by_row[row[p]].push(p);
    }
    for people in &mut by_row {
        people.sort_by(|&a, &b| x[a].total_cmp(&x[b]));
        m.overlaps += people.windows(2).filter(|w| x[w[1]] - x[w[0]] < MIN_DISTANCE - 1e-6).count();
    }
    let rank_in_row: Vec<usize> = {
        let mut r = vec![0; x.len()];
        for people in &by_row {
            for (i, &p) in people.iter().enumerate() {
                r[p] = i;
            }
        }
        r
    };
    for (u, union) in f.unions.iter().enumerate() {
        if let [a, b] = union.partners[..] {
            if row[a] != row[b] {
                m.partners_not_adjacent += 1;
            } else {
                let (lo, hi) =
                    (rank_in_row[a].min(rank_in_row[b]), rank_in_row[a].max(rank_in_row[b]));
                // Someone between them who is not a partner of either breaks the couple.
                let between = &by_row[row[a]][lo + 1..hi];
                let partners_of = |p: usize| -> Vec<usize> {
                    f.unions_of[p]
                        .iter()
                        .flat_map(|&u| f.unions[u].partners.iter().copied())
                        .collect()
                };
                let (pa, pb) = (partners_of(a), partners_of(b));
                if between.iter().any(|q| !pa.contains(q) && !pb.contains(q)) {
                    m.partners_not_adjacent += 1;
                }
            }
        }
        // Birth order among the union's children drawn on one row, and under this union.
        let drawn: Vec<usize> =
            union.children.iter().copied().filter(|&c| f.primary_union[c] == Some(u)).collect();
        for (i, &a) in drawn.iter().enumerate() {
            for &b in &drawn[i + 1..] {
                let older_first = f.key[a] <= f.key[b];
                if row[a] == row[b] && older_first && x[a] > x[b] {
                    m.birth_order_violations += 1;
                }
            }
        }
    }
    m.crossings = crossings(f, x, row);
    let max_x = x.iter().copied().fold(0.0, f64::max);
    m.width = max_x;
    m.height = n_rows as f64;
    m
}

/// Crossings between union → child segments spanning the same pair of rows, counted as
/// inversions by merge sort (O(E log E)).
fn crossings(f: &Family, x: &[f64], row: &[usize]) -> usize {
    let mut by_rows: std::collections::BTreeMap<usize, Vec<(f64, f64)>> =
        std::collections::BTreeMap::new();
    for (u, union) in f.unions.iter().enumerate() {
        if union.partners.is_empty() {
            continue;
        }
        let top = union.partners.iter().map(|&p| x[p]).sum::<f64>() / union.partners.len() as f64;
        for &c in &union.children {
            if f.primary_union[c] == Some(u) && row[c] == row[union.partners[0]] + 1 {
                by_rows.entry(row[c]).or_default().push((top, x[c]));
            }
        }
    }
    by_rows
        .into_values()
        .map(|mut edges| {
            edges.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
            let mut bottoms: Vec<f64> = edges.iter().map(|e| e.1).collect();
            inversions(&mut bottoms)
        })
        .sum()
}

fn inversions(v: &mut [f64]) -> usize {
    if v.len() < 2 {
        return 0;
    }
    let mid = v.len() / 2;
    let mut count = inversions(&mut v[..mid]) + inversions(&mut v[mid..]);
    let mut merged = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < v.len() {
        if v[i] <= v[j] {
            merged.push(v[i]);
            i += 1;
        } else {
            // Edges sharing a union start do not cross: only strictly greater tops count, and
            // equal tops were sorted by bottom already.
            merged.push(v[j]);
            count += mid - i;
            j += 1;
        }
    }
    merged.extend_from_slice(&v[i..mid]);
    merged.extend_from_slice(&v[j..]);
    v.copy_from_slice(&merged);
    count
}

/// Pairs of name labels on one row whose boxes overlap (sorted by left edge, each compared with
/// the next one that could reach it).
pub(crate) fn label_overlaps(people: &[crate::PlacedPerson]) -> usize {
    let mut by_row: std::collections::BTreeMap<usize, Vec<[f64; 4]>> =
        std::collections::BTreeMap::new();
    for p in people.iter().filter(|p| p.label[2] > 0.0) {
        by_row.entry(p.row).or_default().push(p.label);
    }
    let mut count = 0;
    for boxes in by_row.values_mut() {
        boxes.sort_by(|a, b| a[0].total_cmp(&b[0]));
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                if b[0] >= a[0] + a[2] {
                    break;
                }
                count += 1;
            }
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::inversions;

    #[test]
    fn inversions_count_pairs_out_of_order() {
        assert_eq!(inversions(&mut [1.0, 2.0, 3.0]), 0);
        assert_eq!(inversions(&mut [3.0, 2.0, 1.0]), 3);
        assert_eq!(inversions(&mut [2.0, 1.0, 4.0, 3.0]), 2);
    }
}
