//! Findings drawn on the genogram (`render --highlight`, and the HTML report): a halo on each
//! person, emphasis on each relationship and union line, a translucent polygon for a triangle,
//! a band along a line of descent for a repetition. One colour per report section, the same in
//! the SVG and in the report.

use genogram_core::patterns::{Category, Finding, Overlay};
use svg::node::element::{Circle, Group, Path, Polygon, Title};

use crate::canvas::{clean, num, polyline_path};
use crate::{Layout, SYMBOL};

/// The colour of a report section, used for its findings in the drawing and the report.
///
/// ```
/// use genogram_core::patterns::Category;
/// assert_eq!(genogram_render::category_colour(Category::Safety), "#c62828");
/// ```
pub fn category_colour(category: Category) -> &'static str {
    match category {
        Category::Safety => "#c62828",
        Category::Coverage => "#616161",
        Category::Structure => "#1565c0",
        Category::Repetition => "#6a1b9a",
        Category::LossAndTiming => "#e65100",
        Category::Triangles => "#00838f",
        Category::Balance => "#827717",
        Category::Strengths => "#2e7d32",
    }
}

/// A finding to draw, with the id its SVG group gets (`f1`, `f2`, ... as in the report).
///
/// ```
/// # use genogram_core::{Genogram, patterns::{detect, PatternConfig}};
/// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}],
/// #   "emotional": [{"kind": "cutoff", "people": ["a", "b"]}]}"#)?.genogram;
/// let findings = detect(&g, &PatternConfig::default());
/// let h = genogram_render::Highlight { id: "f1".into(), finding: findings[0].clone() };
/// assert_eq!(h.finding.rule, "T8");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    /// The id of the SVG group (and the report's anchor).
    pub id: String,
    /// The finding.
    pub finding: Finding,
}

/// A light halo around a symbol centred at (x, y).
pub(crate) fn halo(x: f64, y: f64, colour: &str) -> Circle {
    Circle::new()
        .set("cx", num(x))
        .set("cy", num(y))
        .set("r", num(SYMBOL * 0.72))
        .set("fill", colour.to_owned())
        .set("fill-opacity", 0.08)
        .set("stroke", colour.to_owned())
        .set("stroke-opacity", 0.8)
        .set("stroke-width", 1.6)
}

/// Legend entries for the highlights drawn: one halo per report section they come from, in
/// report order.
pub(crate) fn legend_items(items: &[Highlight]) -> Vec<crate::LegendItem> {
    Category::ALL
        .iter()
        .filter(|c| items.iter().any(|h| h.finding.category == **c))
        .map(|&c| crate::LegendItem {
            label: format!("{} finding", c.heading()),
            sample: crate::LegendSample::Halo { colour: category_colour(c).to_owned() },
        })
        .collect()
}

/// The highlight groups, drawn under the symbols.
pub(crate) fn highlights(layout: &Layout, items: &[Highlight]) -> Group {
    let mut out = Group::new().set("class", "highlights");
    let at = |id: &str| layout.people.iter().find(|p| p.id == id).map(|p| (p.x, p.y));
    for h in items {
        let f = &h.finding;
        let colour = category_colour(f.category);
        let mut g = Group::new()
            .set("class", "finding")
            .set("id", clean(&h.id))
            .set("data-rule", f.rule)
            .add(Title::new(clean(&format!("{} ({})", f.title, f.rule))));
        match &f.visual.overlay {
            Overlay::Triangle { corners, outsider } => {
                let points: Vec<(f64, f64)> =
                    corners.iter().filter_map(|c| at(c.as_str())).collect();
                if points.len() == 3 {
                    let list: Vec<String> =
                        points.iter().map(|(x, y)| format!("{},{}", num(*x), num(*y))).collect();
                    g = g.add(
                        Polygon::new()
                            .set("points", list.join(" "))
                            .set("fill", colour)
                            .set("fill-opacity", 0.06)
                            .set("stroke", colour)
                            .set("stroke-opacity", 0.6)
                            .set("stroke-width", 1.5)
                            .set("stroke-dasharray", "5 3"),
                    );
                }
                if let Some((x, y)) = outsider.as_ref().and_then(|o| at(o.as_str())) {
                    g = g.add(
                        Circle::new()
                            .set("cx", num(x))
                            .set("cy", num(y))
                            .set("r", num(SYMBOL * 0.95))
                            .set("fill", "none")
                            .set("stroke", colour)
                            .set("stroke-width", 2)
                            .set("stroke-dasharray", "3 3"),
                    );
                }
            }
            Overlay::Lineage { path } => {
                let points: Vec<(f64, f64)> = path.iter().filter_map(|p| at(p.as_str())).collect();
                if points.len() >= 2 {
                    g = g.add(
                        Path::new()
                            .set("d", polyline_path(&points))
                            .set("fill", "none")
                            .set("stroke", colour)
                            .set("stroke-opacity", 0.14)
                            .set("stroke-width", 10)
                            .set("stroke-linecap", "round")
                            .set("stroke-linejoin", "round"),
                    );
                }
            }
            Overlay::None => {}
        }
        for u in &f.visual.unions {
            if let Some(placed) = layout.unions.iter().find(|p| p.id == u.as_str())
                && let [a, b] = placed.partners_x[..]
            {
                g = g.add(
                    Path::new()
                        .set(
                            "d",
                            polyline_path(&[
                                (a, placed.top_y),
                                (a, placed.y),
                                (b, placed.y),
                                (b, placed.top_y),
                            ]),
                        )
                        .set("fill", "none")
                        .set("stroke", colour)
                        .set("stroke-opacity", 0.25)
                        .set("stroke-width", 5),
                );
            }
        }
        for &r in &f.visual.relationships {
            for e in layout.emotional.iter().filter(|e| e.index == r) {
                g = g.add(
                    Path::new()
                        .set("d", polyline_path(&e.points))
                        .set("fill", "none")
                        .set("stroke", colour)
                        .set("stroke-opacity", 0.25)
                        .set("stroke-width", 6)
                        .set("stroke-linecap", "round"),
                );
            }
        }
        // Halos on the finding's members only (its visual list may name more people, for
        // context).
        let members = f.member_ids();
        for p in f.visual.people.iter().filter(|p| members.is_empty() || members.contains(p)) {
            if let Some((x, y)) = at(p.as_str()) {
                g = g.add(halo(x, y, colour));
            }
        }
        out = out.add(g);
    }
    out
}
