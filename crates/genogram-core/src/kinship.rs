//! Kinship terms: what one person is to another ("maternal grandmother", "half-brother",
//! "first cousin once removed", "stepfather", "sister-in-law").
//!
//! Terms follow blood and legal kinship (biological, adopted, donor-conceived and surrogacy
//! links, [`Lineage::Kin`]); foster care, guardianship and step links give their own terms.
//! Words follow the relative's gender identity (else their recorded sex); without either, the
//! neutral word is used ("parent", "sibling", "parent's sibling").

use std::collections::BTreeMap;
use std::fmt;

use crate::PersonId;
use crate::genogram::{Genogram, Lineage, SiblingKind};
use crate::model::{Gender, LinkKind, UnionKind, UnionStatus};

/// What one person is to another.
///
/// ```
/// use genogram_core::{Genogram, PersonId, Relation, Side};
/// let g = Genogram::from_json(r#"{"genogram": 1,
///   "people": [{"id": "gran", "sex": "female"}, {"id": "mum", "sex": "female"}, {"id": "me"}],
///   "unions": [
///     {"id": "u1", "partners": ["gran"], "children": [{"person": "mum"}]},
///     {"id": "u2", "partners": ["mum"], "children": [{"person": "me"}]}]}"#)?.genogram;
/// let k = g.kinship(&PersonId::new("me"), &PersonId::new("gran")).ok_or("no kinship")?;
/// assert_eq!(k.to_string(), "maternal grandmother");
/// assert_eq!(k.relation, Relation::Ancestor { generations: 2, side: Some(Side::Maternal) });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kinship {
    /// The relation, structurally.
    pub relation: Relation,
    term: String,
}

impl Kinship {
    /// The kinship term, in English ("maternal grandmother").
    ///
    /// ```
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "mum", "sex": "female"}, {"id": "me"}],
    ///   "unions": [{"id": "u1", "partners": ["mum"], "children": [{"person": "me"}]}]}"#)?.genogram;
    /// let k = g.kinship(&PersonId::new("me"), &PersonId::new("mum")).ok_or("no kinship")?;
    /// assert_eq!(k.term(), "mother");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn term(&self) -> &str {
        &self.term
    }
}

impl fmt::Display for Kinship {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.term)
    }
}

/// The side of the family a relative is on, from the person's point of view.
///
/// ```
/// use genogram_core::{Genogram, PersonId};
/// let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "mum", "sex": "female"}, {"id": "me"}],
///   "unions": [{"id": "u1", "partners": ["mum"], "children": [{"person": "me"}]}]}"#)?.genogram;
/// let k = g.kinship(&PersonId::new("me"), &PersonId::new("mum")).ok_or("no kinship")?;
/// let gran = genogram_core::Relation::Ancestor { generations: 2, side: Some(genogram_core::Side::Maternal) };
/// assert_ne!(k.relation, gran);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    /// Through the mother.
    Maternal,
    /// Through the father.
    Paternal,
}

/// A kinship relation, structurally: what the relative is to the person.
///
/// ```
/// use genogram_core::{Genogram, PersonId};
/// let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "mum", "sex": "female"}, {"id": "me"}],
///   "unions": [{"id": "u1", "partners": ["mum"], "children": [{"person": "me"}]}]}"#)?.genogram;
/// let k = g.kinship(&PersonId::new("me"), &PersonId::new("mum")).ok_or("no kinship")?;
/// assert_eq!(k.relation, genogram_core::Relation::Parent { link: genogram_core::LinkKind::Biological });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Relation {
    /// The same person.
    SamePerson,
    /// A partner; `former` after divorce, separation or an ended relationship.
    Partner {
        /// Whether the union has ended.
        former: bool,
    },
    /// A parent, by the given link.
    Parent {
        /// How the person is linked to the relative's union.
        link: LinkKind,
    },
    /// A child, by the given link.
    Child {
        /// How the relative is linked to the person's union.
        link: LinkKind,
    },
    /// A sibling.
    Sibling {
        /// Full, half, step or foster.
        kind: SiblingKind,
    },
    /// A parent's partner who is not a parent.
    StepParent,
    /// A partner's child who is not one's own.
    StepChild,
    /// A grandparent (2 generations up) or further ancestor.
    Ancestor {
        /// Generations up (2 for a grandparent).
        generations: u32,
        /// Maternal or paternal, when one side only.
        side: Option<Side>,
    },
    /// A grandchild (2 generations down) or further descendant.
    Descendant {
        /// Generations down (2 for a grandchild).
        generations: u32,
    },
    /// An aunt or uncle (1), great-aunt or great-uncle (2), and so on.
    ParentsSibling {
        /// 1 for an aunt or uncle, 2 for a great-aunt or great-uncle.
        generations: u32,
        /// Maternal or paternal, when one side only.
        side: Option<Side>,
    },
    /// A niece or nephew (1), great-niece or great-nephew (2), and so on.
    SiblingsDescendant {
        /// 1 for a niece or nephew.
        generations: u32,
    },
    /// A cousin.
    Cousin {
        /// 1 for first cousins.
        degree: u32,
        /// Generations apart ("once removed").
        removed: u32,
    },
    /// A partner's parent.
    ParentInLaw,
    /// A child's partner.
    ChildInLaw,
    /// A partner's sibling or a sibling's partner.
    SiblingInLaw,
    /// Another relative by marriage: a partner's relative, or a relative's partner.
    ByMarriage,
}

