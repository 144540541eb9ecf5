//! Routing emotional relationship lines (genogram-spec §2.11.6): from the edge of one symbol to
//! the edge of the other, across no other symbol and no name or year label, never along a
//! sibship bar or union line; short and straight between people who stand near each other,
//! and, where a line must be long, through the gaps between the rows rather than across them.
//!
//! Every route is chosen among a fixed list of candidates (straight lines, curves, and
//! right-angled routes through the channels between rows) by a cost that counts faults first
//! and length and bends last, so the choice is deterministic and depends only on the geometry.

use std::collections::BTreeMap;

use crate::layout::{MARGIN, ROW_HEIGHT, SYMBOL};
use crate::notation::{Shape, inside};

/// A person's symbol, as an obstacle and as a line's end.
#[derive(Clone, Copy, Debug)]
pub(super) struct Symbol {
    pub(super) centre: (f64, f64),
    pub(super) row: usize,
    pub(super) shape: Shape,
    pub(super) half: f64,
}

/// A straight family line (a union line, a sibship bar, a line of descent or a child's line) a
/// relationship line must not run along: whether it is vertical, its x (vertical) or y
/// (horizontal), and where it starts and ends along its length.
pub(super) type Rail = (bool, f64, f64, f64);

/// What a route passes through that it should not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Faults {
    /// Symbols crossed, other than the line's two people.
    pub(crate) symbols: usize,
    /// Name and year labels crossed, other than the two people's own.
    pub(crate) labels: usize,
    /// Family lines run along.
    pub(crate) rails: usize,
    /// The two people's own labels crossed (drawn, but worse than going round).
    pub(super) own_labels: usize,
}

impl Faults {
    fn cost(self) -> f64 {
        1000.0 * self.symbols as f64
            + 300.0 * (self.labels + self.rails) as f64
            + 60.0 * self.own_labels as f64
    }
}

/// A point of a route and its direction (0 across, 1 up and down, 2 slanting).
type Sample = ((f64, f64), u8);

/// A chosen route: its cost, what it crosses, its points.
type Choice = (f64, Faults, Vec<(f64, f64)>);

/// Grid cell size for looking obstacles up by position.
const CELL: f64 = 64.0;
/// Distance between the points a route is checked at.
const STEP: f64 = 5.0;
/// How close to a symbol's outline a line may pass.
const SYMBOL_PAD: f64 = 3.0;
/// How close to a family line a parallel stretch counts as running along it.
const RAIL_PAD: f64 = 9.0;
/// How long a stretch along a family line must be to count.
const RAIL_RUN: f64 = 16.0;

/// The obstacles of one drawing, indexed by grid cell.
pub(super) struct Scene {
    symbols: Vec<Symbol>,
    /// Label boxes (left, top, width, height) and the symbol they belong to.
    labels: Vec<([f64; 4], usize)>,
    rails: Vec<Rail>,
    symbol_cells: BTreeMap<(i64, i64), Vec<usize>>,
    label_cells: BTreeMap<(i64, i64), Vec<usize>>,
    rail_cells: BTreeMap<(i64, i64), Vec<usize>>,
    /// Each row's symbol x positions, sorted.
    row_xs: Vec<Vec<f64>>,
    /// Points of the lines routed so far, with their direction (0 across, 1 up and down,
    /// 2 slanting), so later lines do not run on top of them.
    taken: BTreeMap<(i64, i64), Vec<Sample>>,
}

/// The finer cell lines already routed are indexed by: one [`RAIL_PAD`] wide.
fn fine(v: f64) -> i64 {
    (v / RAIL_PAD).floor() as i64
}

fn cell(v: f64) -> i64 {
    (v / CELL).floor() as i64
}

fn index_boxes(boxes: impl Iterator<Item = [f64; 4]>) -> BTreeMap<(i64, i64), Vec<usize>> {
    let mut cells: BTreeMap<(i64, i64), Vec<usize>> = BTreeMap::new();
    for (i, [x, y, w, h]) in boxes.enumerate() {
        for cx in cell(x)..=cell(x + w) {
            for cy in cell(y)..=cell(y + h) {
                cells.entry((cx, cy)).or_default().push(i);
            }
        }
    }
    cells
}

/// The y of a row's symbol centres.
fn row_y(row: usize) -> f64 {
    MARGIN + SYMBOL / 2.0 + row as f64 * ROW_HEIGHT
}

