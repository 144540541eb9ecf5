//! Metrics measured on the finished layout, independently of how it was built
//! (layout-notes §6): what a therapist would call wrong, counted.

use serde::Serialize;

use std::collections::BTreeMap;

use crate::PlacedUnion;
use crate::layout::SYMBOL;
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
    /// How far each sibship stands from its parents' line of descent (the mean of the
    /// children's x against the descent line's x), in symbol widths: the mean over sibships.
    pub sibship_offset_mean: f64,
    /// The same, the largest.
    pub sibship_offset_max: f64,
    /// Sibships more than three symbol widths from their parents' line of descent.
    pub sibships_off_parents: usize,
    /// Union lines that pass under someone who is not one of their two partners.
    pub union_lines_under_others: usize,
    /// How many of those no order can avoid: a person with k partners on their row has two
    /// sides, so k − 2 of their union lines must pass under another partner.
    pub union_lines_under_others_unavoidable: usize,
    /// Union date labels that overlap another union label or cross a line of the structure.
    pub union_label_overlaps: usize,
    /// Pairs of sibship bars running side by side closer than 20 px.
    pub close_parallel_bars: usize,
    /// Lines of descent and child lines that cross another union's sibship bar (a child who
    /// seems to hang from the wrong parents).
    pub lines_through_bars: usize,
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

/// How near a bar's end a line must pass to seem joined to it, in px.
pub(crate) const BAR_END: f64 = 3.0;

/// Closest two sibship bars may run in parallel, in px.
pub(crate) const BAR_GAP: f64 = 20.0;

/// The faults of the drawn structure (union lines, labels, sibship bars) measured on the placed
/// unions: sibship offsets, overlapping union labels, close parallel bars, lines through bars.
pub(crate) fn structure(unions: &[PlacedUnion], m: &mut Metrics) {
    let mut offsets = Vec::new();
    for u in unions.iter().filter(|u| !u.children.is_empty()) {
        let mean = u.children.iter().map(|c| c.x).sum::<f64>() / u.children.len() as f64;
        offsets.push((mean - u.descent_x).abs() / SYMBOL);
    }
    m.sibship_offset_max = offsets.iter().copied().fold(0.0, f64::max);
    m.sibship_offset_mean =
        if offsets.is_empty() { 0.0 } else { offsets.iter().sum::<f64>() / offsets.len() as f64 };
    m.sibships_off_parents = offsets.iter().filter(|&&o| o > 3.0 + 1e-9).count();
    m.union_label_overlaps = union_label_overlaps(unions);
    let bars = bars(unions);
    m.close_parallel_bars = close_parallel_bars(&bars);
    m.lines_through_bars = lines_through_bars(unions, &bars);
}

/// A sibship bar: its y, its left and right ends, and the union it belongs to.
struct Bar {
    y: f64,
    lo: f64,
    hi: f64,
    union: usize,
}

/// The sibship bar of every union with children drawn under it.
fn bars(unions: &[PlacedUnion]) -> Vec<Bar> {
    unions
        .iter()
        .enumerate()
        .filter(|(_, u)| !u.children.is_empty())
        .map(|(i, u)| {
            let (lo, hi) = bar_span(u);
            Bar { y: u.bar_y, lo, hi, union: i }
        })
        .collect()
}

/// The left and right ends of a union's sibship bar.
pub(crate) fn bar_span(u: &PlacedUnion) -> (f64, f64) {
    let xs = u.children.iter().map(|c| c.twin_apex_x.unwrap_or(c.x)).chain([u.descent_x]);
    xs.fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)))
}

/// Pairs of bars whose spans overlap and whose heights differ by less than [`BAR_GAP`] (sorted
/// by left end; each bar compared with those starting before it ends).
fn close_parallel_bars(bars: &[Bar]) -> usize {
    let mut order: Vec<&Bar> = bars.iter().collect();
    order.sort_by(|a, b| a.lo.total_cmp(&b.lo));
    let mut count = 0;
    for (i, a) in order.iter().enumerate() {
        for b in &order[i + 1..] {
            if b.lo >= a.hi - 1e-6 {
                break;
            }
            let dy = (a.y - b.y).abs();
            if dy > 1e-6 && dy < BAR_GAP - 1e-6 {
                count += 1;
            }
        }
    }
    count
}

