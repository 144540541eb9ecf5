//! Painting a [`Layout`] as SVG.

use std::collections::BTreeSet;

use genogram_core::{DateSpec, Genogram, LinkKind, Person, PersonKind, age_range};
use svg::Document;
use svg::node::element::{Group, Path, Rectangle};

use crate::canvas::{group, num, polyline_path, shorten, text, title};
use crate::layout::{Layout, LayoutOptions, LegendSample, MARGIN, SYMBOL, layout};
use crate::notation::{
    Marks, Palette, Profile, emotional_line, link_dash, palette, person_symbol, union_dash,
};

/// Options for [`render_svg`].
///
/// ```
/// let options = genogram_render::RenderOptions::default();
/// assert!(options.legend && options.layout.emotional);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct RenderOptions {
    /// Layout options.
    pub layout: LayoutOptions,
    /// Draw a legend of the symbols and lines used.
    pub legend: bool,
    /// A title to print above the drawing (the file's title when `None`).
    pub title: Option<String>,
    /// The text written with each person.
    pub labels: Labels,
    /// Findings to draw over the genogram (`render --highlight`).
    pub highlights: Vec<crate::Highlight>,
}

/// Which texts are written with each person (`--labels`).
///
/// ```
/// let labels = genogram_render::Labels::default();
/// assert!(labels.name && labels.years && labels.age && !labels.occupation && !labels.conditions);
/// assert!(!labels.places);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Labels {
    /// The name, below the symbol.
    pub name: bool,
    /// Birth and death years.
    pub years: bool,
    /// The age (inside the symbol in McGoldrick's notation, below it in NSGC's).
    pub age: bool,
    /// The conditions' labels, below the name.
    pub conditions: bool,
    /// The occupation, below the name.
    pub occupation: bool,
    /// The places of birth and death (`b. Cork`, `d. Boston`), below the name.
    pub places: bool,
}

impl Default for Labels {
    fn default() -> Self {
        Self {
            name: true,
            years: true,
            age: true,
            conditions: false,
            occupation: false,
            places: false,
        }
    }
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self {
            layout: LayoutOptions::default(),
            legend: true,
            title: None,
            labels: Labels::default(),
            highlights: Vec::new(),
        }
    }
}

const INK: &str = "#222";

/// Lays out and paints a genogram as an SVG document. Never fails on a valid genogram, and
/// depends only on the family and the options.
///
/// ```
/// let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "index_person": "a",
///   "people": [{"id": "a", "sex": "female", "name": {"given": "<Ann & Co>"}}]}"#)?.genogram;
/// let svg = genogram_render::render_svg(&g, &Default::default());
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains("&lt;Ann &amp; Co&gt;") && !svg.contains("<Ann"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_svg(g: &Genogram, options: &RenderOptions) -> String {
    let layout = layout(g, &options.layout);
    paint(g, &layout, options)
}

/// Paints an existing layout.
///
/// ```
/// let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}]}"#)?.genogram;
/// let layout = genogram_render::layout(&g, &Default::default());
/// let svg = genogram_render::paint(&g, &layout, &Default::default());
/// assert!(svg.contains("<title>a</title>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn paint(g: &Genogram, layout: &Layout, options: &RenderOptions) -> String {
    let profile = layout.profile;
    let colours = palette(g);
    let heading = options.title.clone().or_else(|| g.title().map(str::to_owned));
    let top = if heading.is_some() { 36.0 } else { 0.0 };
    let mut drawing = group("genogram").set("transform", format!("translate(0 {top})"));
    drawing = drawing.add(households(layout));
    drawing = drawing.add(structure(layout, profile));
    if !options.highlights.is_empty() {
        drawing = drawing.add(crate::highlight::highlights(layout, &options.highlights));
    }
    drawing = drawing.add(emotional(layout));
    drawing = drawing.add(people(g, layout, profile, options.labels, &colours));
    // Wide enough for the drawing, the heading and at least one legend column.
    let heading_width =
        heading.as_ref().map_or(0.0, |h| crate::text::width(&shorten(h, 90), 18.0) + MARGIN);
    let width = layout.width.max(520.0).max(heading_width);
    let mut height = layout.height + top;
    let mut legend_group = None;
    if options.legend {
        let mut entries = layout.legend.clone();
        entries.extend(crate::highlight::legend_items(&options.highlights));
        let (legend, legend_height) = legend(&entries, width, layout.height + top, profile);
        height += legend_height;
        legend_group = Some(legend);
    }
    let mut doc = Document::new()
        .set("viewBox", (0, 0, num(width), num(height)))
        .set("width", num(width))
        .set("height", num(height))
        .set("font-family", "DejaVu Sans, Verdana, sans-serif")
        .add(Rectangle::new().set("width", "100%").set("height", "100%").set("fill", "#fff"));
    // Textured condition fills, each defined once.
    let patterns = crate::notation::fill_patterns(&colours);
    if !patterns.is_empty() {
        let mut defs = svg::node::element::Definitions::new();
        for pattern in patterns {
            defs = defs.add(pattern);
        }
        doc = doc.add(defs);
    }
    if let Some(heading) = &heading {
        doc = doc
            .add(title(heading))
            .add(text(MARGIN / 2.0, 28.0, &shorten(heading, 90), 18.0, "start").set("fill", INK));
    }
    doc = doc.add(drawing);
    if let Some(legend) = legend_group {
        doc = doc.add(legend);
    }
    let mut out = doc.to_string();
    out.push('\n');
    out
}

