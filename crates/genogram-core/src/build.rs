//! Building a [`Genogram`]: structural checks (errors) on the staged records, then the graph,
//! then the plausibility checks (warnings, in `validate`).
//!
//! This is the only constructor of a `Genogram`; everything after it can rely on ids being
//! unique, references resolving and lineage being acyclic.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use petgraph::algo::{kosaraju_scc, toposort};
use petgraph::graph::{DiGraph, NodeIndex};

use crate::diagnostic::{Code, Diagnostic, JsonPath};
use crate::genogram::{Edge, Genogram, Loaded, Node, compute_generations, order_by_dates};
use crate::load::{Origins, Staged, stage};
use crate::model::Document;
use crate::source_map::SourceMap;
use crate::suggest::did_you_mean;
use crate::{DateSpec, Error, PersonId};

/// Longest id accepted, in characters.
///
/// ```
/// let long = "x".repeat(genogram_core::MAX_ID_CHARS + 1);
/// let json = format!(r#"{{"genogram": 1, "people": [{{"id": "{long}"}}]}}"#);
/// let err = genogram_core::Genogram::from_json(&json).unwrap_err();
/// assert_eq!(err.diagnostics()[0].code.as_str(), "invalid-id");
/// ```
pub const MAX_ID_CHARS: usize = 100;
/// Longest short text (a name part, a label, an occupation...) accepted, in characters.
///
/// ```
/// let long = "x".repeat(genogram_core::MAX_SHORT_TEXT_CHARS + 1);
/// let json = format!(r#"{{"genogram": 1, "people": [{{"id": "a", "occupation": "{long}"}}]}}"#);
/// let err = genogram_core::Genogram::from_json(&json).unwrap_err();
/// assert_eq!(err.diagnostics()[0].code.as_str(), "text-too-long");
/// ```
pub const MAX_SHORT_TEXT_CHARS: usize = 500;
/// Longest note accepted, in characters.
///
/// ```
/// let notes = "x".repeat(genogram_core::MAX_NOTE_CHARS);
/// let json = format!(r#"{{"genogram": 1, "index_person": "a", "people": [{{"id": "a", "notes": "{notes}"}}]}}"#);
/// assert!(genogram_core::Genogram::from_json(&json).is_ok());
/// ```
pub const MAX_NOTE_CHARS: usize = 20_000;
/// How many unknown references get a "did you mean" (each costs a pass over every id).
const MAX_SUGGESTIONS: usize = 50;

pub(crate) fn load_bytes(bytes: &[u8]) -> Result<Loaded, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => load(text),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            // The prefix is valid UTF-8 by construction.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            let mut d = Diagnostic::new(
                Code::InvalidEncoding,
                JsonPath::root(),
                format!("the file is not UTF-8 text (invalid byte at offset {})", e.valid_up_to()),
            )
            .with_hint("save the file as UTF-8; if it is not a genogram file, check the file name");
            d.location = Some(SourceMap::new(prefix).location(prefix.len()));
            Err(Error::Invalid(vec![d]))
        }
    }
}

pub(crate) fn load(text: &str) -> Result<Loaded, Error> {
    let mut diagnostics = Vec::new();
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            let mut d = Diagnostic::new(
                Code::ByteOrderMark,
                JsonPath::root(),
                "the file starts with a byte order mark, which JSON does not use",
            )
            .with_hint(
                "it was ignored; save the file as UTF-8 without BOM to silence this warning",
            );
            d.location = Some(crate::Location { line: 1, column: 1, offset: 0 });
            diagnostics.push(d);
            rest
        }
        None => text,
    };
    let bom_bytes = if diagnostics.is_empty() { 0 } else { '\u{feff}'.len_utf8() };
    let result = stage(text, &mut diagnostics).map(|staged| finish(staged, &mut diagnostics));
    SourceMap::new(text).locate(&mut diagnostics);
    // Offsets count from the start of the input, byte order mark included.
    for d in diagnostics.iter_mut().skip(usize::from(bom_bytes > 0)) {
        if let Some(location) = &mut d.location {
            location.offset += bom_bytes;
        }
    }
    let genogram = result.flatten();
    sort_diagnostics(&mut diagnostics);
    match genogram {
        Some(genogram) if !diagnostics.iter().any(Diagnostic::is_error) => {
            Ok(Loaded { genogram, warnings: diagnostics })
        }
        _ => Err(Error::Invalid(diagnostics)),
    }
}

