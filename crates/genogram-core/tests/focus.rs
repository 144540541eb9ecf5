//! Focus views (`Genogram::focus`) on a purpose-built family and on every bundled example.

use std::collections::BTreeSet;

use genogram_core::{Error, Focus, Genogram, PersonId};

mod common;

fn fixture() -> Genogram {
    let text = std::fs::read_to_string("tests/fixtures/queries.json").expect("fixture");
    Genogram::from_json(&text).expect("valid").genogram
}

fn kept(g: &Genogram, focus: Focus) -> BTreeSet<String> {
    let view = g.focus(&focus).expect("a focus on a valid genogram is valid");
    view.people().iter().map(|p| p.id.to_string()).collect()
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn a_focus_keeps_the_generations_asked_for_and_every_partner() {
    let g = fixture();
    let ben = || Focus::new(PersonId::new("ben"));
    // Parents only; a parent's other partners come too, and theirs (a stepmother's ex), never
    // their children.
    assert_eq!(
        kept(&g, Focus { up: 1, down: 0, collateral: false, ..ben() }),
        set(&["ben", "dad", "mum", "first-wife", "third-wife", "stepmums-ex"])
    );
    // With collateral lines: full, half, adopted and foster siblings, and a sister's husband.
    assert_eq!(
        kept(&g, Focus { up: 1, down: 0, collateral: true, ..ben() }),
        set(&[
            "ben",
            "dad",
            "mum",
            "first-wife",
            "third-wife",
            "stepmums-ex",
            "undated",
            "iris",
            "ivy",
            "half-brother",
            "foster",
            "adopted",
            "ivys-husband",
        ])
    );
    // Two generations up: grandparents, aunt, her husband and the cousin, not the cousin's son
    // (a generation below ben's, and down is 0).
    let wide = kept(&g, Focus { up: 2, down: 0, collateral: true, ..ben() });
    for id in ["gran", "grandpa", "aunt", "uncle-by-marriage", "cousin"] {
        assert!(wide.contains(id), "{id} is missing from {wide:?}");
    }
    assert!(!wide.contains("cousins-son") && !wide.contains("ivys-daughter"));
    // Down from ivy: her daughter and the daughter's partner; not her parents.
    assert_eq!(
        kept(&g, Focus { up: 0, down: 2, collateral: false, ..Focus::new(PersonId::new("ivy")) }),
        set(&["ivy", "ivys-husband", "ivys-daughter", "daughters-partner"])
    );
}

#[test]
fn links_to_people_out_of_view_are_dropped() {
    let g = fixture();
    let view = g
        .focus(&Focus { up: 1, down: 0, collateral: false, ..Focus::new(PersonId::new("ben")) })
        .expect("valid");
    let unions: Vec<(&str, Vec<&str>)> = view
        .unions()
        .iter()
        .map(|u| (u.id.as_str(), u.children.iter().map(|c| c.person.as_str()).collect()))
        .collect();
    assert!(unions.contains(&("u-dad-mum", vec!["ben"])), "{unions:?}");
    assert!(unions.contains(&("u-dad-first", vec![])), "{unions:?}");
    assert!(!unions.iter().any(|(id, _)| *id == "u-grandparents"), "{unions:?}");
    assert!(view.parents(&PersonId::new("dad")).is_empty());
}

#[test]
fn a_focus_on_someone_absent_names_them() {
    let err = fixture().focus(&Focus::new(PersonId::new("nobody"))).expect_err("absent");
    assert!(matches!(&err, Error::UnknownPerson(id) if id.as_str() == "nobody"));
    assert_eq!(err.to_string(), "there is no person with id `nobody` in the genogram");
}

/// Around every person of every example, narrow and wide: the view is a valid genogram holding
/// that person, couples are never drawn half, and a relationship, event or household stays
/// exactly when its people do.
#[test]
fn every_focus_on_every_example_is_whole() {
    let examples = common::examples();
    assert!(examples.len() >= 5);
    for (file, text) in examples {
        let g = Genogram::from_json(&text).expect("valid").genogram;
        for person in g.people() {
            for (up, down, collateral) in [(0, 0, false), (2, 1, true), (1, 2, false)] {
                let focus = Focus { person: person.id.clone(), up, down, collateral };
                let view = g.focus(&focus).unwrap_or_else(|e| {
                    panic!("{}: focus on {}: {e} {:?}", file.display(), person.id, e.diagnostics())
                });
                let ids: BTreeSet<&PersonId> = view.people().iter().map(|p| &p.id).collect();
                assert!(ids.contains(&person.id));
                for id in &ids {
                    for partner in g.partners(id) {
                        assert!(ids.contains(&partner.person.id), "{id}'s partner left out");
                    }
                }
                let expected = g
                    .emotional()
                    .iter()
                    .filter(|e| e.people.iter().all(|p| ids.contains(p)))
                    .filter(|e| e.reported_by.as_ref().is_none_or(|p| ids.contains(p)))
                    .count();
                assert_eq!(view.emotional().len(), expected, "{}: {focus:?}", file.display());
                for h in view.households() {
                    assert!(!h.members.is_empty() && h.members.iter().all(|m| ids.contains(m)));
                }
            }
        }
    }
}