impl Scene {
    pub(super) fn new(
        symbols: Vec<Symbol>,
        labels: Vec<([f64; 4], usize)>,
        rails: Vec<Rail>,
    ) -> Self {
        let pad = SYMBOL_PAD;
        let symbol_cells = index_boxes(symbols.iter().map(|s| {
            let h = s.half + pad;
            [s.centre.0 - h, s.centre.1 - h, 2.0 * h, 2.0 * h]
        }));
        let label_cells = index_boxes(
            labels.iter().map(|([x, y, w, h], _)| [x - 1.0, y - 1.0, w + 2.0, h + 2.0]),
        );
        let rail_cells = index_boxes(rails.iter().map(|&(vertical, at, lo, hi)| {
            if vertical {
                [at - RAIL_PAD, lo, 2.0 * RAIL_PAD, hi - lo]
            } else {
                [lo, at - RAIL_PAD, hi - lo, 2.0 * RAIL_PAD]
            }
        }));
        let n_rows = symbols.iter().map(|s| s.row + 1).max().unwrap_or(0);
        let mut row_xs = vec![Vec::new(); n_rows];
        for s in &symbols {
            row_xs[s.row].push(s.centre.0);
        }
        for xs in &mut row_xs {
            xs.sort_by(f64::total_cmp);
        }
        Self {
            symbols,
            labels,
            rails,
            symbol_cells,
            label_cells,
            rail_cells,
            row_xs,
            taken: BTreeMap::new(),
        }
    }

    /// The best route from symbol `a` to symbol `b`, with what it still crosses.
    /// Lines routed earlier are avoided (not run along), so the order of routing matters:
    /// callers route in a canonical order.
    pub(super) fn route(&mut self, a: usize, b: usize) -> (Vec<(f64, f64)>, Faults) {
        let mut best = self.best(a, b, false, None);
        let clear = |b: &Option<Choice>| {
            b.as_ref().is_some_and(|(_, f, _)| f.symbols + f.labels + f.rails == 0)
        };
        if !clear(&best) {
            best = self.best(a, b, true, best);
        }
        match best {
            Some((_, faults, points)) => {
                self.take(&points);
                (round_corners(&points, 7.0), faults)
            }
            None => {
                let (pa, pb) = (self.symbols[a].centre, self.symbols[b].centre);
                (vec![pa, pb], Faults::default())
            }
        }
    }

    /// The cheapest of one stage's candidates, if cheaper than `best`. Cheapest first by what
    /// needs no look-up (length and bends), so the search stops as soon as no remaining
    /// candidate can beat the best found.
    fn best(&self, a: usize, b: usize, round: bool, mut best: Option<Choice>) -> Option<Choice> {
        let mut options: Vec<(f64, Vec<(f64, f64)>)> = self
            .candidates(a, b, round)
            .iter()
            .map(|c| self.clip(c, a, b))
            // Nothing left of or above the canvas (the layout grows right and down to fit).
            .filter(|p| p.len() >= 2 && p.iter().all(|&(x, y)| x >= 12.0 && y >= 12.0))
            .map(|p| (length(&p) * 0.05 + 6.0 * corners(&p) as f64, p))
            .collect();
        options.sort_by(|x, y| x.0.total_cmp(&y.0));
        for (bound, points) in options {
            let budget = best.as_ref().map_or(f64::INFINITY, |(c, _, _)| c - bound);
            if budget <= 1e-9 {
                break;
            }
            let Some(faults) = self.faults(&points, a, b, budget) else { continue };
            let cost = bound + faults.cost() + self.overlap(&points).min(250.0);
            if best.as_ref().is_none_or(|(c, _, _)| cost < *c - 1e-9) {
                best = Some((cost, faults, points));
            }
        }
        best
    }

