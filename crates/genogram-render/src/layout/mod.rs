//! Layout: from a genogram to positions, as plain data (layout-notes).
//!
//! rows (`rows.rs`) → couple blocks in order (`order.rs`) → x coordinates (`coords.rs`) →
//! geometry of symbols and lines (here) → metrics measured on the result (`metrics.rs`).

mod coords;
mod family;
mod households;
mod legend;
mod metrics;
mod order;
pub(crate) mod routing;
mod rows;

use genogram_core::{Genogram, LinkKind, UnionKind, UnionStatus, Zygosity};
use serde::Serialize;

pub use legend::{LegendItem, LegendSample};
pub use metrics::Metrics;

use family::Family;

/// Vertical distance between generation rows, in px.
///
/// ```
/// assert!(genogram_render::ROW_HEIGHT > genogram_render::SYMBOL);
/// ```
pub const ROW_HEIGHT: f64 = 200.0;
/// The size of a person's symbol, in px (genogram-spec §1.2: U = 40).
///
/// ```
/// assert_eq!(genogram_render::SYMBOL, 40.0);
/// ```
pub const SYMBOL: f64 = 40.0;
/// Room under a symbol for a two-line name, in px.
pub(crate) const NAME_SPACE: f64 = 40.0;
/// Depth below the symbols of the first union line that must pass under someone (a bracket),
/// clear of the names and of its label above it, in px.
const BRACKET_TOP: f64 = NAME_SPACE + 12.0;
/// Vertical distance between brackets of one person's several unions, in px.
const BRACKET_STEP: f64 = 16.0;
/// Margin around the drawing, in px.
///
/// ```
/// assert!(genogram_render::MARGIN > 0.0);
/// ```
pub const MARGIN: f64 = 60.0;

/// Options for [`layout`].
///
/// ```
/// let options = genogram_render::LayoutOptions::default();
/// assert!(options.emotional);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayoutOptions {
    /// Include emotional relationships.
    pub emotional: bool,
    /// The notation (the file's `notation` hint when `None`, McGoldrick without one). It
    /// decides what the legend lists and how the drawing is painted.
    pub profile: Option<crate::Profile>,
    /// In a man–woman couple, draw the man on the left where nothing else decides the side
    /// (McGoldrick and NSGC both draw it so); off, the side follows the layout alone.
    pub male_left: bool,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self { emotional: true, profile: None, male_left: true }
    }
}

/// A laid-out genogram: every symbol and line with its position, in px, y pointing down.
/// Plain data, serialisable, and a function of the family alone (not of the file's order).
///
/// ```
/// let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "mum"}, {"id": "kid"}],
///   "unions": [{"id": "u", "partners": ["mum"], "children": [{"person": "kid"}]}]}"#)?.genogram;
/// let layout = genogram_render::layout(&g, &Default::default());
/// let y = |id: &str| layout.people.iter().find(|p| p.id == id).map(|p| p.y);
/// assert!(y("kid") > y("mum"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct Layout {
    /// Every person's symbol centre.
    pub people: Vec<PlacedPerson>,
    /// Every union line with its children's lines.
    pub unions: Vec<PlacedUnion>,
    /// Every emotional relationship line, in a canonical order (by the two people's ids, then
    /// kind), not the file's.
    pub emotional: Vec<PlacedEmotional>,
    /// Household outlines, every household of the file that has a member drawn.
    pub households: Vec<PlacedHousehold>,
    /// The legend: exactly the symbols and lines used.
    pub legend: Vec<LegendItem>,
    /// The notation the drawing follows.
    pub profile: crate::Profile,
    /// Width of the drawing, margins included.
    pub width: f64,
    /// Height of the drawing, margins included.
    pub height: f64,
    /// What the layout got right and wrong, counted.
    pub metrics: Metrics,
}

/// A person's symbol and the box of their name label.
///
/// ```
/// let p = genogram_render::PlacedPerson { id: "a".into(), x: 10.0, y: 20.0, row: 0, label: [0.0, 0.0, 0.0, 0.0] };
/// assert_eq!(p.row, 0);
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct PlacedPerson {
    /// The person's id.
    pub id: String,
    /// Centre x.
    pub x: f64,
    /// Centre y.
    pub y: f64,
    /// Generation row, from 0 at the top.
    pub row: usize,
    /// The name label's box under the symbol: left, top, width, height (zero when unnamed).
    pub label: [f64; 4],
}

