//! [`Genogram`]: a validated family, its graph, and the questions one can ask of it.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::Read;

use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::diagnostic::Diagnostic;
use crate::model::{
    Document, EmotionalRelationship, Household, LifeEvent, LinkKind, MultipleBirth, Notation,
    Person, Union,
};
use crate::{DateSpec, Error, PersonId, UnionId};

/// A validated genogram: the family's records plus the structure connecting them.
///
/// The only ways to get one are [`Genogram::from_json`], [`Genogram::from_reader`] and
/// [`Genogram::from_document`], which refuse structurally invalid input, so every `Genogram`
/// holds these invariants: ids are unique, every reference resolves, nobody is their own
/// ancestor, nobody has more than two biological parents. It is immutable.
///
/// ```
/// use genogram_core::{Genogram, PersonId};
/// let json = r#"{
///   "genogram": 1,
///   "index_person": "ana",
///   "people": [
///     {"id": "rosa", "sex": "female"}, {"id": "jon", "sex": "male"},
///     {"id": "ana", "sex": "female", "birth": "1975"}
///   ],
///   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
///               "children": [{"person": "ana"}]}]
/// }"#;
/// let loaded = Genogram::from_json(json)?;
/// let g = loaded.genogram;
/// assert!(loaded.warnings.is_empty());
/// let ana = PersonId::new("ana");
/// let parents: Vec<&str> = g.parents(&ana).iter().map(|p| p.person.id.as_str()).collect();
/// assert_eq!(parents, ["rosa", "jon"]);
/// assert_eq!(g.kinship(&ana, &PersonId::new("rosa")).ok_or("missing")?.to_string(), "mother");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Genogram {
    pub(crate) doc: Document,
    pub(crate) graph: DiGraph<Node, Edge>,
    pub(crate) person_nodes: Vec<NodeIndex>,
    pub(crate) union_nodes: Vec<NodeIndex>,
    pub(crate) person_by_id: BTreeMap<PersonId, usize>,
    pub(crate) union_by_id: BTreeMap<UnionId, usize>,
    /// For each person, the unions they are a partner in, in union order.
    pub(crate) unions_of: Vec<Vec<usize>>,
    /// For each person, the multiple birth they belong to.
    pub(crate) multiple_birth_of: Vec<Option<usize>>,
    /// For each person, the generation relative to the index person.
    pub(crate) generations: Vec<Option<i32>>,
}

/// A node of the family graph: a person or a union. Partners point to their union, a union
/// points to its children.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Node {
    Person(usize),
    Union(usize),
}

/// An edge of the family graph.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Edge {
    /// Person → union.
    Partner,
    /// Union → child, with the child's position in the union's list (its link kinds are
    /// read from that entry).
    Child { position: usize },
}

/// A genogram that loaded, with the warnings found on the way.
///
/// ```
/// let loaded = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}]}"#)?;
/// assert_eq!(loaded.warnings[0].code.as_str(), "missing-index-person");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The genogram.
    pub genogram: Genogram,
    /// Warnings: the file loads, but these look wrong.
    pub warnings: Vec<Diagnostic>,
}

/// Which parent–child links a lineage query follows (genogram-spec §4.0).
///
/// ```
/// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
/// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
/// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
/// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
/// #               "history": [{"status": "married", "date": "1970"}],
/// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
/// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
/// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
/// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
/// use genogram_core::{Genogram, PersonId};
/// let g = Genogram::from_json(FAMILY)?.genogram;
/// let leo = PersonId::new("leo");
/// assert_eq!(g.ancestors(&leo, genogram_core::Lineage::Biological).len(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lineage {
    /// Biological links only (the genetic graph `Gb`).
    Biological,
    /// Biological, adopted, donor-conceived and surrogacy links: the family one is kin by.
    Kin,
    /// Every link, foster care, guardianship and step links included (the social graph `Gs`).
    Social,
}

impl Lineage {
    fn follows(self, link: LinkKind) -> bool {
        match self {
            Lineage::Biological => link.is_biological(),
            Lineage::Kin => link.is_kin(),
            Lineage::Social => true,
        }
    }
}

