//! What every detector needs, computed once per family: people by index in id order, parents,
//! children and partners, sibships in birth order, emotional relationships with their valence and
//! time span, generations and the family chronology.

use std::collections::{BTreeMap, VecDeque};

use super::finding::{ConditionRef, Finding, Member, Overlay, Strength, Visual};
use super::registry;
use super::{Evidence, PatternConfig};
use crate::model::{
    ConditionCategory, ConditionStatus, EmotionalKind, EventKind, LinkKind, Person, UnionStatus,
    Valence,
};
use crate::{DateSpec, DayNumber, Genogram};

/// Days in an average year and month, for windows given in years and months.
pub(crate) const YEAR_DAYS: f64 = 365.2425;
pub(crate) const MONTH_DAYS: f64 = YEAR_DAYS / 12.0;

/// An emotional relationship with its ends resolved to person indices.
#[derive(Clone, Debug)]
pub(crate) struct Tie {
    /// Index in the file's `emotional` array.
    pub(crate) index: usize,
    /// The source (for directed kinds) or first person.
    pub(crate) a: usize,
    /// The target (for directed kinds) or second person.
    pub(crate) b: usize,
    pub(crate) kind: EmotionalKind,
    pub(crate) valence: Valence,
    pub(crate) directed: bool,
    /// First and last day it may have held; open ends are unbounded.
    pub(crate) from: DayNumber,
    pub(crate) to: DayNumber,
    /// It has a recorded start.
    pub(crate) start: Option<DayNumber>,
    /// It holds on the reference day ("today").
    pub(crate) current: bool,
    /// No end is recorded, and it lasted until one of its people died (a cutoff never
    /// repaired): no longer current, but not over either.
    pub(crate) until_death: bool,
}

impl Tie {
    /// Current, or held until a death: what a cutoff or fusion "is" in a family's history.
    pub(crate) fn lasting(&self) -> bool {
        self.current || self.until_death
    }
}

impl Tie {
    pub(crate) fn other(&self, p: usize) -> usize {
        if self.a == p { self.b } else { self.a }
    }
    pub(crate) fn tense(&self) -> bool {
        matches!(
            self.valence,
            Valence::Negative
                | Valence::Ambivalent
                | Valence::Distant
                | Valence::Cutoff
                | Valence::Abuse
                | Valence::Control
        )
    }
    pub(crate) fn bonded(&self) -> bool {
        matches!(self.valence, Valence::Positive | Valence::Overinvolved | Valence::Ambivalent)
    }
    /// Directed from `p` (or undirected and touching `p`).
    pub(crate) fn goes_from(&self, p: usize) -> bool {
        if self.directed { self.a == p } else { self.a == p || self.b == p }
    }
    /// Abuse, neglect or violence of any kind (T10's relationships).
    pub(crate) fn is_harm(&self) -> bool {
        self.valence == Valence::Abuse
            || matches!(
                self.kind,
                EmotionalKind::Violence
                    | EmotionalKind::DistantViolence
                    | EmotionalKind::CloseViolence
                    | EmotionalKind::FusedViolence
            )
    }

    /// Focused on (positively or negatively) from `a` to `b`.
    pub(crate) fn is_focus(&self) -> bool {
        matches!(self.kind, EmotionalKind::FocusedOn | EmotionalKind::FocusedOnNegatively)
    }
}

/// What happened at a moment of the chronology.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum MomentKind {
    Birth,
    Death,
    UnionStart,
    Separation,
    Divorce,
    Widowed,
    UnionOther,
    Event(EventKind),
    Onset,
    RelationshipStart,
}

impl MomentKind {
    /// A nodal event: one that changes who is in the family or how it works (LC6, E1, E9).
    pub(crate) fn is_nodal(self) -> bool {
        !matches!(
            self,
            MomentKind::UnionOther
                | MomentKind::RelationshipStart
                | MomentKind::Event(EventKind::Other)
        )
    }
}

/// Where a moment comes from, so findings can be linked to it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Source {
    Birth(usize),
    Death(usize),
    Union(usize, usize),
    Event(usize),
    Onset(usize, usize),
    Relationship(usize),
}

/// One dated fact of the family chronology.
#[derive(Clone, Debug)]
pub(crate) struct Moment {
    /// The middle of the days the date can mean (the sort key).
    pub(crate) day: DayNumber,
    /// The first and last day the date can mean: a year-only date spans its whole year, so
    /// windows widen with imprecise dates (spec §4.0).
    pub(crate) lo: DayNumber,
    pub(crate) hi: DayNumber,
    pub(crate) date: DateSpec,
    pub(crate) kind: MomentKind,
    pub(crate) people: Vec<usize>,
    pub(crate) source: Source,
}

impl Moment {
    /// The days the moment's date can mean.
    pub(crate) fn span(&self) -> super::time::Span {
        super::time::Span { lo: self.lo, hi: self.hi, mid: self.day }
    }

    /// The two moments can be `days` or fewer apart, in either order.
    pub(crate) fn within(&self, other: &Moment, days: i64) -> bool {
        (other.lo - self.hi).max(self.lo - other.hi) <= days
    }

