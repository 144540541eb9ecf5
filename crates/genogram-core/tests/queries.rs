//! Queries on a purpose-built family (`fixtures/queries.json`) and on the bundled examples.

use genogram_core::{Genogram, Lineage, LinkKind, PersonId, SiblingKind};

fn fixture() -> Genogram {
    let text = std::fs::read_to_string("tests/fixtures/queries.json").expect("fixture");
    Genogram::from_json(&text).expect("valid").genogram
}

fn ids<'a>(people: impl IntoIterator<Item = &'a genogram_core::Person>) -> Vec<&'a str> {
    people.into_iter().map(|p| p.id.as_str()).collect()
}

fn id(s: &str) -> PersonId {
    PersonId::new(s)
}

#[test]
fn parents_come_with_their_link_kind() {
    let g = fixture();
    let parents = g.parents(&id("adopted"));
    let found: Vec<(&str, LinkKind)> =
        parents.iter().map(|p| (p.person.id.as_str(), p.link)).collect();
    assert_eq!(found, [("dad", LinkKind::Adopted), ("third-wife", LinkKind::Adopted)]);
    assert_eq!(ids(g.parents(&id("ivy")).iter().map(|p| p.person)), ["dad", "mum"]);
    assert!(g.parents(&id("gran")).is_empty());
    assert!(g.parents(&id("nobody")).is_empty());
}

#[test]
fn children_are_in_birth_order_with_undated_ones_where_listed() {
    let g = fixture();
    // Listed: undated, iris (1988), ben (1984), ivy (1988, same day as iris).
    let sibship = g.union_children(&"u-dad-mum".into());
    assert_eq!(ids(sibship.iter().map(|c| c.person)), ["undated", "ben", "iris", "ivy"]);
    // Across unions: by birth date; the undated child keeps its place.
    let all = g.children(&id("dad"));
    assert_eq!(
        ids(all.iter().map(|c| c.person)),
        ["half-brother", "undated", "ben", "iris", "ivy", "adopted", "foster"]
    );
}

#[test]
fn partners_follow_union_dates_not_file_order() {
    let g = fixture();
    let partners = g.partners(&id("dad"));
    assert_eq!(ids(partners.iter().map(|p| p.person)), ["first-wife", "mum", "third-wife"]);
    let unions: Vec<&str> = g.unions_of(&id("dad")).iter().map(|u| u.id.as_str()).collect();
    assert_eq!(unions, ["u-dad-first", "u-dad-mum", "u-dad-third"]);
}

#[test]
fn siblings_are_full_half_step_or_foster() {
    let g = fixture();
    let sibs: Vec<(&str, SiblingKind)> =
        g.siblings(&id("ivy")).iter().map(|s| (s.person.id.as_str(), s.kind)).collect();
    assert_eq!(
        sibs,
        [
            ("half-brother", SiblingKind::Half),
            ("ben", SiblingKind::Full),
            ("iris", SiblingKind::Full),
            ("stepmum-kid", SiblingKind::Step),
            ("adopted", SiblingKind::Half),
            ("foster", SiblingKind::Foster),
            ("undated", SiblingKind::Full),
        ]
    );
}

#[test]
fn ancestors_and_descendants_follow_the_chosen_links() {
    let g = fixture();
    assert_eq!(
        ids(g.ancestors(&id("ivys-daughter"), Lineage::Biological)),
        ["ivy", "ivys-husband", "dad", "mum", "gran", "grandpa"]
    );
    assert_eq!(ids(g.ancestors(&id("adopted"), Lineage::Biological)), Vec::<&str>::new());
    assert_eq!(
        ids(g.ancestors(&id("adopted"), Lineage::Kin)),
        ["dad", "third-wife", "gran", "grandpa"]
    );
    assert_eq!(ids(g.ancestors(&id("foster"), Lineage::Kin)), Vec::<&str>::new());
    assert_eq!(
        ids(g.ancestors(&id("foster"), Lineage::Social)),
        ["dad", "third-wife", "gran", "grandpa"]
    );
    let descendants = ids(g.descendants(&id("gran"), Lineage::Biological));
    assert_eq!(descendants.len(), 10, "{descendants:?}");
    assert_eq!(descendants[..2], ["aunt", "dad"]);
    assert!(!descendants.contains(&"adopted") && !descendants.contains(&"foster"));
}