/// The widest a name label under a symbol may be, in px (partners stand 110 px apart); longer
/// names are cut, the full name staying in the symbol's `<title>`.
pub(crate) const LABEL_WIDTH: f64 = 104.0;

/// The box of a person's two-line name label (given name or nickname over family name).
fn label_box(person: &genogram_core::Person, x: f64, y: f64) -> [f64; 4] {
    let lines = crate::text::name_lines(person, 12.0, LABEL_WIDTH);
    if lines.is_empty() {
        return [x, y + SYMBOL / 2.0, 0.0, 0.0];
    }
    let width =
        lines.iter().map(|l| crate::text::width(l, 12.0)).fold(0.0, f64::max).min(LABEL_WIDTH);
    [x - width / 2.0, y + SYMBOL / 2.0 + 4.0, width, 14.0 * lines.len() as f64]
}

/// A union line: partners joined below their symbols, and the line of descent to the children.
///
/// ```
/// let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
///   "unions": [{"id": "u", "partners": ["a", "b"], "kind": "marriage", "children": [{"person": "c"}]}]}"#)?.genogram;
/// let layout = genogram_render::layout(&g, &Default::default());
/// let union = &layout.unions[0];
/// assert_eq!(union.children.len(), 1);
/// assert_eq!(union.slashes, 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct PlacedUnion {
    /// The union's id.
    pub id: String,
    /// The kind (drawn solid, dashed or dotted).
    pub kind: UnionKind,
    /// x of each partner, left to right.
    pub partners_x: Vec<f64>,
    /// y of the bottom of the partners' symbols, where the union line starts.
    pub top_y: f64,
    /// y of the horizontal union line.
    pub y: f64,
    /// Separation (1) or divorce (2) slashes.
    pub slashes: u8,
    /// Whether the partners are blood relatives (a double line, genogram-spec §2.5): the file's
    /// `consanguineous` flag when given, else whether they share a kin ancestor.
    pub consanguineous: bool,
    /// Dates to write on the line ("m. 1972 d. 1985"), as many whole steps as fit on the
    /// union's own stretch of line.
    pub label: String,
    /// Where the dates are written: the middle of the text's baseline.
    pub label_at: (f64, f64),
    /// Where the line of descent leaves the union line.
    pub descent_x: f64,
    /// y of the sibship bar the children hang from.
    pub bar_y: f64,
    /// The children drawn under this union.
    pub children: Vec<PlacedChild>,
    /// Children drawn under another union (their birth parents') who belong to this one too:
    /// adopted, fostered or under guardianship (genogram-spec §2.8, dual-parent rule).
    pub secondary: Vec<PlacedChild>,
}

/// A child's line from the sibship bar.
///
/// ```
/// let c = genogram_render::PlacedChild { id: "kid".into(), x: 0.0, top_y: 0.0, link: genogram_core::LinkKind::Adopted, twin_apex_x: None, identical: false };
/// assert_eq!(c.link, genogram_core::LinkKind::Adopted);
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct PlacedChild {
    /// The child's id.
    pub id: String,
    /// The child's symbol centre x.
    pub x: f64,
    /// y of the top of the child's symbol.
    pub top_y: f64,
    /// How the child is linked (solid, dashed, dotted line).
    pub link: LinkKind,
    /// For twins and other multiples: the shared point on the bar.
    pub twin_apex_x: Option<f64>,
    /// Whether this child is an identical twin (drawn with a bar between the twins' lines).
    pub identical: bool,
}

/// A household's outline: one rounded box around its members, or, when that box would enclose
/// someone who lives elsewhere, one box per run of neighbouring members, each household in its
/// own outline style.
///
/// ```
/// let h = genogram_render::PlacedHousehold { id: "h1".into(), label: None, rect: [0.0, 0.0, 10.0, 10.0], parts: vec![[0.0, 0.0, 10.0, 10.0]], style: 0 };
/// assert_eq!(h.rect[2], 10.0);
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct PlacedHousehold {
    /// The household's id.
    pub id: String,
    /// Its label, if any.
    pub label: Option<String>,
    /// The outline's bounding box: left, top, width, height.
    pub rect: [f64; 4],
    /// The boxes drawn (left, top, width, height): the bounding box alone, or one box per run
    /// of members with nobody else between them, in row then x order.
    pub parts: Vec<[f64; 4]>,
    /// Its outline style (colour and dash), one per household in id order.
    pub style: usize,
}