    /// The two moments are `days` or fewer apart taking each date at its middle: the match
    /// does not rest on a date's imprecision.
    pub(crate) fn surely_within(&self, other: &Moment, days: i64) -> bool {
        (self.day - other.day).abs() <= days
    }

    /// This moment can come after `earlier` (or on the same day), by `days` or fewer.
    pub(crate) fn follows_within(&self, earlier: &Moment, days: i64) -> bool {
        self.hi >= earlier.lo && self.lo - earlier.hi <= days
    }
}

/// Everything the detectors share.
pub(crate) struct Context<'g> {
    pub(crate) g: &'g Genogram,
    pub(crate) config: &'g PatternConfig,
    pub(crate) people: &'g [Person],
    /// Person indices in id order: detectors iterate in this order so findings never depend on
    /// the order of people in the file.
    pub(crate) by_id: Vec<usize>,
    /// Each person's position in `by_id`: comparing ranks orders people by id without
    /// comparing strings.
    pub(crate) rank: Vec<usize>,
    /// Each person's full and half siblings by kin links, by id (computed once).
    sibling_lists: Vec<Vec<usize>>,
    /// The reference day ("today").
    pub(crate) today: DayNumber,
    pub(crate) ip: Option<usize>,
    pub(crate) generation: Vec<i32>,
    /// Social parents: (parent, union, link).
    pub(crate) parents: Vec<Vec<(usize, usize, LinkKind)>>,
    /// Social children: (child, union, link), in birth order per union.
    pub(crate) children: Vec<Vec<(usize, usize, LinkKind)>>,
    /// (partner, union) for each person; a one-person union gives no partner.
    pub(crate) partners: Vec<Vec<(usize, usize)>>,
    pub(crate) unions_of: Vec<Vec<usize>>,
    pub(crate) union_partners: Vec<Vec<usize>>,
    /// Each union's children in birth order, with the link.
    pub(crate) union_children: Vec<Vec<(usize, LinkKind)>>,
    pub(crate) ties: Vec<Tie>,
    pub(crate) ties_of: Vec<Vec<usize>>,
    pub(crate) pair_ties: BTreeMap<(usize, usize), Vec<usize>>,
    pub(crate) external: Vec<bool>,
    pub(crate) timeline: Vec<Moment>,
    pub(crate) person_moments: Vec<Vec<usize>>,
    /// The triangles of T1–T6, computed on first use.
    pub(crate) triangles: std::sync::OnceLock<Vec<super::triangles::Hit>>,
    /// Each person's conditions classified by the condition vocabulary, on first use.
    condition_kinds: std::sync::OnceLock<Vec<Vec<super::conditions::Kind>>>,
}

fn pair(a: usize, b: usize) -> (usize, usize) {
    if a < b { (a, b) } else { (b, a) }
}

