//! The notation (genogram-spec §1–§3, McGoldrick profile): one function per element, used both
//! for the drawing and for its legend, so the legend always shows what the drawing shows.

use genogram_core::{
    ConditionCategory, ConditionStatus, Directedness, EmotionalKind, Gender, LinkKind, Orientation,
    Person, PersonKind, Sex, UnionKind, Valence,
};
use svg::node::element::{Circle, Group, Path, Polygon, Rectangle};

use crate::canvas::{group, num, polyline_path};

const INK: &str = "#222";
const FILL: &str = "#444";
/// Half the symbol size.
const H: f64 = 20.0;

/// The notation family a drawing follows (genogram-spec §0, §7).
///
/// ```
/// use genogram_render::Profile;
/// assert_eq!(Profile::default(), Profile::McGoldrick);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    /// The therapy genogram of McGoldrick, Gerson and Petry.
    #[default]
    McGoldrick,
    /// The NSGC clinical pedigree nomenclature.
    Nsgc,
}

impl From<genogram_core::Notation> for Profile {
    fn from(notation: genogram_core::Notation) -> Self {
        match notation {
            genogram_core::Notation::Mcgoldrick => Profile::McGoldrick,
            genogram_core::Notation::Nsgc => Profile::Nsgc,
        }
    }
}

/// What is drawn on a symbol besides its shape.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Marks<'a> {
    pub(crate) profile: Profile,
    pub(crate) index_person: bool,
    pub(crate) age: Option<i64>,
    pub(crate) adopted: bool,
    /// The colour of each condition, by lowercased label.
    pub(crate) palette: &'a Palette,
}

/// Condition fills, by lowercased label.
pub(crate) type Palette = std::collections::BTreeMap<String, Fill>;

/// The Okabe–Ito colours, distinguishable with the common colour-vision deficiencies, in the
/// order they are handed out, each with its band of lightness once printed in grey (0 dark,
/// 1 middle, 2 light): colours of one band look alike in grey, so they differ by texture.
const CONDITION_COLOURS: [(&str, u8); 8] = [
    ("#0072B2", 0),
    ("#E69F00", 2),
    ("#D55E00", 1),
    ("#009E73", 1),
    ("#CC79A7", 2),
    ("#000000", 0),
    ("#8C6D1F", 1),
    ("#56B4E9", 2),
];

/// How a condition's colour is laid down: solid, or one of the textures defined once in the
/// drawing's `<defs>` (colour lines or dots on white).
///
/// ```
/// assert_ne!(genogram_render::Texture::Hatch, genogram_render::Texture::Solid);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Texture {
    /// The colour alone.
    Solid,
    /// Diagonal lines rising to the right.
    Hatch,
    /// A grid of dots.
    Dots,
    /// Both diagonals.
    CrossHatch,
    /// Diagonal lines falling to the right.
    BackHatch,
    /// Horizontal stripes.
    Horizontal,
    /// Vertical stripes.
    Vertical,
    /// A square grid of lines.
    Grid,
}

const TEXTURES: [Texture; 8] = [
    Texture::Solid,
    Texture::Hatch,
    Texture::Dots,
    Texture::CrossHatch,
    Texture::BackHatch,
    Texture::Horizontal,
    Texture::Vertical,
    Texture::Grid,
];

/// A condition's fill: a colour and a texture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Fill {
    pub(crate) colour: &'static str,
    pub(crate) texture: Texture,
}

impl Fill {
    /// What goes in a `fill` attribute.
    pub(crate) fn paint(self) -> String {
        paint(self.colour, self.texture)
    }
}

/// The id of a textured fill's `<pattern>`.
fn pattern_id(colour: &str, texture: Texture) -> String {
    let name = match texture {
        Texture::Solid => "solid",
        Texture::Hatch => "hatch",
        Texture::Dots => "dots",
        Texture::CrossHatch => "cross",
        Texture::BackHatch => "back",
        Texture::Horizontal => "horizontal",
        Texture::Vertical => "vertical",
        Texture::Grid => "grid",
    };
    let hex: String = colour.chars().filter(char::is_ascii_hexdigit).collect();
    format!("fill-{name}-{hex}")
}

/// What goes in a `fill` attribute for a colour laid down in a texture.
pub(crate) fn paint(colour: &str, texture: Texture) -> String {
    match texture {
        Texture::Solid => colour.to_owned(),
        _ => format!("url(#{})", pattern_id(colour, texture)),
    }
}

