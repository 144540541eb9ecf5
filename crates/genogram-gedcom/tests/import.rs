//! The GEDCOM mapping, one feature per test.

use genogram_core::{LinkKind, Sex, UnionStatus};
use genogram_gedcom::{Options, Severity, import};

fn ged(body: &str) -> Vec<u8> {
    format!("0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n{body}0 TRLR\n").into_bytes()
}

#[test]
fn line_ends_continuations_and_escapes() {
    let text = "0 HEAD\r1 CHAR ASCII\r0 @I1@ INDI\r1 NAME Ann /Lee/\r1 NOTE first\r2 CONT second @@home\r2 CONC , end\r0 TRLR\r";
    let i = import(text.as_bytes(), &Options::default()).expect("imports");
    let p = &i.document.people[0];
    assert_eq!((p.name.given.as_deref(), p.name.family.as_deref()), (Some("Ann"), Some("Lee")));
    assert_eq!(p.notes.as_deref(), Some("first\nsecond @home, end"));
}

#[test]
fn names_sexes_and_dates() {
    let i = import(&ged("0 @I1@ INDI\n1 NAME Mary Ann /O'Brien/\n2 GIVN Mary, Ann\n2 NICK Molly\n1 SEX X\n1 BIRT\n2 DATE BET 1948 AND 1952\n1 DEAT Y\n0 @I2@ INDI\n1 NAME /Smith/\n1 SEX F\n1 NAME Jo /Jones/\n2 TYPE MAIDEN\n1 BIRT\n2 DATE 12 FEB 1750/51\n"), &Options::default()).expect("imports");
    let [a, b] = &i.document.people[..] else { panic!() };
    assert_eq!(
        (a.name.given.as_deref(), a.name.nickname.as_deref(), a.sex),
        (Some("Mary Ann"), Some("Molly"), Sex::Intersex)
    );
    assert_eq!(a.birth.map(|d| d.to_string()).as_deref(), Some("1948..1952"));
    assert_eq!((a.deceased, a.death), (Some(true), None));
    assert_eq!(
        (b.name.family.as_deref(), b.name.birth_name.as_deref()),
        (Some("Smith"), Some("Jones"))
    );
    assert_eq!(b.birth.map(|d| d.to_string()).as_deref(), Some("1751-02-12"));
}

#[test]
fn families_history_pedigree_void_and_dangling_pointers() {
    let body = "0 @I1@ INDI\n1 SEX M\n0 @I2@ INDI\n1 SEX M\n0 @I3@ INDI\n1 FAMC @F1@\n2 PEDI adopted\n\
                0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 CHIL @VOID@\n1 CHIL @I3@\n1 CHIL @I9@\n1 DIV\n2 DATE 1990\n1 MARR\n2 DATE 1980\n1 NO ENGA\n";
    let i = import(&ged(body), &Options::default()).expect("imports");
    let u = &i.document.unions[0];
    assert_eq!(u.partners.len(), 2, "two men in HUSB and WIFE");
    assert_eq!(u.children.len(), 1);
    assert_eq!(u.children[0].link, LinkKind::Adopted);
    let history: Vec<UnionStatus> = u.history.iter().map(|h| h.status).collect();
    assert_eq!(
        history,
        [UnionStatus::Married, UnionStatus::Divorced],
        "in date order; NO ENGA is not an engagement"
    );
    assert!(i.warnings.iter().any(|w| w.message.contains("@I9@")), "the dangling CHIL is reported");
}

#[test]
fn restricted_records_are_left_out_unless_asked() {
    let body = "0 @I1@ INDI\n1 RESN confidential\n0 @I2@ INDI\n";
    let i = import(&ged(body), &Options::default()).expect("imports");
    assert_eq!((i.document.people.len(), i.summary.restricted), (1, 1));
    let all = import(&ged(body), &Options { include_restricted: true, ..Options::default() })
        .expect("imports");
    assert_eq!(all.document.people.len(), 2);
}