impl<'g> Context<'g> {
    pub(crate) fn new(g: &'g Genogram, config: &'g PatternConfig) -> Self {
        let people = g.people();
        let n = people.len();
        let mut by_id: Vec<usize> = (0..n).collect();
        by_id.sort_by(|&a, &b| people[a].id.cmp(&people[b].id));
        let mut rank = vec![0; n];
        for (r, &p) in by_id.iter().enumerate() {
            rank[p] = r;
        }
        let ip = g.index_person().and_then(|p| g.index_of(&p.id));

        let union_partners: Vec<Vec<usize>> = g
            .unions()
            .iter()
            .map(|u| u.partners.iter().filter_map(|p| g.index_of(p)).collect())
            .collect();
        // Each union's children in birth order, undated children keeping their listed place
        // (the same order as `Genogram::union_children`).
        let union_children: Vec<Vec<(usize, LinkKind)>> = g
            .unions()
            .iter()
            .map(|u| {
                let mut kids: Vec<(usize, LinkKind)> = u
                    .children
                    .iter()
                    .filter_map(|c| Some((g.index_of(&c.person)?, c.link)))
                    .collect();
                crate::genogram::order_by_dates(&mut kids, |&(c, _)| {
                    people[c].birth.as_ref().map(DateSpec::sort_key)
                });
                kids
            })
            .collect();
        // Per-parent link kinds (a stepparent adoption), by (union, child).
        let per_parent: BTreeMap<(usize, usize), &BTreeMap<crate::PersonId, LinkKind>> = g
            .unions()
            .iter()
            .enumerate()
            .flat_map(|(u, union)| {
                union
                    .children
                    .iter()
                    .filter(|c| !c.links.is_empty())
                    .filter_map(move |c| Some(((u, g.index_of(&c.person)?), &c.links)))
            })
            .collect();
        let mut parents = vec![Vec::new(); n];
        let mut children = vec![Vec::new(); n];
        let mut partners = vec![Vec::new(); n];
        let mut unions_of = vec![Vec::new(); n];
        for (u, ps) in union_partners.iter().enumerate() {
            for &p in ps {
                unions_of[p].push(u);
                for &q in ps {
                    if q != p {
                        partners[p].push((q, u));
                    }
                }
                for &(c, link) in &union_children[u] {
                    let link = per_parent
                        .get(&(u, c))
                        .and_then(|links| links.get(&people[p].id))
                        .copied()
                        .unwrap_or(link);
                    parents[c].push((p, u, link));
                    children[p].push((c, u, link));
                }
            }
        }

        let today = config
            .as_of
            .as_ref()
            .or(g.as_of())
            .map(DateSpec::sort_key)
            .unwrap_or_else(|| latest_day(g));

        let mut ties = Vec::new();
        for (index, e) in g.emotional().iter().enumerate() {
            let (Some(a), Some(b)) = (
                e.people.first().and_then(|p| g.index_of(p)),
                e.people.get(1).and_then(|p| g.index_of(p)),
            ) else {
                continue;
            };
            let from = e.start.as_ref().and_then(DateSpec::earliest).unwrap_or(DayNumber::MIN);
            let to = e.end.as_ref().and_then(DateSpec::latest).unwrap_or(DayNumber::MAX);
            ties.push(Tie {
                index,
                a,
                b,
                kind: e.kind,
                valence: e.kind.valence(),
                directed: e.is_directed(),
                from,
                to,
                start: e.start.as_ref().map(DateSpec::sort_key),
                current: e.end.as_ref().is_none_or(|end| end.sort_key() >= today),
                until_death: false,
            });
        }
        let mut ties_of = vec![Vec::new(); n];
        let mut pair_ties: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
        for (t, tie) in ties.iter().enumerate() {
            ties_of[tie.a].push(t);
            if tie.b != tie.a {
                ties_of[tie.b].push(t);
            }
            pair_ties.entry(pair(tie.a, tie.b)).or_default().push(t);
        }
        let external: Vec<bool> = (0..n)
            .map(|p| {
                people[p].is_pet()
                    || (parents[p].is_empty() && children[p].is_empty() && unions_of[p].is_empty())
            })
            .collect();

        let mut ctx = Context {
            g,
            config,
            people,
            by_id,
            rank,
            sibling_lists: Vec::new(),
            today,
            ip,
            generation: Vec::new(),
            parents,
            children,
            partners,
            unions_of,
            union_partners,
            union_children,
            ties,
            ties_of,
            pair_ties,
            external,
            timeline: Vec::new(),
            person_moments: vec![Vec::new(); n],
            triangles: std::sync::OnceLock::new(),
            condition_kinds: std::sync::OnceLock::new(),
        };
        // A relationship cannot hold today once one of its people has died.
        let gone: Vec<bool> = (0..n).map(|p| ctx.presumed_dead(p)).collect();
        for tie in &mut ctx.ties {
            if tie.current && (gone[tie.a] || gone[tie.b]) {
                tie.current = false;
                tie.until_death = ctx.g.emotional()[tie.index].end.is_none();
            }
            if let Some(end) = [tie.a, tie.b]
                .iter()
                .filter_map(|&p| people[p].death.as_ref())
                .filter_map(DateSpec::latest)
                .min()
            {
                tie.to = tie.to.min(end);
            }
        }
        ctx.generation = ctx.compute_generations();
        ctx.sibling_lists = (0..n).map(|p| ctx.compute_siblings(p)).collect();
        ctx.timeline = ctx.compute_timeline();
        for (m, moment) in ctx.timeline.iter().enumerate() {
            for &p in &moment.people {
                ctx.person_moments[p].push(m);
            }
        }
        ctx
    }

    /// Generations from the genogram (relative to the index person); people it could not place
    /// (no index person, or another component) get one by a walk from the first person by id of
    /// their component, so that "one generation apart" still means parent and child.
    fn compute_generations(&self) -> Vec<i32> {
        let n = self.people.len();
        let mut out: Vec<Option<i32>> =
            (0..n).map(|p| self.g.generation(&self.people[p].id)).collect();
        for &start in &self.by_id {
            if out[start].is_some() {
                continue;
            }
            out[start] = Some(0);
            let mut queue = VecDeque::from([start]);
            while let Some(p) = queue.pop_front() {
                let Some(here) = out[p] else { continue };
                let next = self.parents[p]
                    .iter()
                    .map(|&(q, _, _)| (q, here - 1))
                    .chain(self.children[p].iter().map(|&(q, _, _)| (q, here + 1)))
                    .chain(self.partners[p].iter().map(|&(q, _)| (q, here)));
                for (q, gen_q) in next {
                    if out[q].is_none() {
                        out[q] = Some(gen_q);
                        queue.push_back(q);
                    }
                }
            }
        }
        out.into_iter().map(|g| g.unwrap_or(0)).collect()
    }

