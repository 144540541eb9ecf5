//! GEDCOM records to the genogram model.

use std::collections::BTreeMap;

use genogram_core::{
    ChildLink, Document, EventKind, LifeEvent, LinkKind, Names, Person, Sex, StatusChange, Union,
    UnionKind, UnionStatus,
};
use genogram_core::{DateSpec, PersonId, UnionId};

use crate::date::{self, Read};
use crate::lines::Node;
use crate::{Imported, Options, Problem, Summary};

struct Mapper<'a> {
    problems: &'a mut Vec<Problem>,
    unmapped: BTreeMap<String, (usize, usize)>,
    notes: BTreeMap<String, String>,
    /// Pairs recorded as born together (`ASSO` with `ROLE MULTIPLE`), with the line.
    multiples: Vec<(String, String, usize)>,
    /// (family, child) links marked disproven (`FAMC.STAT DISPROVEN`).
    disproven: Vec<(String, String)>,
    /// Events the file says did not happen (`DIV N`, GEDCOM 7 `NO MARR`), by path.
    not_happened: BTreeMap<String, usize>,
}

impl Mapper<'_> {
    /// Whether an event line says the event happened. GEDCOM 5.5.1 and 7.0: `N` after an event
    /// tag says it did not (`1 DIV N`), `Y` that it did, with no details. A `did not happen` line
    /// is counted and creates nothing; so is a GEDCOM 7 `NO` structure (`1 NO MARR`).
    fn happened(&mut self, path: &str, node: &Node) -> bool {
        let denied = if node.tag == "NO" {
            Some(format!("{path}.NO {}", node.value.trim().to_uppercase()))
        } else if node.value.trim().eq_ignore_ascii_case("N") {
            Some(format!("{path}.{} N", node.tag))
        } else {
            None
        };
        match denied {
            Some(key) => {
                *self.not_happened.entry(key).or_default() += 1;
                false
            }
            None => true,
        }
    }

    /// A child's relationship to one parent in the `_FREL` (father) or `_MREL` (mother)
    /// extension of Family Tree Maker, Legacy and RootsMagic; `None` when unknown or not said.
    fn relation(&mut self, node: &Node, tag: &str) -> Option<LinkKind> {
        let line = node.child(tag)?;
        let value = line.value.trim().to_lowercase();
        match value.as_str() {
            "natural" | "birth" | "biological" => Some(LinkKind::Biological),
            "adopted" | "adoptive" => Some(LinkKind::Adopted),
            "step" | "stepchild" | "stepparent" => Some(LinkKind::Step),
            "foster" => Some(LinkKind::Foster),
            "guardian" | "guardianship" | "ward" => Some(LinkKind::Guardianship),
            // A religious ordinance, or nothing said: the pedigree, else biological, applies.
            "" | "unknown" | "private" | "sealing" | "sealed" => None,
            _ => {
                self.problems.push(Problem::warning(
                    line.line,
                    format!(
                        "the relationship `{tag} {}` is not one genogram knows",
                        line.value.trim()
                    ),
                    "read from the pedigree (PEDI), else as biological",
                ));
                None
            }
        }
    }

    fn skip(&mut self, path: &str, node: &Node) {
        let key = if path.is_empty() { node.tag.clone() } else { format!("{path}.{}", node.tag) };
        let entry = self.unmapped.entry(key).or_insert((0, node.line));
        entry.0 += 1;
    }

    /// Counts the substructures of a mapped line that the import does not read.
    fn rest(&mut self, path: &str, node: &Node, read: &[&str]) {
        let path = format!("{path}.{}", node.tag);
        for c in node.children.iter().filter(|c| !read.contains(&c.tag.as_str())) {
            self.skip(&path, c);
        }
    }

    fn date(&mut self, event: &Node, what: &str) -> Option<DateSpec> {
        let node = event.child("DATE")?;
        match date::read(&node.value) {
            Read::Date(d, None) => Some(d),
            Read::Date(d, Some(note)) => {
                self.problems.push(Problem::warning(node.line, format!("{what}: {note}"), "kept"));
                Some(d)
            }
            Read::Empty => None,
            Read::Unsupported(why) => {
                self.problems.push(Problem::warning(
                    node.line,
                    format!("{what} `{}`: {why}", node.value.trim()),
                    "left out",
                ));
                None
            }
        }
    }

    /// A record exactly as genogram wrote it (`_GENO`, see export.rs).
    fn exact<T: serde::de::DeserializeOwned>(&mut self, node: &Node) -> Option<T> {
        match serde_json::from_str(&node.value) {
            Ok(v) => Some(v),
            Err(e) => {
                self.problems.push(Problem::warning(
                    node.line,
                    format!("the genogram extension `_GENO` is not valid: {e}"),
                    "read the standard tags instead",
                ));
                None
            }
        }
    }

    fn note_text(&self, node: &Node) -> String {
        match node.pointer() {
            Some(p) => self.notes.get(p).cloned().unwrap_or_default(),
            None => node.value.clone(),
        }
    }

    /// Marked confidential or private.
    fn restricted(node: &Node) -> bool {
        node.value_of("RESN").is_some_and(|v| {
            let v = v.to_uppercase();
            v.contains("CONFIDENTIAL") || v.contains("PRIVACY")
        })
    }
}