#[test]
fn unmapped_tags_are_counted_and_strict_refuses_them() {
    let body = "0 @I1@ INDI\n1 BIRT\n2 SOUR Cork\n1 _CUSTOM x\n1 _CUSTOM y\n";
    let i = import(&ged(body), &Options::default()).expect("imports");
    assert_eq!(i.summary.unmapped.get("INDI._CUSTOM"), Some(&(2, 8)));
    assert_eq!(i.summary.unmapped.get("INDI.BIRT.SOUR"), Some(&(1, 7)));
    let strict = import(&ged(body), &Options { strict: true, ..Options::default() }).unwrap_err();
    assert!(
        strict
            .problems()
            .iter()
            .any(|p| p.severity == Severity::Error && p.message.contains("_CUSTOM"))
    );
}

#[test]
fn malformed_files_give_problems_with_lines_never_panics() {
    for bad in [
        &b""[..],
        b"\x00\x01\x02",
        b"0 @I1@ INDI\n",
        b"0 HEAD\n0 @I1@ INDI\n0 @I1@ INDI\n",
        b"0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n3 NAME x\nno level\n",
    ] {
        let _ = import(bad, &Options::default());
    }
    let dup =
        import(b"0 HEAD\n0 @I1@ INDI\n0 @I1@ INDI\n0 TRLR\n", &Options::default()).unwrap_err();
    assert_eq!(dup.problems()[0].line, 3);
    let jump = import(b"0 HEAD\n0 @I1@ INDI\n3 NAME Ann\n0 TRLR\n", &Options::default())
        .expect("a level jump is a warning");
    assert_eq!(jump.warnings[0].line, 3);
    let truncated =
        import(b"0 HEAD\n0 @I1@ INDI\n1 NAME Ann\n", &Options::default()).expect("imports");
    assert!(truncated.warnings.iter().any(|w| w.message.contains("truncated")));
}

#[test]
fn loops_are_named_or_broken() {
    let body = "0 @I1@ INDI\n0 @I2@ INDI\n0 @F1@ FAM\n1 HUSB @I1@\n1 CHIL @I2@\n0 @F2@ FAM\n1 HUSB @I2@\n1 CHIL @I1@\n";
    let err = import(&ged(body), &Options::default()).unwrap_err();
    assert!(err.problems()[0].message.contains("own ancestor"), "{err}");
    let fixed =
        import(&ged(body), &Options { break_cycles: true, ..Options::default() }).expect("imports");
    assert_eq!(fixed.summary.dropped_links, 1);
    assert!(genogram_core::Genogram::from_document(fixed.document).is_ok());
}

#[test]
fn multiple_births_and_other_associations() {
    let body = "0 @I1@ INDI\n1 SEX F\n0 @I2@ INDI\n1 FAMC @F1@\n1 ASSO @I3@\n2 ROLE MULTIPLE\n0 @I3@ INDI\n1 FAMC @F1@\n\
                1 ASSO @I1@\n2 ROLE GODP\n0 @F1@ FAM\n1 WIFE @I1@\n1 CHIL @I2@\n1 CHIL @I3@\n";
    let i = import(&ged(body), &Options::default()).expect("imports");
    assert_eq!(i.document.multiple_births.len(), 1);
    assert_eq!(i.document.multiple_births[0].members.len(), 2);
    assert_eq!(i.document.people[2].notes.as_deref(), Some("Associated with @I1@ (GODP)"));
    assert!(genogram_core::Genogram::from_document(i.document).is_ok());
}

#[test]
fn disproven_links_are_left_out() {
    let body = "0 @I1@ INDI\n0 @I2@ INDI\n1 FAMC @F1@\n2 STAT DISPROVEN\n0 @I3@ INDI\n1 FAMC @F1@\n2 STAT CHALLENGED\n\
                0 @F1@ FAM\n1 HUSB @I1@\n1 CHIL @I2@\n1 CHIL @I3@\n";
    let i = import(&ged(body), &Options::default()).expect("imports");
    let kids: Vec<&str> = i.document.unions[0].children.iter().map(|c| c.person.as_str()).collect();
    assert_eq!(kids, ["@I3@"]);
    assert_eq!(i.warnings.len(), 2, "{:?}", i.warnings);
}