/// An emotional relationship line between two symbols.
///
/// ```
/// let e = genogram_render::PlacedEmotional { index: 0, kind: genogram_core::EmotionalKind::Cutoff, from: (0.0, 0.0), to: (100.0, 0.0), directed: false, points: vec![(20.0, 0.0), (80.0, 0.0)] };
/// assert!(!e.directed);
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct PlacedEmotional {
    /// Its index in the file's `emotional` array.
    pub index: usize,
    /// The kind of relationship.
    pub kind: genogram_core::EmotionalKind,
    /// Start (the first person's symbol centre).
    pub from: (f64, f64),
    /// End (the second person's symbol centre).
    pub to: (f64, f64),
    /// Whether to draw an arrowhead at `to`.
    pub directed: bool,
    /// The line's route: a polyline from the edge of the first person's symbol to the edge of
    /// the second's, clear of other symbols, of name and year labels and of family lines
    /// wherever a route allows (the metrics count what is left).
    pub points: Vec<(f64, f64)>,
}

/// Lays a genogram out. Never fails on a valid genogram; the result depends only on the family,
/// not on the order of records in the file.
///
/// ```
/// let text = std::fs::read_to_string("../../examples/blended-family.json")?;
/// let g = genogram_core::Genogram::from_json(&text)?.genogram;
/// let layout = genogram_render::layout(&g, &Default::default());
/// assert_eq!(layout.people.len(), g.people().len());
/// assert_eq!(layout.metrics.overlaps, 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn layout(g: &Genogram, options: &LayoutOptions) -> Layout {
    let f = Family::new(g);
    let row = rows::rows(&f);
    let rows = order::order(&f, &row);
    let mut x = coords::coordinates(&f, &rows, &row);
    face_families(&f, &rows, &mut x, options.male_left);
    let metrics = metrics::measure(&f, &x, &row);
    let px = |p: usize| (x[p] + MARGIN, MARGIN + SYMBOL / 2.0 + row[p] as f64 * ROW_HEIGHT);
    let mut people: Vec<PlacedPerson> = (0..f.people.len())
        .map(|p| PlacedPerson {
            id: f.people[p].id.to_string(),
            x: px(p).0,
            y: px(p).1,
            row: row[p],
            label: label_box(f.people[p], px(p).0, px(p).1),
        })
        .collect();
    // Output in id order: the same family gives the same bytes whatever the file's order.
    people.sort_by(|a, b| a.id.cmp(&b.id));
    let label_overlaps = metrics::label_overlaps(&people);
    let mut unions = Vec::with_capacity(f.unions.len());
    // Each row's x positions, sorted, to ask "is anyone between these two?" in log time.
    let n_rows_total = row.iter().max().map_or(0, |r| r + 1);
    let mut row_xs: Vec<Vec<f64>> = vec![Vec::new(); n_rows_total];
    for p in 0..f.people.len() {
        row_xs[row[p]].push(x[p]);
    }
    for xs in &mut row_xs {
        xs.sort_by(f64::total_cmp);
    }
    let twin_group_of: std::collections::BTreeMap<&genogram_core::PersonId, usize> = g
        .multiple_births()
        .iter()
        .enumerate()
        .flat_map(|(m, group)| group.members.iter().map(move |id| (id, m)))
        .collect();
    // Several unions of one person stack their lines at different depths.
    let mut depth_used: std::collections::BTreeMap<usize, usize> =
        std::collections::BTreeMap::new();
    let mut under_others = 0;
    for (u, union) in f.unions.iter().enumerate() {
        let source = &g.unions()[union.source];
        let mut partners_x: Vec<f64> = union.partners.iter().map(|&p| px(p).0).collect();
        partners_x.sort_by(f64::total_cmp);
        let Some(&first) = union.partners.first() else { continue };
        let centre_y = px(first).1;
        let base_y = centre_y + SYMBOL / 2.0;
        // Neighbouring partners are joined by a straight line at mid-height between their
        // symbols; partners with someone between them by a bracket below the names, one depth
        // per further union of the same person.
        let neighbours = match union.partners[..] {
            [a, b] => {
                let (lo, hi) = (x[a].min(x[b]), x[a].max(x[b]));
                let xs = &row_xs[row[a]];
                let first_after = xs.partition_point(|&v| v <= lo + 1e-6);
                !xs.get(first_after).is_some_and(|&v| v < hi - 1e-6)
            }
            _ => true,
        };
        let (top_y, y) = if neighbours {
            (centre_y, centre_y)
        } else {
            let depth = union
                .partners
                .iter()
                .map(|p| depth_used.get(p).copied().unwrap_or(0))
                .max()
                .unwrap_or(0);
            for &p in &union.partners {
                depth_used.insert(p, depth + 1);
            }
            (base_y, base_y + BRACKET_TOP + depth as f64 * BRACKET_STEP)
        };
        let stretch = own_stretch(&f, &row, &row_xs, union, &x, neighbours);
        let descent_x = partners_x.iter().sum::<f64>() / partners_x.len() as f64;
        let bar_y = base_y + ROW_HEIGHT / 2.0 - 10.0;
        let twin_groups = g.multiple_births();
        let mut children = Vec::new();
        let mut secondary = Vec::new();
        for (&c, &link) in union.children.iter().zip(&union.links) {
            if f.primary_union[c] != Some(u) {
                secondary.push(PlacedChild {
                    id: f.people[c].id.to_string(),
                    x: px(c).0,
                    top_y: px(c).1 - SYMBOL / 2.0,
                    link,
                    twin_apex_x: None,
                    identical: false,
                });
                continue;
            }
            let group = twin_group_of.get(&f.people[c].id).copied();
            let twin_apex_x = group.map(|m| {
                let xs: Vec<f64> = union
                    .children
                    .iter()
                    .filter(|&&d| twin_groups[m].members.contains(&f.people[d].id))
                    .map(|&d| px(d).0)
                    .collect();
                xs.iter().sum::<f64>() / xs.len().max(1) as f64
            });
            let identical = group.is_some_and(|m| twin_groups[m].zygosity == Zygosity::Identical);
            children.push(PlacedChild {
                id: f.people[c].id.to_string(),
                x: px(c).0,
                top_y: px(c).1 - SYMBOL / 2.0,
                link,
                twin_apex_x,
                identical,
            });
        }
        let slashes = match source.current_status() {
            Some(UnionStatus::Divorced | UnionStatus::Annulled) => 2,
            Some(UnionStatus::Separated | UnionStatus::Ended) => 1,
            _ => 0,
        };
        let divorced = source.history.iter().any(|s| s.status == UnionStatus::Divorced);
        let label = source
            .history
            .iter()
            .filter(|step| !(divorced && step.status == UnionStatus::Separated))
            .filter_map(|step| {
                let abbreviation = match step.status {
                    UnionStatus::Married => "m.",
                    UnionStatus::Separated => "s.",
                    UnionStatus::Divorced => "d.",
                    UnionStatus::Cohabiting => "LT",
                    UnionStatus::Engaged => "eng.",
                    UnionStatus::Reconciled => "rec.",
                    UnionStatus::Annulled => "ann.",
                    _ => return None,
                };
                step.date.map(|d| format!("{abbreviation} {}", d.year()))
            })
            .collect::<Vec<_>>()
            .join(" ");
        let consanguineous = source.consanguineous.unwrap_or_else(|| match &source.partners[..] {
            [a, b] => {
                let of_a = near_ancestors(g, a);
                !of_a.is_empty() && near_ancestors(g, b).iter().any(|p| of_a.contains(p))
            }
            _ => false,
        });
        let stretch = if neighbours {
            stretch
        } else {
            stretch.map(|s| clear_of_slashes(s, &partners_x, slashes))
        };
        let (label, label_at) = place_union_label(&label, stretch, y, neighbours);
        if union.partners.len() == 2 && !neighbours {
            under_others += 1;
        }
        unions.push(PlacedUnion {
            id: source.id.to_string(),
            kind: source.kind,
            consanguineous,
            partners_x,
            top_y,
            y,
            slashes,
            label,
            label_at,
            descent_x,
            bar_y,
            children,
            secondary,
        });
    }
    unions.sort_by(|a, b| a.id.cmp(&b.id));
    assign_bar_tracks(&mut unions);
    let profile = options.profile.unwrap_or_else(|| g.notation().into());
    let (emotional, emotional_faults) = if options.emotional {
        emotional_lines(g, &f, &people, &unions, profile)
    } else {
        Default::default()
    };
    let n_rows = row.iter().max().map_or(1, |r| r + 1);
    let width = x.iter().copied().fold(0.0, f64::max) + 2.0 * MARGIN;
    let height = (n_rows as f64 - 1.0) * ROW_HEIGHT + SYMBOL + 2.0 * MARGIN + 40.0;
    // Room for emotional lines routed round the side or below the last row (zigzags included).
    let (width, height) = emotional
        .iter()
        .flat_map(|e| e.points.iter())
        .fold((width, height), |(w, h), &(x, y)| (w.max(x + 16.0), h.max(y + 16.0)));
    let households = households::outlines(g, &people);
    let legend =
        legend::items(g, &unions, &emotional, &households, profile, &crate::notation::palette(g));
    let mut metrics = Metrics {
        width,
        height,
        label_overlaps,
        union_lines_under_others: under_others,
        union_lines_under_others_unavoidable: unavoidable_under_others(&f, &row),
        ..metrics
    };
    metrics::structure(&unions, &mut metrics);
    let metrics =
        metrics.with_notation(&emotional_faults, &crate::notation::palette(g), &legend, profile);
    Layout { people, unions, emotional, households, legend, profile, width, height, metrics }
}

