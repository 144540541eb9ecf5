//! The legend: which symbols and lines a drawing uses, as data (genogram-spec §0.3: the legend
//! lists exactly what is used). Painting draws each sample with the same functions as the
//! drawing itself.

use std::collections::BTreeSet;

use genogram_core::{EmotionalKind, Genogram, LinkKind, Person, PersonKind, UnionKind};
use serde::Serialize;

use crate::layout::{PlacedEmotional, PlacedHousehold, PlacedUnion};
use crate::notation::{Palette, Profile, Shape, shape_of};

/// One legend entry: what it says, and what to draw beside it.
///
/// ```
/// let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a", "sex": "male"}]}"#)?.genogram;
/// let layout = genogram_render::layout(&g, &Default::default());
/// assert_eq!(layout.legend[0].label, "man");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct LegendItem {
    /// The entry's text.
    pub label: String,
    /// What is drawn beside it.
    pub sample: LegendSample,
}

/// What a legend entry shows.
///
/// ```
/// let sample = genogram_render::LegendSample::Twins { identical: true };
/// assert!(serde_json::to_string(&sample)?.contains("twins"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LegendSample {
    /// A person's symbol, drawn like this sample person.
    Person {
        /// The sample person.
        person: Box<Person>,
        /// Whether it is drawn as the index person.
        index_person: bool,
    },
    /// A condition's fill.
    Swatch {
        /// The colour.
        colour: String,
        /// How it is laid down (solid, or a texture once the colours are used up).
        texture: crate::Texture,
    },
    /// A union line of this kind.
    UnionLine {
        /// The kind.
        union: UnionKind,
    },
    /// The double line of partners who are blood relatives.
    Consanguinity,
    /// Slashes across a union line (one for separation, two for divorce).
    Slashes {
        /// How many.
        count: u8,
    },
    /// A child's line of this link.
    ChildLine {
        /// The link.
        link: LinkKind,
    },
    /// A multiple birth's lines from one point.
    Twins {
        /// With the identical-twin bar.
        identical: bool,
    },
    /// An emotional relationship line.
    Emotional {
        /// The kind.
        relationship: EmotionalKind,
    },
    /// The halo a highlighted finding draws around its members (`render --highlight`).
    Halo {
        /// The colour of the finding's report section.
        colour: String,
    },
    /// A household outline.
    Household {
        /// Which outline style (colour and dash) it is drawn in.
        style: usize,
    },
}