/// A white outline behind text, so lines passing behind a label do not strike through it.
fn halo(t: svg::node::element::Text) -> svg::node::element::Text {
    t.set("stroke", "#fff")
        .set("stroke-width", 3)
        .set("stroke-linejoin", "round")
        .set("paint-order", "stroke")
}

fn households(layout: &Layout) -> Group {
    let mut out = group("households");
    for h in &layout.households {
        let name = h.label.as_deref().unwrap_or("household");
        let mut outline = group("household").add(title(&if h.parts.len() > 1 {
            format!("{name} (drawn in {} parts, around its members only)", h.parts.len())
        } else {
            name.to_owned()
        }));
        for &[x, y, w, height] in &h.parts {
            outline = outline.add(household_box(x, y, w, height, h.style));
        }
        out = out.add(outline);
    }
    out
}

/// Each household's outline colour and dash, so households drawn in parts, or side by side,
/// can be told apart in colour and in greyscale.
const HOUSEHOLD_STYLES: [(&str, &str); 6] = [
    ("#7b8da8", "6 4"),
    ("#8a9a3b", "2 3"),
    ("#b0734f", "10 3 2 3"),
    ("#8e6cc3", "4 2"),
    ("#3f8f8f", "12 4"),
    ("#9a7d3a", "1 2"),
];

fn household_box(x: f64, y: f64, w: f64, height: f64, style: usize) -> Rectangle {
    let (colour, dash) = HOUSEHOLD_STYLES[style % HOUSEHOLD_STYLES.len()];
    Rectangle::new()
        .set("x", num(x))
        .set("y", num(y))
        .set("width", num(w))
        .set("height", num(height))
        .set("rx", 14)
        .set("fill", "#f3f6fb")
        .set("fill-opacity", 0.6)
        .set("stroke", colour)
        .set("stroke-width", 1.4)
        .set("stroke-dasharray", dash)
}