    /// Candidate routes from centre to centre (clipped to the outlines afterwards).
    /// `round`: only the routes round the side and through the rows in between (tried when
    /// nothing nearer is clear).
    fn candidates(&self, a: usize, b: usize, round: bool) -> Vec<Vec<(f64, f64)>> {
        let (sa, sb) = (self.symbols[a], self.symbols[b]);
        let (pa, pb) = (sa.centre, sb.centre);
        let (lo, hi) = (sa.row.min(sb.row), sa.row.max(sb.row));
        let lanes_a = self.lanes(sa);
        let lanes_b = self.lanes(sb);
        if round {
            // Also the channel heights the first stage skips (where bars usually lie).
            let mut out = self.round_routes(sa, sb, &lanes_a, &lanes_b);
            for gap in lo..=hi + 1 {
                for channel in channels(gap, true) {
                    for &la in &lanes_a {
                        for &lb in &lanes_b {
                            out.push(orthogonal(pa, la, channel, lb, pb));
                        }
                    }
                }
            }
            return out;
        }
        let mut out = vec![vec![pa, pb]];
        if sa.row == sb.row {
            // Straight, just off the height of a union line.
            for d in [10.0, -10.0, 14.0] {
                out.push(vec![pa, (pa.0, pa.1 + d), (pb.0, pb.1 + d), pb]);
            }
            let mid = (pa.0 + pb.0) / 2.0;
            for depth in [70.0, 100.0, 140.0, -70.0, -100.0] {
                out.push(quadratic(pa, (mid, pa.1 + depth), pb));
            }
        } else {
            let len = (pb.0 - pa.0).hypot(pb.1 - pa.1).max(1.0);
            let (nx, ny) = (-(pb.1 - pa.1) / len, (pb.0 - pa.0) / len);
            for offset in [50.0, -50.0, 100.0, -100.0] {
                let control = (
                    (pa.0 + pb.0) / 2.0 + nx * offset * 2.0,
                    (pa.1 + pb.1) / 2.0 + ny * offset * 2.0,
                );
                out.push(quadratic(pa, control, pb));
            }
        }
        // Channels: the gap above the upper row down to the gap below the lower one.
        for gap in lo..=hi + 1 {
            for channel in channels(gap, false) {
                for &la in &lanes_a {
                    for &lb in &lanes_b {
                        out.push(orthogonal(pa, la, channel, lb, pb));
                    }
                }
            }
        }
        out
    }

