//! Layout rules as tests (genogram-spec §2.11), on every example.

use genogram_core::Genogram;
use genogram_render::{LayoutOptions, layout};

fn examples() -> Vec<(String, Genogram)> {
    let mut files: Vec<_> = std::fs::read_dir("../../examples")
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.display().to_string(),
                Genogram::from_json(&std::fs::read_to_string(&p).expect("read"))
                    .expect("valid")
                    .genogram,
            )
        })
        .collect()
}

#[test]
fn examples_lay_out_without_faults() {
    for (name, g) in examples() {
        let m = layout(&g, &LayoutOptions::default()).metrics;
        assert_eq!(m.overlaps, 0, "{name}");
        assert_eq!(m.label_overlaps, 0, "{name}");
        assert_eq!(m.partners_not_adjacent, 0, "{name}");
        assert_eq!(m.birth_order_violations, 0, "{name}");
        assert_eq!(m.duplicated_people, 0, "{name}");
    }
}