pub(crate) fn from_document(document: Document) -> Result<Loaded, Error> {
    let mut diagnostics = Vec::new();
    if document.genogram != crate::FORMAT_VERSION {
        diagnostics.push(Diagnostic::new(
            Code::UnsupportedVersion,
            JsonPath::root().key("genogram"),
            format!("format version {} is not supported", document.genogram),
        ));
        return Err(Error::Invalid(diagnostics));
    }
    let origins = Origins {
        people: (0..document.people.len()).collect(),
        unions: (0..document.unions.len()).collect(),
        multiple_births: (0..document.multiple_births.len()).collect(),
        emotional: (0..document.emotional.len()).collect(),
        events: (0..document.events.len()).collect(),
        households: (0..document.households.len()).collect(),
    };
    let staged = Staged {
        document,
        origins,
        broken_ids: BTreeSet::new(),
        top_level_broken: false,
        diagnostics: Vec::new(),
    };
    let genogram = finish(staged, &mut diagnostics);
    sort_diagnostics(&mut diagnostics);
    match genogram {
        Some(genogram) if !diagnostics.iter().any(Diagnostic::is_error) => {
            Ok(Loaded { genogram, warnings: diagnostics })
        }
        _ => Err(Error::Invalid(diagnostics)),
    }
}

fn sort_diagnostics(diagnostics: &mut [Diagnostic]) {
    // Errors first, then in file order; the sort is stable, so equal places keep their order.
    diagnostics.sort_by(|a, b| {
        let place = |d: &Diagnostic| d.location.map(|l| (l.line, l.column));
        (a.severity, place(a)).cmp(&(b.severity, place(b)))
    });
}

/// Paths of the records, as they stood in the file.
pub(crate) struct Paths<'a>(&'a Origins);

impl Paths<'_> {
    pub(crate) fn person(&self, i: usize) -> JsonPath {
        JsonPath::root().key("people").index(self.0.people[i])
    }
    pub(crate) fn union(&self, i: usize) -> JsonPath {
        JsonPath::root().key("unions").index(self.0.unions[i])
    }
    pub(crate) fn multiple_birth(&self, i: usize) -> JsonPath {
        JsonPath::root().key("multiple_births").index(self.0.multiple_births[i])
    }
    pub(crate) fn emotional(&self, i: usize) -> JsonPath {
        JsonPath::root().key("emotional").index(self.0.emotional[i])
    }
    pub(crate) fn event(&self, i: usize) -> JsonPath {
        JsonPath::root().key("events").index(self.0.events[i])
    }
    pub(crate) fn household(&self, i: usize) -> JsonPath {
        JsonPath::root().key("households").index(self.0.households[i])
    }
}