/// Every emotional relationship routed (`routing.rs`), in a canonical order (by the two
/// people's ids, then kind), so the drawing does not depend on the order of the file; with
/// what each route still crosses.
fn emotional_lines(
    g: &Genogram,
    f: &Family,
    people: &[PlacedPerson],
    unions: &[PlacedUnion],
    profile: crate::Profile,
) -> (Vec<PlacedEmotional>, Vec<routing::Faults>) {
    let at: std::collections::BTreeMap<&str, usize> =
        people.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    let person_of: std::collections::BTreeMap<&str, &genogram_core::Person> =
        f.people.iter().map(|p| (p.id.as_str(), *p)).collect();
    let symbols = people
        .iter()
        .map(|p| {
            let (shape, half) = person_of
                .get(p.id.as_str())
                .map_or((crate::notation::Shape::Square, SYMBOL / 2.0), |q| {
                    crate::notation::extent(q, profile)
                });
            routing::Symbol { centre: (p.x, p.y), row: p.row, shape, half }
        })
        .collect();
    // Names below symbols, and the years written above them (a box wide enough for
    // "1948–2019" wherever a birth or death date is known).
    let names =
        people.iter().enumerate().filter(|(_, p)| p.label[2] > 0.0).map(|(i, p)| (p.label, i));
    let years = people.iter().enumerate().filter_map(|(i, p)| {
        let person = person_of.get(p.id.as_str())?;
        (person.birth.is_some() || person.death.is_some())
            .then_some(([p.x - 30.0, p.y - SYMBOL / 2.0 - 18.0, 60.0, 14.0], i))
    });
    let labels = names.chain(years).collect();
    let mut rails = Vec::new();
    for u in unions {
        if let [a, b] = u.partners_x[..] {
            rails.push((false, u.y, a, b));
            for x in [a, b] {
                rails.push((true, x, u.top_y, u.y));
            }
        }
        let xs = u.children.iter().map(|c| c.twin_apex_x.unwrap_or(c.x)).chain([u.descent_x]);
        let (lo, hi) = xs.fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)));
        if !u.children.is_empty() {
            rails.push((false, u.bar_y, lo, hi));
            let start = if u.partners_x.len() == 2 { u.y } else { u.top_y };
            rails.push((true, u.descent_x, start, u.bar_y));
        }
        for c in u.children.iter().filter(|c| c.twin_apex_x.is_none()) {
            rails.push((true, c.x, u.bar_y, c.top_y));
        }
    }
    let mut scene = routing::Scene::new(symbols, labels, rails);
    let mut relationships: Vec<(&str, &str, genogram_core::EmotionalKind, usize)> = g
        .emotional()
        .iter()
        .enumerate()
        .filter_map(|(index, r)| {
            Some((r.people.first()?.as_str(), r.people.get(1)?.as_str(), r.kind, index))
        })
        .collect();
    relationships.sort_by(|x, y| (x.0, x.1, x.2).cmp(&(y.0, y.1, y.2)));
    let mut placed = Vec::new();
    let mut faults = Vec::new();
    for (a, b, kind, index) in relationships {
        let (Some(&ia), Some(&ib)) = (at.get(a), at.get(b)) else { continue };
        if ia == ib {
            continue;
        }
        let (points, fault) = scene.route(ia, ib);
        let directed = g.emotional()[index].is_directed();
        let (from, to) = ((people[ia].x, people[ia].y), (people[ib].x, people[ib].y));
        placed.push(PlacedEmotional { index, kind, from, to, directed, points });
        faults.push(fault);
    }
    (placed, faults)
}

