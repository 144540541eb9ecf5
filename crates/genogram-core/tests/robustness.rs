//! Bad input never panics: thousands of deterministic mutations of the examples, at the byte
//! level and at the JSON level, must each give a genogram or located diagnostics, and every
//! query must answer on whatever loads.

use genogram_core::{Genogram, Lineage, Severity};
use serde_json::Value;

/// A small deterministic generator (64-bit LCG), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 =
            self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

mod common;

fn examples() -> Vec<Vec<u8>> {
    common::examples().into_iter().map(|(_, text)| text.into_bytes()).collect()
}

/// Loads the bytes; on success runs every query; on failure checks every error is located.
fn exercise(bytes: &[u8], rng: &mut Rng) -> bool {
    match Genogram::from_reader(bytes) {
        Ok(loaded) => {
            let g = loaded.genogram;
            let ids: Vec<_> = g.people().iter().map(|p| p.id.clone()).collect();
            for id in &ids {
                let _ = (g.parents(id), g.children(id), g.partners(id), g.siblings(id));
                let _ = (g.ancestors(id, Lineage::Social), g.descendants(id, Lineage::Kin));
                let _ = g.generation(id);
            }
            for _ in 0..10 {
                if let (Some(a), Some(b)) =
                    (ids.get(rng.below(ids.len())), ids.get(rng.below(ids.len())))
                {
                    let _ = g.kinship(a, b);
                }
            }
            let again = Genogram::from_json(&g.to_json()).expect("what loads, round-trips");
            assert_eq!(again.genogram.document(), g.document());
            true
        }
        Err(error) => {
            let diagnostics = error.diagnostics();
            assert!(diagnostics.iter().any(|d| d.severity == Severity::Error));
            for d in diagnostics {
                assert!(d.location.is_some(), "unlocated: {d}");
            }
            false
        }
    }
}

#[test]
fn byte_mutations_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut loaded = 0;
    for original in examples() {
        for _ in 0..150 {
            let mut bytes = original.clone();
            match rng.below(4) {
                0 => bytes.truncate(rng.below(bytes.len())),
                1 => {
                    for _ in 0..=rng.below(4) {
                        let at = rng.below(bytes.len());
                        bytes[at] = rng.below(256) as u8;
                    }
                }
                2 => {
                    let start = rng.below(bytes.len());
                    let end = (start + rng.below(200)).min(bytes.len());
                    bytes.drain(start..end);
                }
                _ => {
                    let start = rng.below(bytes.len());
                    let end = (start + rng.below(200)).min(bytes.len());
                    let piece: Vec<u8> = bytes[start..end].to_vec();
                    let at = rng.below(bytes.len());
                    bytes.splice(at..at, piece);
                }
            }
            loaded += usize::from(exercise(&bytes, &mut rng));
        }
    }
    // Both outcomes are exercised: some mutants still load, most do not.
    assert!((10..700).contains(&loaded), "{loaded} of 750 byte mutants loaded");
}

/// Every node of a JSON tree, as paths of child positions.
fn nodes(value: &Value, path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(path.clone());
    let children: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) => map.values().collect(),
        _ => Vec::new(),
    };
    for (i, child) in children.into_iter().enumerate() {
        path.push(i);
        nodes(child, path, out);
        path.pop();
    }
}

fn node_mut<'a>(value: &'a mut Value, path: &[usize]) -> &'a mut Value {
    let Some((&first, rest)) = path.split_first() else { return value };
    let child = match value {
        Value::Array(items) => &mut items[first],
        Value::Object(map) => map.values_mut().nth(first).expect("child"),
        _ => unreachable!("paths come from nodes()"),
    };
    node_mut(child, rest)
}

#[test]
fn json_mutations_never_panic() {
    let mut rng = Rng(42);
    let mut loaded = 0;
    for original in examples() {
        let doc: Value = serde_json::from_slice(&original).expect("json");
        let ids: Vec<Value> =
            doc["people"].as_array().expect("people").iter().map(|p| p["id"].clone()).collect();
        let mut all = Vec::new();
        nodes(&doc, &mut Vec::new(), &mut all);
        for _ in 0..400 {
            let mut mutant = doc.clone();
            for _ in 0..=rng.below(3) {
                let path = &all[rng.below(all.len())];
                let replacement = match rng.below(12) {
                    0 => Value::Null,
                    1 => Value::Bool(true),
                    2 => Value::from(-1),
                    3 => Value::from(1e300),
                    4 => Value::from(""),
                    5 => Value::from("~1950"),
                    6 => Value::Array(Vec::new()),
                    7 => Value::Object(serde_json::Map::new()),
                    8 => Value::from(u64::MAX),
                    9 => Value::from("1950..1940"),
                    _ => ids[rng.below(ids.len())].clone(),
                };
                // Structural edits may invalidate later paths; write only where the path still leads.
                let mut probe = Vec::new();
                nodes(&mutant, &mut Vec::new(), &mut probe);
                if probe.contains(path) {
                    *node_mut(&mut mutant, path) = replacement;
                }
            }
            loaded += usize::from(exercise(mutant.to_string().as_bytes(), &mut rng));
        }
    }
    assert!((50..1900).contains(&loaded), "{loaded} of 2000 JSON mutants loaded");
}
