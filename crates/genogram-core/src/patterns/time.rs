//! Time and knowledge, in one place: what the file lets us say about who was alive, who was a
//! partner and what happened during what, at any date. Every detector reads time through here.
//!
//! Three rules run through it:
//! - *Unknown is not alive.* A person with no death date and no `deceased` flag is alive only
//!   when nothing says otherwise: someone born [`PRESUMED_LIFESPAN_YEARS`] or more years before
//!   the reference day (directly, or through a child's birth) has an unknown life span, and is
//!   never taken to be alive at a date the file cannot vouch for.
//! - *Certainly versus possibly.* An imprecise date (`~1946`, `1946`, `<1950`) is an interval of
//!   days; a fact holds *certainly* during a union when the whole interval falls inside it, and
//!   only *possibly* when the intervals merely overlap. Findings that rest only on "possibly" are
//!   weak and say so, or are not made.
//! - *Partners in their time.* A union lasts from its first dated step to the first of a
//!   separation or end (not followed by a reconciliation) and a partner's death. A partner is a
//!   partner only while it lasts; a former partner is one whose union ended before the union at
//!   hand began; a later partner is never "former".

use super::context::{Context, YEAR_DAYS};
use crate::model::UnionStatus;
use crate::{DateSpec, DayNumber};

/// Someone born this many years before the reference day, with no death recorded, is presumed
/// to have died at a date the file does not give.
pub(crate) const PRESUMED_LIFESPAN_YEARS: i64 = 110;

/// The youngest age at which a parent is taken to have had a child, to bound a parent's birth
/// by their child's when their own is not recorded.
const YOUNGEST_PARENT_YEARS: i64 = 12;

/// The days a date can mean, and its middle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) lo: DayNumber,
    pub(crate) hi: DayNumber,
    pub(crate) mid: DayNumber,
}

impl Span {
    pub(crate) fn of(date: &DateSpec) -> Span {
        let mid = date.sort_key();
        Span {
            lo: date.earliest().unwrap_or(DayNumber::MIN),
            hi: date.latest().unwrap_or(DayNumber::MAX),
            mid,
        }
    }

    pub(crate) fn day(day: DayNumber) -> Span {
        Span { lo: day, hi: day, mid: day }
    }
}

/// What the file lets us say about whether a person was alive on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Vital {
    /// Born by then and certainly not yet dead.
    Alive,
    /// Certainly dead by then (or not yet born).
    Dead,
    /// The file cannot say.
    Unknown,
}

/// How surely something falls within an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum During {
    /// Outside it, whatever the dates mean.
    Not,
    /// Inside only for some of the days the dates can mean.
    Possibly,
    /// Inside for every day the dates can mean.
    Certainly,
}

/// A union's time together: from its first dated step to the first separation, end or partner's
/// death; either end may be unknown.
#[derive(Clone, Copy, Debug)]
pub(crate) struct UnionSpan {
    pub(crate) start: Option<Span>,
    pub(crate) end: Option<Span>,
    /// The history says it ended, dated or not.
    pub(crate) ended: bool,
}

impl UnionSpan {
    /// Whether a span of days falls within the union's time together.
    pub(crate) fn holds(&self, at: Span) -> During {
        let (s_lo, s_hi) = self.start.map_or((DayNumber::MIN, DayNumber::MIN), |s| (s.lo, s.hi));
        let (e_lo, e_hi) = match self.end {
            Some(e) => (e.lo, e.hi),
            None if self.ended => (DayNumber::MIN, DayNumber::MAX),
            None => (DayNumber::MAX, DayNumber::MAX),
        };
        if at.hi < s_lo || at.lo > e_hi {
            During::Not
        } else if self.start.is_some() && at.lo >= s_hi && at.hi <= e_lo {
            During::Certainly
        } else {
            During::Possibly
        }
    }

    /// The union's time together began after `at` on every reading of the dates.
    pub(crate) fn starts_after(&self, at: Span) -> bool {
        self.start.is_some_and(|s| s.lo > at.hi)
    }
}