/// Runs the structural checks and, when they pass, builds the genogram and runs the warnings.
fn finish(staged: Staged, diagnostics: &mut Vec<Diagnostic>) -> Option<Genogram> {
    let Staged {
        document: doc,
        origins,
        broken_ids,
        top_level_broken,
        diagnostics: staged_diagnostics,
    } = staged;
    diagnostics.extend(staged_diagnostics);
    let paths = Paths(&origins);

    check_texts(&doc, &paths, diagnostics);
    let person_by_id = check_ids(&doc, &paths, diagnostics);
    let mut reference_errors = Vec::new();
    let refs_ok = check_references(&doc, &paths, &person_by_id, &broken_ids, &mut reference_errors);
    if !top_level_broken {
        diagnostics.extend(reference_errors);
    }
    check_counts(&doc, &paths, diagnostics);
    if !refs_ok {
        return None;
    }
    let mut genogram = assemble(doc, person_by_id);
    check_cycles(&genogram, &paths, diagnostics);
    check_parents(&genogram, &paths, diagnostics);
    check_multiple_births(&genogram, &paths, diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
    genogram.generations = compute_generations(&genogram);
    crate::validate::warnings(&genogram, &paths, diagnostics);
    Some(genogram)
}

fn check_texts(doc: &Document, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    // Paths are built only for a text that is too long: a clean file allocates none.
    let mut check = |text: Option<&String>, path: &dyn Fn() -> JsonPath, limit: usize| {
        let Some(text) = text else { return };
        // Counting stops at the limit, so a 10 MB name costs no more than a short one.
        if text.chars().nth(limit).is_some() {
            out.push(
                Diagnostic::new(
                    Code::TextTooLong,
                    path(),
                    format!("this text is longer than {limit} characters"),
                )
                .with_hint("shorten it; long stories belong in a `notes` field"),
            );
        }
    };
    check(doc.title.as_ref(), &|| JsonPath::root().key("title"), MAX_SHORT_TEXT_CHARS);
    for (i, p) in doc.people.iter().enumerate() {
        let at = || paths.person(i);
        let name = || at().key("name");
        check(p.name.given.as_ref(), &|| name().key("given"), MAX_SHORT_TEXT_CHARS);
        check(p.name.family.as_ref(), &|| name().key("family"), MAX_SHORT_TEXT_CHARS);
        check(p.name.nickname.as_ref(), &|| name().key("nickname"), MAX_SHORT_TEXT_CHARS);
        check(p.name.birth_name.as_ref(), &|| name().key("birth_name"), MAX_SHORT_TEXT_CHARS);
        check(p.death_cause.as_ref(), &|| at().key("death_cause"), MAX_SHORT_TEXT_CHARS);
        check(p.occupation.as_ref(), &|| at().key("occupation"), MAX_SHORT_TEXT_CHARS);
        check(p.education.as_ref(), &|| at().key("education"), MAX_SHORT_TEXT_CHARS);
        check(p.ethnicity.as_ref(), &|| at().key("ethnicity"), MAX_SHORT_TEXT_CHARS);
        check(p.religion.as_ref(), &|| at().key("religion"), MAX_SHORT_TEXT_CHARS);
        check(p.origin.as_ref(), &|| at().key("origin"), MAX_SHORT_TEXT_CHARS);
        check(p.birth_place.as_ref(), &|| at().key("birth_place"), MAX_SHORT_TEXT_CHARS);
        check(p.death_place.as_ref(), &|| at().key("death_place"), MAX_SHORT_TEXT_CHARS);
        check(p.notes.as_ref(), &|| at().key("notes"), MAX_NOTE_CHARS);
        for (t, tag) in p.tags.iter().enumerate() {
            check(Some(tag), &|| at().key("tags").index(t), MAX_SHORT_TEXT_CHARS);
        }
        for (c, condition) in p.conditions.iter().enumerate() {
            let cp = || at().key("conditions").index(c);
            check(Some(&condition.label), &|| cp().key("label"), MAX_SHORT_TEXT_CHARS);
            check(condition.code.as_ref(), &|| cp().key("code"), MAX_SHORT_TEXT_CHARS);
            check(condition.notes.as_ref(), &|| cp().key("notes"), MAX_NOTE_CHARS);
        }
    }
    for (i, u) in doc.unions.iter().enumerate() {
        check(u.notes.as_ref(), &|| paths.union(i).key("notes"), MAX_NOTE_CHARS);
        for (k, step) in u.history.iter().enumerate() {
            let at = || paths.union(i).key("history").index(k).key("place");
            check(step.place.as_ref(), &at, MAX_SHORT_TEXT_CHARS);
        }
    }
    for (i, r) in doc.emotional.iter().enumerate() {
        check(r.notes.as_ref(), &|| paths.emotional(i).key("notes"), MAX_NOTE_CHARS);
    }
    for (i, e) in doc.events.iter().enumerate() {
        let at = || paths.event(i);
        check(e.label.as_ref(), &|| at().key("label"), MAX_SHORT_TEXT_CHARS);
        check(e.place.as_ref(), &|| at().key("place"), MAX_SHORT_TEXT_CHARS);
        check(e.notes.as_ref(), &|| at().key("notes"), MAX_NOTE_CHARS);
    }
    for (i, h) in doc.households.iter().enumerate() {
        check(h.label.as_ref(), &|| paths.household(i).key("label"), MAX_SHORT_TEXT_CHARS);
    }
}

fn id_problem(id: &str) -> Option<&'static str> {
    if id.is_empty() {
        Some("the id is empty")
    } else if id.chars().nth(MAX_ID_CHARS).is_some() {
        Some("the id is longer than 100 characters")
    } else if id.starts_with(char::is_whitespace) || id.ends_with(char::is_whitespace) {
        Some("the id starts or ends with a space")
    } else if id.chars().any(char::is_control) {
        Some("the id contains a control character")
    } else {
        None
    }
}

