//! `cargo bench -p genogram-core`: every pattern detector on generated families of 1,000 to
//! 100,000 people with one emotional relationship per two people (the issue's target: 100,000
//! people and 50,000 relationships in under 2 s). The baseline, measured in the same run, is
//! loading the same family (`Genogram::from_json`: parse, validate, build the graph).
//!
//! The families are shaped like `bench/genfamily.py`'s (one founding couple, 2–4 children per
//! couple, 85% partnered with a newcomer, 10% with a second partner), with birth and death dates
//! by generation, conditions with onsets, dated life events and relationships between parents
//! and children, partners and siblings.

use genogram_core::Genogram;
use genogram_core::patterns::{PatternConfig, detect};

fn main() {
    divan::main();
}

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

const KINDS: [&str; 12] = [
    "close",
    "close",
    "hostile",
    "conflict",
    "cutoff",
    "fused",
    "focused_on",
    "focused_on_negatively",
    "distant",
    "caregiving",
    "physical_abuse",
    "cutoff_repaired",
];

/// A deterministic family of exactly `size` people, as JSON.
pub fn family_json(size: usize) -> String {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    // (sex, generation)
    let mut people: Vec<(bool, u32)> = vec![(true, 0), (false, 0)];
    let mut unions: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    let mut couples = std::collections::VecDeque::from([(0usize, 1usize)]);
    while let Some((a, b)) = couples.pop_front() {
        if people.len() >= size {
            break;
        }
        let generation = people[a].1 + 1;
        let mut children = Vec::new();
        for _ in 0..(2 + next(3)) {
            if people.len() >= size {
                break;
            }
            let male = next(2) == 0;
            people.push((male, generation));
            let child = people.len() - 1;
            children.push(child);
            if next(100) < 85 && people.len() < size {
                people.push((!male, generation));
                couples.push_back((child, people.len() - 1));
                if next(100) < 10 && people.len() < size {
                    people.push((!male, generation));
                    couples.push_back((child, people.len() - 1));
                }
            }
        }
        unions.push((a, b, children));
    }
    let mut out =
        String::from(r#"{"genogram": 1, "index_person": "p2", "as_of": "2026-01-01", "people": ["#);
    let mut births = Vec::with_capacity(people.len());
    for (i, &(male, generation)) in people.iter().enumerate() {
        let year = 1800 + 26 * generation as u64 + next(8);
        births.push(year);
        let (month, day) = (1 + next(12), 1 + next(28));
        if i > 0 {
            out.push(',');
        }
        out += &format!(
            r#"{{"id": "p{i}", "sex": "{}", "name": {{"given": "N{}"}}, "birth": "{year}-{month:02}-{day:02}""#,
            if male { "male" } else { "female" },
            next(400)
        );
        if year < 1950 || next(100) < 5 {
            let death = (year + 20 + next(70)).min(2025);
            out += &format!(r#", "death": "{death}-{:02}-{:02}""#, 1 + next(12), 1 + next(28));
        }
        if next(100) < 12 {
            let (label, category) = if next(2) == 0 {
                ("depression", "mental_health")
            } else {
                ("alcohol use disorder", "substance_use")
            };
            out += &format!(
                r#", "conditions": [{{"label": "{label}", "category": "{category}", "onset": "{}-{:02}"}}]"#,
                year + 15 + next(30),
                1 + next(12)
            );
        }
        if next(100) < 5 {
            out += r#", "occupation": "carpenter""#;
        }
        out.push('}');
    }
    out += r#"], "unions": ["#;
    for (u, (a, b, children)) in unions.iter().enumerate() {
        if u > 0 {
            out.push(',');
        }
        let married = births[*a].max(births[*b]) + 20 + next(10);
        let history = if next(100) < 20 {
            format!(
                r#"[{{"status": "married", "date": "{married}"}}, {{"status": "divorced", "date": "{}"}}]"#,
                married + 3 + next(15)
            )
        } else {
            format!(r#"[{{"status": "married", "date": "{married}"}}]"#)
        };
        let kids: Vec<String> =
            children.iter().map(|c| format!(r#"{{"person": "p{c}"}}"#)).collect();
        out += &format!(
            r#"{{"id": "u{u}", "partners": ["p{a}", "p{b}"], "kind": "marriage", "history": {history}, "children": [{}]}}"#,
            kids.join(",")
        );
    }
    out += r#"], "emotional": ["#;
    let wanted = people.len() / 2;
    let mut written = 0;
    while written < wanted {
        let (a, b, children) = &unions[next(unions.len() as u64) as usize];
        let pair = match (next(3), children.len()) {
            (0, _) | (_, 0) => (*a, *b),
            (1, n) => (if next(2) == 0 { *a } else { *b }, children[next(n as u64) as usize]),
            (_, 1) => (*a, children[0]),
            (_, n) => {
                let x = next(n as u64) as usize;
                (children[x], children[(x + 1) % n])
            }
        };
        if written > 0 {
            out.push(',');
        }
        let kind = KINDS[next(KINDS.len() as u64) as usize];
        let start = births[pair.0].max(births[pair.1]) + next(30);
        out += &format!(
            r#"{{"kind": "{kind}", "people": ["p{}", "p{}"], "start": "{start}"}}"#,
            pair.0, pair.1
        );
        written += 1;
    }
    out += r#"], "events": ["#;
    for i in 0..people.len() / 50 {
        if i > 0 {
            out.push(',');
        }
        let p = next(people.len() as u64) as usize;
        let kind = ["move", "migration", "job_loss", "crisis", "hospitalisation"][next(5) as usize];
        out += &format!(
            r#"{{"kind": "{kind}", "date": "{}-{:02}-{:02}", "people": ["p{p}"]}}"#,
            births[p] + 10 + next(40),
            1 + next(12),
            1 + next(28)
        );
    }
    out += "]}";
    out
}

#[divan::bench(args = SIZES, sample_count = 3)]
fn baseline_load(bencher: divan::Bencher, size: usize) {
    let text = family_json(size);
    bencher
        .bench(|| Genogram::from_json(divan::black_box(&text)).map(|l| l.genogram.people().len()));
}

#[divan::bench(args = SIZES, sample_count = 3)]
fn all_detectors(bencher: divan::Bencher, size: usize) {
    let g = Genogram::from_json(&family_json(size)).expect("valid family").genogram;
    let config = PatternConfig::default();
    bencher.bench(|| detect(divan::black_box(&g), &config).len());
}