/// Lines of descent (union line to bar) and child lines (bar to symbol) that cross another
/// union's bar. Bars at one height never overlap (they are tracks), so each height is a sorted
/// list of disjoint spans searched by bisection.
fn lines_through_bars(unions: &[PlacedUnion], bars: &[Bar]) -> usize {
    let mut tracks: BTreeMap<i64, Vec<&Bar>> = BTreeMap::new();
    for b in bars {
        tracks.entry((b.y * 100.0).round() as i64).or_default().push(b);
    }
    for spans in tracks.values_mut() {
        spans.sort_by(|a, b| a.lo.total_cmp(&b.lo));
    }
    let crosses = |union: usize, (x0, y0): (f64, f64), (x1, y1): (f64, f64)| -> usize {
        let (top, bottom) = (y0.min(y1) + 0.5, y0.max(y1) - 0.5);
        let (first, last) = ((top * 100.0).ceil() as i64, (bottom * 100.0).floor() as i64);
        if first > last {
            // A line shorter than a pixel crosses nothing.
            return 0;
        }
        let range = first..=last;
        let mut n = 0;
        for (&key, spans) in tracks.range(range) {
            let y = key as f64 / 100.0;
            let x = if (y1 - y0).abs() < 1e-9 { x0 } else { x0 + (x1 - x0) * (y - y0) / (y1 - y0) };
            let at = spans.partition_point(|b| b.lo < x + BAR_END);
            // A line through a bar's very end reads as joined to it too.
            if at > 0 && spans[at - 1].hi > x - BAR_END && spans[at - 1].union != union {
                n += 1;
            }
        }
        n
    };
    let mut count = 0;
    for (i, u) in unions.iter().enumerate().filter(|(_, u)| !u.children.is_empty()) {
        let start_y = if u.partners_x.len() == 2 { u.y } else { u.top_y };
        count += crosses(i, (u.descent_x, start_y), (u.descent_x, u.bar_y));
        for c in &u.children {
            count += crosses(i, (c.twin_apex_x.unwrap_or(c.x), u.bar_y), (c.x, c.top_y));
        }
    }
    count
}

/// The box a union's date label covers: left, top, width, height (9 px text on a baseline).
pub(crate) fn union_label_box(u: &PlacedUnion) -> Option<[f64; 4]> {
    if u.label.is_empty() {
        return None;
    }
    let w = crate::text::width(&u.label, 9.0);
    Some([u.label_at.0 - w / 2.0, u.label_at.1 - 7.0, w, 9.0])
}

/// Union labels that overlap another union label or cross a structural line (union lines, their
/// legs, slashes, lines of descent, bars, child lines) of any union. Everything is a box, sorted
/// by left edge; each box is compared with the boxes that start before it ends.
fn union_label_overlaps(unions: &[PlacedUnion]) -> usize {
    // (box, owner union, is a label)
    let mut boxes: Vec<([f64; 4], usize, bool)> = Vec::new();
    let segment = |(x0, y0): (f64, f64), (x1, y1): (f64, f64)| {
        [x0.min(x1), y0.min(y1), (x1 - x0).abs(), (y1 - y0).abs()]
    };
    for (i, u) in unions.iter().enumerate() {
        if let Some(b) = union_label_box(u) {
            boxes.push((b, i, true));
        }
        if let [a, b] = u.partners_x[..] {
            boxes.push((segment((a, u.top_y), (a, u.y)), i, false));
            boxes.push((segment((a, u.y), (b, u.y)), i, false));
            boxes.push((segment((b, u.top_y), (b, u.y)), i, false));
            let at = a + (b - a) / 3.0;
            for s in 0..u.slashes {
                let off = (f64::from(s) - (f64::from(u.slashes) - 1.0) / 2.0) * 7.0;
                boxes.push((
                    segment((at + off - 5.0, u.y + 8.0), (at + off + 5.0, u.y - 8.0)),
                    i,
                    false,
                ));
            }
        }
        if !u.children.is_empty() {
            let start_y = if u.partners_x.len() == 2 { u.y } else { u.top_y };
            boxes.push((segment((u.descent_x, start_y), (u.descent_x, u.bar_y)), i, false));
            let (lo, hi) = bar_span(u);
            boxes.push((segment((lo, u.bar_y), (hi, u.bar_y)), i, false));
            for c in &u.children {
                boxes.push((
                    segment((c.twin_apex_x.unwrap_or(c.x), u.bar_y), (c.x, c.top_y)),
                    i,
                    false,
                ));
            }
        }
    }
    boxes.sort_by(|a, b| a.0[0].total_cmp(&b.0[0]));
    let mut faulty = std::collections::BTreeSet::new();
    for (i, (a, owner_a, label_a)) in boxes.iter().enumerate() {
        for (b, owner_b, label_b) in &boxes[i + 1..] {
            if b[0] > a[0] + a[2] {
                break;
            }
            if !(label_a | label_b) {
                continue;
            }
            if b[1] <= a[1] + a[3] && a[1] <= b[1] + b[3] {
                if *label_a {
                    faulty.insert(*owner_a);
                }
                if *label_b {
                    faulty.insert(*owner_b);
                }
            }
        }
    }
    faulty.len()
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