/// Checks that ids are well formed and unique; returns the person index.
fn check_ids(
    doc: &Document,
    paths: &Paths<'_>,
    out: &mut Vec<Diagnostic>,
) -> BTreeMap<PersonId, usize> {
    // One namespace for people, unions and households: an id names one thing.
    let mut first_use: BTreeMap<&str, JsonPath> = BTreeMap::new();
    let mut person_by_id = BTreeMap::new();
    let records = doc
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), paths.person(i), Some(i)))
        .chain(doc.unions.iter().enumerate().map(|(i, u)| (u.id.as_str(), paths.union(i), None)))
        .chain(
            doc.households
                .iter()
                .enumerate()
                .map(|(i, h)| (h.id.as_str(), paths.household(i), None)),
        );
    for (id, at, person) in records {
        let at = at.key("id");
        if let Some(problem) = id_problem(id) {
            out.push(Diagnostic::new(Code::InvalidId, at, problem.to_owned()).with_hint(
                "use a short id of letters, digits, - or _, such as \"rosa\" or \"u1\"",
            ));
            continue;
        }
        match first_use.get(id) {
            Some(first) => out.push(
                Diagnostic::new(Code::DuplicateId, at, format!("the id `{id}` is used twice"))
                    .with_hint(format!("ids must be unique; it was first used at {first}")),
            ),
            None => {
                first_use.insert(id, at);
                if let Some(i) = person {
                    person_by_id.insert(PersonId::new(id), i);
                }
            }
        }
    }
    person_by_id
}

