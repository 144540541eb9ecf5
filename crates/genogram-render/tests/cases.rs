//! Every real family of `tests/cases/` draws (issue 11): the layout places each person once,
//! with no two symbols overlapping, and the SVG is painted. The layout metrics of each case are
//! pinned in a snapshot, so that a change in how serial partners, half-siblings or emotional
//! lines are placed shows up as a diff to read (the Tudors case holds a king with eight
//! partners, a queen with four husbands and a cousin link between two of the wives).

use std::path::PathBuf;

use genogram_core::Genogram;
use genogram_render::{LayoutOptions, RenderOptions, layout, render_svg};

/// The case folders holding a `family.json`, in name order.
fn cases() -> Vec<(String, Genogram)> {
    let dir = genogram_testkit::root().join("tests/cases");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.join("family.json").is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let text = std::fs::read_to_string(p.join("family.json")).expect("family.json");
            let g = Genogram::from_json(&text)
                .unwrap_or_else(|e| panic!("{name}: {:#?}", e.diagnostics()))
                .genogram;
            (name, g)
        })
        .collect()
}

#[test]
fn every_case_draws_without_overlaps() {
    let cases = cases();
    assert!(!cases.is_empty(), "no case under tests/cases/");
    for (name, g) in cases {
        let laid = layout(&g, &LayoutOptions::default());
        assert_eq!(laid.people.len(), g.people().len(), "{name}: everyone placed");
        let m = &laid.metrics;
        assert_eq!(m.overlaps, 0, "{name}: overlapping symbols");
        assert_eq!(m.duplicated_people, 0, "{name}: someone drawn twice");
        let svg = render_svg(&g, &RenderOptions::default());
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"), "{name}: an SVG");
        insta::assert_json_snapshot!(format!("case-{name}-layout"), m);
    }
}