/// A parent of a person, through one union.
///
/// ```
/// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
/// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
/// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
/// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
/// #               "history": [{"status": "married", "date": "1970"}],
/// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
/// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
/// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
/// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
/// use genogram_core::{Genogram, PersonId};
/// let g = Genogram::from_json(FAMILY)?.genogram;
/// let parents = g.parents(&PersonId::new("ana"));
/// assert_eq!(parents[0].union.id.as_str(), "u1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Parent<'a> {
    /// The parent.
    pub person: &'a Person,
    /// The union through which they are a parent.
    pub union: &'a Union,
    /// How the child is linked to this parent: the per-parent kind where the union's child
    /// entry gives one (`links`), else the union's `link`.
    pub link: LinkKind,
}

/// A child of a person or union.
///
/// ```
/// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
/// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
/// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
/// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
/// #               "history": [{"status": "married", "date": "1970"}],
/// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
/// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
/// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
/// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
/// use genogram_core::{Genogram, PersonId};
/// let g = Genogram::from_json(FAMILY)?.genogram;
/// let kids = g.children(&PersonId::new("rosa"));
/// assert_eq!(kids[0].person.id.as_str(), "leo");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Child<'a> {
    /// The child.
    pub person: &'a Person,
    /// The union the child belongs to.
    pub union: &'a Union,
    /// How the child is linked: to the person asked about in [`Genogram::children`] (a
    /// per-parent kind where the union's child entry gives one), to the union in
    /// [`Genogram::union_children`].
    pub link: LinkKind,
}

/// A partner of a person, through one union.
///
/// ```
/// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
/// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
/// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
/// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
/// #               "history": [{"status": "married", "date": "1970"}],
/// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
/// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
/// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
/// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
/// use genogram_core::{Genogram, PersonId};
/// let g = Genogram::from_json(FAMILY)?.genogram;
/// assert_eq!(g.partners(&PersonId::new("rosa"))[0].person.id.as_str(), "jon");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Partner<'a> {
    /// The partner.
    pub person: &'a Person,
    /// Their union.
    pub union: &'a Union,
}

/// How two siblings are related.
///
/// ```
/// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
/// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
/// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
/// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
/// #               "history": [{"status": "married", "date": "1970"}],
/// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
/// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
/// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
/// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
/// use genogram_core::{Genogram, PersonId};
/// let g = Genogram::from_json(FAMILY)?.genogram;
/// use genogram_core::SiblingKind;
/// assert_eq!(g.siblings(&PersonId::new("ana"))[0].kind, SiblingKind::Full);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SiblingKind {
    /// They share all their parents.
    Full,
    /// They share one parent.
    Half,
    /// They share no parent; a parent of one is a partner of a parent of the other.
    Step,
    /// They share only a foster parent or guardian.
    Foster,
}

/// A sibling of a person.
///
/// ```
/// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
/// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
/// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
/// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
/// #               "history": [{"status": "married", "date": "1970"}],
/// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
/// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
/// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
/// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
/// use genogram_core::{Genogram, PersonId};
/// let g = Genogram::from_json(FAMILY)?.genogram;
/// assert_eq!(g.siblings(&PersonId::new("ana"))[0].person.id.as_str(), "leo");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Sibling<'a> {
    /// The sibling.
    pub person: &'a Person,
    /// Full, half, step or foster.
    pub kind: SiblingKind,
}

impl Genogram {
    /// Reads a genogram from JSON text, collecting every problem in one pass.
    ///
    /// On success the genogram comes with its warnings; on failure the error holds every
    /// diagnostic found (errors and warnings), each with its JSON path and line and column.
    ///
    /// ```
    /// use genogram_core::{Code, Genogram};
    /// let err = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a", "sex": "mael"}]}"#).unwrap_err();
    /// assert_eq!(err.diagnostics()[0].code, Code::UnknownValue);
    /// assert_eq!(err.diagnostics()[0].hint.as_deref().map(|h| h.starts_with("did you mean `male`")), Some(true));
    /// ```
    pub fn from_json(text: &str) -> Result<Loaded, Error> {
        crate::build::load(text)
    }