/// Splits `Given /Family/ Suffix`.
fn split_name(value: &str) -> (Option<String>, Option<String>) {
    let clean = |s: &str| {
        Some(s.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| !s.is_empty())
    };
    match (value.find('/'), value.rfind('/')) {
        (Some(a), Some(b)) if b > a => {
            let given = format!("{} {}", &value[..a], &value[b + 1..]);
            (clean(&given), clean(&value[a + 1..b]))
        }
        _ => (clean(value), None),
    }
}

pub(crate) fn map(roots: &[Node], options: &Options, problems: &mut Vec<Problem>) -> Imported {
    let mut summary = Summary::default();
    let mut m = Mapper {
        multiples: Vec::new(),
        disproven: Vec::new(),
        not_happened: BTreeMap::new(),
        problems,
        unmapped: BTreeMap::new(),
        notes: BTreeMap::new(),
    };
    match roots.first() {
        Some(head) if head.tag == "HEAD" => {
            summary.version =
                head.child("GEDC").and_then(|g| g.value_of("VERS")).map(str::to_owned);
        }
        Some(first) => m.problems.push(Problem::error(
            first.line,
            "the file does not start with a `0 HEAD` record",
            "export the tree again as GEDCOM; a GEDCOM file starts with 0 HEAD",
        )),
        None => m.problems.push(Problem::error(
            1,
            "the file is empty or not a GEDCOM file",
            "export the family tree from your genealogy program as GEDCOM (.ged)",
        )),
    }
    if roots.len() > 1 && roots.last().is_some_and(|r| r.tag != "TRLR") {
        let line = roots.last().map_or(1, |r| r.line);
        m.problems.push(Problem::warning(
            line,
            "the file has no `0 TRLR` line at its end: it may be truncated",
            "imported what is there",
        ));
    }
    // Records by xref; duplicates are errors.
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for r in roots {
        if let Some(x) = &r.xref {
            if let Some(first) = seen.insert(x.as_str(), r.line) {
                m.problems.push(Problem::error(
                    r.line,
                    format!("the record {x} is defined twice (first at line {first})"),
                    "give each record its own @id@",
                ));
            }
            if matches!(r.tag.as_str(), "NOTE" | "SNOTE") {
                m.notes.insert(x.clone(), r.value.clone());
            }
        }
    }
    let mut restricted: Vec<&str> = Vec::new();
    if !options.include_restricted {
        for r in roots {
            if matches!(r.tag.as_str(), "INDI" | "FAM")
                && Mapper::restricted(r)
                && let Some(x) = &r.xref
            {
                restricted.push(x);
            }
        }
    }
    summary.restricted = restricted.len();
    let indi: BTreeMap<&str, &Node> = roots
        .iter()
        .filter(|r| r.tag == "INDI")
        .filter_map(|r| Some((r.xref.as_deref()?, r)))
        .filter(|(x, _)| !restricted.contains(x))
        .collect();
    let mut people = Vec::new();
    let mut events = Vec::new();
    // The link kind of each child in each family, from the child's FAMC.PEDI.
    let mut pedigree: BTreeMap<(String, String), Pedigree> = BTreeMap::new();
    for r in roots {
        match r.tag.as_str() {
            "INDI" => {
                let Some(x) = r.xref.as_deref() else {
                    m.problems.push(Problem::warning(
                        r.line,
                        "an INDI record has no @id@",
                        "left out",
                    ));
                    continue;
                };
                if restricted.contains(&x) {
                    continue;
                }
                people.push(person(&mut m, r, x, &mut events, &mut pedigree));
            }
            "HEAD" | "TRLR" | "FAM" | "NOTE" | "SNOTE" | "_GENO_DOC" => {}
            _ => m.skip("", r),
        }
    }
    let mut unions = Vec::new();
    for r in roots.iter().filter(|r| r.tag == "FAM") {
        let Some(x) = r.xref.as_deref() else {
            m.problems.push(Problem::warning(r.line, "a FAM record has no @id@", "left out"));
            continue;
        };
        if restricted.contains(&x) {
            continue;
        }
        if let Some(u) = family(&mut m, r, x, &indi, &pedigree) {
            unions.push(u);
        }
    }
    let lines: BTreeMap<String, usize> =
        roots.iter().filter_map(|r| Some((r.xref.clone()?, r.line))).collect();
    demote_extra_birth_families(&mut unions, &mut m, &lines);
    let multiple_births = multiple_births(&mut m, &unions);
    summary.people = people.len();
    summary.unions = unions.len();
    summary.events = events.len();
    summary.unmapped = std::mem::take(&mut m.unmapped);
    summary.not_happened = std::mem::take(&mut m.not_happened);
    let mut document = Document {
        genogram: 1,
        title: None,
        index_person: None,
        notation: None,
        as_of: None,
        people,
        unions,
        multiple_births,
        emotional: Vec::new(),
        events,
        households: Vec::new(),
    };
    if let Some(doc) = roots.iter().find(|r| r.tag == "_GENO_DOC") {
        overlay_document(&mut m, doc, &mut document);
    }
    summary.events = document.events.len();
    Imported { document, summary, warnings: Vec::new(), lines }
}