/// The longest run of whole steps of a union label ("m. 1972 d. 1985") that fits in `room` px.
fn fit_label(label: &str, room: f64) -> String {
    let words: Vec<&str> = label.split(' ').collect();
    let mut fitted = String::new();
    for pair in words.chunks(2) {
        let candidate =
            if fitted.is_empty() { pair.join(" ") } else { format!("{fitted} {}", pair.join(" ")) };
        if crate::text::width(&candidate, 9.0) > room {
            break;
        }
        fitted = candidate;
    }
    fitted
}

/// The stretch of a union's line that is its own, left and right x: between the partners'
/// symbols for neighbours; for a bracket passing under others, between the partner with fewer
/// partners on the row (the one away from the hub) and the person next to them inside.
fn own_stretch(
    f: &Family,
    row: &[usize],
    row_xs: &[Vec<f64>],
    union: &family::FamilyUnion,
    x: &[f64],
    neighbours: bool,
) -> Option<(f64, f64)> {
    let [a, b] = union.partners[..] else { return None };
    if row[a] != row[b] {
        return None;
    }
    let (lo, hi) = if x[a] <= x[b] { (a, b) } else { (b, a) };
    if neighbours {
        return Some((x[lo] + MARGIN, x[hi] + MARGIN));
    }
    let on_row = |p: usize| {
        f.unions_of[p]
            .iter()
            .filter(|&&u| f.unions[u].partners.iter().all(|&q| row[q] == row[p]))
            .count()
    };
    let xs = &row_xs[row[a]];
    let next = xs.get(xs.partition_point(|&v| v <= x[lo] + 1e-6)).copied()?;
    let before = xs.partition_point(|&v| v < x[hi] - 1e-6);
    let previous = xs.get(before.checked_sub(1)?).copied()?;
    // A stretch whose two ends are partners carries their own line of descent: not free.
    let free = |p: usize, other_x: f64| {
        !f.unions_of[p]
            .iter()
            .any(|&u| f.unions[u].partners.iter().any(|&q| q != p && (x[q] - other_x).abs() < 1e-6))
    };
    let near_lo = free(lo, next).then_some((x[lo] + MARGIN, next + MARGIN));
    let near_hi = free(hi, previous).then_some((previous + MARGIN, x[hi] + MARGIN));
    if on_row(lo) < on_row(hi) { near_lo.or(near_hi) } else { near_hi.or(near_lo) }
}