    /// Reads a genogram from a reader (a file, standard input) holding JSON text.
    ///
    /// ```
    /// use genogram_core::Genogram;
    /// let bytes: &[u8] = br#"{"genogram": 1, "people": [{"id": "a"}]}"#;
    /// assert!(Genogram::from_reader(bytes).is_ok());
    /// ```
    pub fn from_reader(mut reader: impl Read) -> Result<Loaded, Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes)?;
        crate::build::load_bytes(&bytes)
    }

    /// Validates records built in code (not read from text; diagnostics then have paths but no
    /// line numbers).
    ///
    /// ```
    /// use genogram_core::{Document, Genogram};
    /// let doc: Document = serde_json::from_str(r#"{"genogram": 1, "people": [{"id": "a"}]}"#)?;
    /// let g = Genogram::from_document(doc)?.genogram;
    /// assert_eq!(g.people().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_document(document: Document) -> Result<Loaded, Error> {
        crate::build::from_document(document)
    }

    /// The genogram as pretty-printed JSON in the file format; reading it back gives an equal
    /// genogram.
    ///
    /// ```
    /// use genogram_core::Genogram;
    /// let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a", "birth": "~1950"}]}"#)?.genogram;
    /// let again = Genogram::from_json(&g.to_json())?.genogram;
    /// assert_eq!(g.document(), again.document());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(&self.doc).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The records, as read.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.document().people.len(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The title, if any.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.title(), Some("Alvarez"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.doc.title.as_deref()
    }

    /// The notation hint, McGoldrick unless the file says otherwise.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.notation(), genogram_core::Notation::Mcgoldrick);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn notation(&self) -> Notation {
        self.doc.notation.unwrap_or_default()
    }

    /// The date the genogram describes, if given.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.as_of().map(|d| d.year()), Some(2026));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_of(&self) -> Option<&DateSpec> {
        self.doc.as_of.as_ref()
    }

    /// The index person, if named.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.index_person().map(|p| p.id.as_str()), Some("ana"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn index_person(&self) -> Option<&Person> {
        self.doc.index_person.as_ref().and_then(|id| self.person(id))
    }

    /// Everyone, in file order.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.people()[0].id.as_str(), "rosa");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn people(&self) -> &[Person] {
        &self.doc.people
    }

    /// Every union, in file order.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.unions()[0].partners.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unions(&self) -> &[Union] {
        &self.doc.unions
    }

    /// Every multiple birth, in file order.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert!(g.multiple_births().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn multiple_births(&self) -> &[MultipleBirth] {
        &self.doc.multiple_births
    }

    /// Every emotional relationship, in file order.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.emotional()[0].kind, genogram_core::EmotionalKind::Close);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn emotional(&self) -> &[EmotionalRelationship] {
        &self.doc.emotional
    }

    /// Every life event, in file order.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.events()[0].kind, genogram_core::EventKind::Move);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn events(&self) -> &[LifeEvent] {
        &self.doc.events
    }

    /// Every household, in file order.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.households()[0].members.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn households(&self) -> &[Household] {
        &self.doc.households
    }

    /// The person with this id.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert!(g.person(&PersonId::new("rosa")).is_some());
    /// assert!(g.person(&PersonId::new("nobody")).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn person(&self, id: &PersonId) -> Option<&Person> {
        self.person_by_id.get(id).map(|&i| &self.doc.people[i])
    }

    /// The union with this id.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.union(&"u1".into()).map(|u| u.kind), Some(genogram_core::UnionKind::Marriage));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn union(&self, id: &UnionId) -> Option<&Union> {
        self.union_by_id.get(id).map(|&i| &self.doc.unions[i])
    }

    /// The multiple birth a person belongs to, if any.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert!(g.multiple_birth_of(&PersonId::new("ana")).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn multiple_birth_of(&self, id: &PersonId) -> Option<&MultipleBirth> {
        let &i = self.person_by_id.get(id)?;
        self.multiple_birth_of[i].map(|m| &self.doc.multiple_births[m])
    }

    /// The person's parents, every link kind included, in union order then partner order.
    /// Filter on [`Parent::link`] for one kind ("the adoptive parents").
    ///
    /// ```
    /// use genogram_core::{Genogram, LinkKind, PersonId};
    /// let g = Genogram::from_json(r#"{"genogram": 1,
    ///   "people": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}, {"id": "kid"}],
    ///   "unions": [
    ///     {"id": "u1", "partners": ["a", "b"], "children": [{"person": "kid"}]},
    ///     {"id": "u2", "partners": ["c", "d"], "children": [{"person": "kid", "link": "adopted"}]}]}"#)
    ///   ?.genogram;
    /// let adoptive: Vec<&str> = g.parents(&PersonId::new("kid")).iter()
    ///     .filter(|p| p.link == LinkKind::Adopted).map(|p| p.person.id.as_str()).collect();
    /// assert_eq!(adoptive, ["c", "d"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parents(&self, id: &PersonId) -> Vec<Parent<'_>> {
        let Some(&person) = self.person_by_id.get(id) else { return Vec::new() };
        self.parent_links(person)
            .into_iter()
            .map(|(p, u, link)| Parent {
                person: &self.doc.people[p],
                union: &self.doc.unions[u],
                link,
            })
            .collect()
    }

    /// How `child` is linked to `parent` (a partner of a union the child is a child of): the
    /// per-parent kind where the union's child entry gives one (`links`), else the union's
    /// `link`. `None` when `parent` is not a parent of `child`; the first union in file order
    /// when two unions link the same pair.
    ///
    /// ```
    /// use genogram_core::{Genogram, LinkKind, PersonId};
    /// let g = Genogram::from_json(r#"{"genogram": 1,
    ///   "people": [{"id": "mum"}, {"id": "stepdad"}, {"id": "kid"}],
    ///   "unions": [{"id": "u1", "partners": ["mum", "stepdad"],
    ///     "children": [{"person": "kid", "links": {"stepdad": "adopted"}}]}]}"#)?.genogram;
    /// let kid = PersonId::new("kid");
    /// assert_eq!(g.link_kind(&kid, &PersonId::new("mum")), Some(LinkKind::Biological));
    /// assert_eq!(g.link_kind(&kid, &PersonId::new("stepdad")), Some(LinkKind::Adopted));
    /// assert_eq!(g.link_kind(&kid, &kid), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn link_kind(&self, child: &PersonId, parent: &PersonId) -> Option<LinkKind> {
        let &c = self.person_by_id.get(child)?;
        let &p = self.person_by_id.get(parent)?;
        self.parent_links(c).into_iter().find(|&(q, _, _)| q == p).map(|(_, _, link)| link)
    }

    /// The children of a union, oldest first (birth dates; the listed order where dates are
    /// missing).
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// let kids: Vec<&str> = g.union_children(&"u1".into()).iter().map(|c| c.person.id.as_str()).collect();
    /// assert_eq!(kids, ["leo", "ana"]); // born 1972 and 1975
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn union_children(&self, id: &UnionId) -> Vec<Child<'_>> {
        let Some(&u) = self.union_by_id.get(id) else { return Vec::new() };
        self.children_in(&self.doc.unions[u], None)
    }

    /// A union's children, oldest first, with their link to `parent` when given (else the
    /// union's `link`).
    fn children_in<'a>(&'a self, union: &'a Union, parent: Option<&PersonId>) -> Vec<Child<'a>> {
        let mut children: Vec<Child<'_>> = union
            .children
            .iter()
            .filter_map(|c| {
                let link = parent.map_or(c.link, |p| c.link_to(p));
                Some(Child { person: self.person(&c.person)?, union, link })
            })
            .collect();
        order_by_dates(&mut children, |c| c.person.birth.as_ref().map(DateSpec::sort_key));
        children
    }

    /// A person's children from all their unions, oldest first (birth dates; union order and
    /// listed order where dates are missing).
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.children(&PersonId::new("jon")).len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn children(&self, id: &PersonId) -> Vec<Child<'_>> {
        let mut children: Vec<Child<'_>> = self
            .unions_of(id)
            .into_iter()
            .flat_map(|union| self.children_in(union, Some(id)))
            .collect();
        order_by_dates(&mut children, |c| c.person.birth.as_ref().map(DateSpec::sort_key));
        children
    }

    /// The unions a person is a partner in, in union order: by start date where every union
    /// has one, otherwise dated unions sorted among themselves and undated ones where the file
    /// lists them.
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.unions_of(&PersonId::new("jon"))[0].id.as_str(), "u1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unions_of(&self, id: &PersonId) -> Vec<&Union> {
        match self.person_by_id.get(id) {
            Some(&p) => self.unions_of[p].iter().map(|&u| &self.doc.unions[u]).collect(),
            None => Vec::new(),
        }
    }

    /// A person's partners, in union order (single-parent unions have none).
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// assert_eq!(g.partners(&PersonId::new("jon"))[0].person.id.as_str(), "rosa");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn partners(&self, id: &PersonId) -> Vec<Partner<'_>> {
        self.unions_of(id)
            .into_iter()
            .filter_map(|union| {
                let other = union.other_partner(id)?;
                Some(Partner { person: self.person(other)?, union })
            })
            .collect()
    }

    /// A person's siblings, oldest first: full, half, step and foster siblings. Full and half
    /// siblings are judged by kin links (biological, adopted, donor-conceived, surrogacy).
    ///
    /// ```
    /// use genogram_core::{Genogram, PersonId, SiblingKind};
    /// let g = Genogram::from_json(r#"{"genogram": 1,
    ///   "people": [{"id": "dad"}, {"id": "mum1"}, {"id": "mum2"}, {"id": "a"}, {"id": "b"}],
    ///   "unions": [
    ///     {"id": "u1", "partners": ["dad", "mum1"], "children": [{"person": "a"}]},
    ///     {"id": "u2", "partners": ["dad", "mum2"], "children": [{"person": "b"}]}]}"#)
    ///   ?.genogram;
    /// let sibs = g.siblings(&PersonId::new("a"));
    /// assert_eq!((sibs[0].person.id.as_str(), sibs[0].kind), ("b", SiblingKind::Half));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn siblings(&self, id: &PersonId) -> Vec<Sibling<'_>> {
        let Some(&me) = self.person_by_id.get(id) else { return Vec::new() };
        let kin_parents = |p: usize| -> BTreeSet<usize> {
            self.parent_indices(p, Lineage::Kin).into_iter().collect()
        };
        let social_parents = |p: usize| -> BTreeSet<usize> {
            self.parent_indices(p, Lineage::Social).into_iter().collect()
        };
        let my_kin = kin_parents(me);
        let my_social = social_parents(me);
        let mut found: BTreeMap<usize, SiblingKind> = BTreeMap::new();
        for &parent in &my_social {
            for child in self.child_indices(parent, Lineage::Social) {
                if child == me {
                    continue;
                }
                let their_kin = kin_parents(child);
                let kind = if !my_kin.is_empty() && my_kin == their_kin {
                    SiblingKind::Full
                } else if !my_kin.is_disjoint(&their_kin) {
                    SiblingKind::Half
                } else {
                    SiblingKind::Foster
                };
                let entry = found.entry(child).or_insert(kind);
                *entry = (*entry).min(kind);
            }
        }
        // Step siblings: children of my parents' other partners, with no parent in common.
        for &parent in &my_social {
            for &u in &self.unions_of[parent] {
                for partner in &self.doc.unions[u].partners {
                    let Some(&step_parent) = self.person_by_id.get(partner) else { continue };
                    if my_social.contains(&step_parent) {
                        continue;
                    }
                    for child in self.child_indices(step_parent, Lineage::Social) {
                        if child != me && social_parents(child).is_disjoint(&my_social) {
                            found.entry(child).or_insert(SiblingKind::Step);
                        }
                    }
                }
            }
        }
        // Oldest first; undated last; ties by where the union lists them (never by the order
        // of people in the file), then by id.
        let listing = |p: usize| -> (usize, usize) {
            self.parent_links(p)
                .into_iter()
                .filter_map(|(_, u, _)| {
                    let position = self.doc.unions[u]
                        .children
                        .iter()
                        .position(|c| c.person == self.doc.people[p].id)?;
                    Some((u, position))
                })
                .min()
                .unwrap_or((usize::MAX, usize::MAX))
        };
        let key = |s: &Sibling<'_>| {
            let birth = s.person.birth.as_ref().map(DateSpec::sort_key);
            let p = self.person_by_id.get(&s.person.id).copied().unwrap_or(usize::MAX);
            (birth.is_none(), birth, listing(p), s.person.id.clone())
        };
        let mut siblings: Vec<Sibling<'_>> = found
            .into_iter()
            .map(|(p, kind)| Sibling { person: &self.doc.people[p], kind })
            .collect();
        siblings.sort_by_cached_key(key);
        siblings
    }

    /// Everyone a person descends from along the chosen links, nearest generation first (ties
    /// in id order).
    ///
    /// ```
    /// use genogram_core::{Genogram, Lineage, PersonId};
    /// let g = Genogram::from_json(r#"{"genogram": 1,
    ///   "people": [{"id": "gran"}, {"id": "mum"}, {"id": "me"}],
    ///   "unions": [
    ///     {"id": "u1", "partners": ["gran"], "children": [{"person": "mum"}]},
    ///     {"id": "u2", "partners": ["mum"], "children": [{"person": "me", "link": "adopted"}]}]}"#)
    ///   ?.genogram;
    /// let ids = |v: Vec<&genogram_core::Person>| v.iter().map(|p| p.id.to_string()).collect::<Vec<_>>();
    /// assert_eq!(ids(g.ancestors(&PersonId::new("me"), Lineage::Kin)), ["mum", "gran"]);
    /// assert!(g.ancestors(&PersonId::new("me"), Lineage::Biological).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ancestors(&self, id: &PersonId, lineage: Lineage) -> Vec<&Person> {
        self.walk(id, |p| self.parent_indices(p, lineage))
    }

    /// Everyone descending from a person along the chosen links, nearest generation first
    /// (ties in id order).
    ///
    /// ```
    /// # const FAMILY: &str = r#"{"genogram": 1, "title": "Alvarez", "index_person": "ana", "as_of": "2026",
    /// #   "people": [{"id": "rosa", "sex": "female", "birth": "1950"}, {"id": "jon", "sex": "male"},
    /// #              {"id": "ana", "sex": "female", "birth": "1975"}, {"id": "leo", "sex": "male", "birth": "1972"}],
    /// #   "unions": [{"id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
    /// #               "history": [{"status": "married", "date": "1970"}],
    /// #               "children": [{"person": "ana"}, {"person": "leo"}]}],
    /// #   "multiple_births": [], "emotional": [{"kind": "close", "people": ["rosa", "ana"]}],
    /// #   "events": [{"kind": "move", "date": "1990", "people": ["ana"]}],
    /// #   "households": [{"id": "h1", "members": ["rosa", "ana"]}]}"#;
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(FAMILY)?.genogram;
    /// use genogram_core::Lineage;
    /// assert_eq!(g.descendants(&PersonId::new("rosa"), Lineage::Kin).len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn descendants(&self, id: &PersonId, lineage: Lineage) -> Vec<&Person> {
        self.walk(id, |p| self.child_indices(p, lineage))
    }

    /// The generation of a person relative to the index person: 0 for the index person and
    /// their partners and siblings, −1 for parents, +1 for children. `None` without an index
    /// person or for people not connected to them.
    ///
    /// ```
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(r#"{"genogram": 1, "index_person": "me",
    ///   "people": [{"id": "mum"}, {"id": "me"}, {"id": "stranger"}],
    ///   "unions": [{"id": "u1", "partners": ["mum"], "children": [{"person": "me"}]}]}"#)
    ///   ?.genogram;
    /// assert_eq!(g.generation(&PersonId::new("mum")), Some(-1));
    /// assert_eq!(g.generation(&PersonId::new("stranger")), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn generation(&self, id: &PersonId) -> Option<i32> {
        self.person_by_id.get(id).and_then(|&i| self.generations[i])
    }

    // ----- index-level helpers used by the queries above and by kinship -----

    pub(crate) fn parent_indices(&self, person: usize, lineage: Lineage) -> Vec<usize> {
        self.parent_links(person)
            .into_iter()
            .filter(|&(_, _, link)| lineage.follows(link))
            .map(|(parent, _, _)| parent)
            .collect()
    }

    /// (parent, union, link) for each parent, in union then partner order.
    pub(crate) fn parent_links(&self, person: usize) -> Vec<(usize, usize, LinkKind)> {
        let mut links: Vec<(usize, usize)> = self
            .graph
            .edges_directed(self.person_nodes[person], Direction::Incoming)
            .filter_map(|e| match (self.graph[e.source()], *e.weight()) {
                (Node::Union(u), Edge::Child { position, .. }) => Some((u, position)),
                _ => None,
            })
            .collect();
        links.sort_by_key(|&(u, _)| u);
        let mut out = Vec::new();
        for (u, position) in links {
            let mut partners: Vec<usize> = self
                .graph
                .edges_directed(self.union_nodes[u], Direction::Incoming)
                .filter_map(|e| match self.graph[e.source()] {
                    Node::Person(p) => Some(p),
                    Node::Union(_) => None,
                })
                .collect();
            partners.sort_by_key(|&p| {
                self.doc.unions[u].partners.iter().position(|id| *id == self.doc.people[p].id)
            });
            let child = &self.doc.unions[u].children[position];
            out.extend(partners.into_iter().map(|p| (p, u, child.link_to(&self.doc.people[p].id))));
        }
        out
    }

    pub(crate) fn child_indices(&self, person: usize, lineage: Lineage) -> Vec<usize> {
        let mut out = Vec::new();
        for &u in &self.unions_of[person] {
            let mut children: Vec<(usize, usize)> = self
                .graph
                .edges_directed(self.union_nodes[u], Direction::Outgoing)
                .filter_map(|e| match (self.graph[e.target()], *e.weight()) {
                    (Node::Person(c), Edge::Child { position, .. })
                        if lineage.follows(
                            self.doc.unions[u].children[position]
                                .link_to(&self.doc.people[person].id),
                        ) =>
                    {
                        Some((position, c))
                    }
                    _ => None,
                })
                .collect();
            children.sort_unstable();
            out.extend(children.into_iter().map(|(_, c)| c));
        }
        out
    }

    pub(crate) fn index_of(&self, id: &PersonId) -> Option<usize> {
        self.person_by_id.get(id).copied()
    }

    fn walk(&self, id: &PersonId, next: impl Fn(usize) -> Vec<usize>) -> Vec<&Person> {
        let Some(&start) = self.person_by_id.get(id) else { return Vec::new() };
        let mut seen = vec![false; self.doc.people.len()];
        seen[start] = true;
        let mut out = Vec::new();
        let mut frontier = vec![start];
        while !frontier.is_empty() {
            let mut layer: Vec<usize> =
                frontier.iter().flat_map(|&p| next(p)).filter(|&p| !seen[p]).collect();
            layer.sort_by(|&a, &b| self.doc.people[a].id.cmp(&self.doc.people[b].id));
            layer.dedup();
            for &p in &layer {
                seen[p] = true;
            }
            out.extend(layer.iter().map(|&p| &self.doc.people[p]));
            frontier = layer;
        }
        out
    }
}