#[test]
fn events_marked_n_did_not_happen_and_y_did() {
    let body = "0 @I1@ INDI\n1 SEX M\n1 DEAT N\n0 @I2@ INDI\n1 SEX F\n1 DEAT Y\n\
                0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 DIV N\n1 MARR\n2 DATE 10 FEB 1840\n1 ANUL n\n\
                0 @F2@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 MARR N\n1 ENGA Y\n1 DIVF N\n\
                0 @F3@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 MARR Y\n1 NO DIV\n1 DIV Y\n";
    let i = import(&ged(body), &Options::default()).expect("imports");
    let [a, b] = &i.document.people[..] else { panic!() };
    assert_eq!((a.deceased, b.deceased), (None, Some(true)), "DEAT N: alive; DEAT Y: dead");
    let history = |n: usize| -> Vec<UnionStatus> {
        i.document.unions[n].history.iter().map(|h| h.status).collect()
    };
    assert_eq!(history(0), [UnionStatus::Married], "DIV N and ANUL n create nothing");
    assert_eq!(i.document.unions[0].current_status(), Some(UnionStatus::Married));
    assert_eq!(history(1), [UnionStatus::Engaged], "MARR N is not a marriage");
    assert_eq!(i.document.unions[1].kind, genogram_core::UnionKind::Unknown);
    assert_eq!(history(2), [UnionStatus::Married, UnionStatus::Divorced], "Y: it happened");
    let counts: Vec<(&str, usize)> =
        i.summary.not_happened.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(
        counts,
        [
            ("FAM.ANUL N", 1),
            ("FAM.DIV N", 1),
            ("FAM.DIVF N", 1),
            ("FAM.MARR N", 1),
            ("FAM.NO DIV", 1),
            ("INDI.DEAT N", 1)
        ]
    );
    assert!(i.summary.to_string().contains("FAM.DIV N: 1"));
    assert!(i.summary.unmapped.is_empty(), "{:?}", i.summary.unmapped);
}