    fn compute_timeline(&self) -> Vec<Moment> {
        let mut out = Vec::new();
        let mut push = |date: &DateSpec, kind: MomentKind, people: Vec<usize>, source: Source| {
            let day = date.sort_key();
            let (lo, hi) = (date.earliest().unwrap_or(day), date.latest().unwrap_or(day));
            out.push(Moment { day, lo, hi, date: *date, kind, people, source });
        };
        for p in 0..self.people.len() {
            let person = &self.people[p];
            if let Some(d) = &person.birth {
                push(d, MomentKind::Birth, vec![p], Source::Birth(p));
            }
            if let Some(d) = &person.death {
                push(d, MomentKind::Death, vec![p], Source::Death(p));
            }
            for (c, condition) in person.conditions.iter().enumerate() {
                if let Some(d) = &condition.onset {
                    push(d, MomentKind::Onset, vec![p], Source::Onset(p, c));
                }
            }
        }
        for (u, union) in self.g.unions().iter().enumerate() {
            for (h, change) in union.history.iter().enumerate() {
                let Some(d) = &change.date else { continue };
                let kind = match change.status {
                    UnionStatus::Separated => MomentKind::Separation,
                    UnionStatus::Divorced | UnionStatus::Annulled | UnionStatus::Ended => {
                        MomentKind::Divorce
                    }
                    UnionStatus::Widowed => MomentKind::Widowed,
                    _ if union.start() == Some(d) => MomentKind::UnionStart,
                    _ => MomentKind::UnionOther,
                };
                push(d, kind, self.union_partners[u].clone(), Source::Union(u, h));
            }
        }
        for (i, event) in self.g.events().iter().enumerate() {
            let Some(d) = &event.date else { continue };
            let people = event.people.iter().filter_map(|p| self.g.index_of(p)).collect();
            push(d, MomentKind::Event(event.kind), people, Source::Event(i));
        }
        for tie in &self.ties {
            if let Some(d) = &self.g.emotional()[tie.index].start {
                push(
                    d,
                    MomentKind::RelationshipStart,
                    vec![tie.a, tie.b],
                    Source::Relationship(tie.index),
                );
            }
        }
        // Same-day moments by kind, then by person rank (id order) or record index: never by
        // the order of people in the file.
        let key = |m: &Moment| -> (DayNumber, u8, usize, usize) {
            match m.source {
                Source::Birth(p) => (m.day, 0, self.rank[p], 0),
                Source::Death(p) => (m.day, 1, self.rank[p], 0),
                Source::Union(u, h) => (m.day, 2, u, h),
                Source::Event(i) => (m.day, 3, i, 0),
                Source::Onset(p, c) => (m.day, 4, self.rank[p], c),
                Source::Relationship(i) => (m.day, 5, i, 0),
            }
        };
        out.sort_by_key(key);
        for m in &mut out {
            self.sort_by_id(&mut m.people);
        }
        out
    }

    // ----- people -----

    pub(crate) fn name(&self, p: usize) -> String {
        person_label(&self.people[p])
    }

    pub(crate) fn names(&self, ps: &[usize]) -> String {
        list(&ps.iter().map(|&p| self.name(p)).collect::<Vec<_>>())
    }

    pub(crate) fn birth(&self, p: usize) -> Option<DayNumber> {
        self.people[p].birth.as_ref().map(DateSpec::sort_key)
    }

    pub(crate) fn death(&self, p: usize) -> Option<DayNumber> {
        self.people[p].death.as_ref().map(DateSpec::sort_key)
    }

    /// A real person (not a pregnancy or a pet).
    pub(crate) fn is_person(&self, p: usize) -> bool {
        !self.people[p].is_pregnancy() && !self.people[p].is_pet()
    }

    /// Age in whole years on a day, if the birth is known.
    pub(crate) fn age_at(&self, p: usize, day: DayNumber) -> Option<i64> {
        Some(years_between(self.birth(p)?, day))
    }

    /// Age at death, if both dates are known.
    pub(crate) fn age_at_death(&self, p: usize) -> Option<i64> {
        self.age_at(p, self.death(p)?)
    }

    pub(crate) fn is_minor_now(&self, p: usize) -> bool {
        self.age_now(p).is_some_and(|a| a < self.config.childhood_age)
    }

    /// Social parents, each once.
    pub(crate) fn parent_list(&self, p: usize) -> Vec<usize> {
        let mut v: Vec<usize> = self.parents[p].iter().map(|&(q, _, _)| q).collect();
        self.sort_by_id(&mut v);
        v
    }

    /// Sorts people by id and removes repeats: the order detectors name people in.
    pub(crate) fn sort_by_id(&self, v: &mut Vec<usize>) {
        v.sort_unstable_by_key(|&p| self.rank[p]);
        v.dedup();
    }

    /// Biological parents.
    pub(crate) fn bio_parents(&self, p: usize) -> Vec<usize> {
        self.parents[p].iter().filter(|&&(_, _, l)| l.is_biological()).map(|&(q, _, _)| q).collect()
    }

    pub(crate) fn child_list(&self, p: usize) -> Vec<usize> {
        let mut v: Vec<usize> = self.children[p].iter().map(|&(q, _, _)| q).collect();
        self.sort_by_id(&mut v);
        v
    }

    pub(crate) fn is_parent_of(&self, parent: usize, child: usize) -> bool {
        self.parents[child].iter().any(|&(q, _, _)| q == parent)
    }

    /// Children of the same parents (kin links), and half-siblings through one parent.
    pub(crate) fn siblings(&self, p: usize) -> Vec<usize> {
        self.sibling_lists[p].clone()
    }

    /// The siblings of a person, without copying them.
    pub(crate) fn sibling_slice(&self, p: usize) -> &[usize] {
        &self.sibling_lists[p]
    }

    /// Whether two people are full or half siblings.
    pub(crate) fn are_siblings(&self, a: usize, b: usize) -> bool {
        self.sibling_lists[a].contains(&b)
    }