/// The larger part of a bracket's own stretch beside its separation or divorce slashes (drawn a
/// third of the way along the line), so the dates never run into them.
fn clear_of_slashes((lo, hi): (f64, f64), partners_x: &[f64], slashes: u8) -> (f64, f64) {
    let [a, b] = partners_x[..] else { return (lo, hi) };
    let at = a + (b - a) / 3.0;
    let half = 6.0 + 3.5 * f64::from(slashes.max(1) - 1) + 2.0;
    if slashes == 0 || at + half <= lo || at - half >= hi {
        return (lo, hi);
    }
    if hi - (at + half) >= (at - half) - lo { (at + half, hi) } else { (lo, at - half) }
}

/// Where a union's dates go, and as much of them as fits there: above the line between two
/// neighbours' symbols (high enough to clear divorce slashes), or above a bracket on its own
/// stretch, where no other line runs.
fn place_union_label(
    label: &str,
    stretch: Option<(f64, f64)>,
    y: f64,
    neighbours: bool,
) -> (String, (f64, f64)) {
    let Some((a, b)) = stretch else { return (String::new(), (0.0, y)) };
    let (room, baseline) =
        if neighbours { (b - a - SYMBOL - 6.0, y - 10.5) } else { (b - a - 12.0, y - 4.0) };
    (fit_label(label, room.max(0.0)), ((a + b) / 2.0, baseline))
}

