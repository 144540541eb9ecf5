//! Plausibility checks: warnings on a genogram that is structurally sound.
//!
//! Each rule is one function pushing diagnostics with its own code. Every rule is conservative
//! about vague dates: it warns only when the problem holds for every day the dates may denote,
//! so `~1950` and `1950` never contradict each other.

use std::collections::BTreeSet;

use crate::build::Paths;
use crate::diagnostic::{Code, Diagnostic};
use crate::genogram::Genogram;
use crate::model::{Directedness, Sex, UnionKind};
use crate::{DateSpec, DayNumber, age_range};

/// A parent younger than this at a child's birth is worth a warning.
///
/// ```
/// assert_eq!(genogram_core::MIN_PARENT_AGE, 12);
/// ```
pub const MIN_PARENT_AGE: i64 = 12;
/// A parent older than this at a child's birth is worth a warning.
///
/// ```
/// assert_eq!(genogram_core::MAX_PARENT_AGE, 70);
/// ```
pub const MAX_PARENT_AGE: i64 = 70;
/// A life longer than this is worth a warning.
///
/// ```
/// assert_eq!(genogram_core::MAX_LIFESPAN, 120);
/// ```
pub const MAX_LIFESPAN: i64 = 120;
/// The days a child may be born after a non-gestational parent's death (about ten months).
///
/// ```
/// assert!(genogram_core::DAYS_AFTER_FATHER_DEATH > 270);
/// ```
pub const DAYS_AFTER_FATHER_DEATH: DayNumber = 305;

pub(crate) fn warnings(g: &Genogram, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    lifespans(g, paths, out);
    parent_ages(g, paths, out);
    multiple_birth_dates(g, paths, out);
    overlapping_unions(g, paths, out);
    union_histories(g, paths, out);
    directions(g, paths, out);
    index_person(g, out);
    unconnected(g, paths, out);
}

fn lifespans(g: &Genogram, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    for (i, p) in g.people().iter().enumerate() {
        let at = paths.person(i);
        if let (Some(birth), Some(death)) = (&p.birth, &p.death)
            && death.is_certainly_before(birth)
        {
            out.push(
                Diagnostic::new(
                    Code::DeathBeforeBirth,
                    at.key("death"),
                    format!("`{}` died ({death}) before being born ({birth})", p.id),
                )
                .with_hint("check both dates; a year may have two digits swapped"),
            );
        }
        let end = p.death.as_ref().or(if p.is_deceased() { None } else { g.as_of() });
        let lived = match (&p.birth, end) {
            (Some(birth), Some(end)) => age_range(birth, end),
            _ => None,
        };
        if let Some((youngest, _)) = lived
            && youngest > MAX_LIFESPAN
        {
            out.push(
                    Diagnostic::new(
                        Code::ImplausibleLifespan,
                        at.key("birth"),
                        format!("`{}` would be at least {youngest} years old", p.id),
                    )
                    .with_hint("check the dates; if the person has died, add a death date or \"deceased\": true"),
                );
        }
        if let (Some(age), Some((youngest, oldest))) = (p.age, lived) {
            let age = i64::from(age);
            if age + 1 < youngest || age > oldest + 1 {
                let dated = if youngest == oldest {
                    youngest.to_string()
                } else {
                    format!("{youngest}–{oldest}")
                };
                out.push(
                    Diagnostic::new(
                        Code::AgeConflict,
                        at.key("age"),
                        format!("`{}` is given age {age}, but the dates say {dated}", p.id),
                    )
                    .with_hint("remove `age` when the dates are known; it is for people whose dates are not"),
                );
            }
        }
        if p.deceased == Some(false) && (p.death.is_some() || p.death_manner.is_some()) {
            out.push(
                Diagnostic::new(
                    Code::DeceasedConflict,
                    at.key("deceased"),
                    format!(
                        "`{}` is marked as living but has a death date or manner of death",
                        p.id
                    ),
                )
                .with_hint("remove \"deceased\": false, or remove the death details"),
            );
        }
    }
}