    /// Between rows two or more apart: through a gap between the people of the rows in
    /// between, or round the side of the drawing, along the gap next to each end's row.
    fn round_routes(
        &self,
        sa: Symbol,
        sb: Symbol,
        lanes_a: &[f64; 3],
        lanes_b: &[f64; 3],
    ) -> Vec<Vec<(f64, f64)>> {
        let (pa, pb) = (sa.centre, sb.centre);
        let (lo, hi) = (sa.row.min(sb.row), sa.row.max(sb.row));
        let mut out = Vec::new();
        if hi >= lo + 2 {
            let (upper, lower) = if sa.row < sb.row { (pa, pb) } else { (pb, pa) };
            let (lanes_u, lanes_l) =
                if sa.row < sb.row { (lanes_a, lanes_b) } else { (lanes_b, lanes_a) };
            let xs = self.row_xs[lo..=hi].iter().flatten();
            let (left, right) = xs.fold((f64::MAX, f64::MIN), |(l, r), &x| (l.min(x), r.max(x)));
            // Lanes through the rows in between: the gaps between their people near the two
            // ends, then round the side of the drawing.
            let (x_lo, x_hi) = (pa.0.min(pb.0) - 240.0, pa.0.max(pb.0) + 240.0);
            let mut sides: Vec<f64> = Vec::new();
            for xs in &self.row_xs[lo + 1..hi] {
                for w in xs.windows(2) {
                    let mid = (w[0] + w[1]) / 2.0;
                    if w[1] - w[0] > 60.0 && mid > x_lo && mid < x_hi {
                        sides.push(mid);
                    }
                }
            }
            sides.push((left - 54.0).max(16.0));
            sides.push(right + 54.0);
            for side in sides {
                for d1 in SIDE_CHANNELS {
                    for d2 in SIDE_CHANNELS {
                        let (c1, c2) = (row_y(lo) + d1, row_y(hi - 1) + d2);
                        for &lu in lanes_u {
                            for &ll in lanes_l {
                                let mut route = orthogonal(upper, lu, c1, side, (side, c2));
                                route.pop();
                                let rest = orthogonal((side, c2), side, c2, ll, lower);
                                route.extend(rest.into_iter().skip(1));
                                out.push(if sa.row < sb.row {
                                    route
                                } else {
                                    route.into_iter().rev().collect()
                                });
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// Where a vertical stretch of a route may leave a symbol: through its own top or bottom,
    /// or beside it, halfway to the neighbour on each side (or clear of its label when it
    /// has none nearby).
    fn lanes(&self, s: Symbol) -> [f64; 3] {
        let xs = &self.row_xs[s.row];
        let at = xs.partition_point(|&v| v < s.centre.0 - 1e-6);
        let left = at.checked_sub(1).and_then(|i| xs.get(i)).copied();
        let right = xs
            .get(at + 1)
            .copied()
            .filter(|&v| v > s.centre.0 + 1e-6)
            .or_else(|| xs.get(at + 2).copied().filter(|&v| v > s.centre.0 + 1e-6));
        let beside = |n: Option<f64>, sign: f64| match n {
            Some(n) if (n - s.centre.0).abs() < 160.0 => (n + s.centre.0) / 2.0,
            _ => s.centre.0 + sign * 62.0,
        };
        [s.centre.0, beside(left, -1.0), beside(right, 1.0)]
    }

    /// The route cut to start and end on the two symbols' outlines.
    fn clip(&self, points: &[(f64, f64)], a: usize, b: usize) -> Vec<(f64, f64)> {
        let (sa, sb) = (self.symbols[a], self.symbols[b]);
        let within =
            |s: Symbol, p: (f64, f64)| inside(s.shape, s.half, p.0 - s.centre.0, p.1 - s.centre.1);
        let Some(first) = points.iter().position(|&p| !within(sa, p)) else { return Vec::new() };
        let Some(last) = points.iter().rposition(|&p| !within(sb, p)) else { return Vec::new() };
        // (A straight line has no point between the two outlines: `first` is then `last + 1`.)
        if first == 0 || last + 1 >= points.len() || first > last + 1 {
            return Vec::new();
        }
        let start = edge(points[first], points[first - 1], |p| within(sa, p));
        let end = edge(points[last], points[last + 1], |p| within(sb, p));
        let mut out = vec![start];
        out.extend(points.get(first..=last).into_iter().flatten().copied());
        out.push(end);
        simplify(&out)
    }

    /// How many px of a route run on top of lines routed before it.
    fn overlap(&self, points: &[(f64, f64)]) -> f64 {
        if self.taken.is_empty() {
            return 0.0;
        }
        let mut run = 0.0;
        for (s, direction) in samples(points) {
            let (cx, cy) = (fine(s.0), fine(s.1));
            let near = (cx - 1..=cx + 1).any(|x| {
                (cy - 1..=cy + 1).any(|y| {
                    self.taken.get(&(x, y)).into_iter().flatten().any(|&(t, d)| {
                        d == direction
                            && (t.0 - s.0).abs() < RAIL_PAD
                            && (t.1 - s.1).abs() < RAIL_PAD
                    })
                })
            });
            if near {
                run += STEP;
            }
        }
        run
    }

    fn take(&mut self, points: &[(f64, f64)]) {
        for (s, direction) in samples(points) {
            self.taken.entry((fine(s.0), fine(s.1))).or_default().push((s, direction));
        }
    }

    /// What a clipped route crosses; `None` as soon as that costs more than `budget`.
    fn faults(&self, points: &[(f64, f64)], a: usize, b: usize, budget: f64) -> Option<Faults> {
        let mut symbols = std::collections::BTreeSet::new();
        let mut labels = std::collections::BTreeSet::new();
        let mut own = std::collections::BTreeSet::new();
        let mut along: BTreeMap<usize, f64> = BTreeMap::new();
        for w in points.windows(2) {
            let (p, q) = (w[0], w[1]);
            let l = (q.0 - p.0).hypot(q.1 - p.1);
            let n = (l / STEP).ceil().max(1.0) as usize;
            let flat = (q.1 - p.1).abs() < 0.3 * (q.0 - p.0).abs();
            let upright = (q.0 - p.0).abs() < 0.3 * (q.1 - p.1).abs();
            for k in 0..=n {
                let t = k as f64 / n as f64;
                let s = (p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t);
                let key = (cell(s.0), cell(s.1));
                for &i in self.symbol_cells.get(&key).into_iter().flatten() {
                    let o = self.symbols[i];
                    if i != a
                        && i != b
                        && inside(o.shape, o.half + SYMBOL_PAD, s.0 - o.centre.0, s.1 - o.centre.1)
                    {
                        symbols.insert(i);
                    }
                }
                for &i in self.label_cells.get(&key).into_iter().flatten() {
                    let ([x, y, w, h], owner) = self.labels[i];
                    if s.0 > x - 1.0 && s.0 < x + w + 1.0 && s.1 > y - 1.0 && s.1 < y + h + 1.0 {
                        if owner == a || owner == b {
                            own.insert(i)
                        } else {
                            labels.insert(i)
                        };
                    }
                }
                if (flat || upright) && k > 0 {
                    for &i in self.rail_cells.get(&key).into_iter().flatten() {
                        let (vertical, at, lo, hi) = self.rails[i];
                        let (across, along_at) = if vertical { (s.0, s.1) } else { (s.1, s.0) };
                        if vertical == upright
                            && (across - at).abs() < RAIL_PAD
                            && along_at > lo
                            && along_at < hi
                        {
                            *along.entry(i).or_default() += l / n as f64;
                        }
                    }
                }
            }
            let so_far = Faults {
                symbols: symbols.len(),
                labels: labels.len(),
                rails: along.values().filter(|&&run| run >= RAIL_RUN).count(),
                own_labels: own.len(),
            };
            if so_far.cost() >= budget {
                return None;
            }
        }
        Some(Faults {
            symbols: symbols.len(),
            labels: labels.len(),
            rails: along.values().filter(|&&run| run >= RAIL_RUN).count(),
            own_labels: own.len(),
        })
    }
}

/// The heights a route may run along in the gap above row `gap` (between rows `gap - 1` and
/// `gap`): clear of the names above, of the years below, and between the heights where union
/// brackets and sibship bars usually lie.
fn channels(gap: usize, between_bars: bool) -> Vec<f64> {
    let below = row_y(gap) - SYMBOL / 2.0 - 22.0;
    if gap == 0 {
        return if between_bars { Vec::new() } else { vec![below, below - 8.0] };
    }
    let above = row_y(gap - 1);
    let heights: &[f64] =
        if between_bars { &[103.0, 117.0] } else { &[78.0, 90.0, 131.0, 145.0, 154.0] };
    heights.iter().map(|d| above + d).collect()
}

/// Heights below a row for the two channels of a route round the side.
const SIDE_CHANNELS: [f64; 3] = [90.0, 131.0, 154.0];

/// A right-angled route: out of `a` (straight down or up when its lane is its own x, else
/// sideways to the lane first), along the channel, and into `b` the same way.
fn orthogonal(a: (f64, f64), la: f64, channel: f64, lb: f64, b: (f64, f64)) -> Vec<(f64, f64)> {
    let mut out = vec![a];
    let toward = |p: (f64, f64)| if channel > p.1 { 13.0 } else { -13.0 };
    if (la - a.0).abs() > 1e-6 {
        out.push((la, a.1 + toward(a)));
    }
    out.push((la, channel));
    out.push((lb, channel));
    if (lb - b.0).abs() > 1e-6 {
        out.push((lb, b.1 + toward(b)));
    }
    out.push(b);
    out
}

/// Points every [`STEP`] px along a polyline, each with its segment's direction (0 across,
/// 1 up and down, 2 slanting).
fn samples(points: &[(f64, f64)]) -> Vec<Sample> {
    let mut out = Vec::new();
    for w in points.windows(2) {
        let (p, q) = (w[0], w[1]);
        let (dx, dy) = ((q.0 - p.0).abs(), (q.1 - p.1).abs());
        let direction = if dy < 0.3 * dx {
            0
        } else if dx < 0.3 * dy {
            1
        } else {
            2
        };
        let n = ((q.0 - p.0).hypot(q.1 - p.1) / STEP).ceil().max(1.0) as usize;
        for k in 0..n {
            let t = k as f64 / n as f64;
            out.push(((p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t), direction));
        }
    }
    out
}

/// Drops points that lie on the straight line between their neighbours.
fn simplify(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    for &p in points {
        if out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            let cross = (b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0);
            if cross.abs() < 1e-6 {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}

/// The point where the segment from `outside` to `inside_point` meets the outline (bisection).
fn edge(
    outside: (f64, f64),
    inside_point: (f64, f64),
    within: impl Fn((f64, f64)) -> bool,
) -> (f64, f64) {
    let (mut lo, mut hi) = (inside_point, outside);
    if within(hi) || !within(lo) {
        return outside;
    }
    for _ in 0..20 {
        let mid = ((lo.0 + hi.0) / 2.0, (lo.1 + hi.1) / 2.0);
        if within(mid) { lo = mid } else { hi = mid }
    }
    hi
}

fn length(points: &[(f64, f64)]) -> f64 {
    points.windows(2).map(|w| (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1)).sum()
}

/// Sharp turns (more than 30°) along a route.
fn corners(points: &[(f64, f64)]) -> usize {
    points
        .windows(3)
        .filter(|w| {
            let (u, v) = ((w[1].0 - w[0].0, w[1].1 - w[0].1), (w[2].0 - w[1].0, w[2].1 - w[1].1));
            let (lu, lv) = (u.0.hypot(u.1), v.0.hypot(v.1));
            lu > 1e-6 && lv > 1e-6 && (u.0 * v.0 + u.1 * v.1) / (lu * lv) < 0.87
        })
        .count()
}

/// Right-angled corners softened to short curves of radius `r` (the ends stay where they are).
fn round_corners(points: &[(f64, f64)], r: f64) -> Vec<(f64, f64)> {
    if points.len() < 3 || corners(points) == 0 {
        return points.to_vec();
    }
    let mut out = vec![points[0]];
    for i in 1..points.len() - 1 {
        let (p, c, n) = (points[i - 1], points[i], points[i + 1]);
        let (l1, l2) = ((c.0 - p.0).hypot(c.1 - p.1), (n.0 - c.0).hypot(n.1 - c.1));
        let k = r.min(l1 / 2.0).min(l2 / 2.0);
        if k < 1.0 || corners(&[p, c, n]) == 0 {
            out.push(c);
            continue;
        }
        let s = (c.0 + (p.0 - c.0) * k / l1, c.1 + (p.1 - c.1) * k / l1);
        let e = (c.0 + (n.0 - c.0) * k / l2, c.1 + (n.1 - c.1) * k / l2);
        let arc = quadratic_n(s, c, e, 4);
        out.extend(arc);
    }
    out.extend(points.last().copied());
    out
}

fn quadratic(s: (f64, f64), c: (f64, f64), e: (f64, f64)) -> Vec<(f64, f64)> {
    let chord = (e.0 - s.0).hypot(e.1 - s.1) + (c.0 - s.0).hypot(c.1 - s.1) * 0.5;
    quadratic_n(s, c, e, ((chord / 12.0).ceil() as u32).clamp(16, 200))
}

fn quadratic_n(s: (f64, f64), c: (f64, f64), e: (f64, f64), n: u32) -> Vec<(f64, f64)> {
    (0..=n)
        .map(|i| {
            let t = f64::from(i) / f64::from(n);
            let u = 1.0 - t;
            (
                u * u * s.0 + 2.0 * u * t * c.0 + t * t * e.0,
                u * u * s.1 + 2.0 * u * t * c.1 + t * t * e.1,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64, row: usize) -> Symbol {
        Symbol { centre: (x, y), row, shape: Shape::Square, half: SYMBOL / 2.0 }
    }

    #[test]
    fn neighbours_get_a_short_straight_line_from_edge_to_edge() {
        let y = row_y(0);
        let mut scene =
            Scene::new(vec![square(100.0, y, 0), square(200.0, y, 0)], Vec::new(), Vec::new());
        let (points, faults) = scene.route(0, 1);
        assert_eq!(faults, Faults::default());
        assert_eq!(points.len(), 2, "{points:?}");
        assert!(
            (points[0].0 - 120.0).abs() < 0.01 && (points[1].0 - 180.0).abs() < 0.01,
            "{points:?}"
        );
    }

    #[test]
    fn a_line_goes_round_a_symbol_and_a_name_between_its_people() {
        let y = row_y(0);
        let mut scene = Scene::new(
            vec![square(100.0, y, 0), square(200.0, y, 0), square(300.0, y, 0)],
            vec![([160.0, y + 24.0, 80.0, 28.0], 1)],
            vec![(false, y, 100.0, 200.0)],
        );
        let (points, faults) = scene.route(0, 2);
        assert_eq!((faults.symbols, faults.labels, faults.rails), (0, 0, 0), "{points:?}");
        let inside_a = |p: (f64, f64)| inside(Shape::Square, 20.0 + 0.01, p.0 - 100.0, p.1 - y);
        let inside_b = |p: (f64, f64)| inside(Shape::Square, 20.0 + 0.01, p.0 - 300.0, p.1 - y);
        assert!(inside_a(points[0]) && inside_b(points[points.len() - 1]), "ends on the outlines");
    }

    #[test]
    fn a_line_never_runs_along_a_bar() {
        let y = row_y(0);
        let bar = y + 110.0;
        let mut scene = Scene::new(
            vec![square(100.0, y, 0), square(400.0, y + ROW_HEIGHT, 1)],
            Vec::new(),
            vec![(false, bar, 50.0, 450.0)],
        );
        let (points, faults) = scene.route(0, 1);
        assert_eq!(faults.rails, 0, "{points:?}");
    }
}
