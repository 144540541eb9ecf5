//! The anonymiser's promises, checked on every example and on a fixture rich in free text:
//! nothing identifying survives, kinship and intervals do, the key makes it stable, and hostile
//! input never panics.

use std::collections::BTreeMap;

use genogram_anonymize::{Anonymized, DateStyle, KeptField, Key, NameStyle, Options, anonymize};
use genogram_core::{DateSpec, Document, Genogram, PersonId};

fn inputs() -> Vec<(String, Genogram)> {
    let mut files: Vec<std::path::PathBuf> =
        genogram_testkit::examples().expect("the examples").into_iter().map(|(p, _)| p).collect();
    files.push("tests/fixtures/rich-free-text.json".into());
    files.push("../../tests/fixtures/valid/every-field-present.json".into());
    // Per-parent links (`links` keyed by a parent's id): the ids are replaced there too.
    files.push(
        "../../tests/fixtures/valid/near-miss--stepparent-adoption-is-not-a-third-birth-parent.json"
            .into(),
    );
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            let g = Genogram::from_json(&text)
                .unwrap_or_else(|e| panic!("{}: {:#?}", p.display(), e.diagnostics()));
            (p.display().to_string(), g.genogram)
        })
        .collect()
}

fn key(secret: &str) -> Key {
    Key::from_secret(secret).expect("a long enough secret")
}

fn every_style() -> Vec<Options> {
    let mut all = Vec::new();
    for names in [NameStyle::Pseudonyms, NameStyle::Initials, NameStyle::Roles] {
        for dates in [DateStyle::Shift, DateStyle::Years, DateStyle::Drop] {
            all.push(Options { names, dates, ..Options::default() });
        }
    }
    all
}