impl Context<'_> {
    /// Whether the person was alive on a day, as far as the file says.
    pub(crate) fn vital_on(&self, p: usize, day: DayNumber) -> Vital {
        let person = &self.people[p];
        if let Some(birth) = person.birth.as_ref().and_then(DateSpec::earliest)
            && day < birth
        {
            return Vital::Dead;
        }
        let born_by = person.birth.as_ref().and_then(DateSpec::latest);
        let born = born_by.is_none_or(|b| day >= b);
        match person.death.as_ref().map(Span::of) {
            Some(death) if day >= death.lo && day <= death.hi => Vital::Unknown,
            Some(death) if day > death.hi => Vital::Dead,
            Some(_) if born => Vital::Alive,
            Some(_) => Vital::Unknown,
            None if self.presumed_dead(p) => Vital::Unknown,
            None if born => Vital::Alive,
            None => Vital::Unknown,
        }
    }

    /// Certainly alive on a day.
    pub(crate) fn alive_on(&self, p: usize, day: DayNumber) -> bool {
        self.vital_on(p, day) == Vital::Alive
    }

    /// Certainly alive on the reference day.
    pub(crate) fn alive_now(&self, p: usize) -> bool {
        self.alive_on(p, self.today)
    }

    /// Dead, or presumed dead, by the reference day: a death date, the `deceased` flag, or a
    /// birth (their own, or bounded by a child's) [`PRESUMED_LIFESPAN_YEARS`] before it.
    pub(crate) fn presumed_dead(&self, p: usize) -> bool {
        let person = &self.people[p];
        if person.is_deceased() || person.death.is_some() {
            return true;
        }
        let limit = self.today - (PRESUMED_LIFESPAN_YEARS as f64 * YEAR_DAYS) as i64;
        let youngest = (YOUNGEST_PARENT_YEARS as f64 * YEAR_DAYS) as i64;
        let own = person.birth.as_ref().and_then(DateSpec::latest);
        let by_child = self.children[p]
            .iter()
            .filter(|&&(_, _, l)| l.is_biological())
            .filter_map(|&(c, _, _)| self.people[c].birth.as_ref().and_then(DateSpec::latest))
            .min()
            .map(|b| b - youngest);
        [own, by_child].into_iter().flatten().min().is_some_and(|b| b <= limit)
    }

    /// Age on the reference day, only for someone certainly alive then.
    pub(crate) fn age_now(&self, p: usize) -> Option<i64> {
        if self.alive_now(p) { self.age_at(p, self.today) } else { None }
    }

    /// The age a person reached: at death if they died, today if certainly alive.
    pub(crate) fn age_reached(&self, p: usize) -> Option<i64> {
        self.age_at_death(p).or_else(|| self.age_now(p))
    }

    /// A union's time together.
    pub(crate) fn union_span(&self, u: usize) -> UnionSpan {
        let union = &self.g.unions()[u];
        let start = union.start().map(Span::of);
        // The last separation or end not followed by a reconciliation.
        let mut end: Option<Span> = None;
        let mut ended = false;
        for change in &union.history {
            match change.status {
                UnionStatus::Reconciled => {
                    end = None;
                    ended = false;
                }
                s if s.ends_union() || s == UnionStatus::Separated => {
                    if !ended {
                        end = change.date.as_ref().map(Span::of);
                    }
                    ended = true;
                }
                _ => {}
            }
        }
        let death = self.union_partners[u]
            .iter()
            .filter_map(|&q| self.people[q].death.as_ref().map(Span::of))
            .min_by_key(|s| s.mid);
        let end = match (end, death) {
            (Some(e), Some(d)) => Some(if d.mid < e.mid { d } else { e }),
            (e, d) => e.or(d),
        };
        UnionSpan { start, end, ended: ended || death.is_some() }
    }

    /// Whether a dated fact falls within the union's time together.
    pub(crate) fn during_union(&self, u: usize, at: Span) -> During {
        self.union_span(u).holds(at)
    }

    /// A person's latest union: the one that began last by date; undated unions count as later
    /// than dated ones, in the order the file lists them.
    pub(crate) fn latest_union(&self, p: usize) -> Option<usize> {
        self.unions_of[p]
            .iter()
            .enumerate()
            .max_by_key(|&(i, &u)| (self.union_span(u).start.map_or(DayNumber::MAX, |s| s.mid), i))
            .map(|(_, &u)| u)
    }

    /// Whether union `v` is a *former* union relative to union `u`: it ended, and began before
    /// `u` (or `u` still holds today while `v` does not).
    pub(crate) fn is_former(&self, v: usize, u: usize) -> bool {
        let (sv, su) = (self.union_span(v), self.union_span(u));
        if !sv.ended {
            return false;
        }
        match (sv.start, su.start) {
            (Some(a), Some(b)) => a.mid < b.mid,
            _ => !su.ended,
        }
    }

    /// The people who were family to `p` at a moment: parents, siblings and children, and
    /// partners only while their union could hold (a later spouse's earlier marriage is not an
    /// event of this family).
    pub(crate) fn family_at(&self, p: usize, at: Span) -> Vec<usize> {
        let mut v = self.parent_list(p);
        v.extend(self.child_list(p));
        v.extend(self.siblings(p));
        v.extend(
            self.partners[p]
                .iter()
                .filter(|&&(_, u)| !self.union_span(u).starts_after(at))
                .map(|&(q, _)| q),
        );
        self.sort_by_id(&mut v);
        v
    }
}