/// Union lines no order can keep from passing under someone: a person with k partners on their
/// own row has only two sides, so k − 2 of those lines pass under another partner.
fn unavoidable_under_others(f: &Family, row: &[usize]) -> usize {
    (0..f.people.len())
        .map(|p| {
            let mut partners: Vec<usize> = f.unions_of[p]
                .iter()
                .filter_map(|&u| match f.unions[u].partners[..] {
                    [a, b] if row[a] == row[b] => Some(if a == p { b } else { a }),
                    _ => None,
                })
                .collect();
            partners.sort_unstable();
            partners.dedup();
            partners.len().saturating_sub(2)
        })
        .sum()
}

/// Vertical distance between sibship bars that share a gap between two rows: more than
/// [`metrics::BAR_GAP`], so two bars never read as one double line.
const TRACK: f64 = 22.0;

/// Sibship bars in the same gap between rows whose spans overlap (or come within
/// [`metrics::BAR_GAP`]) would merge into one line and make cousins look like siblings: each
/// gets its own height (interval colouring, greedy by left end, deterministic). The tracks are
/// centred in the gap, below the deepest bracket of the row above; where there are too many
/// to keep [`TRACK`] apart, they close up to fit.
fn assign_bar_tracks(unions: &mut [PlacedUnion]) {
    let mut by_gap: std::collections::BTreeMap<i64, Vec<usize>> = std::collections::BTreeMap::new();
    let mut deepest: std::collections::BTreeMap<i64, f64> = std::collections::BTreeMap::new();
    for (i, u) in unions.iter().enumerate() {
        let gap = u.bar_y.round() as i64;
        if u.y > u.top_y + 1e-6 {
            let d = deepest.entry(gap).or_insert(f64::MIN);
            *d = d.max(u.y);
        }
        if !u.children.is_empty() {
            by_gap.entry(gap).or_default().push(i);
        }
    }
    for (gap, members) in by_gap {
        let mut order = members;
        let span = |u: &PlacedUnion| metrics::bar_span(u);
        order.sort_by(|&a, &b| span(&unions[a]).0.total_cmp(&span(&unions[b]).0).then(a.cmp(&b)));
        // The right end of the last bar on each track.
        let mut tracks: Vec<f64> = Vec::new();
        let mut assigned: Vec<(usize, usize)> = Vec::with_capacity(order.len());
        for i in order {
            let (lo, hi) = span(&unions[i]);
            let track = match tracks.iter().position(|&end| end + metrics::BAR_GAP < lo) {
                Some(t) => t,
                None => {
                    tracks.push(f64::MIN);
                    tracks.len() - 1
                }
            };
            tracks[track] = hi;
            assigned.push((i, track));
        }
        let n = tracks.len() as f64;
        // The gap's room: from below the row's deepest bracket (or its names) to above the
        // next row's year labels.
        let centre = gap as f64;
        let top =
            deepest.get(&gap).map_or(centre - 40.0, |&d| (d + metrics::BAR_GAP).max(centre - 40.0));
        let bottom = centre + 40.0;
        let step =
            if n > 1.0 { TRACK.min((bottom - top) / (n - 1.0)).max(TRACK / 2.0) } else { TRACK };
        let middle = ((top + bottom) / 2.0).max(top + (n - 1.0) / 2.0 * step);
        let heights = |order: &[usize]| -> Vec<f64> {
            order.iter().map(|&t| middle + (t as f64 - (n - 1.0) / 2.0) * step).collect()
        };
        let level = best_track_order(unions, &assigned, tracks.len());
        let height = heights(&level);
        for (i, track) in assigned {
            unions[i].bar_y = height[track];
        }
    }
}

