//! Focus views: the part of a big family around one person, as a genogram of its own.
//!
//! A therapist draws three or four generations around the person who came for help, not an
//! imported tree of thousands. [`Focus`] says whose family and how far up and down;
//! [`Genogram::focus`] keeps those people, every partner of each (a couple is never drawn
//! half, so a partner's other partners come too), and only the unions, relationships, events, households and multiple births among them.

use std::collections::{BTreeSet, VecDeque};

use crate::error::Error;
use crate::genogram::Genogram;
use crate::id::PersonId;

/// Which part of a family to keep: the generations `up` and `down` from `person`, and, when
/// `collateral` is set, the siblings, aunts, uncles, cousins, nieces and nephews within the same
/// generations.
///
/// ```
/// use genogram_core::{Focus, PersonId};
/// let focus = Focus::new(PersonId::new("ana"));
/// assert_eq!((focus.up, focus.down, focus.collateral), (2, 1, true));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Focus {
    /// The person at the centre.
    pub person: PersonId,
    /// Generations of ancestors to keep (parents are 1, grandparents 2).
    pub up: u32,
    /// Generations of descendants to keep (children are 1).
    pub down: u32,
    /// Keep the ancestors' other descendants within the kept generations.
    pub collateral: bool,
}

impl Focus {
    /// The usual three-generation view of genogram practice: grandparents to children, with
    /// siblings, aunts, uncles and cousins.
    ///
    /// ```
    /// let focus = genogram_core::Focus::new("ana".into());
    /// assert_eq!(focus.person.as_str(), "ana");
    /// ```
    pub fn new(person: PersonId) -> Self {
        Focus { person, up: 2, down: 1, collateral: true }
    }
}

impl Genogram {
    /// The genogram around one person: see [`Focus`]. Everyone kept keeps their place in the
    /// family; links to people left out are dropped, so a kept person whose parents are out of
    /// view is drawn without parents. The index person stays only if kept.
    ///
    /// ```
    /// use genogram_core::{Focus, Genogram, PersonId};
    /// let g = Genogram::from_json(r#"{"genogram": 1,
    ///   "people": [{"id": "great"}, {"id": "gran"}, {"id": "mum"}, {"id": "dad"}, {"id": "me"}],
    ///   "unions": [
    ///     {"id": "u0", "partners": ["great"], "children": [{"person": "gran"}]},
    ///     {"id": "u1", "partners": ["gran"], "children": [{"person": "mum"}]},
    ///     {"id": "u2", "partners": ["mum", "dad"], "children": [{"person": "me"}]}]}"#)?.genogram;
    /// let view = g.focus(&Focus { up: 1, ..Focus::new(PersonId::new("me")) })?;
    /// let ids: Vec<&str> = view.people().iter().map(|p| p.id.as_str()).collect();
    /// assert_eq!(ids, ["mum", "dad", "me"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn focus(&self, focus: &Focus) -> Result<Genogram, Error> {
        if self.person(&focus.person).is_none() {
            return Err(Error::UnknownPerson(focus.person.clone()));
        }
        let keep = self.focus_people(focus);
        let kept = |id: &PersonId| keep.contains(id);
        let mut doc = self.document().clone();
        doc.people.retain(|p| kept(&p.id));
        // A union left with no partner says nothing the drawing can show.
        doc.unions.retain_mut(|u| {
            u.partners.retain(kept);
            u.children.retain(|c| kept(&c.person));
            let partners = u.partners.clone();
            for c in &mut u.children {
                c.links.retain(|p, _| partners.contains(p)); // links to partners left out go too
            }
            !u.partners.is_empty()
        });
        doc.multiple_births.retain_mut(|m| {
            m.members.retain(kept);
            m.members.len() >= 2
        });
        doc.emotional
            .retain(|e| e.people.iter().all(kept) && e.reported_by.as_ref().is_none_or(kept));
        doc.events.retain_mut(|e| {
            let had_people = !e.people.is_empty();
            e.people.retain(kept);
            !had_people || !e.people.is_empty()
        });
        doc.households.retain_mut(|h| {
            h.members.retain(kept);
            !h.members.is_empty()
        });
        if doc.index_person.as_ref().is_some_and(|ip| !kept(ip)) {
            doc.index_person = None;
        }
        Genogram::from_document(doc).map(|loaded| loaded.genogram)
    }

    /// The ids a focus keeps.
    fn focus_people(&self, focus: &Focus) -> BTreeSet<PersonId> {
        let mut keep: BTreeSet<PersonId> = BTreeSet::new();
        keep.insert(focus.person.clone());
        let parents = |g: &Genogram, id: &PersonId| -> Vec<PersonId> {
            g.parents(id).iter().map(|p| p.person.id.clone()).collect()
        };
        let children = |g: &Genogram, id: &PersonId| -> Vec<PersonId> {
            g.children(id).iter().map(|c| c.person.id.clone()).collect()
        };
        let ancestors = self.within(&focus.person, focus.up, parents);
        keep.extend(ancestors.iter().map(|(id, _)| id.clone()));
        keep.extend(self.within(&focus.person, focus.down, children).into_iter().map(|(id, _)| id));
        if focus.collateral {
            for (id, depth) in &ancestors {
                let below = self.within(id, depth + focus.down, children);
                keep.extend(below.into_iter().map(|(id, _)| id));
            }
        }
        // Every union of a kept person is drawn whole: partners, their other partners, and so on
        // along a chain of remarriages (never their children or parents).
        let mut queue: Vec<PersonId> = keep.iter().cloned().collect();
        while let Some(id) = queue.pop() {
            for partner in self.partners(&id) {
                if keep.insert(partner.person.id.clone()) {
                    queue.push(partner.person.id.clone());
                }
            }
        }
        keep
    }

    /// Everyone at most `generations` steps from a person along `step` (parents or children,
    /// through any link), each with its distance, nearest first.
    fn within(
        &self,
        id: &PersonId,
        generations: u32,
        step: impl Fn(&Genogram, &PersonId) -> Vec<PersonId>,
    ) -> Vec<(PersonId, u32)> {
        let mut out = Vec::new();
        let mut seen: BTreeSet<PersonId> = BTreeSet::from([id.clone()]);
        let mut queue = VecDeque::from([(id.clone(), 0u32)]);
        while let Some((id, depth)) = queue.pop_front() {
            if depth == generations {
                continue;
            }
            for next in step(self, &id) {
                if seen.insert(next.clone()) {
                    out.push((next.clone(), depth + 1));
                    queue.push_back((next, depth + 1));
                }
            }
        }
        out
    }
}