/// The sequence of fills handed out to conditions: every colour once before any repeats; each
/// fill differs from every earlier one in colour and texture, and, for the first 22, in what a
/// greyscale print keeps (band of lightness and texture). 63 in all (no solid black); past
/// that, fills repeat
/// (and the layout's `shared_condition_fills` metric says so).
fn fill_sequence() -> Vec<Fill> {
    let mut used: std::collections::BTreeSet<(&str, Texture)> = std::collections::BTreeSet::new();
    let mut in_grey: std::collections::BTreeSet<(u8, Texture)> = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for k in 0..CONDITION_COLOURS.len() * TEXTURES.len() {
        let (colour, band) = CONDITION_COLOURS[k % CONDITION_COLOURS.len()];
        // Solid black would hide the deceased X and the age.
        let fresh = |t: &&Texture| {
            !(used.contains(&(colour, **t)) || (colour == "#000000" && **t == Texture::Solid))
        };
        let Some(texture) = TEXTURES
            .iter()
            .filter(fresh)
            .find(|t| !in_grey.contains(&(band, **t)))
            .or_else(|| TEXTURES.iter().find(fresh))
            .copied()
        else {
            continue;
        };
        used.insert((colour, texture));
        in_grey.insert((band, texture));
        out.push(Fill { colour, texture });
    }
    out
}

/// One fill per condition label in the family, in alphabetical order of labels (so the fills
/// do not depend on the order of the file).
pub(crate) fn palette(g: &genogram_core::Genogram) -> Palette {
    let labels: std::collections::BTreeSet<String> = g
        .people()
        .iter()
        .flat_map(|p| {
            p.conditions
                .iter()
                .filter(|c| c.status != ConditionStatus::Carrier)
                .map(|c| c.label.to_lowercase())
        })
        .collect();
    let fills = fill_sequence();
    labels.into_iter().enumerate().map(|(i, l)| (l, fills[i % fills.len()])).collect()
}

/// Pairs of conditions drawn with the same fill.
pub(crate) fn shared_fills(palette: &Palette) -> usize {
    let mut count: std::collections::BTreeMap<Fill, usize> = std::collections::BTreeMap::new();
    for fill in palette.values() {
        *count.entry(*fill).or_default() += 1;
    }
    count.values().map(|&n| n * n.saturating_sub(1) / 2).sum()
}

/// The `<pattern>` of each textured fill in the palette, for the drawing's `<defs>` (each
/// defined once, in a fixed order).
pub(crate) fn fill_patterns(palette: &Palette) -> Vec<svg::node::element::Pattern> {
    let fills: std::collections::BTreeSet<Fill> =
        palette.values().copied().filter(|f| f.texture != Texture::Solid).collect();
    fills.into_iter().map(pattern).collect()
}

fn pattern(fill: Fill) -> svg::node::element::Pattern {
    let size = 6.0;
    let line = |d: &str, width: f64| {
        Path::new().set("d", d.to_owned()).set("stroke", fill.colour).set("stroke-width", width)
    };
    let mut p = svg::node::element::Pattern::new()
        .set("id", pattern_id(fill.colour, fill.texture))
        .set("patternUnits", "userSpaceOnUse")
        .set("width", size)
        .set("height", size)
        .add(Rectangle::new().set("width", size).set("height", size).set("fill", "#fff"));
    let rising = "M-1 1 L1 -1 M0 6 L6 0 M5 7 L7 5";
    let falling = "M-1 5 L1 7 M0 0 L6 6 M5 -1 L7 1";
    p = match fill.texture {
        Texture::Solid => {
            p.add(Rectangle::new().set("width", size).set("height", size).set("fill", fill.colour))
        }
        Texture::Hatch => p.add(line(rising, 2.2)),
        Texture::BackHatch => p.add(line(falling, 2.2)),
        Texture::CrossHatch => p.add(line(rising, 1.3)).add(line(falling, 1.3)),
        Texture::Horizontal => p.add(line("M0 3 H6", 2.4)),
        Texture::Vertical => p.add(line("M3 0 V6", 2.4)),
        Texture::Grid => p.add(line("M0 3 H6 M3 0 V6", 1.3)),
        Texture::Dots => {
            p.add(Circle::new().set("cx", 3).set("cy", 3).set("r", 1.7).set("fill", fill.colour))
        }
    };
    p
}

fn fill_of(palette: &Palette, c: &genogram_core::Condition) -> String {
    palette.get(&c.label.to_lowercase()).map_or_else(|| FILL.to_owned(), |f| f.paint())
}

/// Suspected, in recovery and in remission are drawn lighter.
fn opacity(c: &genogram_core::Condition) -> f64 {
    if c.status == ConditionStatus::Affected { 1.0 } else { 0.4 }
}

/// The outline shape a person is drawn with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Shape {
    Square,
    Circle,
    /// Non-binary (McGoldrick 4th ed.: a square base with a rounded top).
    Dome,
    /// Unknown or unstated sex and gender.
    Diamond,
    Triangle,
}

pub(crate) fn shape_of(p: &Person, profile: Profile) -> Shape {
    match (p.kind, profile) {
        (PersonKind::Pet, _) => return Shape::Diamond,
        (
            PersonKind::Pregnancy | PersonKind::Ectopic | PersonKind::Abortion,
            Profile::McGoldrick,
        ) => {
            return Shape::Triangle;
        }
        (PersonKind::Miscarriage | PersonKind::Ectopic | PersonKind::Abortion, Profile::Nsgc) => {
            return Shape::Triangle;
        }
        _ => {}
    }
    if profile == Profile::Nsgc {
        // NSGC: the shape follows gender identity; gender-diverse and unknown are diamonds.
        return match (p.gender, p.sex) {
            (Some(Gender::Woman), _) | (None, Sex::Female) => Shape::Circle,
            (Some(Gender::Man), _) | (None, Sex::Male) => Shape::Square,
            _ => Shape::Diamond,
        };
    }
    match (p.gender, p.sex) {
        (Some(Gender::Woman), _) => Shape::Circle,
        (Some(Gender::Man), _) => Shape::Square,
        (Some(Gender::NonBinary), _) => Shape::Dome,
        (_, Sex::Female) => Shape::Circle,
        (_, Sex::Male) => Shape::Square,
        _ => Shape::Diamond,
    }
}