/// Puts dated items in date order among the positions dated items hold, leaving undated items
/// where they are; ties keep their order.
pub(crate) fn order_by_dates<T: Copy>(items: &mut [T], key: impl Fn(&T) -> Option<i64>) {
    let positions: Vec<usize> = (0..items.len()).filter(|&i| key(&items[i]).is_some()).collect();
    let mut dated: Vec<T> = positions.iter().map(|&i| items[i]).collect();
    dated.sort_by_key(|item| key(item));
    for (&i, item) in positions.iter().zip(dated) {
        items[i] = item;
    }
}

/// Generation numbers by breadth-first search from the index person: parents −1, children +1,
/// partners 0. The first number found wins when the family's structure disagrees with itself
/// (for example a marriage across generations).
pub(crate) fn compute_generations(g: &Genogram) -> Vec<Option<i32>> {
    let mut generations = vec![None; g.doc.people.len()];
    let Some(start) = g.doc.index_person.as_ref().and_then(|id| g.index_of(id)) else {
        return generations;
    };
    generations[start] = Some(0);
    let mut queue = VecDeque::from([start]);
    while let Some(p) = queue.pop_front() {
        let Some(here) = generations[p] else { continue };
        let mut next: Vec<(usize, i32)> = Vec::new();
        next.extend(g.parent_indices(p, Lineage::Social).into_iter().map(|q| (q, here - 1)));
        next.extend(g.child_indices(p, Lineage::Social).into_iter().map(|q| (q, here + 1)));
        for &u in &g.unions_of[p] {
            for partner in &g.doc.unions[u].partners {
                if let Some(q) = g.index_of(partner) {
                    next.push((q, here));
                }
            }
        }
        for (q, generation) in next {
            if generations[q].is_none() {
                generations[q] = Some(generation);
                queue.push_back(q);
            }
        }
    }
    generations
}