/// Checks every reference to a person; returns whether all resolved.
fn check_references(
    doc: &Document,
    paths: &Paths<'_>,
    people: &BTreeMap<PersonId, usize>,
    broken_ids: &BTreeSet<String>,
    out: &mut Vec<Diagnostic>,
) -> bool {
    let mut ok = true;
    let mut suggestions_left = MAX_SUGGESTIONS;
    let mut check = |id: &PersonId, path: &dyn Fn() -> JsonPath, out: &mut Vec<Diagnostic>| {
        if people.contains_key(id) {
            return;
        }
        let path = path();
        ok = false;
        if broken_ids.contains(id.as_str()) {
            return; // Its record could not be read; that error is reported already.
        }
        let hint = if suggestions_left > 0 {
            suggestions_left -= 1;
            did_you_mean(id.as_str(), people.keys().map(PersonId::as_str))
                .map(|best| format!("did you mean `{best}`? otherwise add a person with this id"))
        } else {
            None
        };
        let hint =
            hint.unwrap_or_else(|| format!("add a person with \"id\": \"{id}\" to `people`"));
        out.push(
            Diagnostic::new(Code::UnknownReference, path, format!("no person has the id `{id}`"))
                .with_hint(hint),
        );
    };
    if let Some(ip) = &doc.index_person {
        check(ip, &|| JsonPath::root().key("index_person"), out);
    }
    for (i, u) in doc.unions.iter().enumerate() {
        let at = || paths.union(i);
        for (k, p) in u.partners.iter().enumerate() {
            check(p, &|| at().key("partners").index(k), out);
        }
        for (k, c) in u.children.iter().enumerate() {
            check(&c.person, &|| at().key("children").index(k).key("person"), out);
        }
    }
    for (i, m) in doc.multiple_births.iter().enumerate() {
        for (k, p) in m.members.iter().enumerate() {
            check(p, &|| paths.multiple_birth(i).key("members").index(k), out);
        }
    }
    for (i, r) in doc.emotional.iter().enumerate() {
        for (k, p) in r.people.iter().enumerate() {
            check(p, &|| paths.emotional(i).key("people").index(k), out);
        }
        if let Some(reporter) = &r.reported_by {
            check(reporter, &|| paths.emotional(i).key("reported_by"), out);
        }
    }
    for (i, e) in doc.events.iter().enumerate() {
        for (k, p) in e.people.iter().enumerate() {
            check(p, &|| paths.event(i).key("people").index(k), out);
        }
    }
    for (i, h) in doc.households.iter().enumerate() {
        for (k, p) in h.members.iter().enumerate() {
            check(p, &|| paths.household(i).key("members").index(k), out);
        }
    }
    ok
}

/// Reports the second appearance of any id in `list` (an element path is built by `at`).
fn check_repeats(
    list: &[PersonId],
    at: impl Fn(usize) -> JsonPath,
    what: &str,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen = BTreeSet::new();
    for (k, id) in list.iter().enumerate() {
        if !seen.insert(id) {
            out.push(
                Diagnostic::new(
                    Code::DuplicateMember,
                    at(k),
                    format!("`{id}` is listed twice {what}"),
                )
                .with_hint("remove the second entry"),
            );
        }
    }
}