impl Context<'_> {
    /// The day a death (or, for an undated pregnancy loss, its birth date) happened, if known.
    pub(crate) fn loss_day(&self, p: usize) -> Option<DayNumber> {
        self.death(p).or_else(|| if self.people[p].is_pregnancy() { self.birth(p) } else { None })
    }

    /// Those of `people` who outlived `p`'s death: certainly alive on the day it happened. When
    /// the death is undated, everyone not presumed dead before `p` was born.
    pub(crate) fn survivors_of(&self, p: usize, people: &[usize]) -> Vec<usize> {
        match self.loss_day(p) {
            Some(day) => people.iter().copied().filter(|&q| self.alive_on(q, day)).collect(),
            None => people.to_vec(),
        }
    }

    /// The safety question about people who were harmed, in the right tense: "Is Ana safe
    /// now?" for the living; for the dead, a question about the living who were around them.
    pub(crate) fn safety_question(&self, harmed: &[usize], at: Span) -> String {
        let living: Vec<usize> = harmed.iter().copied().filter(|&p| self.alive_now(p)).collect();
        if !living.is_empty() {
            let verb = if living.len() > 1 { "Are" } else { "Is" };
            return format!("{verb} {} safe now?", self.names(&living));
        }
        let mut around: Vec<usize> =
            harmed.iter().flat_map(|&p| self.living_around(p, at)).collect();
        around.retain(|q| !harmed.contains(q));
        self.sort_by_id(&mut around);
        let dead = self.names(harmed);
        if around.is_empty() {
            format!(
                "Who was around {dead} at the time, and who in the family still carries what happened?"
            )
        } else {
            format!(
                "What did {} see or live through around {dead} then, and are they safe and supported now?",
                self.names(&around)
            )
        }
    }

    /// The people a finding should ask about in the present tense: `p` when certainly alive
    /// today, otherwise those of their family at the time (`at`) who are alive today and were
    /// born by then (sorted by id).
    pub(crate) fn living_around(&self, p: usize, at: Span) -> Vec<usize> {
        if self.alive_now(p) {
            return vec![p];
        }
        let mut v: Vec<usize> = self
            .family_at(p, at)
            .into_iter()
            .filter(|&q| {
                self.alive_now(q)
                    && self.is_person(q)
                    && self.people[q]
                        .birth
                        .as_ref()
                        .and_then(DateSpec::earliest)
                        .is_none_or(|b| b <= at.hi)
            })
            .collect();
        self.sort_by_id(&mut v);
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Genogram;
    use crate::patterns::PatternConfig;

    fn ctx_of(json: &str, f: impl FnOnce(&Context<'_>)) {
        let g = Genogram::from_json(json).expect("valid").genogram;
        let config = PatternConfig::default();
        f(&Context::new(&g, &config));
    }

    fn day(y: i32) -> DayNumber {
        crate::PartialDate::new(y, Some(6), Some(1)).expect("date").first_day()
    }

    #[test]
    fn unknown_is_not_alive() {
        ctx_of(
            r#"{"genogram": 1, "as_of": "2020", "people": [
              {"id": "old", "birth": "1880"}, {"id": "young", "birth": "1990"},
              {"id": "undated"}, {"id": "kid", "birth": "1900"}, {"id": "flag", "deceased": true}],
              "unions": [{"id": "u", "partners": ["undated"], "children": [{"person": "kid"}]}]}"#,
            |ctx| {
                let ix = |id: &str| ctx.g.index_of(&crate::PersonId::new(id)).expect("id");
                assert_eq!(ctx.vital_on(ix("old"), day(1990)), Vital::Unknown);
                assert_eq!(ctx.vital_on(ix("young"), day(2000)), Vital::Alive);
                assert_eq!(ctx.vital_on(ix("young"), day(1980)), Vital::Dead);
                assert!(ctx.presumed_dead(ix("undated")), "bounded by the child born 1900");
                assert_eq!(ctx.vital_on(ix("undated"), day(1990)), Vital::Unknown);
                assert_eq!(ctx.vital_on(ix("flag"), day(2000)), Vital::Unknown);
                assert_eq!(ctx.age_now(ix("old")), None);
            },
        );
    }

    #[test]
    fn a_union_ends_at_a_partner_death_and_approximate_dates_are_possible() {
        ctx_of(
            r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b", "death": "1944"}],
              "unions": [{"id": "u", "partners": ["a", "b"], "kind": "marriage",
                          "history": [{"status": "married", "date": "1930"}]}]}"#,
            |ctx| {
                let span = ctx.union_span(0);
                assert!(span.ended);
                let about = Span::of(&"~1946".parse().expect("date"));
                assert_eq!(span.holds(about), During::Possibly);
                assert_eq!(span.holds(Span::of(&"1950".parse().expect("date"))), During::Not);
                assert_eq!(span.holds(Span::of(&"1940".parse().expect("date"))), During::Certainly);
            },
        );
    }
}