#[test]
fn generations_count_from_the_index_person() {
    let g = fixture();
    let generation = |s: &str| g.generation(&id(s));
    assert_eq!(generation("ivy"), Some(0));
    assert_eq!(generation("ivys-husband"), Some(0));
    assert_eq!(generation("iris"), Some(0));
    assert_eq!(generation("dad"), Some(-1));
    assert_eq!(generation("third-wife"), Some(-1));
    assert_eq!(generation("gran"), Some(-2));
    assert_eq!(generation("cousins-son"), Some(1));
    assert_eq!(generation("ivys-daughter"), Some(1));
}

#[test]
fn kinship_terms_read_as_a_therapist_would_say_them() {
    let g = fixture();
    let term = |from: &str, to: &str| g.kinship(&id(from), &id(to)).map(|k| k.to_string());
    let expect = [
        ("ivy", "ivy", "self"),
        ("ivy", "dad", "father"),
        ("ivy", "gran", "paternal grandmother"),
        ("ivy", "iris", "twin sister"),
        ("ivy", "ben", "brother"),
        ("ivy", "half-brother", "half-brother"),
        ("ivy", "third-wife", "stepmother"),
        ("ivy", "stepmum-kid", "stepbrother"),
        ("ivy", "adopted", "half-sister"),
        ("ivy", "foster", "foster brother"),
        ("ivy", "aunt", "paternal aunt"),
        ("ivy", "uncle-by-marriage", "paternal aunt's husband"),
        ("ivy", "cousin", "first cousin"),
        ("ivy", "cousins-son", "first cousin once removed"),
        ("cousins-son", "gran", "maternal great-grandmother"),
        ("cousins-son", "dad", "maternal great-uncle"),
        ("gran", "cousins-son", "great-grandson"),
        ("dad", "cousins-son", "great-nephew"),
        ("ivy", "ivys-husband", "husband"),
        ("ivys-husband", "mum", "mother-in-law"),
        ("mum", "ivys-husband", "son-in-law"),
        ("ivys-husband", "iris", "sister-in-law"),
        ("mum", "dad", "ex-husband"),
        ("dad", "first-wife", "ex-wife"),
        ("third-wife", "stepmums-ex", "former partner"),
        ("third-wife", "adopted", "adopted daughter"),
        ("adopted", "third-wife", "adoptive mother"),
        ("foster", "dad", "foster father"),
        ("dad", "foster", "foster son"),
        ("ivys-daughter", "daughters-partner", "partner"),
        ("ivy", "stepmums-ex", "stepmother's former partner"),
        ("ivy", "ivys-daughter", "daughter"),
        ("dad", "ivys-daughter", "granddaughter"),
    ];
    let mut wrong = Vec::new();
    for (from, to, want) in expect {
        let got = term(from, to);
        if got.as_deref() != Some(want) {
            wrong.push(format!("{from} → {to}: want {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(term("ivy", "nobody"), None);
}

#[test]
fn example_kinship_tables_from_the_index_person() {
    insta::glob!("../../..", "examples/*.json", |path| {
        let text = std::fs::read_to_string(path).expect("example");
        let g = Genogram::from_json(&text).expect("valid example").genogram;
        let ip = g.index_person().expect("examples name an index person").id.clone();
        let mut table = String::new();
        for p in g.people() {
            let term = g.kinship(&ip, &p.id).map_or_else(|| "(none)".to_owned(), |k| k.to_string());
            let generation =
                g.generation(&p.id).map_or_else(|| "?".to_owned(), |n| format!("{n:+}"));
            table.push_str(&format!("{:<24} {generation:>3}  {term}\n", p.id.as_str()));
        }
        insta::assert_snapshot!(table);
    });
}

#[test]
fn named_terms_in_the_examples() {
    let load = |name: &str| {
        let text = std::fs::read_to_string(format!("../../examples/{name}.json")).expect("example");
        Genogram::from_json(&text).expect("valid").genogram
    };
    let term = |g: &Genogram, a: &str, b: &str| g.kinship(&id(a), &id(b)).map(|k| k.to_string());
    let blended = load("blended-family");
    assert_eq!(term(&blended, "maya", "birgitta").as_deref(), Some("maternal grandmother"));
    assert_eq!(term(&blended, "maya", "tomas").as_deref(), Some("stepfather"));
    assert_eq!(term(&blended, "maya", "nils").as_deref(), Some("half-brother"));
    assert_eq!(term(&blended, "maya", "henrik").as_deref(), Some("stepfather's father"));
    let whitfield = load("addiction-and-cutoffs");
    assert_eq!(term(&whitfield, "josh", "susan").as_deref(), Some("first cousin once removed"));
    assert_eq!(term(&whitfield, "josh", "walter").as_deref(), Some("paternal great-grandfather"));
    let brennan = load("adoption-and-foster-care");
    assert_eq!(term(&brennan, "leo", "tara").as_deref(), Some("birth mother"));
    assert_eq!(term(&brennan, "leo", "siobhan").as_deref(), Some("adoptive mother"));
    assert_eq!(term(&brennan, "leo", "kai").as_deref(), Some("foster brother"));
    let moreau = load("same-sex-couple-donor-conception");
    assert_eq!(term(&moreau, "theo", "alex").as_deref(), Some("mother's sibling"));
    assert_eq!(term(&moreau, "zofia", "claire").as_deref(), Some("mother"));
}

/// A stepparent adoption: Leo is Maria's and Dan's son, and Tom, Maria's second husband,
/// adopted him (`"links": {"tom": "adopted"}` in the union of Maria and Tom).
#[test]
fn links_per_parent_stepparent_adoption() {
    let text = std::fs::read_to_string(
        "../../tests/fixtures/valid/near-miss--stepparent-adoption-is-not-a-third-birth-parent.json",
    )
    .expect("fixture");
    let g = Genogram::from_json(&text).expect("valid").genogram;
    let leo = id("leo");
    assert_eq!(g.link_kind(&leo, &id("tom")), Some(LinkKind::Adopted));
    assert_eq!(g.link_kind(&leo, &id("maria")), Some(LinkKind::Biological));
    assert_eq!(g.link_kind(&leo, &id("dan")), Some(LinkKind::Biological));
    assert_eq!(g.link_kind(&leo, &id("leo")), None);
    let by_kind = |kind: LinkKind| -> Vec<&str> {
        let mut v: Vec<&str> = g
            .parents(&leo)
            .iter()
            .filter(|p| p.link == kind)
            .map(|p| p.person.id.as_str())
            .collect();
        v.dedup();
        v
    };
    assert_eq!(by_kind(LinkKind::Adopted), ["tom"]);
    assert_eq!(by_kind(LinkKind::Biological), ["maria", "dan", "maria"]);
    let bio = ids(g.ancestors(&leo, Lineage::Biological));
    assert!(!bio.contains(&"tom") && bio.contains(&"dan"), "{bio:?}");
    assert!(ids(g.ancestors(&leo, Lineage::Kin)).contains(&"tom"));
    let tom_kids: Vec<(&str, LinkKind)> =
        g.children(&id("tom")).iter().map(|c| (c.person.id.as_str(), c.link)).collect();
    assert_eq!(tom_kids, [("leo", LinkKind::Adopted)]);
    let maria_kids: Vec<LinkKind> = g.children(&id("maria")).iter().map(|c| c.link).collect();
    assert_eq!(maria_kids, [LinkKind::Biological, LinkKind::Biological]);
    let term = |b: &str| g.kinship(&leo, &id(b)).map(|k| k.term().to_owned()).unwrap_or_default();
    assert!(term("tom").contains("adoptive"), "{}", term("tom"));
    assert!(!term("maria").contains("adoptive"), "{}", term("maria"));
}

#[test]
fn a_per_parent_link_must_name_a_partner() {
    let text = std::fs::read_to_string(
        "../../tests/fixtures/invalid/link-to-non-partner--adopted-by-someone-else.json",
    )
    .expect("fixture");
    let Err(err) = Genogram::from_json(&text) else { panic!("refused") };
    let d = &err.diagnostics()[0];
    assert_eq!(d.code.as_str(), "link-to-non-partner");
    assert!(d.message.contains("uncle"), "{}", d.message);
}