fn check_counts(doc: &Document, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    for (i, u) in doc.unions.iter().enumerate() {
        let at = paths.union(i);
        match u.partners.as_slice() {
            [] | [_, _, _, ..] => out.push(
                Diagnostic::new(
                    Code::WrongNumberOfPeople,
                    at.key("partners"),
                    format!("a union has one or two partners, not {}", u.partners.len()),
                )
                .with_hint(
                    "list two partners, or one for a single parent whose partner is unknown; \
                            several partners of one person are several unions",
                ),
            ),
            [a, b] if a == b => out.push(
                Diagnostic::new(
                    Code::SelfUnion,
                    at.key("partners").index(1),
                    format!("`{a}` is listed as both partners of this union"),
                )
                .with_hint(
                    "a union joins two different people; for a single parent list them once",
                ),
            ),
            _ => {}
        }
        let children: Vec<PersonId> = u.children.iter().map(|c| c.person.clone()).collect();
        check_repeats(
            &children,
            |k| at.key("children").index(k),
            "among this union's children",
            out,
        );
        for (k, c) in u.children.iter().enumerate() {
            for parent in c.links.keys().filter(|p| !u.partners.contains(p)) {
                out.push(
                    Diagnostic::new(
                        Code::LinkToNonPartner,
                        at.key("children").index(k).key("links").key(parent.as_str()),
                        format!("`{parent}` is not a partner of this union"),
                    )
                    .with_hint(format!(
                        "`links` gives the child's link to one of the partners ({}); a link to \
                         someone else belongs in a union of theirs",
                        u.partners.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ")
                    )),
                );
            }
        }
    }
    let mut twin_group: BTreeMap<&PersonId, usize> = BTreeMap::new();
    for (i, m) in doc.multiple_births.iter().enumerate() {
        let at = paths.multiple_birth(i);
        if m.members.len() < 2 {
            out.push(
                Diagnostic::new(
                    Code::WrongNumberOfPeople,
                    at.key("members"),
                    format!("a multiple birth has at least two members, not {}", m.members.len()),
                )
                .with_hint("list every child born together"),
            );
        }
        check_repeats(&m.members, |k| at.key("members").index(k), "in this multiple birth", out);
        for (k, p) in m.members.iter().enumerate() {
            if let Some(&other) = twin_group.get(p) {
                if other != i {
                    out.push(
                        Diagnostic::new(
                            Code::DuplicateMember,
                            at.key("members").index(k),
                            format!("`{p}` is in two multiple births"),
                        )
                        .with_hint(format!(
                            "a person is born once; merge this group with {}",
                            paths.multiple_birth(other)
                        )),
                    );
                }
            } else {
                twin_group.insert(p, i);
            }
        }
    }
    for (i, r) in doc.emotional.iter().enumerate() {
        let at = paths.emotional(i);
        match r.people.as_slice() {
            [a, b] if a == b => out.push(
                Diagnostic::new(
                    Code::SelfRelationship,
                    at.key("people").index(1),
                    format!("`{a}` is in a relationship with themselves"),
                )
                .with_hint("an emotional relationship joins two different people"),
            ),
            [_, _] => {}
            _ => out.push(
                Diagnostic::new(
                    Code::WrongNumberOfPeople,
                    at.key("people"),
                    format!("an emotional relationship joins two people, not {}", r.people.len()),
                )
                .with_hint("write one relationship per pair; a triangle is three relationships"),
            ),
        }
        if let Some(intensity) = r.intensity
            && !(1..=3).contains(&intensity)
        {
            out.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    at.key("intensity"),
                    format!("intensity {intensity} is out of range"),
                )
                .with_hint("intensity goes from 1 (mild) to 3 (strong)"),
            );
        }
    }
    for (i, e) in doc.events.iter().enumerate() {
        let at = paths.event(i);
        check_repeats(&e.people, |k| at.key("people").index(k), "in this event", out);
    }
    for (i, h) in doc.households.iter().enumerate() {
        let at = paths.household(i);
        if h.members.is_empty() {
            out.push(
                Diagnostic::new(
                    Code::WrongNumberOfPeople,
                    at.key("members"),
                    "a household has no members",
                )
                .with_hint("list who lives there, or remove the household"),
            );
        }
        check_repeats(&h.members, |k| at.key("members").index(k), "in this household", out);
    }
    for (i, p) in doc.people.iter().enumerate() {
        let at = paths.person(i);
        if let Some(age) = p.age
            && age > 150
        {
            out.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    at.key("age"),
                    format!("age {age} is out of range"),
                )
                .with_hint("an age is a whole number of years from 0 to 150"),
            );
        }
        if let Some(weeks) = p.gestational_weeks
            && weeks > 45
        {
            out.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    at.key("gestational_weeks"),
                    format!("{weeks} weeks of gestation is out of range"),
                )
                .with_hint("gestation is counted in weeks, from 0 to 45"),
            );
        }
    }
}