/// Every identifying string of the input, three characters or longer: names, nicknames, ids,
/// notes, places and other free text, and exact (day-precision) dates.
fn identifying_strings(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: Option<&String>| out.extend(s.cloned());
    add(doc.title.as_ref());
    for p in &doc.people {
        add(Some(&p.id.to_string()));
        for part in [&p.name.given, &p.name.family, &p.name.nickname, &p.name.birth_name] {
            add(part.as_ref());
        }
        for text in [
            &p.death_cause,
            &p.occupation,
            &p.education,
            &p.ethnicity,
            &p.religion,
            &p.origin,
            &p.birth_place,
            &p.death_place,
            &p.notes,
        ] {
            add(text.as_ref());
        }
        for tag in &p.tags {
            add(Some(tag));
        }
        for c in &p.conditions {
            add(c.notes.as_ref());
        }
    }
    for u in &doc.unions {
        add(Some(&u.id.to_string()));
        add(u.notes.as_ref());
        for step in &u.history {
            add(step.place.as_ref());
        }
    }
    for r in &doc.emotional {
        add(r.notes.as_ref());
    }
    for e in &doc.events {
        add(e.label.as_ref());
        add(e.place.as_ref());
        add(e.notes.as_ref());
    }
    for h in &doc.households {
        add(Some(&h.id.to_string()));
        add(h.label.as_ref());
    }
    let text = serde_json::to_string(doc).expect("json");
    // Exact dates: every day-precision date string in the document.
    for piece in text.split('"') {
        if let Ok(DateSpec::On(d)) = piece.parse::<DateSpec>()
            && d.day().is_some()
        {
            out.push(piece.to_owned());
        }
    }
    // A word of the format's own vocabulary (a label "suicide" repeating the kept manner of
    // death) identifies no one by itself.
    let schema: serde_json::Value =
        serde_json::from_str(&genogram_core::json_schema()).expect("schema");
    let vocabulary: Vec<String> = schema["$defs"]
        .as_object()
        .expect("$defs")
        .values()
        .flat_map(|d| d["enum"].as_array().cloned().unwrap_or_default())
        .chain(schema["$defs"].as_object().expect("$defs").values().flat_map(|d| {
            d["oneOf"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter_map(|v| v.get("const").cloned())
        }))
        .filter_map(|w| w.as_str().map(str::to_lowercase))
        .collect();
    assert!(vocabulary.contains(&"suicide".to_owned()));
    // Condition labels are kept by design (they are the clinical point); a death cause that
    // repeats one adds nothing.
    let conditions: Vec<String> = doc
        .people
        .iter()
        .flat_map(|p| p.conditions.iter().map(|c| c.label.to_lowercase()))
        .collect();
    out.retain(|s| {
        let lower = s.to_lowercase();
        s.chars().count() >= 3
            && !vocabulary.contains(&lower)
            && !conditions.iter().any(|c| contains_token(c, &lower))
    });
    out.sort();
    out.dedup();
    out
}

#[test]
fn nothing_identifying_survives_in_any_style() {
    for (name, g) in inputs() {
        let secrets = identifying_strings(g.document());
        assert!(secrets.len() > 10, "{name}: too few strings to test");
        for options in every_style() {
            let out = anonymize(&g, &options, &key("supervision group key, 2026"));
            let text = serde_json::to_string_pretty(&out.document).expect("json");
            let manifest = serde_json::to_string(&out.manifest).expect("json");
            for secret in &secrets {
                assert!(!contains_token(&text, secret), "{name} {options:?}: `{secret}` survives");
                // The manifest holds counts and methods, never the family's values.
                assert!(
                    !contains_token(&manifest, secret),
                    "{name}: `{secret}` is in the manifest"
                );
            }
            // And the result is a valid genogram.
            Genogram::from_document(out.document)
                .unwrap_or_else(|e| panic!("{name}: {:#?}", e.diagnostics()));
        }
    }
}

/// Whether `secret` occurs in `text` as a whole token: not preceded or followed by a letter or
/// digit. (The id `lisa` inside the event kind `hospitalisation` identifies no one.)
fn contains_token(text: &str, secret: &str) -> bool {
    text.match_indices(secret).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + secret.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn tokens_are_whole_words() {
    assert!(contains_token(r#"{"given": "Lisa"}"#, "Lisa"));
    assert!(contains_token("born 1950-03-14.", "1950-03-14"));
    assert!(!contains_token("hospitalisation", "lisa"));
}

/// The new id of every original id.
fn id_map(out: &Anonymized) -> BTreeMap<PersonId, PersonId> {
    out.reveal_map
        .people
        .iter()
        .map(|p| (PersonId::new(p.original_id.as_str()), PersonId::new(p.id.as_str())))
        .collect()
}

#[test]
fn kinship_generations_and_order_survive() {
    for (name, g) in inputs() {
        for options in every_style() {
            let out = anonymize(&g, &options, &key("another secret of some length"));
            let map = id_map(&out);
            let h = Genogram::from_document(out.document).expect("valid").genogram;
            let ids: Vec<&PersonId> = map.keys().collect();
            for a in &ids {
                let new_a = &map[*a];
                assert_eq!(g.generation(a), h.generation(new_a), "{name}: generation of {a}");
                let children = |genogram: &Genogram, id: &PersonId| -> Vec<String> {
                    genogram.children(id).iter().map(|c| c.person.id.to_string()).collect()
                };
                let expected: Vec<String> = children(&g, a)
                    .iter()
                    .map(|c| map[&PersonId::new(c.as_str())].to_string())
                    .collect();
                assert_eq!(
                    expected,
                    children(&h, new_a),
                    "{name} {options:?}: children of {a} in order"
                );
                for b in &ids {
                    let before = g.kinship(a, b).map(|k| k.to_string());
                    let after = h.kinship(new_a, &map[*b]).map(|k| k.to_string());
                    assert_eq!(before, after, "{name}: {a} → {b}");
                }
            }
        }
    }
}

/// Every date of a document, in a fixed order that anonymisation keeps (people, unions...).
fn dates(doc: &Document) -> Vec<DateSpec> {
    let mut out = Vec::new();
    for p in &doc.people {
        out.extend([p.birth, p.death].into_iter().flatten());
        out.extend(p.conditions.iter().filter_map(|c| c.onset));
    }
    for u in &doc.unions {
        out.extend(u.history.iter().filter_map(|s| s.date));
        out.extend(u.children.iter().filter_map(|c| c.date));
    }
    for r in &doc.emotional {
        out.extend([r.start, r.end].into_iter().flatten());
    }
    out.extend(doc.events.iter().filter_map(|e| e.date));
    out
}

#[test]
fn shifted_dates_keep_their_intervals() {
    for (name, g) in inputs() {
        let out = anonymize(&g, &Options::default(), &key("interval test key material"));
        let before = dates(g.document());
        let after = dates(&out.document);
        assert_eq!(before.len(), after.len(), "{name}");
        let offset = out.reveal_map.date_offset_days.expect("shifted");
        assert!((365..=5 * 365).contains(&offset.abs()), "{name}: offset {offset}");
        let precision = |d: &DateSpec| match d {
            DateSpec::On(p) => Some((p.month().is_some(), p.day().is_some())),
            _ => None,
        };
        for (i, (a, a2)) in before.iter().zip(&after).enumerate() {
            assert_eq!(precision(a), precision(a2), "{name}: precision kept");
            for (b, b2) in before[i + 1..].iter().zip(&after[i + 1..]) {
                match (precision(a), precision(b)) {
                    (Some((true, true)), Some((true, true))) => {
                        assert_eq!(
                            b.sort_key() - a.sort_key(),
                            b2.sort_key() - a2.sort_key(),
                            "{name}: days {a}..{b}"
                        );
                    }
                    (Some((false, false)), Some((false, false))) => {
                        assert_eq!(
                            b.year() - a.year(),
                            b2.year() - a2.year(),
                            "{name}: years {a}..{b}"
                        );
                    }
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn the_same_key_gives_the_same_bytes_and_another_key_other_names() {
    for (name, g) in inputs() {
        let one = anonymize(&g, &Options::default(), &key("first key for the group"));
        let again = anonymize(&g, &Options::default(), &key("first key for the group"));
        let other = anonymize(&g, &Options::default(), &key("a different key entirely"));
        let json = |a: &Anonymized| serde_json::to_string_pretty(&a.document).expect("json");
        assert_eq!(json(&one), json(&again), "{name}");
        assert_ne!(one.reveal_map.date_offset_days, other.reveal_map.date_offset_days, "{name}");
        let names =
            |a: &Anonymized| a.reveal_map.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        let same = names(&one).iter().zip(names(&other)).filter(|(x, y)| **x == *y).count();
        assert!(
            same * 3 < one.reveal_map.people.len().max(3),
            "{name}: {same} names unchanged by a new key"
        );
    }
}

#[test]
fn pseudonyms_are_stable_when_the_family_file_grows() {
    // Next week's file has a new baby and people in another order: everyone keeps their name.
    let text = std::fs::read_to_string("../../examples/blended-family.json").expect("example");
    let g = Genogram::from_json(&text).expect("valid").genogram;
    let mut doc: serde_json::Value = serde_json::from_str(&text).expect("json");
    doc["people"].as_array_mut().expect("people").reverse();
    doc["people"].as_array_mut().expect("people").push(serde_json::json!({"id": "baby", "sex": "female", "name": {"given": "Ella"}, "birth": "2026-09"}));
    doc["unions"][8]["children"]
        .as_array_mut()
        .expect("children")
        .push(serde_json::json!({"person": "baby"}));
    let grown = Genogram::from_json(&doc.to_string()).expect("valid").genogram;
    let k = key("weekly supervision key");
    let before = anonymize(&g, &Options::default(), &k);
    let after = anonymize(&grown, &Options::default(), &k);
    let by_original = |a: &Anonymized| {
        a.reveal_map
            .people
            .iter()
            .map(|p| (p.original_id.clone(), (p.id.clone(), p.name.clone())))
            .collect::<BTreeMap<_, _>>()
    };
    let (b, a) = (by_original(&before), by_original(&after));
    let kept = b.iter().filter(|(id, v)| a.get(*id) == Some(v)).count();
    assert!(kept * 10 >= b.len() * 9, "only {kept} of {} kept their pseudonym", b.len());
    assert_eq!(before.reveal_map.date_offset_days, after.reveal_map.date_offset_days);
}

#[test]
fn kept_fields_are_kept_and_occupations_generalised() {
    let (_, g) = inputs().into_iter().find(|(n, _)| n.contains("rich-free-text")).expect("fixture");
    let options = Options {
        keep: [KeptField::Occupations, KeptField::Religion].into_iter().collect(),
        ..Options::default()
    };
    let out = anonymize(&g, &options, &key("keep test key, long enough"));
    let occupations: Vec<&str> =
        out.document.people.iter().filter_map(|p| p.occupation.as_deref()).collect();
    assert_eq!(
        occupations,
        ["business and finance", "education", "health care", "other occupation"]
    );
    assert!(out.document.people.iter().any(|p| p.religion.is_some()));
    assert!(out.document.people.iter().all(|p| p.notes.is_none() && p.origin.is_none()));
    let dropped = anonymize(
        &g,
        &Options { drop_conditions: true, ..Options::default() },
        &key("keep test key, long enough"),
    );
    assert!(dropped.document.people.iter().all(|p| p.conditions.is_empty()));
    let kept = anonymize(&g, &Options::default(), &key("keep test key, long enough"));
    assert_eq!(kept.document.people[0].conditions[0].label, "bipolar disorder");
    assert_eq!(kept.document.people[0].conditions[0].code.as_deref(), Some("F31"));
}

#[test]
fn hostile_input_never_panics() {
    let long = "Ω".repeat(genogram_core::MAX_SHORT_TEXT_CHARS);
    let json = serde_json::json!({
        "genogram": 1,
        "people": [
            {"id": "a", "name": {"given": long, "family": long, "nickname": "", "birth_name": ""}},
            {"id": "b", "name": {"given": "", "family": ""}, "sex": "unknown"},
            {"id": "c", "name": {"given": "🙂 😶‍🌫️", "family": "\u{202e}evil"}, "sex": "intersex", "gender": "other"},
            {"id": "d", "kind": "pet", "name": {"given": "Rex"}},
            {"id": "e", "kind": "pregnancy", "name": {"given": "Bump"}},
            {"id": "f", "birth": "0001-01-01", "death": "9999-12-31"},
            {"id": "g", "birth": "<0002", "death": ">9998"}
        ],
        "unions": [{"id": "u", "partners": ["a", "b"], "children": [{"person": "c"}, {"person": "e"}]}],
        "emotional": [{"kind": "love", "people": ["c", "d"]}, {"kind": "close", "people": ["f", "g"]}]
    });
    let g = Genogram::from_json(&json.to_string())
        .unwrap_or_else(|e| panic!("{:#?}", e.diagnostics()))
        .genogram;
    for options in every_style() {
        for max_shift_years in [1, 5, 50] {
            let options = Options { max_shift_years, ..options.clone() };
            let out = anonymize(&g, &options, &key("hostile input key material"));
            Genogram::from_document(out.document)
                .unwrap_or_else(|e| panic!("{options:?}: {:#?}", e.diagnostics()));
        }
    }
}