/// The outline a person is drawn with and its half-size, as the symbol functions draw it.
pub(crate) fn extent(p: &Person, profile: Profile) -> (Shape, f64) {
    let small = match profile {
        Profile::McGoldrick => matches!(
            p.kind,
            PersonKind::Miscarriage
                | PersonKind::Abortion
                | PersonKind::Stillbirth
                | PersonKind::Pet
        ),
        Profile::Nsgc => matches!(
            p.kind,
            PersonKind::Miscarriage | PersonKind::Abortion | PersonKind::Ectopic | PersonKind::Pet
        ),
    };
    let h = if small { H * 0.6 } else { H };
    if profile == Profile::McGoldrick && p.kind == PersonKind::Miscarriage {
        return (birth_shape(p), h * 0.7);
    }
    (shape_of(p, profile), h)
}

/// Whether `(dx, dy)`, measured from a symbol's centre, lies inside its outline.
pub(crate) fn inside(shape: Shape, h: f64, dx: f64, dy: f64) -> bool {
    match shape {
        Shape::Square => dx.abs() <= h && dy.abs() <= h,
        Shape::Circle => dx * dx + dy * dy <= h * h,
        Shape::Dome if dy < 0.0 => dx * dx + dy * dy <= h * h,
        Shape::Dome => dx.abs() <= h && dy <= h,
        Shape::Diamond => dx.abs() + dy.abs() <= h,
        Shape::Triangle => dy.abs() <= h && dx.abs() <= (dy + h) / 2.0,
    }
}

fn birth_shape(p: &Person) -> Shape {
    match p.sex {
        Sex::Female => Shape::Circle,
        Sex::Male => Shape::Square,
        _ => Shape::Diamond,
    }
}

/// The outline of a shape of half-size `h` centred at (x, y), as a path.
pub(crate) fn outline(shape: Shape, x: f64, y: f64, h: f64) -> Path {
    let d = match shape {
        Shape::Square => format!(
            "M{} {} H{} V{} H{} Z",
            num(x - h),
            num(y - h),
            num(x + h),
            num(y + h),
            num(x - h)
        ),
        Shape::Circle => format!(
            "M{} {} A{h} {h} 0 1 0 {} {} A{h} {h} 0 1 0 {} {} Z",
            num(x - h),
            num(y),
            num(x + h),
            num(y),
            num(x - h),
            num(y),
            h = num(h)
        ),
        Shape::Dome => format!(
            "M{} {} V{} A{h} {h} 0 0 1 {} {} V{} Z",
            num(x - h),
            num(y + h),
            num(y),
            num(x + h),
            num(y),
            num(y + h),
            h = num(h)
        ),
        Shape::Diamond => format!(
            "M{} {} L{} {} L{} {} L{} {} Z",
            num(x),
            num(y - h),
            num(x + h),
            num(y),
            num(x),
            num(y + h),
            num(x - h),
            num(y)
        ),
        Shape::Triangle => format!(
            "M{} {} L{} {} L{} {} Z",
            num(x),
            num(y - h),
            num(x + h),
            num(y + h),
            num(x - h),
            num(y + h)
        ),
    };
    Path::new().set("d", d)
}

/// A person's symbol: shape (nested for transgender people), condition fill, deceased X, index
/// person's double outline, orientation mark, age. Text labels are drawn elsewhere.
pub(crate) fn person_symbol(p: &Person, x: f64, y: f64, marks: Marks<'_>) -> Group {
    match marks.profile {
        Profile::McGoldrick => mcgoldrick_symbol(p, x, y, marks),
        Profile::Nsgc => nsgc_symbol(p, x, y, marks),
    }
}