/// Builds the graph from records whose references all resolve.
fn assemble(doc: Document, person_by_id: BTreeMap<PersonId, usize>) -> Genogram {
    let mut graph = DiGraph::with_capacity(
        doc.people.len() + doc.unions.len(),
        doc.unions.iter().map(|u| u.partners.len() + u.children.len()).sum(),
    );
    let person_nodes: Vec<NodeIndex> =
        (0..doc.people.len()).map(|i| graph.add_node(Node::Person(i))).collect();
    let union_nodes: Vec<NodeIndex> =
        (0..doc.unions.len()).map(|i| graph.add_node(Node::Union(i))).collect();
    let mut union_by_id = BTreeMap::new();
    let mut unions_of: Vec<Vec<usize>> = vec![Vec::new(); doc.people.len()];
    for (u, union) in doc.unions.iter().enumerate() {
        union_by_id.entry(union.id.clone()).or_insert(u);
        let mut seen = BTreeSet::new();
        for partner in &union.partners {
            if let Some(&p) = person_by_id.get(partner)
                && seen.insert(p)
            {
                graph.add_edge(person_nodes[p], union_nodes[u], Edge::Partner);
                unions_of[p].push(u);
            }
        }
        for (position, child) in union.children.iter().enumerate() {
            if let Some(&c) = person_by_id.get(&child.person) {
                graph.add_edge(union_nodes[u], person_nodes[c], Edge::Child { position });
            }
        }
    }
    for list in &mut unions_of {
        order_by_dates(list, |&u| doc.unions[u].start().map(DateSpec::sort_key));
    }
    let mut multiple_birth_of = vec![None; doc.people.len()];
    for (m, group) in doc.multiple_births.iter().enumerate() {
        for member in &group.members {
            if let Some(&p) = person_by_id.get(member) {
                multiple_birth_of[p].get_or_insert(m);
            }
        }
    }
    let generations = vec![None; doc.people.len()];
    Genogram {
        doc,
        graph,
        person_nodes,
        union_nodes,
        person_by_id,
        union_by_id,
        unions_of,
        multiple_birth_of,
        generations,
    }
}

/// A person who is their own ancestor makes every later question (generations, layout rows)
/// meaningless, so it is an error that names the loop.
fn check_cycles(g: &Genogram, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    if toposort(&g.graph, None).is_ok() {
        return;
    }
    // Not tarjan_scc: petgraph's recurses once per node and overflows the stack on a
    // 100,000-generation chain; kosaraju_scc runs on iterative depth-first visitors.
    let mut components: Vec<Vec<NodeIndex>> =
        kosaraju_scc(&g.graph).into_iter().filter(|c| c.len() > 1).collect();
    for component in &mut components {
        component.sort();
    }
    components.sort();
    for component in components {
        let members: BTreeSet<NodeIndex> = component.iter().copied().collect();
        // Start from the person with the smallest id, for a deterministic message.
        let Some(start) = component
            .iter()
            .filter_map(|&n| match g.graph[n] {
                Node::Person(p) => Some((g.doc.people[p].id.clone(), n)),
                Node::Union(_) => None,
            })
            .min()
            .map(|(_, n)| n)
        else {
            continue;
        };
        let Some(cycle) = shortest_cycle(g, start, &members) else { continue };
        let people: Vec<usize> = cycle
            .iter()
            .filter_map(|&n| match g.graph[n] {
                Node::Person(p) => Some(p),
                Node::Union(_) => None,
            })
            .collect();
        let names: Vec<&str> = people.iter().map(|&p| g.doc.people[p].id.as_str()).collect();
        let first = names[0];
        let chain = abbreviate_chain(&names);
        // Point at the child link that closes the loop: the last union → the first person.
        let closing_union = cycle.iter().rev().find_map(|&n| match g.graph[n] {
            Node::Union(u) => Some(u),
            Node::Person(_) => None,
        });
        let path = closing_union
            .and_then(|u| {
                let k = g.doc.unions[u].children.iter().position(|c| c.person.as_str() == first)?;
                Some(paths.union(u).key("children").index(k))
            })
            .unwrap_or_else(|| paths.person(people[0]));
        let message = if people.len() == 1 {
            format!("`{first}` is listed as a child of their own union")
        } else {
            format!("`{first}` is their own ancestor: {chain} (each is a parent of the next)")
        };
        out.push(Diagnostic::new(Code::AncestorCycle, path, message).with_hint(
            "one of these parent–child links is wrong; check the children lists of these unions",
        ));
    }
}

