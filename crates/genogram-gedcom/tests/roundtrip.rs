//! JSON → GEDCOM 7 → JSON gives back the same genogram: on every example and on generated
//! families with every kind of field (a seeded property test).

use genogram_core::Genogram;
use genogram_gedcom::{Options, export, import};

fn examples() -> Vec<(String, String)> {
    genogram_testkit::examples()
        .expect("the examples")
        .into_iter()
        .map(|(p, t)| (p.display().to_string(), t))
        .collect()
}

fn round_trip(name: &str, g: &Genogram) {
    let ged = export(g);
    let back = import(ged.as_bytes(), &Options { strict: true, ..Options::default() })
        .unwrap_or_else(|e| panic!("{name}: the exported GEDCOM does not import strictly: {e}"));
    assert_eq!(&back.document, g.document(), "{name}: the round trip changed the genogram");
    assert!(back.warnings.is_empty(), "{name}: {:?}", back.warnings);
    // Without the extension, other programs still read the people and families.
    let standard: String =
        ged.lines().filter(|l| !l.contains("_GENO")).map(|l| format!("{l}\n")).collect();
    let plain =
        import(standard.as_bytes(), &Options::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(plain.document.people.len(), g.people().len(), "{name}");
    assert_eq!(plain.document.unions.len(), g.unions().len(), "{name}");
}

#[test]
fn examples_survive_the_round_trip() {
    for (name, text) in examples() {
        let g = Genogram::from_json(&text).expect("valid").genogram;
        round_trip(&name, &g);
    }
}

/// A deterministic generated genogram exercising odd text, every date form and kind.
fn generated(seed: u64) -> String {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    let dates =
        ["1950", "1950-03", "1950-03-14", "~1950", "<1951-06", ">1949", "1948..1952", "0950-01-02"];
    let texts = ["Ann", "O'Brien, Jr", "a/b", "@home", "line\\nbreak", "Zoë ñ 中文", "  spaced  "];
    let kinds = [
        "close",
        "hostile",
        "cutoff",
        "focused_on",
        "caregiving",
        "physical_abuse",
        "fused",
        "distant",
    ];
    let links =
        ["biological", "adopted", "foster", "step", "donor_conceived", "surrogacy", "guardianship"];
    let statuses = [
        "met",
        "married",
        "separated",
        "divorced",
        "reconciled",
        "widowed",
        "cohabiting",
        "engaged",
    ];
    let n = 4 + next(8) as usize;
    let mut people = Vec::new();
    for i in 0..n {
        let mut fields = vec![
            format!(r#""id": "p{i}""#),
            format!(r#""sex": "{}""#, ["female", "male", "intersex", "unknown"][next(4) as usize]),
        ];
        if next(3) > 0 {
            fields.push(format!(
                r#""name": {{"given": "{}", "family": "{}"}}"#,
                texts[next(7) as usize],
                texts[next(7) as usize]
            ));
        }
        if next(2) == 0 {
            fields.push(format!(r#""birth": "{}""#, dates[next(8) as usize]));
        }
        if next(4) == 0 {
            fields.push(r#""deceased": true"#.to_owned());
        }
        if next(3) == 0 {
            fields.push(format!(
                r#""birth_place": "{}", "death_place": "Westminster, London, England""#,
                texts[next(7) as usize].trim()
            ));
        }
        if next(3) == 0 {
            fields.push(format!(
                r#""occupation": "{}", "notes": "{}""#,
                texts[next(7) as usize],
                texts[next(7) as usize]
            ));
        }
        if next(3) == 0 {
            fields.push(r#""conditions": [{"label": "depression", "category": "mental_health", "status": "in_recovery", "onset": "1990"}]"#.to_owned());
        }
        if next(5) == 0 {
            fields.push(r#""gender": "non_binary", "tags": ["caretaker"]"#.to_owned());
        }
        people.push(format!("{{{}}}", fields.join(", ")));
    }
    // Unions: p0+p1 with children among the later people, and one more couple.
    let kids: Vec<String> = (2..n.min(5))
        .map(|k| {
            // Now and then a link that differs per parent (a stepparent adoption).
            let own = match next(3) {
                0 => format!(r#", "links": {{"p{}": "{}"}}"#, next(2), links[next(7) as usize]),
                _ => String::new(),
            };
            let date = if next(3) == 0 { r#", "date": "1997""# } else { "" };
            format!(r#"{{"person": "p{k}", "link": "{}"{own}{date}}}"#, links[next(7) as usize])
        })
        .collect();
    let mut unions = vec![format!(
        r#"{{"id": "u0", "partners": ["p0", "p1"], "kind": "marriage", "history": [{{"status": "{}", "date": "1970", "place": "Cork, Ireland"}}, {{"status": "{}"}}], "children": [{}]}}"#,
        statuses[next(8) as usize],
        statuses[next(8) as usize],
        kids.join(", ")
    )];
    if n > 6 {
        unions.push(r#"{"id": "u1", "partners": ["p5", "p6"], "kind": "cohabitation"}"#.to_owned());
    }
    let emotional: Vec<String> = (0..next(4))
        .map(|_| {
            let (a, b) = (next(n as u64), next(n as u64));
            let b = if a == b { (b + 1) % n as u64 } else { b };
            format!(
                r#"{{"kind": "{}", "people": ["p{a}", "p{b}"], "start": "2001"}}"#,
                kinds[next(8) as usize]
            )
        })
        .collect();
    format!(
        r#"{{"genogram": 1, "title": "{}", "index_person": "p0", "as_of": "2026", "people": [{}], "unions": [{}], "emotional": [{}],
           "events": [{{"kind": "migration", "date": "1980", "people": ["p0"], "place": "Cork"}}],
           "households": [{{"id": "h", "label": "Home", "members": ["p0", "p1"]}}]}}"#,
        texts[next(7) as usize],
        people.join(", "),
        unions.join(", "),
        emotional.join(", ")
    )
}

/// A stepparent adoption: the standard tags alone (no `_GENO`) carry the per-parent links.
#[test]
fn per_parent_links_survive_the_standard_tags() {
    let g = Genogram::from_json(
        r#"{"genogram": 1, "people": [{"id": "mum", "sex": "female"}, {"id": "stepdad", "sex": "male"},
          {"id": "kid"}, {"id": "both"}],
          "unions": [{"id": "u", "partners": ["stepdad", "mum"], "children": [
            {"person": "kid", "links": {"stepdad": "adopted"}, "date": "1997"},
            {"person": "both", "link": "adopted"}]}]}"#,
    )
    .expect("valid")
    .genogram;
    let ged = export(&g);
    assert!(ged.contains("1 ADOP\n2 DATE 1997\n2 FAMC @F1@\n3 ADOP HUSB\n"), "{ged}");
    assert!(ged.contains("2 PEDI BIRTH\n2 _FREL Adopted\n2 _MREL Natural\n"), "{ged}");
    let standard: String =
        ged.lines().filter(|l| !l.contains("_GENO")).map(|l| format!("{l}\n")).collect();
    let plain = import(standard.as_bytes(), &Options { strict: true, ..Options::default() })
        .expect("strict import of the standard tags");
    let [kid, both] = &plain.document.unions[0].children[..] else { panic!("two children") };
    assert_eq!(kid.link, genogram_core::LinkKind::Biological);
    let by: Vec<(&str, genogram_core::LinkKind)> =
        kid.links.iter().map(|(p, k)| (p.as_str(), *k)).collect();
    assert_eq!(by, [("@I2@", genogram_core::LinkKind::Adopted)]);
    assert_eq!(kid.date.map(|d| d.to_string()).as_deref(), Some("1997"));
    assert_eq!((both.link, both.links.len()), (genogram_core::LinkKind::Adopted, 0));
}

#[test]
fn generated_genograms_survive_the_round_trip() {
    let mut tried = 0;
    for seed in 0..200 {
        let text = generated(seed);
        let Ok(loaded) = Genogram::from_json(&text) else { continue };
        tried += 1;
        round_trip(&format!("seed {seed}"), &loaded.genogram);
    }
    assert!(tried >= 150, "only {tried} generated genograms were valid");
}