    fn compute_siblings(&self, p: usize) -> Vec<usize> {
        let mut v: Vec<usize> = self.parents[p]
            .iter()
            .filter(|&&(_, _, l)| l.is_kin())
            .flat_map(|&(q, _, _)| self.children[q].iter())
            .filter(|&&(c, _, l)| c != p && l.is_kin())
            .map(|&(c, _, _)| c)
            .collect();
        self.sort_by_id(&mut v);
        v
    }

    pub(crate) fn are_partners(&self, a: usize, b: usize) -> bool {
        self.partners[a].iter().any(|&(q, _)| q == b)
    }

    /// Ancestors through social parents (kin links only when `kin`), nearest first.
    pub(crate) fn ancestors(&self, p: usize, kin: bool) -> Vec<usize> {
        let mut seen = vec![p];
        let mut out = Vec::new();
        let mut queue = VecDeque::from([p]);
        while let Some(q) = queue.pop_front() {
            for &(r, _, l) in &self.parents[q] {
                if (!kin || l.is_kin()) && !seen.contains(&r) {
                    seen.push(r);
                    out.push(r);
                    queue.push_back(r);
                }
            }
        }
        out
    }

    /// The chain from `top` down to `bottom`, when `top` is an ancestor of `bottom`.
    pub(crate) fn descent_path(&self, top: usize, bottom: usize) -> Vec<usize> {
        let mut prev: BTreeMap<usize, usize> = BTreeMap::new();
        let mut queue = VecDeque::from([bottom]);
        while let Some(q) = queue.pop_front() {
            if q == top {
                let mut path = vec![top];
                let mut at = top;
                while let Some(&next) = prev.get(&at) {
                    path.push(next);
                    at = next;
                }
                return path;
            }
            for &(r, _, _) in &self.parents[q] {
                if r != bottom && !prev.contains_key(&r) {
                    prev.insert(r, q);
                    queue.push_back(r);
                }
            }
        }
        vec![top, bottom]
    }

    /// The people of a list sorted by generation then id, oldest generation first.
    pub(crate) fn by_generation(&self, ps: &mut [usize]) {
        ps.sort_by_key(|&p| (self.generation[p], self.rank[p]));
    }

    // ----- emotional ties -----

    pub(crate) fn ties_between(&self, a: usize, b: usize) -> impl Iterator<Item = &Tie> {
        self.pair_ties.get(&pair(a, b)).into_iter().flatten().map(|&t| &self.ties[t])
    }

    pub(crate) fn ties_of(&self, p: usize) -> impl Iterator<Item = &Tie> {
        self.ties_of[p].iter().map(|&t| &self.ties[t])
    }

    // ----- conditions -----

    /// An affected (or suspected) condition that is not resolved: medical, mental health or
    /// substance use.
    pub(crate) fn active_conditions(
        &self,
        p: usize,
    ) -> impl Iterator<Item = (usize, &crate::model::Condition)> {
        self.people[p].conditions.iter().enumerate().filter(|(_, c)| {
            matches!(c.status, ConditionStatus::Affected | ConditionStatus::Suspected)
                && c.category != ConditionCategory::Other
        })
    }

    /// An active mental-health or substance-use condition: the conditions that speak to how a
    /// person is functioning (B2, B3, BW3, BW4), as opposed to, say, hypertension.
    pub(crate) fn functioning_conditions(
        &self,
        p: usize,
    ) -> impl Iterator<Item = (usize, &crate::model::Condition)> {
        self.active_conditions(p).filter(|(_, c)| {
            matches!(c.category, ConditionCategory::MentalHealth | ConditionCategory::SubstanceUse)
        })
    }

    /// A generation in words, relative to the index person when there is one: "the
    /// grandparents' generation"; otherwise "generation 2".
    pub(crate) fn generation_words(&self, g: i32) -> String {
        if self.ip.is_none() {
            return format!("generation {g}");
        }
        match g {
            0 => "the index person's generation".into(),
            -1 => "the parents' generation".into(),
            -2 => "the grandparents' generation".into(),
            -3 => "the great-grandparents' generation".into(),
            1 => "the children's generation".into(),
            2 => "the grandchildren's generation".into(),
            g if g < 0 => format!("{} generations above the index person", -g),
            g => format!("{g} generations below the index person"),
        }
    }

    // ----- findings -----

    pub(crate) fn finding(&self, rule: &'static str) -> Draft<'_, 'g> {
        let category = registry::category_of(rule);
        Draft {
            ctx: self,
            f: Finding {
                rule,
                category,
                title: String::new(),
                members: Vec::new(),
                evidence: Evidence::default(),
                generations: Vec::new(),
                strength: Strength::Moderate,
                coverage: 1.0,
                low_evidence: false,
                missing: Vec::new(),
                summary: String::new(),
                hypothesis: String::new(),
                questions: Vec::new(),
                visual: Visual::default(),
            },
        }
    }
}

/// A finding being built.
pub(crate) struct Draft<'c, 'g> {
    ctx: &'c Context<'g>,
    f: Finding,
}