fn mcgoldrick_symbol(p: &Person, x: f64, y: f64, marks: Marks<'_>) -> Group {
    let mut g = group("symbol");
    let small = matches!(
        p.kind,
        PersonKind::Miscarriage | PersonKind::Abortion | PersonKind::Stillbirth | PersonKind::Pet
    );
    let h = if small { H * 0.6 } else { H };
    let shape = shape_of(p, Profile::McGoldrick);
    if p.kind == PersonKind::Miscarriage {
        // A small solid symbol (genogram-spec §1.6).
        return g.add(outline(birth_shape(p), x, y, h * 0.7).set("fill", FILL).set("stroke", INK));
    }
    g = g.add(
        outline(shape, x, y, h).set("fill", "#fff").set("stroke", INK).set("stroke-width", 1.8),
    );
    g = condition_fill(g, p, shape, x, y, h, marks.palette);
    if p.is_transgender() && p.gender.is_some() {
        // Shape inside shape: the outer shape is the lived gender (genogram-spec §1.3, §7).
        g = g.add(
            outline(birth_shape(p), x, y, h * 0.55)
                .set("fill", "none")
                .set("stroke", INK)
                .set("stroke-width", 1.2),
        );
    }
    let oriented = matches!(
        p.orientation,
        Some(Orientation::Gay | Orientation::Lesbian | Orientation::Bisexual | Orientation::Queer)
    );
    if oriented {
        // A small inverted triangle in the upper part, leaving room for the age below it.
        let t = h * 0.28;
        let y = y - h * 0.4;
        let mark = Polygon::new()
            .set(
                "points",
                format!(
                    "{},{} {},{} {},{}",
                    num(x - t),
                    num(y - t * 0.6),
                    num(x + t),
                    num(y - t * 0.6),
                    num(x),
                    num(y + t)
                ),
            )
            .set("fill", "none")
            .set("stroke", INK)
            .set(
                "stroke-dasharray",
                if p.orientation == Some(Orientation::Bisexual) { "2 2" } else { "none" },
            );
        g = g.add(mark);
    }
    if marks.index_person {
        g = g.add(
            outline(shape, x, y, h - 4.0)
                .set("fill", "none")
                .set("stroke", INK)
                .set("stroke-width", 1.5),
        );
    }
    if p.kind == PersonKind::Abortion || p.is_deceased() {
        let k = h * if p.kind == PersonKind::Abortion { 0.8 } else { 1.0 };
        g = g.add(
            Path::new()
                .set(
                    "d",
                    format!(
                        "M{} {} L{} {} M{} {} L{} {}",
                        num(x - k),
                        num(y - k),
                        num(x + k),
                        num(y + k),
                        num(x - k),
                        num(y + k),
                        num(x + k),
                        num(y - k)
                    ),
                )
                .set("stroke", INK)
                .set("stroke-width", 1.8),
        );
    }
    if matches!(shape, Shape::Diamond)
        && p.kind == PersonKind::Person
        && p.gender.is_none()
        && p.sex == Sex::Unknown
    {
        g = g.add(crate::canvas::text(x, y + 5.0, "?", 14.0, "middle").set("fill", INK));
    } else if let Some(age) = marks.age.filter(|_| !small && p.is_deceased()) {
        // The X would strike through an age inside: it goes beside the symbol, below the
        // height of a union line, clear of the marks at the top right.
        g = g.add(
            crate::canvas::text(x - h - 3.0, y + h - 1.0, &age.to_string(), 10.0, "end")
                .set("fill", INK),
        );
    } else if let Some(age) = marks.age.filter(|_| !small && p.conditions.is_empty()) {
        g = g.add(
            crate::canvas::text(
                x,
                y + if oriented { 11.0 } else { 4.5 },
                &age.to_string(),
                if oriented { 10.0 } else { 12.0 },
                "middle",
            )
            .set("fill", INK),
        );
    }
    g
}

/// The NSGC pedigree symbol (genogram-spec §1.3–§1.9, NSGC column): shape by gender identity,
/// a diagonal slash for the deceased, an arrow and "P" for the proband, "P" inside for a
/// pregnancy, triangles for losses, the whole symbol shaded (quadrants for several conditions),
/// brackets for adopted people. Ages and years go below, with the labels.
fn nsgc_symbol(p: &Person, x: f64, y: f64, marks: Marks<'_>) -> Group {
    let mut g = group("symbol");
    let small = matches!(
        p.kind,
        PersonKind::Miscarriage | PersonKind::Abortion | PersonKind::Ectopic | PersonKind::Pet
    );
    let h = if small { H * 0.6 } else { H };
    let shape = shape_of(p, Profile::Nsgc);
    g = g.add(
        outline(shape, x, y, h).set("fill", "#fff").set("stroke", INK).set("stroke-width", 1.8),
    );
    g = nsgc_fill(g, p, shape, x, y, h, marks.palette);
    if p.kind == PersonKind::Pregnancy {
        g = g.add(crate::canvas::text(x, y + 5.0, "P", 14.0, "middle").set("fill", INK));
    }
    // A miscarriage or ectopic pregnancy is its triangle alone; a termination has the slash.
    let loss_without_slash = matches!(p.kind, PersonKind::Miscarriage | PersonKind::Ectopic);
    if (p.is_deceased() && !loss_without_slash) || p.kind == PersonKind::Abortion {
        let k = h + 6.0;
        g = g.add(
            Path::new()
                .set("d", format!("M{} {} L{} {}", num(x - k), num(y + k), num(x + k), num(y - k)))
                .set("stroke", INK)
                .set("stroke-width", 1.8),
        );
    }
    if marks.index_person {
        // The proband: an arrow at the lower left, with P.
        let (tx, ty) = (x - h - 2.0, y + h + 2.0);
        g = g
            .add(
                Path::new()
                    .set(
                        "d",
                        format!("M{} {} L{} {}", num(tx - 16.0), num(ty + 16.0), num(tx), num(ty)),
                    )
                    .set("stroke", INK)
                    .set("stroke-width", 1.8),
            )
            .add(
                Polygon::new()
                    .set(
                        "points",
                        format!(
                            "{},{} {},{} {},{}",
                            num(tx),
                            num(ty),
                            num(tx - 8.0),
                            num(ty + 2.0),
                            num(tx - 2.0),
                            num(ty + 8.0)
                        ),
                    )
                    .set("fill", INK),
            )
            .add(crate::canvas::text(tx - 20.0, ty + 22.0, "P", 12.0, "middle").set("fill", INK));
    }
    if marks.adopted {
        let (l, r, t, b) = (x - h - 7.0, x + h + 7.0, y - h - 4.0, y + h + 4.0);
        let bracket = format!(
            "M{} {} H{} V{} H{} M{} {} H{} V{} H{}",
            num(l + 5.0),
            num(t),
            num(l),
            num(b),
            num(l + 5.0),
            num(r - 5.0),
            num(t),
            num(r),
            num(b),
            num(r - 5.0)
        );
        g = g.add(
            Path::new()
                .set("d", bracket)
                .set("fill", "none")
                .set("stroke", INK)
                .set("stroke-width", 1.4),
        );
    }
    if shape == Shape::Diamond
        && p.kind == PersonKind::Person
        && p.gender.is_none()
        && p.sex == Sex::Unknown
    {
        g = g.add(crate::canvas::text(x, y + 5.0, "?", 14.0, "middle").set("fill", INK));
    }
    g
}