/// Which level (0 at the top) each track takes. A line of descent that reaches its bar through
/// a higher bar, or a child line that leaves its bar through a lower one, makes a child seem to
/// hang from the wrong parents; with up to [`TRACK_ORDERS_TRIED`] tracks every order is tried
/// and the one with fewest such crossings kept (ties: the first, so the result is stable).
fn best_track_order(unions: &[PlacedUnion], assigned: &[(usize, usize)], n: usize) -> Vec<usize> {
    let identity: Vec<usize> = (0..n).collect();
    if !(2..=TRACK_ORDERS_TRIED).contains(&n) {
        return identity;
    }
    // The spans on each track, sorted by left end (they are disjoint).
    let mut spans: Vec<Vec<(f64, f64)>> = vec![Vec::new(); n];
    for &(i, t) in assigned {
        spans[t].push(metrics::bar_span(&unions[i]));
    }
    for s in &mut spans {
        s.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    let inside = |t: usize, x: f64| {
        let at = spans[t].partition_point(|s| s.0 < x + metrics::BAR_END);
        at > 0 && spans[t][at - 1].1 > x - metrics::BAR_END
    };
    let crossings = |level: &[usize]| -> usize {
        let mut count = 0;
        for &(i, t) in assigned {
            let u = &unions[i];
            for other in (0..n).filter(|&o| o != t) {
                if level[other] < level[t] {
                    count += usize::from(inside(other, u.descent_x));
                } else {
                    count += u.children.iter().filter(|c| inside(other, c.x)).count();
                }
            }
        }
        count
    };
    let mut best = (crossings(&identity), identity.clone());
    let mut level = identity;
    while next_permutation(&mut level) {
        let c = crossings(&level);
        if c < best.0 {
            best = (c, level.clone());
        }
    }
    best.1
}

/// Tracks in one gap up to which every order of their heights is tried (4! = 24 orders).
const TRACK_ORDERS_TRIED: usize = 4;

/// The next permutation in lexicographic order; false after the last.
fn next_permutation(v: &mut [usize]) -> bool {
    let Some(i) = (1..v.len()).rev().find(|&i| v[i - 1] < v[i]) else { return false };
    let Some(j) = (i..v.len()).rev().find(|&j| v[j] > v[i - 1]) else { return false };
    v.swap(i - 1, j);
    v[i..].reverse();
    true
}

/// In a couple, the partner whose parents are drawn goes on the side of their family
/// (genogram-spec §2.4): twins and siblings then stand together. Where that does not decide
/// (neither or both sides equally near), a man partnered with a woman goes left when
/// `male_left` is set. Swapping the two keeps every spacing, so nothing can start to overlap.
fn face_families(f: &Family, rows: &[Vec<Vec<usize>>], x: &mut [f64], male_left: bool) {
    use genogram_core::Sex;
    let parents_x = |p: usize, x: &[f64]| -> Option<f64> {
        let partners = &f.unions[f.primary_union[p]?].partners;
        (!partners.is_empty())
            .then(|| partners.iter().map(|&q| x[q]).sum::<f64>() / partners.len() as f64)
    };
    for block in rows.iter().flatten() {
        if let [a, b] = block[..] {
            // Siblings (or twins) who are partners keep their birth order.
            if f.primary_union[a].is_some() && f.primary_union[a] == f.primary_union[b] {
                if (x[a] > x[b]) == (f.key[a] < f.key[b]) {
                    x.swap(a, b);
                }
                continue;
            }
            let cost = |x: &[f64]| -> f64 {
                [a, b].iter().filter_map(|&p| parents_x(p, x).map(|t| (x[p] - t).abs())).sum()
            };
            let before = cost(x);
            x.swap(a, b);
            let after = cost(x);
            let (left, right) = if x[a] < x[b] { (a, b) } else { (b, a) };
            let man_left = f.people[left].sex == Sex::Male && f.people[right].sex == Sex::Female;
            let keep =
                if (after - before).abs() < 1e-6 { male_left && man_left } else { after < before };
            if !keep {
                x.swap(a, b);
            }
        }
    }
}

/// How many generations up consanguinity is looked for: five reaches fourth cousins, beyond
/// which a shared ancestor is not drawn (genogram-spec §2.5), and the search stays cheap on very
/// deep families.
const CONSANGUINITY_GENERATIONS: usize = 5;

/// A person's kin ancestors up to [`CONSANGUINITY_GENERATIONS`] generations.
fn near_ancestors<'g>(
    g: &'g Genogram,
    id: &genogram_core::PersonId,
) -> std::collections::BTreeSet<&'g genogram_core::PersonId> {
    let mut found = std::collections::BTreeSet::new();
    let mut frontier = vec![id.clone()];
    for _ in 0..CONSANGUINITY_GENERATIONS {
        let mut next = Vec::new();
        for p in &frontier {
            for parent in g.parents(p) {
                if parent.link.is_kin() && found.insert(&parent.person.id) {
                    next.push(parent.person.id.clone());
                }
            }
        }
        if next.is_empty() {
            break;
        }
        frontier = next;
    }
    found
}