impl Draft<'_, '_> {
    pub(crate) fn title(mut self, t: impl Into<String>) -> Self {
        self.f.title = t.into();
        self
    }
    pub(crate) fn member(mut self, p: usize, role: &str) -> Self {
        let person = self.ctx.people[p].id.clone();
        if !self.f.members.iter().any(|m| m.person == person && m.role == role) {
            self.f.members.push(Member { person, role: role.to_owned() });
            self.f.generations.push(self.ctx.generation[p]);
        }
        self
    }
    pub(crate) fn tie(mut self, t: &Tie) -> Self {
        self.f.evidence.relationships.push(t.index);
        self
    }
    /// Cite a relationship by its index in the file.
    pub(crate) fn tie_index(mut self, index: usize) -> Self {
        self.f.evidence.relationships.push(index);
        self
    }
    pub(crate) fn union(mut self, u: usize) -> Self {
        self.f.evidence.unions.push(self.ctx.g.unions()[u].id.clone());
        self
    }
    pub(crate) fn event(mut self, i: usize) -> Self {
        self.f.evidence.events.push(i);
        self
    }
    pub(crate) fn birth(mut self, p: usize) -> Self {
        self.f.evidence.births.push(self.ctx.people[p].id.clone());
        self
    }
    pub(crate) fn death(mut self, p: usize) -> Self {
        self.f.evidence.deaths.push(self.ctx.people[p].id.clone());
        self
    }
    pub(crate) fn condition(mut self, p: usize, c: usize) -> Self {
        self.f.evidence.conditions.push(ConditionRef {
            person: self.ctx.people[p].id.clone(),
            label: self.ctx.people[p].conditions[c].label.clone(),
        });
        self
    }
    pub(crate) fn household(mut self, h: usize) -> Self {
        self.f.evidence.households.push(self.ctx.g.households()[h].id.clone());
        self
    }
    /// Cite the record behind a moment of the chronology.
    pub(crate) fn moment(self, m: &Moment) -> Self {
        match m.source {
            Source::Birth(p) => self.birth(p),
            Source::Death(p) => self.death(p),
            Source::Union(u, _) => self.union(u),
            Source::Event(i) => self.event(i),
            Source::Onset(p, c) => self.condition(p, c),
            Source::Relationship(i) => {
                let mut s = self;
                s.f.evidence.relationships.push(i);
                s
            }
        }
    }
    pub(crate) fn strength(mut self, s: Strength) -> Self {
        self.f.strength = s;
        self
    }
    pub(crate) fn coverage(mut self, c: f64) -> Self {
        self.f.coverage = c;
        self
    }
    pub(crate) fn missing(mut self, m: impl Into<String>) -> Self {
        self.f.missing.push(m.into());
        self
    }
    pub(crate) fn summary(mut self, s: impl Into<String>) -> Self {
        self.f.summary = s.into();
        self
    }
    pub(crate) fn hypothesis(mut self, s: impl Into<String>) -> Self {
        self.f.hypothesis = s.into();
        self
    }
    pub(crate) fn question(mut self, s: impl Into<String>) -> Self {
        if self.f.questions.len() < 3 {
            self.f.questions.push(s.into());
        }
        self
    }
    pub(crate) fn triangle(mut self, corners: [usize; 3], outsider: Option<usize>) -> Self {
        let id = |p: usize| self.ctx.people[p].id.clone();
        let mut c = corners.map(id);
        c.sort();
        self.f.visual.overlay = Overlay::Triangle {
            corners: c,
            outsider: outsider.map(|p| self.ctx.people[p].id.clone()),
        };
        self
    }
    pub(crate) fn lineage(mut self, path: &[usize]) -> Self {
        self.f.visual.overlay = Overlay::Lineage {
            path: path.iter().map(|&p| self.ctx.people[p].id.clone()).collect(),
        };
        self
    }
    pub(crate) fn build(mut self) -> Finding {
        self.f.low_evidence = self.f.coverage < self.ctx.config.min_coverage;
        self.past_tense_for_the_dead();
        self.f.finish();
        self.f
    }
}

impl Draft<'_, '_> {
    /// The dead are never asked about in the present tense: a question that speaks of a dead
    /// member as if alive ("Does Frank see...", "How present is Joan today?") becomes a
    /// question about how the living carry them.
    fn past_tense_for_the_dead(&mut self) {
        let ctx = self.ctx;
        let dead: Vec<String> = self
            .f
            .members
            .iter()
            .filter_map(|m| ctx.g.index_of(&m.person))
            .filter(|&p| ctx.is_person(p) && ctx.presumed_dead(p))
            .map(|p| ctx.name(p))
            .collect();
        if dead.is_empty() {
            return;
        }
        let mut questions: Vec<String> = Vec::new();
        for q in std::mem::take(&mut self.f.questions) {
            let about: Vec<String> =
                dead.iter().filter(|n| present_tense_about(&q, n)).cloned().collect();
            let q = if about.is_empty() {
                q
            } else {
                format!(
                    "Looking back, how did this shape {}'s life, and how do those who knew them carry it now?",
                    list(&about)
                )
            };
            if !questions.contains(&q) {
                questions.push(q);
            }
        }
        self.f.questions = questions;
    }
}