fn parent_ages(g: &Genogram, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    for (c, child) in g.people().iter().enumerate() {
        let Some(birth) = &child.birth else { continue };
        let mut seen = BTreeSet::new();
        for (q, _, link) in g.parent_links(c) {
            if !link.is_biological() || !seen.insert(q) {
                continue;
            }
            let parent = &g.people()[q];
            let at = paths.person(c).key("birth");
            if let Some(parent_birth) = &parent.birth {
                if birth.is_certainly_before(parent_birth) {
                    out.push(
                        Diagnostic::new(
                            Code::ChildBornBeforeParent,
                            at.clone(),
                            format!(
                                "`{}` ({birth}) was born before their parent `{}` ({parent_birth})",
                                child.id, parent.id
                            ),
                        )
                        .with_hint(
                            "check the dates, or whether the child is listed under the right union",
                        ),
                    );
                } else if let Some((youngest, oldest)) = age_range(parent_birth, birth) {
                    if oldest < MIN_PARENT_AGE {
                        out.push(
                            Diagnostic::new(
                                Code::ParentTooYoung,
                                at.clone(),
                                format!("`{}` was at most {oldest} when `{}` was born", parent.id, child.id),
                            )
                            .with_hint("check the dates; if they are right, this may deserve careful attention"),
                        );
                    } else if youngest > MAX_PARENT_AGE {
                        out.push(
                            Diagnostic::new(
                                Code::ParentTooOld,
                                at.clone(),
                                format!("`{}` was at least {youngest} when `{}` was born", parent.id, child.id),
                            )
                            .with_hint("check the dates, or whether the link should be adopted, step or a grandparent's"),
                        );
                    }
                }
            }
            if let Some(death) = &parent.death {
                let allowed = if parent.sex == Sex::Female { 0 } else { DAYS_AFTER_FATHER_DEATH };
                if death.certain_days_until(birth).is_some_and(|days| days > allowed) {
                    let after = if allowed == 0 { "after" } else { "more than ten months after" };
                    out.push(
                        Diagnostic::new(
                            Code::BornAfterParentDeath,
                            at,
                            format!("`{}` ({birth}) was born {after} the death of `{}` ({death})", child.id, parent.id),
                        )
                        .with_hint("check the dates, or whether the link should be adopted, donor-conceived or step"),
                    );
                }
            }
        }
    }
}

fn multiple_birth_dates(g: &Genogram, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    for (i, group) in g.multiple_births().iter().enumerate() {
        let dated: Vec<(&str, &DateSpec)> = group
            .members
            .iter()
            .filter_map(|m| g.person(m))
            .filter_map(|p| p.birth.as_ref().map(|b| (p.id.as_str(), b)))
            .collect();
        let far_apart = dated.iter().enumerate().find_map(|(k, (a, da))| {
            dated[k + 1..].iter().find_map(|(b, db)| {
                let gap = da.certain_days_until(db).or_else(|| db.certain_days_until(da))?;
                (gap > 1).then_some((*a, *da, *b, *db))
            })
        });
        if let Some((a, da, b, db)) = far_apart {
            out.push(
                Diagnostic::new(
                    Code::TwinBirthDatesDiffer,
                    paths.multiple_birth(i).key("members"),
                    format!("`{a}` ({da}) and `{b}` ({db}) are listed as born together"),
                )
                .with_hint("twins may be born on either side of midnight, but not further apart; check the dates"),
            );
        }
    }
}

