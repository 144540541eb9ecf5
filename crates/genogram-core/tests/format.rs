//! The file format: round trips, and independence from the order of people in the file.

use genogram_core::{Genogram, Lineage};

mod common;

fn examples() -> Vec<(String, String)> {
    common::examples().into_iter().map(|(p, text)| (p.display().to_string(), text)).collect()
}

#[test]
fn json_round_trips_to_an_equal_genogram() {
    let mut inputs = examples();
    inputs.push((
        "every field".to_owned(),
        std::fs::read_to_string("../../tests/fixtures/valid/every-field-present.json")
            .expect("fixture"),
    ));
    for (name, text) in inputs {
        let first = Genogram::from_json(&text).expect("valid").genogram;
        let written = first.to_json();
        let second = Genogram::from_json(&written)
            .unwrap_or_else(|e| panic!("{name}: {:#?}", e.diagnostics()))
            .genogram;
        assert_eq!(first.document(), second.document(), "{name}");
        assert_eq!(written, second.to_json(), "{name}: writing is not stable");
        // Nothing is lost: the written file says as much as the original.
        let original: serde_json::Value = serde_json::from_str(&text).expect("json");
        let again: serde_json::Value = serde_json::from_str(&written).expect("json");
        assert_eq!(
            original["people"].as_array().map(Vec::len),
            again["people"].as_array().map(Vec::len)
        );
    }
}

/// A description of everything the queries say, person by person, sorted by id.
fn answers(g: &Genogram) -> String {
    let mut people: Vec<_> = g.people().iter().collect();
    people.sort_by(|a, b| a.id.cmp(&b.id));
    let mut out = String::new();
    for p in &people {
        let names = |v: Vec<&genogram_core::Person>| {
            v.iter().map(|q| q.id.to_string()).collect::<Vec<_>>().join(",")
        };
        out.push_str(&format!(
            "{} gen={:?} parents={} children={} partners={} siblings={} ancestors={} descendants={}\n",
            p.id,
            g.generation(&p.id),
            names(g.parents(&p.id).iter().map(|x| x.person).collect()),
            names(g.children(&p.id).iter().map(|x| x.person).collect()),
            names(g.partners(&p.id).iter().map(|x| x.person).collect()),
            names(g.siblings(&p.id).iter().map(|x| x.person).collect()),
            names(g.ancestors(&p.id, Lineage::Social)),
            names(g.descendants(&p.id, Lineage::Social)),
        ));
        for q in &people {
            if let Some(k) = g.kinship(&p.id, &q.id) {
                out.push_str(&format!("  {} is {}\n", q.id, k));
            }
        }
    }
    out
}

#[test]
fn answers_do_not_depend_on_the_order_of_people() {
    for (name, text) in examples() {
        let g = Genogram::from_json(&text).expect("valid").genogram;
        let mut doc: serde_json::Value = serde_json::from_str(&text).expect("json");
        let people = doc["people"].as_array_mut().expect("people");
        people.reverse();
        // A deterministic shuffle on top of the reversal.
        let n = people.len();
        for i in 0..n {
            people.swap(i, (i * 7 + 3) % n);
        }
        let shuffled = Genogram::from_json(&doc.to_string()).expect("still valid").genogram;
        assert_eq!(answers(&g), answers(&shuffled), "{name}");
    }
}