/// Whether a question speaks of `name` in the present tense, as its subject.
fn present_tense_about(question: &str, name: &str) -> bool {
    const AFTER: &[&str] = &[
        " is ",
        " does ",
        " do ",
        " are ",
        " feel",
        " know",
        " want",
        " see",
        " hope",
        " find",
        " imagine",
        " give",
        " recognise",
        " understand",
        " manage",
        " move",
        " end up",
        " stand",
        " hear",
        " take",
        " talk",
        " work",
        " decide",
        " disagree",
        " share",
        " clash",
        " communicate",
        "'s life today",
    ];
    const BEFORE: &[&str] = &["Does ", "does ", "Is ", "is ", "How present is "];
    question.match_indices(name).any(|(at, _)| {
        let rest = &question[at + name.len()..];
        let head = &question[..at];
        AFTER.iter().any(|a| rest.starts_with(a)) || BEFORE.iter().any(|b| head.ends_with(b))
    })
}

/// Whole years from one day to another.
pub(crate) fn years_between(from: DayNumber, to: DayNumber) -> i64 {
    let (fy, fm, fd) = civil(from);
    let (ty, tm, td) = civil(to);
    let mut years = i64::from(ty - fy);
    if (tm, td) < (fm, fd) {
        years -= 1;
    }
    years
}

/// Fractional years between two days (negative if `to` is earlier).
pub(crate) fn years_f(from: DayNumber, to: DayNumber) -> f64 {
    (to - from) as f64 / YEAR_DAYS
}

pub(crate) fn months_days(months: i64) -> i64 {
    (months as f64 * MONTH_DAYS).round() as i64
}

fn civil(day: DayNumber) -> (i32, u8, u8) {
    let d = crate::PartialDate::from_day_number(day);
    d.map(|d| (d.year(), d.month().unwrap_or(1), d.day().unwrap_or(1))).unwrap_or((0, 1, 1))
}

/// Day of the year (1..=366) when a date is exact to the day.
pub(crate) fn day_of_year(date: &DateSpec) -> Option<(i32, i64)> {
    let DateSpec::On(d) = date else { return None };
    d.day()?;
    let jan1 = crate::PartialDate::new(d.year(), Some(1), Some(1))?.first_day();
    Some((d.year(), d.first_day() - jan1 + 1))
}

fn latest_day(g: &Genogram) -> DayNumber {
    let mut latest = None::<DayNumber>;
    let mut see = |d: &Option<DateSpec>| {
        if let Some(d) = d {
            let k = d.sort_key();
            latest = Some(latest.map_or(k, |l| l.max(k)));
        }
    };
    for p in g.people() {
        see(&p.birth);
        see(&p.death);
    }
    for u in g.unions() {
        for c in &u.history {
            see(&c.date);
        }
    }
    for e in g.events() {
        see(&e.date);
    }
    latest.unwrap_or(0)
}

/// How findings name a person, the one naming helper of every finding text: the name the
/// family uses (the nickname with the family name, "Ted Moore" for Edward Moore), else the
/// display name, or for an unnamed pregnancy "the 2009 miscarriage" (better than its id).
pub(crate) fn person_label(person: &crate::model::Person) -> String {
    use crate::model::PersonKind;
    if let Some(nick) = person.name.nickname.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        return match person.name.family.as_deref().map(str::trim).filter(|f| !f.is_empty()) {
            Some(family) if !nick.contains(family) => format!("{nick} {family}"),
            _ => nick.to_owned(),
        };
    }
    if !person.is_pregnancy() || !person.name.is_empty() {
        return person.display_name();
    }
    let kind = match person.kind {
        PersonKind::Miscarriage => "miscarriage",
        PersonKind::Stillbirth => "stillbirth",
        PersonKind::Abortion => "abortion",
        PersonKind::Ectopic => "ectopic pregnancy",
        _ => "pregnancy",
    };
    match person.death.as_ref().or(person.birth.as_ref()) {
        Some(d) => format!("the {} {kind}", d.year()),
        None if person.kind == PersonKind::Pregnancy => "the current pregnancy".to_owned(),
        None => format!("the {kind}"),
    }
}

/// "A", "A and B", "A, B and C".
pub(crate) fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "1 month", "3 months".
pub(crate) fn months(n: i64) -> String {
    if n == 1 { "1 month".into() } else { format!("{n} months") }
}

/// An emotional kind in words: `focused_on_negatively` → "focused on negatively".
pub(crate) fn kind_words(kind: EmotionalKind) -> String {
    match kind {
        EmotionalKind::Cutoff => return "cut off".into(),
        EmotionalKind::CutoffRepaired => return "reconnected after a cutoff".into(),
        _ => {}
    }
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
        .unwrap_or_default()
}