/// The shortest cycle from `start` back to itself inside one strongly connected component, as
/// graph nodes starting with `start`.
fn shortest_cycle(
    g: &Genogram,
    start: NodeIndex,
    members: &BTreeSet<NodeIndex>,
) -> Option<Vec<NodeIndex>> {
    let mut previous: BTreeMap<NodeIndex, NodeIndex> = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        let mut next: Vec<NodeIndex> =
            g.graph.neighbors(node).filter(|n| members.contains(n)).collect();
        next.sort();
        for n in next {
            if n == start {
                let mut cycle = vec![node];
                let mut at = node;
                while let Some(&p) = previous.get(&at) {
                    cycle.push(p);
                    at = p;
                }
                cycle.reverse();
                return Some(cycle);
            }
            if let std::collections::btree_map::Entry::Vacant(e) = previous.entry(n) {
                e.insert(node);
                queue.push_back(n);
            }
        }
    }
    None
}

fn abbreviate_chain(names: &[&str]) -> String {
    let first = names[0];
    if names.len() <= 8 {
        let mut chain: Vec<&str> = names.to_vec();
        chain.push(first);
        return chain.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(" → ");
    }
    let head: Vec<String> = names[..4].iter().map(|n| format!("`{n}`")).collect();
    let tail: Vec<String> = names[names.len() - 2..].iter().map(|n| format!("`{n}`")).collect();
    format!("{} → … → {} → `{first}` ({} people)", head.join(" → "), tail.join(" → "), names.len())
}

fn check_parents(g: &Genogram, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    for p in 0..g.doc.people.len() {
        let mut parents: Vec<usize> = g.parent_indices(p, crate::Lineage::Biological);
        parents.sort_unstable();
        parents.dedup();
        if parents.len() > 2 {
            let names: Vec<String> =
                parents.iter().map(|&q| format!("`{}`", g.doc.people[q].id)).collect();
            out.push(
                Diagnostic::new(
                    Code::TooManyParents,
                    paths.person(p),
                    format!(
                        "`{}` has {} biological parents: {}",
                        g.doc.people[p].id,
                        parents.len(),
                        names.join(", ")
                    ),
                )
                .with_hint(
                    "keep one union with a biological link; mark the others adopted, foster, step, \
                            donor_conceived or surrogacy",
                ),
            );
        }
    }
}

fn check_multiple_births(g: &Genogram, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    for (i, group) in g.doc.multiple_births.iter().enumerate() {
        let parent_unions: Vec<BTreeSet<usize>> = group
            .members
            .iter()
            .filter_map(|m| g.index_of(m))
            .map(|p| g.parent_links(p).into_iter().map(|(_, u, _)| u).collect())
            .collect();
        if parent_unions.iter().any(BTreeSet::is_empty) {
            continue; // Parents not recorded for someone: nothing to compare.
        }
        let shared = parent_unions
            .iter()
            .skip(1)
            .fold(parent_unions.first().cloned().unwrap_or_default(), |acc, s| {
                acc.intersection(s).copied().collect()
            });
        if shared.is_empty() {
            out.push(
                Diagnostic::new(
                    Code::MultipleBirthNotSiblings,
                    paths.multiple_birth(i).key("members"),
                    "the members of this multiple birth are not children of one union",
                )
                .with_hint("list all of them as children of the same union"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::abbreviate_chain;

    #[test]
    fn long_cycles_are_abbreviated() {
        let names: Vec<String> = (0..10).map(|i| format!("p{i}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        assert_eq!(
            abbreviate_chain(&refs),
            "`p0` → `p1` → `p2` → `p3` → … → `p8` → `p9` → `p0` (10 people)"
        );
        assert_eq!(abbreviate_chain(&["a", "b"]), "`a` → `b` → `a`");
    }
}
