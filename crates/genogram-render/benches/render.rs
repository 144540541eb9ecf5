//! `cargo bench -p genogram-render`: layout and SVG on generated families of 100 to 100,000
//! people, shaped like `bench/genfamily.py`'s (one founding couple, 2–4 children per couple,
//! 85% partnered with a newcomer, 10% with a second partner). The cost should grow close to
//! linearly; `bench/compare.sh` compares the whole command with Graphviz.

use genogram_core::Genogram;
use genogram_render::{LayoutOptions, RenderOptions, layout, render_svg};

fn main() {
    divan::main();
}

/// A deterministic family of exactly `size` people.
fn family(size: usize) -> Genogram {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    let mut people = vec![
        r#"{"id": "p0", "sex": "male"}"#.to_owned(),
        r#"{"id": "p1", "sex": "female"}"#.to_owned(),
    ];
    let mut unions: Vec<String> = Vec::new();
    let mut couples: std::collections::VecDeque<(usize, usize)> =
        std::collections::VecDeque::from([(0, 1)]);
    let add = |people: &mut Vec<String>, sex: &str| {
        people.push(format!(r#"{{"id": "p{}", "sex": "{sex}"}}"#, people.len()));
        people.len() - 1
    };
    while let Some((a, b)) = couples.pop_front() {
        if people.len() >= size {
            break;
        }
        let mut children = Vec::new();
        for _ in 0..(2 + next(3)) {
            if people.len() >= size {
                break;
            }
            let sex = if next(2) == 0 { "female" } else { "male" };
            let child = add(&mut people, sex);
            children.push(format!(r#"{{"person": "p{child}"}}"#));
            if next(100) < 85 && people.len() < size {
                let partner = add(&mut people, if sex == "female" { "male" } else { "female" });
                couples.push_back((child, partner));
                if next(100) < 10 && people.len() < size {
                    let second = add(&mut people, if sex == "female" { "male" } else { "female" });
                    couples.push_back((child, second));
                }
            }
        }
        unions.push(format!(
            r#"{{"id": "u{}", "partners": ["p{a}", "p{b}"], "children": [{}]}}"#,
            unions.len(),
            children.join(",")
        ));
    }
    let text = format!(
        r#"{{"genogram": 1, "index_person": "p0", "people": [{}], "unions": [{}]}}"#,
        people.join(","),
        unions.join(",")
    );
    Genogram::from_json(&text)
        .map(|loaded| loaded.genogram)
        .unwrap_or_else(|e| panic!("{:#?}", e.diagnostics()))
}

#[divan::bench(args = [100, 1_000, 10_000, 100_000], sample_count = 5)]
fn layout_only(bencher: divan::Bencher, size: usize) {
    let g = family(size);
    bencher.bench(|| layout(&g, &LayoutOptions::default()));
}

#[divan::bench(args = [100, 1_000, 10_000, 100_000], sample_count = 5)]
fn layout_and_svg(bencher: divan::Bencher, size: usize) {
    let g = family(size);
    bencher.bench(|| render_svg(&g, &RenderOptions::default()));
}