impl Context<'_> {
    /// How `b` is related to `a` in a word or two, for the close relations detectors name.
    pub(crate) fn relation(&self, a: usize, b: usize) -> &'static str {
        if self.is_parent_of(b, a) {
            "parent"
        } else if self.is_parent_of(a, b) {
            "child"
        } else if self.are_partners(a, b) {
            // A partner only while a union lasts: once every union of theirs was dissolved
            // (not ended by a death), a former partner.
            let dissolved = self.partners[a].iter().filter(|&&(q, _)| q == b).all(|&(_, u)| {
                matches!(
                    self.g.unions()[u].current_status(),
                    Some(
                        UnionStatus::Separated
                            | UnionStatus::Divorced
                            | UnionStatus::Annulled
                            | UnionStatus::Ended
                    )
                )
            });
            if dissolved { "former partner" } else { "partner" }
        } else if self.are_siblings(a, b) {
            "sibling"
        } else if self.parent_list(a).iter().any(|&p| self.is_parent_of(b, p)) {
            "grandparent"
        } else if self.parent_list(b).iter().any(|&p| self.is_parent_of(a, p)) {
            "grandchild"
        } else {
            "relative"
        }
    }
}

// ----- conditions by family, and certain dates (R1, R6–R9, E6, E10, E11, T12, B6) -----

impl Context<'_> {
    /// The family and group of a person's condition, by the condition vocabulary (built in,
    /// plus the configuration's `condition_vocabulary`); computed once per family.
    pub(crate) fn condition_kind(&self, p: usize, c: usize) -> &super::conditions::Kind {
        let kinds = self.condition_kinds.get_or_init(|| {
            let vocabulary = super::conditions::Vocabulary::new(&self.config.condition_vocabulary);
            self.people
                .iter()
                .map(|person| person.conditions.iter().map(|c| vocabulary.classify(c)).collect())
                .collect()
        });
        &kinds[p][c]
    }

    /// The first and last day a person's death may have been, when it is dated.
    pub(crate) fn death_span(&self, p: usize) -> Option<(DayNumber, DayNumber)> {
        let d = self.people[p].death.as_ref()?;
        Some((d.earliest()?, d.latest()?))
    }

    /// The first and last day a person may have been born, when the birth is dated.
    pub(crate) fn birth_span(&self, p: usize) -> Option<(DayNumber, DayNumber)> {
        let d = self.people[p].birth.as_ref()?;
        Some((d.earliest()?, d.latest()?))
    }

    /// The person was certainly alive from `lo` to `hi` as far as the file says: born before
    /// (or birth unknown), and with a death dated after (or no death recorded at all and not
    /// born more than 110 years before `hi`). Someone marked deceased without a date is not
    /// known to be alive.
    pub(crate) fn known_alive_between(&self, p: usize, lo: DayNumber, hi: DayNumber) -> bool {
        let born = self.birth_span(p).is_none_or(|(_, b)| b < lo);
        let living = match self.death_span(p) {
            Some((d, _)) => d > hi,
            None => {
                !self.people[p].is_deceased()
                    && self.birth_span(p).is_none_or(|(b, _)| years_between(b, hi) < 110)
            }
        };
        born && living
    }

    /// How `who` is related to `of`, in a gendered word where the sex is known: "mother",
    /// "grandfather", "great-aunt", "brother", "niece"; "relative" for anything further.
    pub(crate) fn kin_word(&self, of: usize, who: usize) -> String {
        use crate::model::Sex;
        let (f, m, n) = match self.people[who].sex {
            Sex::Female => (true, false, false),
            Sex::Male => (false, true, false),
            _ => (false, false, true),
        };
        let pick = |female: &str, male: &str, neutral: &str| -> String {
            if f {
                female.into()
            } else if m && !n {
                male.into()
            } else {
                neutral.into()
            }
        };
        let greats = |k: i32| "great-".repeat(usize::try_from(k).unwrap_or(0));
        let gap = self.generation[of] - self.generation[who];
        if self.is_parent_of(who, of) {
            return pick("mother", "father", "parent");
        }
        if self.is_parent_of(of, who) {
            return pick("daughter", "son", "child");
        }
        if self.are_siblings(of, who) {
            return pick("sister", "brother", "sibling");
        }
        if self.are_partners(of, who) {
            return "partner".into();
        }
        let ancestors = self.ancestors(of, true);
        if ancestors.contains(&who) && gap >= 2 {
            return greats(gap - 2) + &pick("grandmother", "grandfather", "grandparent");
        }
        if gap >= 1 && self.sibling_slice(who).iter().any(|s| ancestors.contains(s)) {
            return greats(gap - 1) + &pick("aunt", "uncle", "aunt or uncle");
        }
        if self.ancestors(who, true).contains(&of) && gap <= -2 {
            return greats(-gap - 2) + &pick("granddaughter", "grandson", "grandchild");
        }
        "relative".into()
    }
}

impl Draft<'_, '_> {
    /// Adds many members at once, each (person, role) once, in the order given: for findings
    /// that can name a whole line of a large family (R1, R6, R9), where adding them one by one
    /// would compare each with all before it.
    pub(crate) fn members<'r>(mut self, list: impl IntoIterator<Item = (usize, &'r str)>) -> Self {
        let mut seen: std::collections::BTreeSet<(crate::PersonId, String)> =
            self.f.members.iter().map(|m| (m.person.clone(), m.role.clone())).collect();
        for (p, role) in list {
            let person = self.ctx.people[p].id.clone();
            if seen.insert((person.clone(), role.to_owned())) {
                self.f.members.push(Member { person, role: role.to_owned() });
                self.f.generations.push(self.ctx.generation[p]);
            }
        }
        self
    }
}