/// NSGC shading: one condition shades the whole symbol; several share it in quadrants, in the
/// order they are listed; suspected and in-remission shade lighter; a carrier is a central dot.
fn nsgc_fill(
    mut g: Group,
    p: &Person,
    shape: Shape,
    x: f64,
    y: f64,
    h: f64,
    palette: &Palette,
) -> Group {
    let mut shown: Vec<&genogram_core::Condition> =
        p.conditions.iter().filter(|c| c.status != ConditionStatus::Carrier).collect();
    shown.sort_by_key(|c| c.label.to_lowercase());
    shown.truncate(4);
    let quadrants = [(x - h, y - h), (x, y - h), (x, y), (x - h, y)];
    let parts: Vec<(String, &genogram_core::Condition)> = shown
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let (left, top, size) = if shown.len() == 1 {
                (x - h, y - h, 2.0 * h)
            } else {
                (quadrants[i].0, quadrants[i].1, h)
            };
            (rectangle(left, top, size, size), c)
        })
        .collect();
    g = clipped_fills(g, shape, (x, y), h, &parts, palette, 'n');
    if p.conditions.iter().any(|c| c.status == ConditionStatus::Carrier) {
        g = g
            .add(Circle::new().set("cx", num(x)).set("cy", num(y)).set("r", 3.5).set("fill", FILL));
    }
    g
}

/// McGoldrick's fills (genogram-spec §1.9): illness (medical or mental health) fills the left
/// half, substance use the bottom half, both three quarters, each in its condition's colour;
/// suspected, in recovery and in remission are lighter; a carrier is a dot in the centre. A
/// condition of another kind (the key's letter codes: smoking, a language problem, gambling)
/// has no place in the halves: it is a small square in its colour beside the symbol's top
/// right corner, one per condition.
fn condition_fill(
    mut g: Group,
    p: &Person,
    shape: Shape,
    x: f64,
    y: f64,
    h: f64,
    palette: &Palette,
) -> Group {
    use genogram_core::Condition;
    let mut illness: Option<&Condition> = None;
    let mut substance: Option<&Condition> = None;
    let mut carrier = false;
    let mut others: Vec<&Condition> = Vec::new();
    let mut conditions: Vec<&Condition> = p.conditions.iter().collect();
    // The affected condition first, then alphabetical: the fill does not follow the file's order.
    conditions.sort_by_key(|c| (c.status != ConditionStatus::Affected, c.label.to_lowercase()));
    for c in conditions {
        if c.status == ConditionStatus::Carrier {
            carrier = true;
            continue;
        }
        let slot = match c.category {
            ConditionCategory::SubstanceUse => &mut substance,
            ConditionCategory::Medical | ConditionCategory::MentalHealth => &mut illness,
            ConditionCategory::Other => {
                others.push(c);
                continue;
            }
        };
        slot.get_or_insert(c);
    }
    let mut parts: Vec<(String, &Condition)> = Vec::new();
    if let Some(c) = illness {
        parts.push((rectangle(x - h, y - h, h, 2.0 * h), c));
    }
    if let Some(c) = substance {
        let from = if illness.is_some() { x } else { x - h };
        parts.push((rectangle(from, y, x + h - from, h), c));
    }
    g = clipped_fills(g, shape, (x, y), h, &parts, palette, 'c');
    if carrier {
        g = g
            .add(Circle::new().set("cx", num(x)).set("cy", num(y)).set("r", 3.5).set("fill", FILL));
    }
    for (i, c) in others.iter().enumerate().take(4) {
        g = g.add(
            Rectangle::new()
                .set("x", num(x + h + 3.0))
                .set("y", num(y - h + i as f64 * 9.0))
                .set("width", 7)
                .set("height", 7)
                .set("fill", fill_of(palette, c))
                .set("fill-opacity", opacity(c))
                .set("stroke", INK)
                .set("stroke-width", 0.8),
        );
    }
    g
}

