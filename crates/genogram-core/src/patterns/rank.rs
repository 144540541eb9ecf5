//! How findings are ranked for the summary (docs/patterns.md, "How findings are ranked").
//!
//! A finding's [`Salience`] orders it, in this order of precedence:
//! 1. **Safety first**: abuse, neglect and violence (the Safety section) before anything else.
//! 2. **Strength of evidence**: a finding under the coverage minimum (`low_evidence`) comes after
//!    every other; then strong before moderate before weak.
//! 3. **Span across generations**: a pattern over three or more generations before one over two,
//!    before one in a single generation (three and more count alike).
//! 4. **Closeness to the index person**: the fewest steps (parent, child or partner links) from
//!    the index person to any member; the index person is 0. Without an index person, all are
//!    equally close.
//! 5. Then report order (section, rule, members), so the ranking is total and deterministic.
//!
//! The summary then takes findings in rank order, up to [`summary_size`]: never a weak or
//! low-evidence finding (unless it is about safety), never a rule that only describes (see
//! [`NEVER_IN_SUMMARY`]), at most two findings of one rule and three of one report section (safety
//! excepted), so that one kind of pattern cannot fill it; and strengths kept visible: at most two
//! strengths, and the best one always, when the family has any.

use std::cmp::Ordering;
use std::collections::VecDeque;

use super::context::Context;
use super::finding::{Category, Finding, Strength};

/// Rules that describe more than they flag: listed in the full report, never in the summary.
///
/// ```
/// assert!(genogram_core::patterns::NEVER_IN_SUMMARY.contains(&"FS5"));
/// ```
pub const NEVER_IN_SUMMARY: &[&str] = &["SC4", "SC6", "FS5"];

/// How salient a finding is; the greater, the more salient (see the module documentation for
/// the order of precedence).
///
/// ```
/// use genogram_core::patterns::{Salience, Strength};
/// let abuse = Salience { safety: true, low_evidence: false, strength: Strength::Moderate, generations: 2, distance: Some(3) };
/// let repetition = Salience { safety: false, low_evidence: false, strength: Strength::Strong, generations: 4, distance: Some(0) };
/// let weak = Salience { strength: Strength::Weak, ..repetition };
/// let three = Salience { generations: 3, distance: Some(4), ..repetition };
/// let near = Salience { generations: 3, distance: Some(1), ..repetition };
/// let two = Salience { generations: 2, distance: Some(0), ..repetition };
/// assert!(abuse > repetition); // safety first
/// assert!(repetition > weak); // then strength of evidence
/// assert!(three > two); // then the span across generations (three and more count alike)
/// assert!(near > three); // then closeness to the index person
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Salience {
    /// The finding is about safety (abuse, neglect, violence).
    pub safety: bool,
    /// Coverage is under the configured minimum.
    pub low_evidence: bool,
    /// How strongly the data supports it.
    pub strength: Strength,
    /// Generations the members span.
    pub generations: usize,
    /// Fewest parent, child or partner steps from the index person to a member, if connected.
    pub distance: Option<u32>,
}

impl Salience {
    /// The salience of a finding, given each person's distance from the index person.
    ///
    /// ```
    /// # use genogram_core::{Genogram, patterns::{detect, PatternConfig, Salience}};
    /// # let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}],
    /// #   "emotional": [{"kind": "physical_abuse", "people": ["a", "b"]}]}"#)?.genogram;
    /// let f = &detect(&g, &PatternConfig::default())[0];
    /// assert!(Salience::of(f, |_| None).safety);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of(finding: &Finding, distance: impl Fn(&crate::PersonId) -> Option<u32>) -> Self {
        Salience {
            safety: finding.category == Category::Safety,
            low_evidence: finding.low_evidence,
            strength: finding.strength,
            generations: finding.generations.len(),
            distance: finding.members.iter().filter_map(|m| distance(&m.person)).min(),
        }
    }
}

impl Ord for Salience {
    fn cmp(&self, other: &Self) -> Ordering {
        self.safety
            .cmp(&other.safety)
            .then(other.low_evidence.cmp(&self.low_evidence))
            .then(self.strength.cmp(&other.strength))
            .then(self.generations.min(3).cmp(&other.generations.min(3)))
            .then_with(|| match (self.distance, other.distance) {
                (Some(a), Some(b)) => b.cmp(&a),
                (Some(_), None) => Ordering::Greater,
                (None, Some(_)) => Ordering::Less,
                (None, None) => Ordering::Equal,
            })
    }
}

impl PartialOrd for Salience {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// How many findings the summary holds for a family of `people`: a third of the family, at
/// least 5 and at most 12.
///
/// ```
/// use genogram_core::patterns::summary_size;
/// assert_eq!(summary_size(40), 12);
/// assert_eq!(summary_size(9), 5);
/// assert_eq!(summary_size(500), 12);
/// ```
pub fn summary_size(people: usize) -> usize {
    (people / 3).clamp(5, 12)
}

/// Steps from the index person to everyone, over parent, child and partner links (breadth
/// first, iterative).
pub(crate) fn distances(ctx: &Context<'_>) -> Vec<Option<u32>> {
    let mut out = vec![None; ctx.people.len()];
    let Some(ip) = ctx.ip else { return out };
    out[ip] = Some(0);
    let mut queue = VecDeque::from([ip]);
    while let Some(p) = queue.pop_front() {
        let here = out[p].unwrap_or(0);
        let next = ctx.parents[p]
            .iter()
            .map(|&(q, _, _)| q)
            .chain(ctx.children[p].iter().map(|&(q, _, _)| q))
            .chain(ctx.partners[p].iter().map(|&(q, _)| q));
        for q in next {
            if out[q].is_none() {
                out[q] = Some(here + 1);
                queue.push_back(q);
            }
        }
    }
    out
}

/// Every finding's index, most salient first (ties in report order).
pub(crate) fn ranked(ctx: &Context<'_>, findings: &[Finding]) -> Vec<usize> {
    let dist = distances(ctx);
    let of = |id: &crate::PersonId| ctx.g.index_of(id).and_then(|p| dist[p]);
    let salience: Vec<Salience> = findings.iter().map(|f| Salience::of(f, of)).collect();
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by(|&a, &b| salience[b].cmp(&salience[a]).then(a.cmp(&b)));
    order
}

/// The summary: findings in rank order under the rules of the module documentation.
pub(crate) fn summary(findings: &[Finding], ranked: &[usize], size: usize) -> Vec<usize> {
    let eligible = |f: &Finding| {
        f.category == Category::Safety
            || (!f.low_evidence
                && f.strength > Strength::Weak
                && !NEVER_IN_SUMMARY.contains(&f.rule))
    };
    let best_strength = ranked
        .iter()
        .copied()
        .find(|&i| findings[i].category == Category::Strengths && eligible(&findings[i]));
    let room = size.saturating_sub(usize::from(best_strength.is_some()));
    let mut out: Vec<usize> = Vec::new();
    let mut strengths = usize::from(best_strength.is_some());
    for &i in ranked {
        let f = &findings[i];
        if out.len() >= room {
            break;
        }
        if Some(i) == best_strength || !eligible(f) {
            continue;
        }
        if out.iter().filter(|&&j| findings[j].rule == f.rule).count() >= 2
            || (f.category != Category::Safety
                && out.iter().filter(|&&j| findings[j].category == f.category).count() >= 3)
        {
            continue;
        }
        if f.category == Category::Strengths {
            if strengths >= 2 {
                continue;
            }
            strengths += 1;
        }
        out.push(i);
    }
    if let Some(i) = best_strength {
        out.push(i);
    }
    out
}