fn person(
    m: &mut Mapper<'_>,
    r: &Node,
    x: &str,
    events: &mut Vec<LifeEvent>,
    pedigree: &mut BTreeMap<(String, String), Pedigree>,
) -> Person {
    let mut p = Person {
        id: PersonId::new(x),
        kind: Default::default(),
        name: Names::default(),
        sex: Sex::Unknown,
        gender: None,
        transgender: None,
        orientation: None,
        birth: None,
        birth_place: None,
        death: None,
        death_place: None,
        deceased: None,
        death_manner: None,
        death_cause: None,
        age: None,
        gestational_weeks: None,
        conditions: Vec::new(),
        occupation: None,
        education: None,
        ethnicity: None,
        religion: None,
        origin: None,
        notes: None,
        tags: Vec::new(),
    };
    let mut notes: Vec<String> = Vec::new();
    let mut geno: Option<&Node> = None;
    let id = PersonId::new(x);
    for c in &r.children {
        let event = matches!(
            c.tag.as_str(),
            "BIRT"
                | "DEAT"
                | "BURI"
                | "CREM"
                | "IMMI"
                | "EMIG"
                | "ADOP"
                | "EVEN"
                | "GRAD"
                | "RETI"
                | "NO"
        );
        if event && !m.happened("INDI", c) {
            continue;
        }
        match c.tag.as_str() {
            "NAME" => {
                m.rest("INDI", c, &["GIVN", "SURN", "NICK", "TYPE"]);
                let (given, family) = split_name(&c.value);
                // GIVN and SURN are comma-separated lists in GEDCOM 5.5.1.
                let list = |v: &str| {
                    v.split(',')
                        .map(str::trim)
                        .filter(|w| !w.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                let given = c.value_of("GIVN").map(list).filter(|v| !v.is_empty()).or(given);
                let family = c.value_of("SURN").map(list).filter(|v| !v.is_empty()).or(family);
                let kind = c.value_of("TYPE").map(str::to_uppercase);
                if p.name.given.is_none() && p.name.family.is_none() {
                    p.name.given = given;
                    p.name.family = family;
                    p.name.nickname = c.value_of("NICK").map(str::to_owned);
                } else if matches!(kind.as_deref(), Some("BIRTH" | "MAIDEN")) {
                    p.name.birth_name =
                        Some(split_name(&c.value).1.unwrap_or_else(|| c.value.trim().to_owned()));
                } else {
                    m.skip("INDI", c);
                }
            }
            "SEX" => {
                p.sex = match c.value.trim().to_uppercase().as_str() {
                    "M" => Sex::Male,
                    "F" => Sex::Female,
                    "X" => Sex::Intersex,
                    _ => Sex::Unknown,
                }
            }
            "BIRT" => {
                m.rest("INDI", c, &["DATE", "PLAC"]);
                p.birth = p.birth.or(m.date(c, "birth date"));
                p.birth_place = p.birth_place.take().or(place(c));
            }
            "DEAT" => {
                m.rest("INDI", c, &["DATE", "CAUS", "PLAC"]);
                p.death = p.death.or(m.date(c, "death date"));
                p.death_place = p.death_place.take().or(place(c));
                p.deceased = Some(true);
                if let Some(cause) = c.value_of("CAUS") {
                    p.death_cause = Some(cause.to_owned());
                }
            }
            "BURI" | "CREM" => {
                m.rest("INDI", c, &[]);
                if p.deceased.is_none() {
                    p.deceased = Some(true);
                }
            }
            "OCCU" => {
                if p.occupation.is_none() && !c.value.trim().is_empty() {
                    p.occupation = Some(c.value.trim().to_owned());
                }
            }
            "EDUC" => {
                p.education =
                    p.education.take().or(Some(c.value.trim().to_owned()).filter(|v| !v.is_empty()))
            }
            "RELI" => {
                p.religion =
                    p.religion.take().or(Some(c.value.trim().to_owned()).filter(|v| !v.is_empty()))
            }
            "NATI" => {
                p.origin =
                    p.origin.take().or(Some(c.value.trim().to_owned()).filter(|v| !v.is_empty()))
            }
            "IMMI" | "EMIG" | "ADOP" | "EVEN" | "GRAD" | "RETI" => {
                m.rest("INDI", c, &["DATE", "PLAC", "TYPE", "FAMC"]);
                if let (Some(f), Some(famc)) = (adopting_family(c), c.child("FAMC")) {
                    m.rest("INDI.ADOP", famc, &["ADOP"]);
                    let date = m.date(c, "adoption date");
                    let entry = pedigree.entry((f.to_owned(), x.to_owned())).or_default();
                    // GEDCOM: `ADOP HUSB`, `WIFE` or `BOTH` (the default) says who adopted.
                    let by = famc.value_of("ADOP").map(str::to_uppercase);
                    entry.adopted_by_husband |= by.as_deref() != Some("WIFE");
                    entry.adopted_by_wife |= by.as_deref() != Some("HUSB");
                    entry.date = entry.date.or(date);
                } else if let Some(famc) = c.child("FAMC") {
                    m.skip("INDI.ADOP", famc); // `@VOID@`, or under another event
                }
                let kind = if matches!(c.tag.as_str(), "IMMI" | "EMIG") {
                    EventKind::Migration
                } else {
                    EventKind::Other
                };
                let label = match c.tag.as_str() {
                    "IMMI" => Some("immigration".to_owned()),
                    "EMIG" => Some("emigration".to_owned()),
                    "ADOP" => Some("adoption".to_owned()),
                    "GRAD" => Some("graduation".to_owned()),
                    "RETI" => Some("retirement".to_owned()),
                    _ => c
                        .value_of("TYPE")
                        .map(str::to_owned)
                        .or(Some(c.value.trim().to_owned()).filter(|v| !v.is_empty())),
                };
                events.push(LifeEvent {
                    kind,
                    date: m.date(c, "event date"),
                    people: vec![id.clone()],
                    label,
                    place: place(c),
                    notes: None,
                });
            }
            "NOTE" | "SNOTE" => {
                let t = m.note_text(c);
                if !t.trim().is_empty() {
                    notes.push(t);
                }
            }
            "FAMC" => {
                m.rest("INDI", c, &["PEDI", "STAT", "_FREL", "_MREL"]);
                // GEDCOM 5.5.1/7 STAT: a disproven link is left out; a challenged one is kept.
                match c.value_of("STAT").map(str::to_uppercase).as_deref() {
                    Some("DISPROVEN") => {
                        m.problems.push(Problem::warning(
                            c.line,
                            format!("{x}'s link to {} is marked disproven", c.value.trim()),
                            "the link was left out",
                        ));
                        m.disproven.push((c.value.trim().to_owned(), x.to_owned()));
                        continue;
                    }
                    Some("CHALLENGED") => {
                        m.problems.push(Problem::warning(
                            c.line,
                            format!("{x}'s link to {} is marked challenged", c.value.trim()),
                            "kept; check it with the family",
                        ));
                    }
                    _ => {}
                }
                if let Some(f) = c.pointer().filter(|f| *f != "@VOID@") {
                    let pedi = match c.value_of("PEDI").map(str::to_uppercase).as_deref() {
                        Some("ADOPTED") => Some(LinkKind::Adopted),
                        Some("FOSTER") => Some(LinkKind::Foster),
                        Some("OTHER") => Some(LinkKind::Guardianship),
                        Some("BIRTH") => Some(LinkKind::Biological),
                        _ => None,
                    };
                    let father = m.relation(c, "_FREL");
                    let mother = m.relation(c, "_MREL");
                    let entry = pedigree.entry((f.to_owned(), x.to_owned())).or_default();
                    entry.both = entry.both.or(pedi);
                    entry.husband = entry.husband.or(father);
                    entry.wife = entry.wife.or(mother);
                }
            }
            "_GENO" => geno = Some(c),
            "ASSO" => {
                let Some(other) = c.pointer().filter(|o| *o != "@VOID@") else {
                    m.skip("INDI", c);
                    continue;
                };
                // GEDCOM 7 `ROLE MULTIPLE`, or a 5.5.1 `RELA` naming a twin or multiple birth.
                let role = c.value_of("ROLE").or(c.value_of("RELA")).unwrap_or_default().to_owned();
                let upper = role.to_uppercase();
                if upper == "MULTIPLE"
                    || ["TWIN", "TRIPLET", "MULTIPLE"].iter().any(|w| upper.contains(w))
                {
                    m.multiples.push((x.to_owned(), other.to_owned(), c.line));
                } else {
                    let phrase =
                        c.child("ROLE").and_then(|r| r.value_of("PHRASE")).unwrap_or(&role);
                    notes.push(format!(
                        "Associated with {other}{}",
                        if phrase.is_empty() { String::new() } else { format!(" ({phrase})") }
                    ));
                }
            }
            "FAMS" | "RESN" | "CHAN" | "RIN" | "_UID" | "UID" => {}
            _ => m.skip("INDI", c),
        }
    }
    if let Some(exact) = geno.and_then(|c| m.exact::<Person>(c)) {
        return exact;
    }
    if !notes.is_empty() {
        let joined = notes.join("\n");
        p.notes = Some(joined.chars().take(genogram_core::MAX_NOTE_CHARS).collect());
    }
    for t in [
        &mut p.occupation,
        &mut p.education,
        &mut p.religion,
        &mut p.origin,
        &mut p.death_cause,
        &mut p.birth_place,
        &mut p.death_place,
    ]
    .into_iter()
    .flatten()
    {
        *t = t.chars().take(genogram_core::MAX_SHORT_TEXT_CHARS).collect();
    }
    p
}

fn family(
    m: &mut Mapper<'_>,
    r: &Node,
    x: &str,
    indi: &BTreeMap<&str, &Node>,
    pedigree: &BTreeMap<(String, String), Pedigree>,
) -> Option<Union> {
    let mut partners = Vec::new();
    let mut children = Vec::new();
    let (mut husband, mut wife) = (None, None);
    // A child's `_FREL` / `_MREL` under `FAM.CHIL` (Family Tree Maker writes them there).
    let mut listed: BTreeMap<String, Pedigree> = BTreeMap::new();
    let mut history: Vec<StatusChange> = Vec::new();
    let mut kind = UnionKind::Unknown;
    for c in &r.children {
        let event = matches!(
            c.tag.as_str(),
            "MARR" | "ENGA" | "DIV" | "ANUL" | "DIVF" | "MARB" | "MARC" | "MARL" | "NO"
        );
        if event && !m.happened("FAM", c) {
            continue;
        }
        match c.tag.as_str() {
            "HUSB" | "WIFE" | "CHIL" => {
                let Some(p) = c.pointer() else { continue };
                if p == "@VOID@" {
                    continue;
                }
                if !indi.contains_key(p) {
                    m.problems.push(Problem::warning(
                        c.line,
                        format!(
                            "{x} points to {p}, which is not a person in the file (or is private)"
                        ),
                        "the link was left out",
                    ));
                    continue;
                }
                let pid = PersonId::new(p);
                if c.tag == "CHIL" {
                    m.rest("FAM", c, &["_FREL", "_MREL"]);
                    if m.disproven.iter().any(|(f, k)| f == x && k == p) {
                        continue;
                    }
                    let entry = listed.entry(p.to_owned()).or_default();
                    entry.husband = entry.husband.or(m.relation(c, "_FREL"));
                    entry.wife = entry.wife.or(m.relation(c, "_MREL"));
                    if !children.iter().any(|k: &ChildLink| k.person == pid) {
                        children.push(ChildLink {
                            person: pid,
                            link: LinkKind::Biological,
                            links: BTreeMap::new(),
                            date: None,
                        });
                    }
                } else if !partners.contains(&pid) && partners.len() < 2 {
                    if c.tag == "HUSB" {
                        husband = husband.or(Some(pid.clone()));
                    } else {
                        wife = wife.or(Some(pid.clone()));
                    }
                    partners.push(pid);
                } else if !partners.contains(&pid) {
                    m.problems.push(Problem::warning(
                        c.line,
                        format!("{x} has more than two partners"),
                        "the extra partner was left out",
                    ));
                }
            }
            "MARR" | "ENGA" | "DIV" | "ANUL" | "DIVF" | "MARB" | "MARC" | "MARL" => {
                m.rest("FAM", c, &["DATE", "PLAC"]);
                let status = match c.tag.as_str() {
                    "MARR" => {
                        kind = UnionKind::Marriage;
                        UnionStatus::Married
                    }
                    // Banns, contract and licence come before a marriage: an engagement.
                    "ENGA" | "MARB" | "MARC" | "MARL" => UnionStatus::Engaged,
                    "DIV" => UnionStatus::Divorced,
                    "DIVF" => UnionStatus::Separated,
                    _ => UnionStatus::Annulled,
                };
                let d = m.date(c, "union date");
                history.push(StatusChange { status, date: d, place: place(c) });
            }
            "_GENO" => {
                if let Some(exact) = m.exact::<Union>(c) {
                    return Some(exact);
                }
            }
            "RESN" | "CHAN" | "RIN" | "_UID" | "UID" => {}
            "NOTE" | "SNOTE" => m.skip("FAM", c),
            _ => m.skip("FAM", c),
        }
    }
    if partners.is_empty() {
        let what =
            if children.is_empty() { "no one in it" } else { "children but no parent in the file" };
        m.problems.push(Problem::warning(
            r.line,
            format!("{x} has {what}"),
            "the family was left out",
        ));
        return None;
    }
    for child in &mut children {
        let id = child.person.as_str().to_owned();
        let mut p = pedigree.get(&(x.to_owned(), id.clone())).cloned().unwrap_or_default();
        if let Some(l) = listed.get(&id) {
            p.husband = p.husband.or(l.husband);
            p.wife = p.wife.or(l.wife);
        }
        let kinds: Vec<LinkKind> = partners
            .iter()
            .map(|q| p.kind(Some(q) == husband.as_ref(), Some(q) == wife.as_ref()))
            .collect();
        (child.link, child.links) = per_parent(&partners, &kinds, p.both.unwrap_or_default());
        if kinds.contains(&LinkKind::Adopted) {
            child.date = p.date;
        }
    }
    // Dated events in date order (a stable sort); undated ones keep their place.
    let positions: Vec<usize> = (0..history.len()).filter(|&i| history[i].date.is_some()).collect();
    let mut dated: Vec<StatusChange> = positions.iter().map(|&i| history[i].clone()).collect();
    dated.sort_by_key(|c| c.date.as_ref().map(DateSpec::sort_key));
    for (&i, change) in positions.iter().zip(dated) {
        history[i] = change;
    }
    Some(Union {
        id: UnionId::new(x),
        partners,
        kind,
        history,
        children,
        consanguineous: None,
        notes: None,
    })
}

/// What a file says of one child's links to one family: the pedigree (`FAMC.PEDI`), the
/// relationship to each parent (`_FREL`, `_MREL`), and an adoption (`ADOP` with `FAMC`).
#[derive(Clone, Default)]
struct Pedigree {
    both: Option<LinkKind>,
    husband: Option<LinkKind>,
    wife: Option<LinkKind>,
    adopted_by_husband: bool,
    adopted_by_wife: bool,
    date: Option<DateSpec>,
}

impl Pedigree {
    /// The link to the partner who is the family's `HUSB`, its `WIFE`, or neither: an adoption
    /// first, then the relationship to that parent, then the pedigree, else biological.
    fn kind(&self, is_husband: bool, is_wife: bool) -> LinkKind {
        let (adopted, own) = if is_husband {
            (self.adopted_by_husband, self.husband)
        } else if is_wife {
            (self.adopted_by_wife, self.wife)
        } else {
            (false, None)
        };
        if adopted { LinkKind::Adopted } else { own.or(self.both).unwrap_or_default() }
    }
}

/// An event's place (`2 PLAC Cork, Ireland`), its list parts tidied (`Cork,  , Ireland` is
/// `Cork, Ireland`), cut to the format's short-text length.
fn place(event: &Node) -> Option<String> {
    let parts: Vec<&str> =
        event.value_of("PLAC")?.split(',').map(str::trim).filter(|part| !part.is_empty()).collect();
    let place = parts.join(", ");
    (!place.is_empty()).then(|| place.chars().take(genogram_core::MAX_SHORT_TEXT_CHARS).collect())
}

/// The family an `INDI.ADOP` event names (`2 FAMC @F1@`), unless void.
fn adopting_family(adop: &Node) -> Option<&str> {
    adop.child("FAMC")?.pointer().filter(|f| *f != "@VOID@")
}

/// A child's link to each partner as the format writes it: one `link` (`common` when some
/// partner has it, else the first partner's), and `links` for the partners whose link differs.
fn per_parent(
    partners: &[PersonId],
    kinds: &[LinkKind],
    common: LinkKind,
) -> (LinkKind, BTreeMap<PersonId, LinkKind>) {
    let link =
        if kinds.contains(&common) { common } else { kinds.first().copied().unwrap_or(common) };
    let links = partners
        .iter()
        .zip(kinds)
        .filter(|(_, k)| **k != link)
        .map(|(p, k)| (p.clone(), *k))
        .collect();
    (link, links)
}

/// A child listed as a birth child of families with more than two parents between them keeps
/// the first family (in file order) as the birth family; the later links become step links,
/// with a warning each, so the file can still be used.
fn demote_extra_birth_families(
    unions: &mut [Union],
    m: &mut Mapper<'_>,
    lines: &BTreeMap<String, usize>,
) {
    let mut parents: BTreeMap<PersonId, Vec<PersonId>> = BTreeMap::new();
    for u in unions.iter_mut() {
        for c in u.children.iter_mut() {
            let birth: Vec<&PersonId> =
                u.partners.iter().filter(|p| c.link_to(p) == LinkKind::Biological).collect();
            if birth.is_empty() {
                continue;
            }
            let known = parents.entry(c.person.clone()).or_default();
            let new: Vec<&PersonId> = birth.into_iter().filter(|p| !known.contains(p)).collect();
            if known.len() + new.len() > 2 {
                let kinds: Vec<LinkKind> = u
                    .partners
                    .iter()
                    .map(|p| match c.link_to(p) {
                        LinkKind::Biological => LinkKind::Step,
                        other => other,
                    })
                    .collect();
                (c.link, c.links) = per_parent(&u.partners, &kinds, LinkKind::Step);
                m.problems.push(Problem::warning(
                    lines.get(u.id.as_str()).copied().unwrap_or(1),
                    format!(
                        "{} is a birth child of more than two parents; {} is read as a step family",
                        c.person, u.id
                    ),
                    "mark the link's pedigree (PEDI) in your genealogy program",
                ));
            } else {
                known.extend(new.into_iter().cloned());
            }
        }
    }
}

/// Groups the pairs recorded as born together; a group is kept when its members are children
/// of one union (the format's rule), with a warning otherwise.
fn multiple_births(m: &mut Mapper<'_>, unions: &[Union]) -> Vec<genogram_core::MultipleBirth> {
    let mut groups: Vec<(Vec<String>, usize)> = Vec::new();
    for (a, b, line) in std::mem::take(&mut m.multiples) {
        let found: Vec<usize> = groups
            .iter()
            .enumerate()
            .filter(|(_, (g, _))| g.contains(&a) || g.contains(&b))
            .map(|(i, _)| i)
            .collect();
        let mut merged = vec![a, b];
        let mut first = line;
        for &i in found.iter().rev() {
            let (g, l) = groups.remove(i);
            merged.extend(g);
            first = first.min(l);
        }
        merged.sort();
        merged.dedup();
        groups.push((merged, first));
    }
    groups.sort();
    let mut out = Vec::new();
    for (members, line) in groups {
        let shared = unions
            .iter()
            .any(|u| members.iter().all(|p| u.children.iter().any(|c| c.person.as_str() == p)));
        if shared {
            out.push(genogram_core::MultipleBirth {
                members: members.into_iter().map(PersonId::new).collect(),
                zygosity: Default::default(),
            });
        } else {
            m.problems.push(Problem::warning(
                line,
                format!(
                    "{} are recorded as born together but are not children of one family",
                    members.join(", ")
                ),
                "the multiple birth was left out",
            ));
        }
    }
    out
}

/// The whole-genogram part genogram writes in a `_GENO_DOC` record.
fn overlay_document(m: &mut Mapper<'_>, node: &Node, doc: &mut Document) {
    #[derive(serde::Deserialize)]
    struct Rest {
        title: Option<String>,
        index_person: Option<PersonId>,
        notation: Option<genogram_core::Notation>,
        as_of: Option<DateSpec>,
        #[serde(default)]
        multiple_births: Vec<genogram_core::MultipleBirth>,
        #[serde(default)]
        emotional: Vec<genogram_core::EmotionalRelationship>,
        #[serde(default)]
        events: Vec<LifeEvent>,
        #[serde(default)]
        households: Vec<genogram_core::Household>,
    }
    let Some(rest) = m.exact::<Rest>(node) else { return };
    doc.title = rest.title;
    doc.index_person = rest.index_person;
    doc.notation = rest.notation;
    doc.as_of = rest.as_of;
    doc.multiple_births = rest.multiple_births;
    doc.emotional = rest.emotional;
    doc.events = rest.events;
    doc.households = rest.households;
}