/// An axis-aligned rectangle as path data.
fn rectangle(left: f64, top: f64, width: f64, height: f64) -> String {
    format!(
        "M{} {} H{} V{} H{} Z",
        num(left),
        num(top),
        num(left + width),
        num(top + height),
        num(left)
    )
}

/// Fills `parts` (path data, condition) in each condition's colour, clipped to the symbol's
/// shape, and redraws the outline over them. Both profiles' condition shading goes through here.
fn clipped_fills(
    mut g: Group,
    shape: Shape,
    (x, y): (f64, f64),
    h: f64,
    parts: &[(String, &genogram_core::Condition)],
    palette: &Palette,
    id_prefix: char,
) -> Group {
    if parts.is_empty() {
        return g;
    }
    let clip_id = format!("{id_prefix}{}", clip_key(x, y));
    g = g.add(
        svg::node::element::ClipPath::new().set("id", clip_id.clone()).add(outline(shape, x, y, h)),
    );
    for (d, c) in parts {
        g = g.add(
            Path::new()
                .set("d", d.as_str())
                .set("fill", fill_of(palette, c))
                .set("fill-opacity", opacity(c))
                .set("clip-path", format!("url(#{clip_id})")),
        );
    }
    g.add(outline(shape, x, y, h).set("fill", "none").set("stroke", INK).set("stroke-width", 1.8))
}

fn clip_key(x: f64, y: f64) -> String {
    format!(
        "{}_{}",
        num(x).to_string().replace(['.', '-'], "_"),
        num(y).to_string().replace(['.', '-'], "_")
    )
}

/// Line style for a union kind (genogram-spec §2.2).
pub(crate) fn union_dash(kind: UnionKind) -> &'static str {
    match kind {
        UnionKind::Cohabitation => "9 5",
        // A committed relationship not lived together: the cohabitation dash with a dot.
        UnionKind::Committed => "9 4 2 4",
        UnionKind::Engagement => "4 4",
        UnionKind::Affair => "2 4",
        UnionKind::Dating => "1 5",
        UnionKind::Casual => "1 9",
        // A relationship of unrecorded kind: long dashes with a dot, never read as a marriage.
        UnionKind::Other | UnionKind::Unknown => "12 3 2 3",
        UnionKind::Marriage | UnionKind::CivilUnion => "none",
    }
}

/// Line style for a child link (genogram-spec §2.8).
pub(crate) fn link_dash(link: LinkKind) -> &'static str {
    match link {
        LinkKind::Adopted => "8 4",
        LinkKind::Foster => "2 4",
        // Guardianship: dash-dot-dot, kin to foster care's dots but its own line.
        LinkKind::Guardianship => "7 3 2 3 2 3",
        LinkKind::Step => "8 3 2 3",
        // A child conceived with a donor's or a surrogate's help: long dashes (our convention;
        // NSGC marks the donor or surrogate themselves with D or S, who are rarely drawn).
        LinkKind::DonorConceived => "14 3",
        LinkKind::Surrogacy => "14 3 3 3",
        _ => "none",
    }
}

/// The colour family of a valence (genogram-spec §3.3.6); the glyph stays readable in grey.
fn colour(valence: Valence) -> &'static str {
    match valence {
        Valence::Positive | Valence::Repaired => "#2e7d32",
        Valence::Distant | Valence::Cutoff => "#546e7a",
        Valence::Negative | Valence::Ambivalent => "#c62828",
        Valence::Abuse => "#6a1b9a",
        Valence::Control | Valence::Overinvolved => "#e65100",
        Valence::Care => "#1565c0",
        Valence::Neutral => "#555",
    }
}