/// Ordinals for cousin degrees and great- counts.
fn ordinal(n: u32) -> String {
    const WORDS: [&str; 10] = [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth",
    ];
    match WORDS.get(n as usize) {
        Some(w) => (*w).to_owned(),
        None => {
            let suffix = match (n % 10, n % 100) {
                (1, x) if x != 11 => "st",
                (2, x) if x != 12 => "nd",
                (3, x) if x != 13 => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
    }
}

fn greats(count: u32) -> String {
    match count {
        0 => String::new(),
        1 => "great-".to_owned(),
        2 => "great-great-".to_owned(),
        n => format!("{} great-", ordinal_short(n)),
    }
}

fn ordinal_short(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, x) if x != 11 => "st",
        (2, x) if x != 12 => "nd",
        (3, x) if x != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn gendered(gender: Gender, female: &str, male: &str, neutral: &str) -> String {
    match gender {
        Gender::Woman => female,
        Gender::Man => male,
        _ => neutral,
    }
    .to_owned()
}

fn side_prefix(side: Option<Side>) -> &'static str {
    match side {
        Some(Side::Maternal) => "maternal ",
        Some(Side::Paternal) => "paternal ",
        None => "",
    }
}

impl Relation {
    /// The English term for this relation, for a relative of the given gender.
    fn term(&self, gender: Gender) -> String {
        let g = |f: &str, m: &str, n: &str| gendered(gender, f, m, n);
        match self {
            Relation::SamePerson => "self".to_owned(),
            Relation::Partner { former: false } => g("wife", "husband", "spouse"),
            Relation::Partner { former: true } => g("ex-wife", "ex-husband", "former spouse"),
            Relation::Parent { link } => {
                let base = g("mother", "father", "parent");
                match link {
                    LinkKind::Adopted => format!("adoptive {base}"),
                    LinkKind::Foster => format!("foster {base}"),
                    LinkKind::Step => format!("step{base}"),
                    LinkKind::Guardianship => "guardian".to_owned(),
                    _ => base,
                }
            }
            Relation::Child { link } => {
                let base = g("daughter", "son", "child");
                match link {
                    LinkKind::Adopted => format!("adopted {base}"),
                    LinkKind::Foster => format!("foster {base}"),
                    LinkKind::Step => format!("step{base}"),
                    LinkKind::Guardianship => "ward".to_owned(),
                    _ => base,
                }
            }
            Relation::Sibling { kind } => {
                let base = g("sister", "brother", "sibling");
                match kind {
                    SiblingKind::Full => base,
                    SiblingKind::Half => format!("half-{base}"),
                    SiblingKind::Step => format!("step{base}"),
                    SiblingKind::Foster => format!("foster {base}"),
                }
            }
            Relation::StepParent => g("stepmother", "stepfather", "stepparent"),
            Relation::StepChild => g("stepdaughter", "stepson", "stepchild"),
            Relation::Ancestor { generations, side } => format!(
                "{}{}{}",
                side_prefix(*side),
                greats(generations.saturating_sub(2)),
                g("grandmother", "grandfather", "grandparent")
            ),
            Relation::Descendant { generations } => format!(
                "{}{}",
                greats(generations.saturating_sub(2)),
                g("granddaughter", "grandson", "grandchild")
            ),
            Relation::ParentsSibling { generations, side } => match (gender, generations, side) {
                (Gender::Woman | Gender::Man, _, _) => format!(
                    "{}{}{}",
                    side_prefix(*side),
                    greats(generations - 1),
                    g("aunt", "uncle", "")
                ),
                (_, 1, Some(Side::Maternal)) => "mother's sibling".to_owned(),
                (_, 1, Some(Side::Paternal)) => "father's sibling".to_owned(),
                (_, 1, None) => "parent's sibling".to_owned(),
                (_, n, _) => {
                    format!("{}{}grandparent's sibling", side_prefix(*side), greats(n - 2))
                }
            },
            Relation::SiblingsDescendant { generations } => match (gender, generations) {
                (Gender::Woman | Gender::Man, _) => {
                    format!("{}{}", greats(generations - 1), g("niece", "nephew", ""))
                }
                (_, 1) => "sibling's child".to_owned(),
                (_, n) => format!("sibling's {}grandchild", greats(n - 2)),
            },
            Relation::Cousin { degree, removed } => {
                let removed = match removed {
                    0 => String::new(),
                    1 => " once removed".to_owned(),
                    2 => " twice removed".to_owned(),
                    n => format!(" {n} times removed"),
                };
                format!("{} cousin{removed}", ordinal(*degree))
            }
            Relation::ParentInLaw => g("mother-in-law", "father-in-law", "parent-in-law"),
            Relation::ChildInLaw => g("daughter-in-law", "son-in-law", "child-in-law"),
            Relation::SiblingInLaw => g("sister-in-law", "brother-in-law", "sibling-in-law"),
            Relation::ByMarriage => "relative by marriage".to_owned(),
        }
    }
}

impl Genogram {
    /// What `relative` is to `person`: `kinship(me, gran)` is "maternal grandmother".
    ///
    /// Returns `None` when either id is unknown or no kinship is recorded between them. Where
    /// several relations hold (a cousin who is also a spouse), the closest is named: self,
    /// partner, parent or child, sibling, step-relations, blood kin, then in-laws.
    ///
    /// ```
    /// use genogram_core::{Genogram, PersonId};
    /// let g = Genogram::from_json(r#"{"genogram": 1,
    ///   "people": [{"id": "mum", "sex": "female"}, {"id": "stepdad", "sex": "male"}, {"id": "me"}],
    ///   "unions": [
    ///     {"id": "u1", "partners": ["mum"], "children": [{"person": "me"}]},
    ///     {"id": "u2", "partners": ["mum", "stepdad"], "kind": "marriage"}]}"#)?.genogram;
    /// assert_eq!(g.kinship(&PersonId::new("me"), &PersonId::new("stepdad")).ok_or("no kinship")?.term(), "stepfather");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kinship(&self, person: &PersonId, relative: &PersonId) -> Option<Kinship> {
        let ego = self.index_of(person)?;
        let alter = self.index_of(relative)?;
        self.direct_kinship(ego, alter).or_else(|| {
            let term = self.by_marriage_term(ego, alter)?;
            Some(Kinship { relation: Relation::ByMarriage, term })
        })
    }

    /// Kinship without the "relative's relative" fallback.
    fn direct_kinship(&self, ego: usize, alter: usize) -> Option<Kinship> {
        let relation = self.relation(ego, alter)?;
        let mut term = relation.term(self.people()[alter].kinship_gender());
        if let Relation::Partner { former } = relation {
            term = self.partner_term(ego, alter, former, &term);
        }
        // With adoptive parents in the picture, the biological ones are the birth parents.
        if relation == (Relation::Parent { link: LinkKind::Biological })
            && self.parent_links(ego).iter().any(|&(_, _, link)| link == LinkKind::Adopted)
        {
            term = format!("birth {term}");
        }
        if let Relation::Sibling { kind: SiblingKind::Full } = relation {
            let twins = self.multiple_birth_of[ego].is_some()
                && self.multiple_birth_of[ego] == self.multiple_birth_of[alter];
            if twins {
                term = format!("twin {term}");
            }
        }
        Some(Kinship { relation, term })
    }

    fn partner_term(&self, ego: usize, alter: usize, former: bool, married_term: &str) -> String {
        let ego_id = &self.people()[ego].id;
        let alter_id = &self.people()[alter].id;
        let union =
            self.unions_of(ego_id).into_iter().rev().find(|u| u.partners.contains(alter_id));
        let married = union.is_some_and(|u| {
            matches!(u.kind, UnionKind::Marriage | UnionKind::CivilUnion)
                || u.history.iter().any(|c| c.status == UnionStatus::Married)
        });
        if married {
            let widowed = union.is_some_and(|u| u.current_status() == Some(UnionStatus::Widowed));
            if widowed && self.people()[alter].is_deceased() {
                return format!("late {married_term}");
            }
            return married_term.to_owned();
        }
        if former { "former partner".to_owned() } else { "partner".to_owned() }
    }

    /// The closest relation of `alter` to `ego`, without the words.
    fn relation(&self, ego: usize, alter: usize) -> Option<Relation> {
        if ego == alter {
            return Some(Relation::SamePerson);
        }
        let people = self.people();
        let ego_id = &people[ego].id;
        let alter_id = &people[alter].id;
        // Partners: the most recent union between them decides "former".
        if let Some(partner) =
            self.partners(ego_id).into_iter().rev().find(|p| p.person.id == *alter_id)
        {
            return Some(Relation::Partner {
                former: partner.union.has_ended()
                    && partner.union.current_status() != Some(UnionStatus::Widowed),
            });
        }
        // Parents and children, kin links preferred over foster, guardianship and step.
        let link_rank = |l: LinkKind| (!l.is_kin(), l);
        if let Some(link) = self
            .parent_links(ego)
            .into_iter()
            .filter(|&(p, _, _)| p == alter)
            .map(|(_, _, l)| l)
            .min_by_key(|&l| link_rank(l))
        {
            return Some(Relation::Parent { link });
        }
        if let Some(link) = self
            .parent_links(alter)
            .into_iter()
            .filter(|&(p, _, _)| p == ego)
            .map(|(_, _, l)| l)
            .min_by_key(|&l| link_rank(l))
        {
            return Some(Relation::Child { link });
        }
        if let Some(sibling) = self.siblings(ego_id).into_iter().find(|s| s.person.id == *alter_id)
        {
            return Some(Relation::Sibling { kind: sibling.kind });
        }
        let kin_parents = self.parent_indices(ego, Lineage::Kin);
        let is_partner_of = |a: usize, b: usize| {
            self.partners(&people[a].id).iter().any(|p| p.person.id == people[b].id)
        };
        if kin_parents.iter().any(|&p| is_partner_of(p, alter)) {
            return Some(Relation::StepParent);
        }
        if self.parent_indices(alter, Lineage::Kin).iter().any(|&p| is_partner_of(p, ego)) {
            return Some(Relation::StepChild);
        }
        if let Some(relation) = self.blood_relation(ego, alter) {
            return Some(relation);
        }
        // In-laws.
        let partners: Vec<usize> =
            self.partners(ego_id).iter().filter_map(|p| self.index_of(&p.person.id)).collect();
        if partners.iter().any(|&p| self.parent_indices(p, Lineage::Kin).contains(&alter)) {
            return Some(Relation::ParentInLaw);
        }
        if self.child_indices(ego, Lineage::Kin).into_iter().any(|c| is_partner_of(c, alter)) {
            return Some(Relation::ChildInLaw);
        }
        let full_or_half = |p: usize, q: usize| {
            self.siblings(&people[p].id).iter().any(|s| {
                s.person.id == people[q].id
                    && matches!(s.kind, SiblingKind::Full | SiblingKind::Half)
            })
        };
        if partners.iter().any(|&p| full_or_half(p, alter))
            || self.siblings(ego_id).iter().any(|s| {
                matches!(s.kind, SiblingKind::Full | SiblingKind::Half)
                    && self.index_of(&s.person.id).is_some_and(|sib| is_partner_of(sib, alter))
            })
        {
            return Some(Relation::SiblingInLaw);
        }
        None
    }

    /// A relative's relative, for people with no direct term: a partner's blood relative
    /// ("husband's grandmother"), a blood relative's partner ("maternal uncle's wife"), or the
    /// relative of a parent, partner, sibling or child ("stepfather's father").
    fn by_marriage_term(&self, ego: usize, alter: usize) -> Option<String> {
        let people = self.people();
        let term_of = |a: usize, b: usize| self.direct_kinship(a, b).map(|k| k.term);
        let partners = |p: usize| -> Vec<usize> {
            self.partners(&people[p].id)
                .iter()
                .filter_map(|q| self.index_of(&q.person.id))
                .collect()
        };
        for p in partners(ego) {
            if let Some(relation) = self.blood_relation(p, alter) {
                let relative = relation.term(people[alter].kinship_gender());
                return Some(format!("{}'s {relative}", term_of(ego, p)?));
            }
        }
        for p in partners(alter) {
            if let Some(relation) = self.blood_relation(ego, p) {
                let kin = relation.term(people[p].kinship_gender());
                return Some(format!("{kin}'s {}", term_of(p, alter)?));
            }
        }
        // Step-parents first: in remarried families "stepfather's father" is the natural
        // reading, where "mother's father-in-law" is a puzzle.
        let mut via: Vec<usize> = Vec::new();
        let parents = self.parent_indices(ego, Lineage::Kin);
        for &parent in &parents {
            via.extend(partners(parent).into_iter().filter(|q| *q != ego && !parents.contains(q)));
        }
        via.extend(partners(ego));
        via.extend(self.parent_links(ego).into_iter().map(|(p, _, _)| p));
        via.extend(
            self.siblings(&people[ego].id).iter().filter_map(|s| self.index_of(&s.person.id)),
        );
        via.extend(self.child_indices(ego, Lineage::Social));
        for x in via.into_iter().filter(|&x| x != alter) {
            if let (Some(first), Some(second)) = (term_of(ego, x), term_of(x, alter)) {
                return Some(format!("{first}'s {second}"));
            }
        }
        None
    }

    /// Blood (and legal) kinship through a common ancestor: parents, grandparents, aunts,
    /// cousins and the rest.
    fn blood_relation(&self, ego: usize, alter: usize) -> Option<Relation> {
        let up_from_ego = self.ancestor_distances(ego);
        let up_from_alter = self.ancestor_distances(alter);
        // The closest common ancestor; ties go to the smaller id, never to file order.
        let (_, m, n, side) = up_from_ego
            .iter()
            .filter_map(|(&ancestor, &(m, side))| {
                let &(n, _) = up_from_alter.get(&ancestor)?;
                Some(((m + n, m.max(n), &self.people()[ancestor].id), m, n, side))
            })
            .min_by(|a, b| a.0.cmp(&b.0))?;
        Some(match (m, n) {
            (0, 0) => Relation::SamePerson,
            (0, 1) => Relation::Child { link: LinkKind::Biological },
            (0, n) => Relation::Descendant { generations: n },
            (1, 0) => Relation::Parent { link: LinkKind::Biological },
            (m, 0) => Relation::Ancestor { generations: m, side },
            (1, 1) => {
                let kind = self
                    .siblings(&self.people()[ego].id)
                    .into_iter()
                    .find(|s| s.person.id == self.people()[alter].id)
                    .map_or(SiblingKind::Half, |s| s.kind);
                Relation::Sibling { kind }
            }
            (1, n) => Relation::SiblingsDescendant { generations: n - 1 },
            (m, 1) => Relation::ParentsSibling { generations: m - 1, side },
            (m, n) => Relation::Cousin { degree: m.min(n) - 1, removed: m.abs_diff(n) },
        })
    }

    /// Every kin ancestor of a person (the person included, at 0) with the fewest generations up
    /// and the side of the family, when all shortest paths go through one parent of one sex.
    fn ancestor_distances(&self, person: usize) -> BTreeMap<usize, (u32, Option<Side>)> {
        let mut found: BTreeMap<usize, (u32, Option<Side>)> = BTreeMap::new();
        found.insert(person, (0, None));
        let mut frontier: Vec<(usize, Option<Side>)> = Vec::new();
        for parent in self.parent_indices(person, Lineage::Kin) {
            let side = match self.people()[parent].kinship_gender() {
                Gender::Woman => Some(Side::Maternal),
                Gender::Man => Some(Side::Paternal),
                _ => None,
            };
            frontier.push((parent, side));
        }
        let mut depth = 1;
        while !frontier.is_empty() {
            let mut next = Vec::new();
            // Reached through both parents at the same depth (consanguinity): no single side.
            let mut layer: BTreeMap<usize, Option<Side>> = BTreeMap::new();
            for (p, side) in frontier {
                if found.contains_key(&p) {
                    continue;
                }
                layer
                    .entry(p)
                    .and_modify(|s| {
                        if *s != side {
                            *s = None
                        }
                    })
                    .or_insert(side);
            }
            for (p, side) in layer {
                found.insert(p, (depth, side));
                for parent in self.parent_indices(p, Lineage::Kin) {
                    if !found.contains_key(&parent) {
                        next.push((parent, side));
                    }
                }
            }
            frontier = next;
            depth += 1;
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_and_greats_read_naturally() {
        assert_eq!(ordinal(2), "second");
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(22), "22nd");
        assert_eq!(greats(3), "3rd great-");
        assert_eq!(
            Relation::Ancestor { generations: 4, side: None }.term(Gender::Woman),
            "great-great-grandmother"
        );
        assert_eq!(
            Relation::Cousin { degree: 2, removed: 3 }.term(Gender::Unknown),
            "second cousin 3 times removed"
        );
        assert_eq!(
            Relation::ParentsSibling { generations: 2, side: Some(Side::Paternal) }
                .term(Gender::Unknown),
            "paternal grandparent's sibling"
        );
    }
}