/// Adoption and foster care per parent: `PEDI`, the `ADOP` event with `FAMC` and `ADOP
/// HUSB|WIFE|BOTH`, and `_FREL` / `_MREL` under `FAMC` or `FAM.CHIL`.
#[test]
fn adoption_per_parent_from_pedi_adop_and_frel_mrel() {
    let body = "0 @D@ INDI\n1 SEX M\n0 @M@ INDI\n1 SEX F\n\
                0 @K1@ INDI\n1 ADOP\n2 DATE 1997\n2 FAMC @F1@\n3 ADOP HUSB\n1 FAMC @F1@\n\
                0 @K2@ INDI\n1 FAMC @F1@\n2 _FREL birth\n2 _MREL Adopted\n\
                0 @K3@ INDI\n1 FAMC @F1@\n2 PEDI foster\n\
                0 @K4@ INDI\n1 ADOP Y\n2 FAMC @F1@\n3 ADOP BOTH\n1 FAMC @F1@\n2 PEDI adopted\n\
                0 @K5@ INDI\n1 FAMC @F1@\n2 _FREL Custom relationship to father\n\
                0 @K6@ INDI\n1 FAMC @F1@\n2 PEDI sealing\n\
                0 @F1@ FAM\n1 HUSB @D@\n1 WIFE @M@\n1 CHIL @K1@\n1 CHIL @K2@\n1 CHIL @K3@\n\
                1 CHIL @K4@\n1 CHIL @K5@\n1 CHIL @K6@\n1 CHIL @K7@\n2 _FREL Step\n2 _MREL Natural\n\
                0 @K7@ INDI\n1 FAMC @F1@\n";
    let i = import(&ged(body), &Options::default()).expect("imports");
    let u = &i.document.unions[0];
    let (dad, mum) = (genogram_core::PersonId::new("@D@"), genogram_core::PersonId::new("@M@"));
    let seen: Vec<(&str, LinkKind, LinkKind)> =
        u.children.iter().map(|c| (c.person.as_str(), c.link_to(&dad), c.link_to(&mum))).collect();
    use LinkKind::*;
    assert_eq!(
        seen,
        [
            ("@K1@", Adopted, Biological),
            ("@K2@", Biological, Adopted),
            ("@K3@", Foster, Foster),
            ("@K4@", Adopted, Adopted),
            ("@K5@", Biological, Biological),
            ("@K6@", Biological, Biological),
            ("@K7@", Step, Biological),
        ]
    );
    // The common kind is `link`; only the parent whose link differs is in `links`.
    assert_eq!((u.children[0].link, u.children[0].links.len()), (Biological, 1));
    assert_eq!(u.children[0].date.map(|d| d.to_string()).as_deref(), Some("1997"));
    assert!(u.children[3].links.is_empty());
    let adoptions: Vec<Option<String>> =
        i.document.events.iter().map(|e| e.date.map(|d| d.to_string())).collect();
    assert_eq!(adoptions, [Some("1997".to_owned()), None], "each ADOP is also an event");
    assert!(i.summary.unmapped.is_empty(), "{:?}", i.summary.unmapped);
    assert!(
        i.warnings.iter().any(|w| w.message.contains("Custom relationship to father")),
        "an unknown relationship word is reported"
    );
    let g = genogram_core::Genogram::from_document(i.document).expect("valid").genogram;
    let k1 = genogram_core::PersonId::new("@K1@");
    assert_eq!(g.link_kind(&k1, &dad), Some(Adopted));
    assert_eq!(g.link_kind(&k1, &mum), Some(Biological));
    let term = |a: &str, b: &genogram_core::PersonId| {
        g.kinship(&genogram_core::PersonId::new(a), b).map(|k| k.term().to_owned())
    };
    assert!(term("@K1@", &dad).is_some_and(|t| t.contains("adoptive")), "{:?}", term("@K1@", &dad));
    assert!(
        term("@K1@", &mum).is_some_and(|t| !t.contains("adoptive")),
        "{:?}",
        term("@K1@", &mum)
    );
}

#[test]
fn places_of_births_deaths_unions_and_events() {
    let body = "0 @I1@ INDI\n1 BIRT\n2 DATE 1819\n2 PLAC Kensington Palace,  London, England\n\
                1 DEAT\n2 PLAC Osborne House, Isle of Wight\n1 IMMI\n2 PLAC Boston\n\
                0 @I2@ INDI\n1 BIRT\n2 PLAC ,\n\
                0 @F1@ FAM\n1 HUSB @I2@\n1 WIFE @I1@\n1 MARR\n2 DATE 10 FEB 1840\n2 PLAC St James's Palace\n";
    let i = import(&ged(body), &Options::default()).expect("imports");
    let [a, b] = &i.document.people[..] else { panic!() };
    assert_eq!(a.birth_place.as_deref(), Some("Kensington Palace, London, England"));
    assert_eq!(a.death_place.as_deref(), Some("Osborne House, Isle of Wight"));
    assert_eq!((a.deceased, b.birth_place.as_deref()), (Some(true), None), "an empty PLAC is none");
    let step = &i.document.unions[0].history[0];
    assert_eq!(
        (step.status, step.place.as_deref()),
        (UnionStatus::Married, Some("St James's Palace"))
    );
    assert_eq!(i.document.events[0].place.as_deref(), Some("Boston"));
    assert!(i.summary.unmapped.is_empty(), "PLAC is mapped: {:?}", i.summary.unmapped);
}