/// An emotional relationship drawn along `points` (genogram-spec §3.3): multiplicity, dash,
/// zigzag overlay, cutoff bars, arrowhead, midpoint mark.
pub(crate) fn emotional_line(kind: EmotionalKind, points: &[(f64, f64)], directed: bool) -> Group {
    use EmotionalKind as K;
    let stroke = colour(kind.valence());
    let mut g = group("emotional");
    let base = |d: String, width: f64, dash: &str| {
        Path::new()
            .set("d", d)
            .set("fill", "none")
            .set("stroke", stroke)
            .set("stroke-width", width)
            .set("stroke-dasharray", dash)
    };
    let lines = match kind {
        K::Close
        | K::Friendship
        | K::Jealous
        | K::Love
        | K::InLove
        | K::BestFriends
        | K::CloseHostile
        | K::CloseViolence => 2,
        K::Fused | K::FusedHostile | K::FusedViolence => 3,
        _ => 1,
    };
    let dash = match kind {
        K::Distant | K::DistantHostile | K::DistantViolence | K::Neglect => "2 4",
        K::Indifferent => "1 7",
        // Friendship: the two lines of closeness, dashed (a bond less intense than "close").
        K::Friendship | K::Manipulative => "6 3",
        K::Distrust => "5 3 1 3",
        K::NeverMet => "1 4",
        K::EmotionalAbuse => "4 3",
        K::Other => "8 3 2 3",
        _ => "none",
    };
    let zigzag = match kind {
        K::Conflict => Some((3.0, 1.4)),
        K::Hostile | K::CloseHostile | K::FusedHostile | K::DistantHostile => Some((5.0, 1.6)),
        K::Hate | K::Violence | K::CloseViolence | K::FusedViolence | K::DistantViolence => {
            Some((6.0, 2.6))
        }
        K::Abuse | K::EmotionalAbuse => Some((4.0, 1.8)),
        K::PhysicalAbuse => Some((4.0, 2.8)),
        K::SexualAbuse => Some((8.0, 1.8)),
        K::FocusedOnNegatively => Some((3.0, 1.4)),
        _ => None,
    };
    let width = if matches!(kind, K::BestFriends | K::InLove | K::Controlling) { 2.4 } else { 1.4 };
    // Hate keeps its straight line under the zigzag (violence is the zigzag alone).
    let only_zigzag = zigzag.is_some() && lines == 1 && dash == "none" && kind != K::Hate;
    if !only_zigzag {
        for i in 0..lines {
            let offset = (i as f64 - (lines as f64 - 1.0) / 2.0) * 3.5;
            g = g.add(base(polyline_path(&offset_line(points, offset)), width, dash));
        }
    }
    if let Some((amplitude, w)) = zigzag {
        g = g.add(base(polyline_path(&zigzag_line(points, amplitude, 7.0)), w, "none"));
    }
    let (mx, my, nx, ny) = midpoint(points);
    match kind {
        K::Cutoff | K::NeverMet | K::CutoffRepaired => {
            for s in [-3.5, 3.5] {
                let (cx, cy) = (mx + ny * s, my - nx * s);
                g = g.add(base(
                    polyline_path(&[
                        (cx - nx * 8.0, cy - ny * 8.0),
                        (cx + nx * 8.0, cy + ny * 8.0),
                    ]),
                    2.0,
                    "none",
                ));
            }
            if kind == K::CutoffRepaired {
                g = g.add(
                    Rectangle::new()
                        .set("x", num(mx - 9.0))
                        .set("y", num(my - 9.0))
                        .set("width", 18)
                        .set("height", 18)
                        .set("fill", "none")
                        .set("stroke", stroke),
                );
            }
        }
        K::Love | K::InLove | K::Limerence => {
            g = g.add(crate::canvas::text(mx, my + 4.0, "♥", 12.0, "middle").set("fill", stroke))
        }
        K::Caregiving => {
            g = g.add(crate::canvas::text(mx, my - 5.0, "C", 11.0, "middle").set("fill", stroke))
        }
        K::Fan | K::Spiritual => {
            g = g.add(crate::canvas::text(mx, my + 4.0, "★", 11.0, "middle").set("fill", stroke))
        }
        K::Controlling => {
            g = g.add(base(
                polyline_path(&[(mx - nx * 7.0, my - ny * 7.0), (mx + nx * 7.0, my + ny * 7.0)]),
                2.0,
                "none",
            ));
        }
        _ => {}
    }
    let arrow = directed || kind.directedness() == Directedness::Always;
    if arrow && points.len() >= 2 {
        let (x1, y1) = points[points.len() - 2];
        let (x2, y2) = points[points.len() - 1];
        let len = ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt().max(1e-6);
        let (ux, uy) = ((x2 - x1) / len, (y2 - y1) / len);
        let (bx, by) = (x2 - ux * 10.0, y2 - uy * 10.0);
        let head = format!(
            "{},{} {},{} {},{}",
            num(x2),
            num(y2),
            num(bx - uy * 5.0),
            num(by + ux * 5.0),
            num(bx + uy * 5.0),
            num(by - ux * 5.0)
        );
        g = g.add(Polygon::new().set("points", head).set("fill", stroke));
    }
    g
}

/// The midpoint of a polyline and the unit normal there.
fn midpoint(points: &[(f64, f64)]) -> (f64, f64, f64, f64) {
    let lengths: Vec<f64> = points
        .windows(2)
        .map(|w| ((w[1].0 - w[0].0).powi(2) + (w[1].1 - w[0].1).powi(2)).sqrt())
        .collect();
    let total: f64 = lengths.iter().sum();
    let mut walked = 0.0;
    for (i, &l) in lengths.iter().enumerate() {
        if walked + l >= total / 2.0 && l > 0.0 {
            let t = (total / 2.0 - walked) / l;
            let (a, b) = (points[i], points[i + 1]);
            let (ux, uy) = ((b.0 - a.0) / l, (b.1 - a.1) / l);
            return (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, -uy, ux);
        }
        walked += l;
    }
    let p = points.first().copied().unwrap_or((0.0, 0.0));
    (p.0, p.1, 0.0, 1.0)
}