fn structure(layout: &Layout, profile: Profile) -> Group {
    let mut out = group("structure");
    let line = |d: String, dash: &str| {
        Path::new()
            .set("d", d)
            .set("fill", "none")
            .set("stroke", INK)
            .set("stroke-width", 1.6)
            .set("stroke-dasharray", dash)
    };
    for u in &layout.unions {
        let dash = union_dash(u.kind);
        if let [a, b] = u.partners_x[..] {
            if u.consanguineous {
                // Blood relatives: a double line (genogram-spec §2.5).
                for offset in [-2.5, 2.5] {
                    let d = polyline_path(&[
                        (a, u.top_y + offset),
                        (a, u.y + offset),
                        (b, u.y + offset),
                        (b, u.top_y + offset),
                    ]);
                    out = out.add(line(d, dash));
                }
                out = out.add(title("partners who are blood relatives"));
            } else {
                let d = polyline_path(&[(a, u.top_y), (a, u.y), (b, u.y), (b, u.top_y)]);
                out = out.add(line(d, dash).add(title(&format!("union {}", u.id))));
            }
            // Slashes a third of the way along, clear of the line of descent.
            let at = a + (b - a) / 3.0;
            // NSGC draws any relationship that no longer exists with two hash marks (§2.3, §7).
            let slashes = if profile == Profile::Nsgc && u.slashes > 0 { 2 } else { u.slashes };
            for s in 0..slashes {
                let off = (f64::from(s) - (f64::from(u.slashes) - 1.0) / 2.0) * 7.0;
                out = out.add(line(
                    polyline_path(&[(at + off - 5.0, u.y + 8.0), (at + off + 5.0, u.y - 8.0)]),
                    "none",
                ));
            }
            // The dates, placed by the layout on the union's own stretch of line.
            if !u.label.is_empty() {
                let (x, y) = u.label_at;
                out = out.add(halo(text(x, y, &u.label, 9.0, "middle").set("fill", "#555")));
            }
        }
        let start_y = if u.partners_x.len() == 2 { u.y } else { u.top_y };
        // Secondary links (an adoptive or foster family of a child drawn under their birth
        // parents): a connector in the link's style from this union to the child.
        for c in &u.secondary {
            let mid_y = u.bar_y + (c.top_y - u.bar_y) * 0.45;
            let connector = line(
                polyline_path(&[
                    (u.descent_x, start_y),
                    (u.descent_x, mid_y),
                    (c.x, mid_y),
                    (c.x, c.top_y),
                ]),
                link_dash(c.link),
            )
            .set("stroke-opacity", 0.8)
            .add(title(&format!("{:?} link", c.link).to_lowercase()));
            out = out.add(connector);
        }
        if u.children.is_empty() {
            continue;
        }
        // A single parent's line of descent leaves from under the symbol, behind the name.
        out =
            out.add(line(polyline_path(&[(u.descent_x, start_y), (u.descent_x, u.bar_y)]), "none"));
        let xs: Vec<f64> =
            u.children.iter().map(|c| c.twin_apex_x.unwrap_or(c.x)).chain([u.descent_x]).collect();
        let (lo, hi) = xs.iter().fold((f64::MAX, f64::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        if hi > lo {
            out = out.add(line(polyline_path(&[(lo, u.bar_y), (hi, u.bar_y)]), "none"));
        }
        let mut identical_bars: BTreeSet<(i64, i64)> = BTreeSet::new();
        for c in &u.children {
            let from = c.twin_apex_x.unwrap_or(c.x);
            let mut child_line =
                line(polyline_path(&[(from, u.bar_y), (c.x, c.top_y)]), link_dash(c.link));
            child_line = child_line.add(title(&format!("{:?} link", c.link).to_lowercase()));
            out = out.add(child_line);
            if c.identical {
                identical_bars.insert(((from * 100.0) as i64, 0));
            }
        }
        // Identical twins: a bar joining their lines halfway down (genogram-spec §2.7).
        for (apex, _) in identical_bars {
            let apex = apex as f64 / 100.0;
            let twins: Vec<f64> = u
                .children
                .iter()
                .filter(|c| c.identical && c.twin_apex_x == Some(apex))
                .map(|c| c.x)
                .collect();
            if let (Some(lo), Some(hi)) =
                (twins.iter().copied().reduce(f64::min), twins.iter().copied().reduce(f64::max))
            {
                let y = u.bar_y + (twins_top(u) - u.bar_y) / 2.0;
                let at = |x: f64| apex + (x - apex) / 2.0;
                out = out.add(line(polyline_path(&[(at(lo), y), (at(hi), y)]), "none"));
            }
        }
    }
    out
}

fn twins_top(u: &crate::PlacedUnion) -> f64 {
    u.children.iter().map(|c| c.top_y).fold(f64::MIN, f64::max)
}

fn emotional(layout: &Layout) -> Group {
    let mut out = group("relationships");
    for e in &layout.emotional {
        out = out.add(emotional_line(e.kind, &e.points, e.directed));
    }
    out
}

fn people(
    g: &Genogram,
    layout: &Layout,
    profile: Profile,
    labels: Labels,
    colours: &Palette,
) -> Group {
    let mut out = group("people");
    let ip = g.index_person().map(|p| p.id.clone());
    for placed in &layout.people {
        let Some(person) = g.person(&genogram_core::PersonId::new(placed.id.as_str())) else {
            continue;
        };
        let age = age_of(person, g.as_of()).filter(|_| labels.age);
        let adopted = g.parents(&person.id).iter().any(|parent| parent.link == LinkKind::Adopted);
        let marks = Marks {
            profile,
            index_person: ip.as_ref() == Some(&person.id),
            age,
            adopted,
            palette: colours,
        };
        let mut symbol = person_symbol(person, placed.x, placed.y, marks);
        symbol = symbol.set("id", format!("person-{}", slug(placed.id.as_str())));
        let name = person.display_name();
        let years = years_label(person);
        let mut tooltip = name.clone();
        if !years.is_empty() {
            tooltip.push_str(&format!(" ({years})"));
        }
        symbol = symbol.add(title(&tooltip));
        out = out.add(symbol);
        if !years.is_empty() && profile == Profile::McGoldrick && labels.years {
            out = out.add(halo(
                text(placed.x, placed.y - SYMBOL / 2.0 - 6.0, &years, 11.0, "middle")
                    .set("fill", "#444"),
            ));
        }
        // Given name (or nickname) over family name, each wrapped to two lines when too long
        // for one, cut to fit only then.
        let mut lines = crate::text::name_lines(person, 12.0, crate::layout::LABEL_WIDTH);
        if lines.is_empty() && person.kind == PersonKind::Person {
            lines.push(name.clone());
        }
        if !labels.name {
            lines.clear();
        }
        if profile == Profile::Nsgc {
            lines.extend(nsgc_lines(person, age, labels.years));
        }
        if labels.occupation {
            lines.extend(person.occupation.clone());
        }
        if labels.conditions {
            lines.extend(person.conditions.iter().map(|c| c.label.clone()));
        }
        if labels.places {
            for (mark, place) in [("b.", &person.birth_place), ("d.", &person.death_place)] {
                lines.extend(place.as_deref().map(|p| place_label(mark, p)));
            }
        }
        for (i, line) in lines.iter().enumerate() {
            let y = placed.y + SYMBOL / 2.0 + 15.0 + i as f64 * 14.0;
            out = out.add(halo(
                text(
                    placed.x,
                    y,
                    &crate::text::fit(line, 12.0, crate::layout::LABEL_WIDTH),
                    12.0,
                    "middle",
                )
                .set("fill", INK),
            ));
        }
    }
    out
}

/// The NSGC text under a symbol, after the name (genogram-spec §1.4, §1.6, §1.3): the age or
/// years, what a pregnancy loss was, and the sex assigned at birth when the shape shows a
/// different gender.
/// A place label that fits under a symbol: the whole place, else its first and last parts
/// ("b. Kensington Palace, London, England" becomes "b. Kensington Palace, England"), else its
/// first part; what still does not fit is cut with an ellipsis when painted.
fn place_label(mark: &str, place: &str) -> String {
    let fits = |s: &str| crate::text::width(s, 12.0) <= crate::layout::LABEL_WIDTH;
    let whole = format!("{mark} {place}");
    let parts: Vec<&str> = place.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    let mut shorter = Vec::new();
    if let [first, .., last] = parts.as_slice() {
        shorter.push(format!("{mark} {first}, {last}"));
    }
    if let Some(first) = parts.first() {
        shorter.push(format!("{mark} {first}"));
    }
    if fits(&whole) {
        return whole;
    }
    let last = shorter.last().cloned().unwrap_or(whole);
    shorter.into_iter().find(|s| fits(s)).unwrap_or(last)
}

fn nsgc_lines(p: &Person, age: Option<i64>, years: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let outcome = match p.kind {
        PersonKind::Miscarriage => Some("SAB"),
        PersonKind::Abortion => Some("TOP"),
        PersonKind::Stillbirth => Some("SB"),
        PersonKind::Ectopic => Some("ECT"),
        _ => None,
    };
    if let Some(outcome) = outcome {
        let weeks = p.gestational_weeks.map(|w| format!(" {w} wk")).unwrap_or_default();
        lines.push(format!("{outcome}{weeks}"));
    } else if p.is_deceased() {
        let mut died = String::from("d.");
        if let Some(d) = p.death.as_ref().filter(|_| years) {
            died.push_str(&format!(" {}", d.year()));
        }
        if let Some(age) = age {
            died.push_str(&format!(" {age}y"));
        }
        if died.len() > 2 {
            lines.push(died);
        }
    } else if let Some(age) = age {
        lines.push(format!("{age}y"));
    } else if let Some(b) = p.birth.as_ref().filter(|_| years) {
        lines.push(format!("b. {}", b.year()));
    }
    let gender_differs = match (p.gender, p.sex) {
        (Some(genogram_core::Gender::NonBinary | genogram_core::Gender::Other), _) => true,
        _ => p.is_transgender(),
    };
    if gender_differs {
        let assigned = match p.sex {
            genogram_core::Sex::Female => Some("AFAB"),
            genogram_core::Sex::Male => Some("AMAB"),
            genogram_core::Sex::Intersex => Some("UAAB"),
            genogram_core::Sex::Unknown => None,
        };
        lines.extend(assigned.map(str::to_owned));
    }
    lines
}

/// An id safe inside an XML id attribute: letters, digits, `-` and `_` only.
fn slug(id: &str) -> String {
    id.chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
        .collect()
}

fn years_label(p: &Person) -> String {
    let year = |d: &DateSpec| match d {
        DateSpec::About(_) => format!("~{}", d.year()),
        _ => d.year().to_string(),
    };
    if matches!(
        p.kind,
        PersonKind::Miscarriage
            | PersonKind::Abortion
            | PersonKind::Stillbirth
            | PersonKind::Ectopic
    ) {
        return p.birth.as_ref().map(year).unwrap_or_default();
    }
    match (&p.birth, &p.death) {
        (Some(b), Some(d)) => format!("{}–{}", year(b), year(d)),
        (Some(b), None) if p.is_deceased() => format!("{}–?", year(b)),
        (Some(b), None) => format!("b. {}", year(b)),
        (None, Some(d)) => format!("d. {}", year(d)),
        (None, None) => String::new(),
    }
}

/// The age shown inside the symbol: at death, or as of the genogram's date; the given age
/// otherwise.
fn age_of(p: &Person, as_of: Option<&DateSpec>) -> Option<i64> {
    if p.is_pregnancy() || p.is_pet() {
        return None;
    }
    let end = match (&p.death, p.is_deceased()) {
        (Some(d), _) => Some(d),
        (None, true) => None,
        (None, false) => as_of,
    };
    match (&p.birth, end) {
        (Some(b), Some(e)) => age_range(b, e).map(|(youngest, _)| youngest).filter(|&a| a >= 0),
        _ => p.age.map(i64::from),
    }
}

/// Width of a legend column.
const COLUMN: f64 = 290.0;

/// Draws the layout's legend entries below the drawing, each sample with the same functions as
/// the drawing.
fn legend(entries: &[crate::LegendItem], width: f64, top: f64, profile: Profile) -> (Group, f64) {
    // Samples of positions (which half means what) are drawn in neutral grey; each condition's
    // colour has its own swatch.
    let grey = Palette::new();
    let columns = ((width - MARGIN) / COLUMN).floor().max(1.0) as usize;
    let row_height = 50.0;
    let rows = entries.len().div_ceil(columns);
    let mut out =
        group("legend").set("transform", format!("translate({} {})", num(MARGIN / 2.0), num(top)));
    out = out
        .add(text(0.0, 16.0, "Legend", 13.0, "start").set("fill", INK).set("font-weight", "bold"));
    for (i, entry) in entries.iter().enumerate() {
        let (col, row) = (i % columns, i / columns);
        let (x, y) = (col as f64 * COLUMN + 28.0, 52.0 + row as f64 * row_height);
        let sample = legend_sample(&entry.sample, profile, &grey);
        out = out
            .add(sample.set("transform", format!("translate({} {}) scale(0.8)", num(x), num(y))));
        let label = crate::text::fit(&entry.label, 11.0, COLUMN - 50.0);
        out = out.add(text(x + 34.0, y + 4.0, &label, 11.0, "start").set("fill", INK));
    }
    (out, 40.0 + rows as f64 * row_height + 20.0)
}

/// A legend sample as SVG text, to tell whether two samples look alike.
pub(crate) fn sample_svg(sample: &LegendSample, profile: Profile) -> String {
    legend_sample(sample, profile, &Palette::new()).to_string()
}

/// One legend sample, centred on the origin.
fn legend_sample(sample: &LegendSample, profile: Profile, grey: &Palette) -> Group {
    let stroke = |d: &str, dash: &str| {
        let path = Path::new()
            .set("d", d.to_owned())
            .set("stroke", INK)
            .set("stroke-width", 1.6)
            .set("fill", "none");
        if dash == "none" { path } else { path.set("stroke-dasharray", dash.to_owned()) }
    };
    match sample {
        LegendSample::Person { person, index_person } => {
            let marks = Marks {
                profile,
                index_person: *index_person,
                age: None,
                adopted: false,
                palette: grey,
            };
            person_symbol(person, 0.0, 0.0, marks)
        }
        LegendSample::Swatch { colour, texture } => group("sample").add(
            Rectangle::new()
                .set("x", -14)
                .set("y", -14)
                .set("width", 28)
                .set("height", 28)
                .set("fill", crate::notation::paint(colour, *texture))
                .set("stroke", INK),
        ),
        LegendSample::UnionLine { union } => {
            group("sample").add(stroke("M-22 0 H22", union_dash(*union)))
        }
        LegendSample::Consanguinity => {
            group("sample").add(stroke("M-22 -2.5 H22", "none")).add(stroke("M-22 2.5 H22", "none"))
        }
        LegendSample::Slashes { count } => {
            let mut g = group("sample").add(stroke("M-22 0 H22", "none"));
            for s in 0..*count {
                let off = (f64::from(s) - (f64::from(*count) - 1.0) / 2.0) * 7.0;
                g = g.add(stroke(&format!("M{} 8 L{} -8", num(off - 5.0), num(off + 5.0)), "none"));
            }
            g
        }
        LegendSample::ChildLine { link } => {
            group("sample").add(stroke("M0 -18 V18", link_dash(*link)))
        }
        LegendSample::Twins { identical } => {
            let g = group("sample").add(stroke("M-12 18 L0 -18 L12 18", "none"));
            if *identical { g.add(stroke("M-6 0 H6", "none")) } else { g }
        }
        LegendSample::Emotional { relationship } => {
            emotional_line(*relationship, &[(-24.0, 0.0), (24.0, 0.0)], false)
        }
        LegendSample::Halo { colour } => {
            group("sample").add(crate::highlight::halo(0.0, 0.0, colour)).add(
                crate::notation::outline(crate::notation::Shape::Circle, 0.0, 0.0, 20.0)
                    .set("fill", "#fff")
                    .set("stroke", INK)
                    .set("stroke-width", 1.8),
            )
        }
        LegendSample::Household { style } => {
            group("sample").add(household_box(-20.0, -14.0, 40.0, 28.0, *style))
        }
    }
}

#[cfg(test)]
mod place_tests {
    use super::place_label;

    #[test]
    fn long_places_keep_their_first_and_last_parts() {
        assert_eq!(place_label("b.", "Cork"), "b. Cork");
        assert_eq!(place_label("b.", "Ely, Cambridgeshire, England"), "b. Ely, England");
        assert_eq!(place_label("b.", "Kensington Palace, London, England"), "b. Kensington Palace");
        let long = place_label("d.", "Royal Infirmary of the Borough of Carmarthen, Wales");
        assert_eq!(long, "d. Royal Infirmary of the Borough of Carmarthen", "cut when painted");
    }
}