fn overlapping_unions(g: &Genogram, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    let is_marriage = |k: UnionKind| matches!(k, UnionKind::Marriage | UnionKind::CivilUnion);
    for person in g.people() {
        let unions: Vec<_> =
            g.unions_of(&person.id).into_iter().filter(|u| is_marriage(u.kind)).collect();
        for (k, earlier) in unions.iter().enumerate() {
            for later in &unions[k + 1..] {
                let Some(later_start) = later.start() else { continue };
                let ended_before = match earlier.end() {
                    Some(end) => !later_start.is_certainly_before(end),
                    None => {
                        let partner_gone = earlier
                            .other_partner(&person.id)
                            .and_then(|id| g.person(id))
                            .is_some_and(|p| p.is_deceased());
                        earlier.has_ended() || partner_gone || earlier.start().is_none()
                    }
                };
                if ended_before {
                    continue;
                }
                let Some(u) = g.unions().iter().position(|x| x.id == later.id) else { continue };
                out.push(
                    Diagnostic::new(
                        Code::OverlappingUnions,
                        paths.union(u).key("history"),
                        format!(
                            "`{}` marries in `{}` ({later_start}) while still married in `{}`",
                            person.id, later.id, earlier.id
                        ),
                    )
                    .with_hint(format!(
                        "add the end of `{}` to its history (divorced, widowed...) if it ended",
                        earlier.id
                    )),
                );
            }
        }
    }
}

fn union_histories(g: &Genogram, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    for (u, union) in g.unions().iter().enumerate() {
        let dated: Vec<(usize, &DateSpec)> = union
            .history
            .iter()
            .enumerate()
            .filter_map(|(k, c)| c.date.as_ref().map(|d| (k, d)))
            .collect();
        for pair in dated.windows(2) {
            let ((_, a), (k, b)) = (pair[0], pair[1]);
            if b.is_certainly_before(a) {
                out.push(
                    Diagnostic::new(
                        Code::HistoryOutOfOrder,
                        paths.union(u).key("history").index(k).key("date"),
                        format!("this step ({b}) is dated before the step listed before it ({a})"),
                    )
                    .with_hint(
                        "list a union's history in the order it happened, and check the dates",
                    ),
                );
            }
        }
    }
}

fn directions(g: &Genogram, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    for (i, r) in g.emotional().iter().enumerate() {
        let wrong = match (r.kind.directedness(), r.directed) {
            (Directedness::Never, Some(true)) => Some("is always mutual"),
            (Directedness::Always, Some(false)) => {
                Some("always runs from the first person to the second")
            }
            _ => None,
        };
        if let Some(why) = wrong {
            let kind = serde_json::to_value(r.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            out.push(
                Diagnostic::new(
                    Code::DirectionIgnored,
                    paths.emotional(i).key("directed"),
                    format!("`directed` is ignored: a `{kind}` relationship {why}"),
                )
                .with_hint("remove `directed`, or choose a kind that says what you mean"),
            );
        }
    }
}

fn index_person(g: &Genogram, out: &mut Vec<Diagnostic>) {
    if g.document().index_person.is_none() && !g.people().is_empty() {
        out.push(
            Diagnostic::new(
                Code::MissingIndexPerson,
                crate::JsonPath::root(),
                "no index person is named",
            )
            .with_hint(
                "add \"index_person\": \"<id>\" naming the person the genogram is built around; \
                        generations and kinship terms are counted from them",
            ),
        );
    }
}

fn unconnected(g: &Genogram, paths: &Paths<'_>, out: &mut Vec<Diagnostic>) {
    if g.people().len() < 2 {
        return;
    }
    let mut connected = vec![false; g.people().len()];
    for union in g.unions() {
        let members = union.partners.iter().chain(union.children.iter().map(|c| &c.person));
        let members: Vec<usize> = members.filter_map(|id| g.index_of(id)).collect();
        // A single parent with no children is a union of one: that alone connects nobody.
        if members.len() > 1 {
            for p in members {
                connected[p] = true;
            }
        }
    }
    for r in g.emotional() {
        for p in r.people.iter().filter_map(|id| g.index_of(id)) {
            connected[p] = true;
        }
    }
    for (i, person) in g.people().iter().enumerate() {
        if !connected[i] {
            out.push(
                Diagnostic::new(
                    Code::UnconnectedPerson,
                    paths.person(i),
                    format!("`{}` is not connected to anyone", person.id),
                )
                .with_hint(
                    "add them to a union (as partner or child) or to an emotional relationship",
                ),
            );
        }
    }
}