fn normal_at(points: &[(f64, f64)], i: usize) -> (f64, f64) {
    let (a, b) = if i + 1 < points.len() {
        (points[i], points[i + 1])
    } else {
        (points[i.saturating_sub(1)], points[i])
    };
    let l = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt().max(1e-6);
    (-(b.1 - a.1) / l, (b.0 - a.0) / l)
}

fn offset_line(points: &[(f64, f64)], offset: f64) -> Vec<(f64, f64)> {
    (0..points.len())
        .map(|i| {
            let (nx, ny) = normal_at(points, i);
            (points[i].0 + nx * offset, points[i].1 + ny * offset)
        })
        .collect()
}

/// A zigzag along a polyline: points every `step` px, offset alternately by `amplitude`.
fn zigzag_line(points: &[(f64, f64)], amplitude: f64, step: f64) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let mut side = 1.0;
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let l = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        if l == 0.0 {
            continue;
        }
        let (ux, uy) = ((b.0 - a.0) / l, (b.1 - a.1) / l);
        let n = (l / step).floor().max(1.0) as usize;
        for k in 0..n {
            let t = k as f64 * l / n as f64;
            out.push((a.0 + ux * t - uy * amplitude * side, a.1 + uy * t + ux * amplitude * side));
            side = -side;
        }
    }
    if let Some(&last) = points.last() {
        out.push(last);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zigzag_alternates_sides_and_ends_on_the_line() {
        let z = zigzag_line(&[(0.0, 0.0), (70.0, 0.0)], 5.0, 7.0);
        assert_eq!(z.first(), Some(&(0.0, 5.0)));
        assert_eq!(z[1].1, -5.0);
        assert_eq!(z.last(), Some(&(70.0, 0.0)));
    }

    #[test]
    fn shapes_follow_gender_identity_then_sex() {
        let p = |json: &str| serde_json::from_str::<Person>(json).expect("person");
        let mg = Profile::McGoldrick;
        assert_eq!(
            shape_of(&p(r#"{"id": "a", "sex": "female", "gender": "man"}"#), mg),
            Shape::Square
        );
        assert_eq!(shape_of(&p(r#"{"id": "a", "gender": "non_binary"}"#), mg), Shape::Dome);
        assert_eq!(
            shape_of(&p(r#"{"id": "a", "gender": "non_binary"}"#), Profile::Nsgc),
            Shape::Diamond
        );
        assert_eq!(shape_of(&p(r#"{"id": "a"}"#), mg), Shape::Diamond);
        assert_eq!(shape_of(&p(r#"{"id": "a", "kind": "pet"}"#), mg), Shape::Diamond);
        assert_eq!(
            shape_of(&p(r#"{"id": "a", "kind": "miscarriage"}"#), Profile::Nsgc),
            Shape::Triangle
        );
    }

    #[test]
    fn conditions_get_distinct_fills_distinct_in_grey_for_the_first_22() {
        let fills = fill_sequence();
        let all: std::collections::BTreeSet<Fill> = fills.iter().copied().collect();
        assert_eq!((all.len(), fills.len()), (63, 63));
        // The first eight are the eight colours.
        let colours: std::collections::BTreeSet<&str> =
            fills[..8].iter().map(|f| f.colour).collect();
        assert_eq!(colours.len(), 8);
        let band = |c: &str| CONDITION_COLOURS.iter().find(|(k, _)| *k == c).map(|(_, b)| *b);
        let grey: std::collections::BTreeSet<(Option<u8>, Texture)> =
            fills[..22].iter().map(|f| (band(f.colour), f.texture)).collect();
        assert_eq!(grey.len(), 22, "two of the first 22 fills look alike in greyscale");
        // No solid black: it would hide the X and the age.
        assert!(!fills.contains(&Fill { colour: "#000000", texture: Texture::Solid }));
    }

    #[test]
    fn every_relationship_and_link_is_drawn_its_own_way() {
        let mut seen = std::collections::BTreeMap::new();
        for &kind in EmotionalKind::ALL {
            let drawn = emotional_line(kind, &[(-24.0, 0.0), (24.0, 0.0)], false).to_string();
            if let Some(other) = seen.insert(drawn, kind) {
                panic!("{kind:?} is drawn like {other:?}");
            }
        }
        let links = [
            LinkKind::Adopted,
            LinkKind::Foster,
            LinkKind::Guardianship,
            LinkKind::Step,
            LinkKind::DonorConceived,
            LinkKind::Surrogacy,
            LinkKind::Biological,
        ];
        let dashes: std::collections::BTreeSet<&str> =
            links.iter().map(|&l| link_dash(l)).collect();
        assert_eq!(dashes.len(), links.len());
        let unions = [
            UnionKind::Marriage,
            UnionKind::Cohabitation,
            UnionKind::Committed,
            UnionKind::Engagement,
            UnionKind::Dating,
            UnionKind::Affair,
            UnionKind::Casual,
            UnionKind::Unknown,
        ];
        let dashes: std::collections::BTreeSet<&str> =
            unions.iter().map(|&u| union_dash(u)).collect();
        assert_eq!(dashes.len(), unions.len());
    }
}
