//! Routing emotional relationship lines clear of symbols and names (genogram-spec §2.11.6).

use crate::layout::SYMBOL;

/// How many other symbols, then how many name labels, a route crosses.
type Collisions = (usize, usize);

/// Half the size of the area a line keeps clear of around each symbol.
const CLEARANCE: f64 = SYMBOL / 2.0 + 6.0;

/// A route for an emotional line from one symbol to another that passes through no other
/// symbol when it can (genogram-spec §2.11.6): a quadratic curve whose bend is the first of a
/// fixed list of offsets that clears every other symbol and name label (the fewest symbols, then the fewest labels, crossed
/// otherwise).
/// Same-generation lines curve below the row; others bend sideways. Deterministic.
pub(super) fn route(
    a: (f64, f64),
    b: (f64, f64),
    boxes: &[(f64, f64)],
    labels: &[((f64, f64), [f64; 4])],
) -> Vec<(f64, f64)> {
    let same_row = (a.1 - b.1).abs() < 1.0;
    let (lo_y, hi_y) = (a.1.min(b.1) - ROW_HEIGHT_GUARD, a.1.max(b.1) + ROW_HEIGHT_GUARD);
    let (lo_x, hi_x) = (a.0.min(b.0) - 200.0, a.0.max(b.0) + 200.0);
    // Only symbols near the line can be in its way.
    let near: Vec<(f64, f64)> = boxes
        .iter()
        .copied()
        .filter(|&(x, y)| x > lo_x && x < hi_x && y > lo_y && y < hi_y)
        .filter(|&p| p != a && p != b)
        .collect();
    // Name labels near the line, other than the two people's own (the line starts beside them).
    let near_labels: Vec<[f64; 4]> = labels
        .iter()
        .filter(|&&(at, [x, y, w, h])| {
            at != a
                && at != b
                && w > 0.0
                && x + w > lo_x
                && x < hi_x
                && y + h > lo_y
                && y < hi_y + SYMBOL
        })
        .map(|&(_, rect)| rect)
        .collect();
    // Symbols crossed first (never acceptable when avoidable), then name labels crossed.
    let hits = |points: &[(f64, f64)]| -> Collisions {
        let symbols = near
            .iter()
            .filter(|&&(x, y)| {
                points
                    .iter()
                    .any(|&(px, py)| (px - x).abs() < CLEARANCE && (py - y).abs() < CLEARANCE)
            })
            .count();
        let names = near_labels
            .iter()
            .filter(|&&[x, y, w, h]| {
                points.iter().any(|&(px, py)| px > x && px < x + w && py > y && py < y + h)
            })
            .count();
        (symbols, names)
    };
    let offsets: &[f64] = if same_row {
        &[0.0, 40.0, 80.0]
    } else {
        &[0.0, 50.0, -50.0, 100.0, -100.0, 150.0, -150.0]
    };
    let mut best: Option<(Collisions, Vec<(f64, f64)>)> = None;
    for &offset in offsets {
        // Between generations the line runs beside the parent–child links, not on them
        // (genogram-spec §2.11.6).
        let side = |p: (f64, f64)| (p.0 + BESIDE, p.1);
        let points = if same_row { dip(a, b, offset) } else { bend(side(a), side(b), offset) };
        let (symbols, names) = hits(&points);
        // A wide detour is worth taking to clear a symbol, not a name: a long arc across the
        // drawing reads worse than a line passing behind a (haloed) label.
        let n = if offset.abs() > 50.0 {
            (symbols, names.max(near_labels.len()))
        } else {
            (symbols, names)
        };
        if best.as_ref().is_none_or(|(m, _)| n < *m) {
            best = Some((n, points));
        }
        if n == (0, 0) {
            break;
        }
    }
    // Last resort between rows: an elbow down (or up) the source's column, along the channel
    // beside the target's row, and into the target from that side.
    if !same_row && best.as_ref().is_some_and(|(n, _)| n.0 > 0) {
        let points = elbow(a, b);
        let n = hits(&points);
        if best.as_ref().is_none_or(|(m, _)| n.0 < m.0) {
            best = Some((n, points));
        }
    }
    best.map(|(_, points)| points).unwrap_or_else(|| vec![a, b])
}

/// A right-angled route: vertical from `a`, horizontal in the channel beside `b`'s row, then
/// vertical into `b`; sampled every few pixels so collisions along it are seen.
fn elbow(a: (f64, f64), b: (f64, f64)) -> Vec<(f64, f64)> {
    let toward = if a.1 > b.1 { 1.0 } else { -1.0 };
    let channel = b.1 + toward * (SYMBOL / 2.0 + 34.0);
    let corners = [
        (a.0 + BESIDE, a.1 - toward * (SYMBOL / 2.0 + 4.0)),
        (a.0 + BESIDE, channel),
        (b.0, channel),
        (b.0, b.1 + toward * (SYMBOL / 2.0 + 4.0)),
    ];
    let mut points = vec![corners[0]];
    for w in corners.windows(2) {
        let steps = ((w[1].0 - w[0].0).abs().max((w[1].1 - w[0].1).abs()) / 8.0).ceil().max(1.0);
        for i in 1..=steps as usize {
            let t = i as f64 / steps;
            points.push((w[0].0 + (w[1].0 - w[0].0) * t, w[0].1 + (w[1].1 - w[0].1) * t));
        }
    }
    points
}

/// How far to the side of the structural lines a cross-generation emotional line runs.
const BESIDE: f64 = 12.0;

/// How far above and below the two symbols other symbols are looked for.
const ROW_HEIGHT_GUARD: f64 = 60.0;

/// A curve below a row between two symbols on it, `extra` px deeper than the shallowest.
fn dip(a: (f64, f64), b: (f64, f64), extra: f64) -> Vec<(f64, f64)> {
    let depth = 46.0 + (b.0 - a.0).abs() * 0.08 + extra;
    let (sx, sy) = (a.0, a.1 + SYMBOL / 2.0 + 4.0);
    let (ex, ey) = (b.0, b.1 + SYMBOL / 2.0 + 4.0);
    let (cx, cy) = ((sx + ex) / 2.0, sy + depth);
    quadratic((sx, sy), (cx, cy), (ex, ey))
}

/// A curve between symbols on different rows, its middle pushed `offset` px sideways, trimmed
/// to start and end at the symbols' edges.
fn bend(a: (f64, f64), b: (f64, f64), offset: f64) -> Vec<(f64, f64)> {
    let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt().max(1.0);
    let (nx, ny) = (-(b.1 - a.1) / len, (b.0 - a.0) / len);
    let control = ((a.0 + b.0) / 2.0 + nx * offset * 2.0, (a.1 + b.1) / 2.0 + ny * offset * 2.0);
    let inside = |p: (f64, f64), c: (f64, f64)| {
        (p.0 - c.0).abs() < CLEARANCE && (p.1 - c.1).abs() < CLEARANCE
    };
    let points: Vec<(f64, f64)> =
        quadratic(a, control, b).into_iter().filter(|&p| !inside(p, a) && !inside(p, b)).collect();
    if points.len() >= 2 { points } else { vec![a, b] }
}

fn quadratic(s: (f64, f64), c: (f64, f64), e: (f64, f64)) -> Vec<(f64, f64)> {
    // About one sample every 12 px of chord (at least 32), so trimming the ends near the
    // symbols never leaves a long gap before the first point.
    let chord = (e.0 - s.0).hypot(e.1 - s.1) + (c.0 - s.0).hypot(c.1 - s.1) * 0.5;
    let n = ((chord / 12.0).ceil() as u32).clamp(32, 400);
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
