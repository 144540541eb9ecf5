//! The pattern engine: detectors for the intergenerational and interactional patterns of the
//! clinical catalogue (spec §4), and the report that presents them (§4.9).
//!
//! Each rule lives in its own file, grouped by category (`structure/`, `siblings/`, `life_cycle/`,
//! `repetition/`, `events/`, `triangles/`, `balance/`, `bowen/`, `strengths/`), and is listed once
//! in the registry ([`rules`]). [`detect`] runs them on a [`Genogram`] with a [`PatternConfig`]
//! and returns [`Finding`]s in a deterministic order: the same family gives the same findings
//! whatever the order of people in its file.
//!
//! ```
//! use genogram_core::{Genogram, patterns::{detect, PatternConfig, Report}};
//! let g = Genogram::from_json(r#"{"genogram": 1, "index_person": "kid", "as_of": "2026",
//!   "people": [{"id": "mum", "sex": "female", "birth": "1970"}, {"id": "dad", "sex": "male", "birth": "1968"},
//!              {"id": "kid", "sex": "female", "birth": "2010"}],
//!   "unions": [{"id": "u", "partners": ["mum", "dad"], "kind": "marriage",
//!               "history": [{"status": "married", "date": "2005"}, {"status": "divorced", "date": "2015"}],
//!               "children": [{"person": "kid"}]}],
//!   "emotional": [{"kind": "close", "people": ["mum", "kid"]}, {"kind": "hostile", "people": ["dad", "kid"]}]}"#)?.genogram;
//! let findings = detect(&g, &PatternConfig::default());
//! let t2 = findings.iter().find(|f| f.rule == "T2").ok_or("no T2")?;
//! assert!(t2.title.contains("coalition"));
//! let report = Report::new(&g, &PatternConfig::default());
//! assert!(report.to_markdown().contains("## Triangles and relational patterns"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod balance;
mod bowen;
mod conditions;
mod config;
mod context;
mod events;
mod finding;
mod life_cycle;
mod merge;
mod rank;
mod registry;
mod repetition;
mod report;
mod siblings;
mod strengths;
mod structure;
mod time;
mod triangles;

pub use conditions::ConditionTerm;
pub use config::{HistoricalPeriod, PatternConfig};
pub use finding::{Category, ConditionRef, Evidence, Finding, Member, Overlay, Strength, Visual};
pub use rank::{NEVER_IN_SUMMARY, Salience, summary_size};
pub use registry::{Rule, rules};
pub use report::{ChronologyEntry, Fact, Report, Summary, escape_markdown};

use crate::Genogram;
use context::Context;

/// Runs every rule (or those named in `config.rules`) and returns the findings: sorted by report
/// section, then rule, then members; duplicates removed.
///
/// ```
/// use genogram_core::{Genogram, patterns::{detect, PatternConfig}};
/// let g = Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}],
///   "emotional": [{"kind": "physical_abuse", "people": ["a", "b"]}]}"#)?.genogram;
/// let findings = detect(&g, &PatternConfig::default());
/// assert_eq!(findings[0].rule, "T10"); // safety first
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn detect(genogram: &Genogram, config: &PatternConfig) -> Vec<Finding> {
    detect_in(&Context::new(genogram, config))
}

fn detect_in(ctx: &Context<'_>) -> Vec<Finding> {
    let config = ctx.config;
    let chosen: Vec<usize> = (0..rules().len())
        .filter(|&i| {
            config.rules.is_empty()
                || config.rules.iter().any(|r| r.eq_ignore_ascii_case(rules()[i].id))
        })
        .collect();
    // The rules are independent: run them on the available cores (at most four), each worker
    // taking the next rule. The result is sorted below, so it does not depend on scheduling.
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4)
        .min(chosen.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let run = || {
        let mut found: Vec<(usize, Finding)> = Vec::new();
        loop {
            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(&position) = chosen.get(k) else { break };
            found.extend((rules()[position].detect)(ctx).into_iter().map(|f| (position, f)));
        }
        found
    };
    let mut out: Vec<(usize, Finding)> = if workers <= 1 {
        run()
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..workers).map(|_| scope.spawn(run)).collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
                .collect()
        })
    };
    sort(&mut out);
    out.dedup_by(|(_, a), (_, b)| a == b);
    // One finding per pattern: merge the instances that belong together, then sort again (a
    // merged finding's members are the union of its instances').
    let rule_position: std::collections::BTreeMap<&str, usize> =
        out.iter().map(|(p, f)| (f.rule, *p)).collect();
    let merged = merge::merge(ctx, out.into_iter().map(|(_, f)| f).collect());
    let mut out: Vec<(usize, Finding)> = merged
        .into_iter()
        .map(|f| (rule_position.get(f.rule).copied().unwrap_or(usize::MAX), f))
        .collect();
    sort(&mut out);
    out.dedup_by(|(_, a), (_, b)| a == b);

    out.into_iter().map(|(_, f)| f).collect()
}

/// Sorts findings by section, then rule (registry order), then members, then text.
fn sort(out: &mut [(usize, Finding)]) {
    out.sort_by(|(pa, a), (pb, b)| {
        (a.category, pa)
            .cmp(&(b.category, pb))
            .then_with(|| {
                a.members.iter().map(|m| &m.person).cmp(b.members.iter().map(|m| &m.person))
            })
            .then_with(|| (&a.title, &a.summary).cmp(&(&b.title, &b.summary)))
    });
}