/// The legend entries for a laid-out genogram, in a fixed order.
pub(crate) fn items(
    g: &Genogram,
    unions: &[PlacedUnion],
    emotional: &[PlacedEmotional],
    households: &[PlacedHousehold],
    profile: Profile,
    colours: &Palette,
) -> Vec<LegendItem> {
    let mut entries: Vec<LegendItem> = Vec::new();
    let item = |label: &str, sample: LegendSample| LegendItem { label: label.to_owned(), sample };
    let sample = |p: &str| serde_json::from_str::<Person>(p).ok();
    let mut shapes: BTreeSet<Shape> = BTreeSet::new();
    for p in g.people() {
        shapes.insert(shape_of(p, profile));
    }
    let shape_names = [
        (Shape::Square, r#"{"id": "l", "sex": "male"}"#, "man"),
        (Shape::Circle, r#"{"id": "l", "sex": "female"}"#, "woman"),
        (Shape::Dome, r#"{"id": "l", "gender": "non_binary"}"#, "non-binary"),
        (Shape::Diamond, r#"{"id": "l"}"#, "sex unknown"),
        (Shape::Diamond, r#"{"id": "l", "sex": "intersex"}"#, "intersex"),
    ];
    for (shape, json, label) in shape_names {
        let Some(sample_person) = sample(json) else { continue };
        // Diamonds mean different things by sex (unknown or intersex): match that too.
        let used = shapes.contains(&shape)
            && g.people().iter().any(|p| {
                shape_of(p, profile) == shape
                    && p.kind == PersonKind::Person
                    && (shape != Shape::Diamond || p.sex == sample_person.sex)
            });
        if used {
            entries.push(item(
                label,
                LegendSample::Person { person: Box::new(sample_person), index_person: false },
            ));
        }
    }
    let oriented = g.people().iter().any(|p| {
        use genogram_core::Orientation as O;
        profile == Profile::McGoldrick
            && matches!(p.orientation, Some(O::Gay | O::Lesbian | O::Bisexual | O::Queer))
    });
    let features: [(&str, bool, &str); 9] = [
        (
            "gay, lesbian, bisexual (dotted) or queer",
            oriented,
            r#"{"id": "l", "sex": "female", "orientation": "lesbian"}"#,
        ),
        (
            "deceased",
            g.people().iter().any(|p| p.is_deceased() && p.kind == PersonKind::Person),
            r#"{"id": "l", "sex": "male", "deceased": true}"#,
        ),
        ("index person", g.index_person().is_some(), r#"{"id": "l", "sex": "female"}"#),
        (
            "pregnancy",
            g.people().iter().any(|p| p.kind == PersonKind::Pregnancy),
            r#"{"id": "l", "kind": "pregnancy"}"#,
        ),
        (
            "miscarriage",
            g.people().iter().any(|p| p.kind == PersonKind::Miscarriage),
            r#"{"id": "l", "kind": "miscarriage"}"#,
        ),
        (
            "stillbirth",
            g.people().iter().any(|p| p.kind == PersonKind::Stillbirth),
            r#"{"id": "l", "kind": "stillbirth", "sex": "female"}"#,
        ),
        (
            "abortion",
            g.people().iter().any(|p| p.kind == PersonKind::Abortion),
            r#"{"id": "l", "kind": "abortion"}"#,
        ),
        ("pet", g.people().iter().any(|p| p.is_pet()), r#"{"id": "l", "kind": "pet"}"#),
        (
            "transgender (outer shape: gender)",
            g.people().iter().any(|p| p.is_transgender() && p.gender.is_some()),
            r#"{"id": "l", "sex": "female", "gender": "man"}"#,
        ),
    ];
    for (label, used, json) in features {
        if used && let Some(p) = sample(json) {
            let index = label == "index person";
            let label =
                if index && profile == Profile::Nsgc { "proband (index person)" } else { label };
            entries.push(item(
                label,
                LegendSample::Person { person: Box::new(p), index_person: index },
            ));
        }
    }
    let conditions: [(&str, &str); 5] = [
        (
            "illness (medical or mental health)",
            r#"{"id": "l", "sex": "male", "conditions": [{"label": "x", "category": "medical"}]}"#,
        ),
        (
            "substance use",
            r#"{"id": "l", "sex": "male", "conditions": [{"label": "x", "category": "substance_use"}]}"#,
        ),
        (
            "suspected / in recovery / in remission",
            r#"{"id": "l", "sex": "male", "conditions": [{"label": "x", "category": "medical", "status": "suspected"}]}"#,
        ),
        (
            "other condition (small square)",
            r#"{"id": "l", "sex": "male", "conditions": [{"label": "x", "category": "other"}]}"#,
        ),
        (
            "carrier",
            r#"{"id": "l", "sex": "male", "conditions": [{"label": "x", "category": "medical", "status": "carrier"}]}"#,
        ),
    ];
    let has = |f: &dyn Fn(&genogram_core::Condition) -> bool| {
        g.people().iter().any(|p| p.conditions.iter().any(f))
    };
    use genogram_core::{ConditionCategory as C, ConditionStatus as S};
    let used = [
        has(&|c| matches!(c.category, C::Medical | C::MentalHealth) && c.status == S::Affected),
        has(&|c| c.category == C::SubstanceUse && c.status == S::Affected),
        has(&|c| {
            matches!(c.status, S::Suspected | S::InRecovery | S::InRemission)
                && c.category != C::Other
        }),
        profile == Profile::McGoldrick
            && has(&|c| c.category == C::Other && c.status != S::Carrier),
        has(&|c| c.status == S::Carrier),
    ];
    for ((label, json), used) in conditions.into_iter().zip(used) {
        let label = match (profile, label) {
            (Profile::Nsgc, "illness (medical or mental health)") => "affected",
            (Profile::Nsgc, "suspected / in recovery / in remission") => {
                "suspected or in remission"
            }
            (_, label) => label,
        };
        if used && let Some(p) = sample(json) {
            entries.push(item(
                label,
                LegendSample::Person { person: Box::new(p), index_person: false },
            ));
        }
    }
    for (label, fill) in colours {
        // The file's own spelling of the label, for the legend.
        let shown = g
            .people()
            .iter()
            .flat_map(|p| p.conditions.iter())
            .find(|c| c.label.to_lowercase() == *label)
            .map_or_else(|| label.clone(), |c| c.label.clone());
        entries.push(item(
            &shown,
            LegendSample::Swatch { colour: fill.colour.to_owned(), texture: fill.texture },
        ));
    }
    let mut kinds: Vec<UnionKind> =
        unions.iter().filter(|u| u.partners_x.len() == 2).map(|u| u.kind).collect();
    kinds.sort();
    kinds.dedup();
    // A civil union is drawn as a marriage (one solid line): one entry for both.
    let both = kinds.contains(&UnionKind::Marriage) && kinds.contains(&UnionKind::CivilUnion);
    if both {
        kinds.retain(|&k| k != UnionKind::CivilUnion);
    }
    for kind in kinds {
        let label = match kind {
            UnionKind::Marriage if both => "marriage or civil union",
            UnionKind::Marriage => "marriage",
            UnionKind::CivilUnion => "civil union",
            UnionKind::Cohabitation => "living together",
            UnionKind::Committed => "committed relationship",
            UnionKind::Engagement => "engagement",
            UnionKind::Dating => "dating",
            UnionKind::Affair => "affair",
            UnionKind::Casual => "casual relationship",
            UnionKind::Other | UnionKind::Unknown => "relationship (kind not recorded)",
        };
        entries.push(item(label, LegendSample::UnionLine { union: kind }));
    }
    if unions.iter().any(|u| u.consanguineous) {
        entries.push(item("partners who are blood relatives", LegendSample::Consanguinity));
    }
    let marks_used: Vec<(u8, &str)> = match profile {
        Profile::McGoldrick => vec![(1, "separation"), (2, "divorce")],
        Profile::Nsgc => vec![(2, "relationship ended")],
    };
    for (n, label) in marks_used {
        let used = unions
            .iter()
            .any(|u| if profile == Profile::Nsgc { u.slashes > 0 } else { u.slashes == n });
        if used {
            entries.push(item(label, LegendSample::Slashes { count: n }));
        }
    }
    let mut links: Vec<LinkKind> = unions
        .iter()
        .flat_map(|u| u.children.iter().chain(&u.secondary).map(|c| c.link))
        .filter(|l| *l != LinkKind::Biological)
        .collect();
    links.sort();
    links.dedup();
    for link in links {
        let label = match link {
            LinkKind::Adopted => "adopted",
            LinkKind::Foster => "foster care",
            LinkKind::Guardianship => "guardianship",
            LinkKind::Step => "stepchild",
            LinkKind::DonorConceived => "donor-conceived",
            LinkKind::Surrogacy => "surrogacy",
            LinkKind::Biological => "biological",
        };
        entries.push(item(&format!("child: {label}"), LegendSample::ChildLine { link }));
    }
    let mut twins: Vec<bool> = unions
        .iter()
        .flat_map(|u| u.children.iter().filter(|c| c.twin_apex_x.is_some()).map(|c| c.identical))
        .collect();
    twins.sort();
    twins.dedup();
    for identical in twins {
        let label =
            if identical { "identical twins" } else { "fraternal twins (or zygosity unknown)" };
        entries.push(item(label, LegendSample::Twins { identical }));
    }
    let mut emotional: Vec<EmotionalKind> = emotional.iter().map(|e| e.kind).collect();
    emotional.sort();
    emotional.dedup();
    for kind in emotional {
        let label = serde_json::to_value(kind)
            .ok()
            .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
            .unwrap_or_default();
        entries.push(item(&label, LegendSample::Emotional { relationship: kind }));
    }
    // One household: "household". Several: each by its name, in its own outline style (a
    // household whose one outline would enclose someone else is drawn in parts, one box per
    // run of neighbouring members, all in its style).
    match households {
        [] => {}
        [h] if h.parts.len() == 1 => {
            entries.push(item("household", LegendSample::Household { style: h.style }))
        }
        _ => {
            for h in households {
                let name = h.label.as_deref().unwrap_or(h.id.as_str());
                entries.push(item(
                    &format!("household: {name}"),
                    LegendSample::Household { style: h.style },
                ));
            }
        }
    }
    entries
}
