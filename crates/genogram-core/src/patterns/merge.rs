//! One finding per pattern: the per-instance findings of a rule that belong to one pattern are
//! merged into one finding with every member and every piece of evidence.
//!
//! Which findings belong together is decided per rule by a [`Key`] (see [`key_of`]), so rules
//! need not know about each other or about the report: every rule's findings with the same
//! members in the same roles always merge; a few rules merge more widely (all changes of one
//! person after nodal events, all "only boy" or "long union" findings of a family).

use std::collections::BTreeMap;

use super::context::{Context, list};
use super::finding::{Finding, Member, Overlay};

/// What makes two findings of one rule the same pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    /// The same people in the same roles: always applies.
    SamePeople,
    /// The same person in one of these roles (E9: every change in one person after nodal
    /// events).
    Person(&'static [&'static str]),
    /// The same kind, named by the title before its first colon (SC7 "Only boy", ST2
    /// "Long-lasting union"): one finding for the family, listing every instance.
    Kind,
}

/// The merge key of each rule that merges more widely than [`Key::SamePeople`].
pub(crate) fn key_of(rule: &str) -> Key {
    match rule {
        "E9" => Key::Person(&["change began", "index person, change began"]),
        "SC7" | "ST2" | "ST3" | "ST6" | "LC1" | "T11" | "E7" => Key::Kind,
        _ => Key::SamePeople,
    }
}

/// The title before its first ": " (the kind of pattern), and the rest.
fn split_title(title: &str) -> (&str, &str) {
    title.split_once(": ").unwrap_or((title, ""))
}

fn group_key(f: &Finding) -> (&'static str, String) {
    let people = || {
        let mut ids: Vec<String> =
            f.members.iter().map(|m| format!("{}={}", m.person, m.role)).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.join(",")
    };
    let key = match key_of(f.rule) {
        Key::SamePeople => format!("people:{}", people()),
        Key::Person(roles) => f
            .members
            .iter()
            .find(|m| roles.contains(&m.role.as_str()))
            .map_or_else(|| format!("people:{}", people()), |m| format!("person:{}", m.person)),
        Key::Kind => format!("kind:{}", split_title(&f.title).0),
    };
    (f.rule, key)
}

/// Merges the findings that belong to one pattern; the result keeps the order of each group's
/// first finding.
pub(crate) fn merge(ctx: &Context<'_>, findings: Vec<Finding>) -> Vec<Finding> {
    let mut groups: BTreeMap<(&'static str, String), usize> = BTreeMap::new();
    let mut out: Vec<Vec<Finding>> = Vec::new();
    for f in findings {
        let key = group_key(&f);
        match groups.get(&key) {
            Some(&g) => out[g].push(f),
            None => {
                groups.insert(key, out.len());
                out.push(vec![f]);
            }
        }
    }
    out.into_iter().filter_map(|group| combine(ctx, group)).collect()
}

fn combine(ctx: &Context<'_>, mut group: Vec<Finding>) -> Option<Finding> {
    if group.len() <= 1 {
        return group.pop();
    }
    // The strongest instance leads: its hypothesis and overlay speak for the pattern.
    group.sort_by(|a, b| b.strength.cmp(&a.strength).then(a.low_evidence.cmp(&b.low_evidence)));
    let mut f = group[0].clone();
    f.title = merged_title(ctx, &group);
    let mut sentences: Vec<&str> = Vec::new();
    for g in &group {
        if !sentences.contains(&g.summary.as_str()) {
            sentences.push(&g.summary);
        }
    }
    f.summary = sentences.join(" ");
    // The leading instance's questions speak for the pattern (the others' are the same
    // questions about other people).
    let mut members: Vec<Member> = Vec::new();
    let mut generations = Vec::new();
    for g in &group {
        for m in &g.members {
            if !members.contains(m) {
                members.push(m.clone());
            }
        }
        generations.extend(g.generations.iter().copied());
    }
    f.members = members;
    f.generations = generations;
    for g in &group[1..] {
        let e = &g.evidence;
        f.evidence.relationships.extend(e.relationships.iter().cloned());
        f.evidence.unions.extend(e.unions.iter().cloned());
        f.evidence.events.extend(e.events.iter().cloned());
        f.evidence.births.extend(e.births.iter().cloned());
        f.evidence.deaths.extend(e.deaths.iter().cloned());
        f.evidence.conditions.extend(e.conditions.iter().cloned());
        f.evidence.households.extend(e.households.iter().cloned());
        f.evidence.people.extend(e.people.iter().cloned());
        f.visual.people.extend(g.visual.people.iter().cloned());
        f.visual.relationships.extend(g.visual.relationships.iter().cloned());
        f.visual.unions.extend(g.visual.unions.iter().cloned());
        for m in &g.missing {
            if !f.missing.contains(m) {
                f.missing.push(m.clone());
            }
        }
        f.coverage = f.coverage.min(g.coverage);
        f.low_evidence &= g.low_evidence;
    }
    if group.iter().any(|g| g.visual.overlay != group[0].visual.overlay)
        && !matches!(f.visual.overlay, Overlay::Lineage { .. })
    {
        f.visual.overlay = Overlay::None;
    }
    f.visual.people.sort();
    f.visual.people.dedup();
    f.visual.relationships.sort_unstable();
    f.visual.relationships.dedup();
    f.visual.unions.sort();
    f.visual.unions.dedup();
    f.finish();
    Some(f)
}

/// The title of a merged pattern: "Only boy (3): George Clarke, Leo Clarke and Pablo Moreno";
/// "Change after a nodal event (2): Daniel Clarke".
fn merged_title(ctx: &Context<'_>, group: &[Finding]) -> String {
    let n = group.len();
    let first = &group[0];
    match key_of(first.rule) {
        Key::Person(roles) => {
            let (kind, _) = split_title(&first.title);
            let who = first
                .members
                .iter()
                .find(|m| roles.contains(&m.role.as_str()))
                .and_then(|m| ctx.g.index_of(&m.person))
                .map(|p| ctx.name(p))
                .unwrap_or_default();
            format!("{kind} ({n}): {who}")
        }
        Key::Kind => {
            let (kind, _) = split_title(&first.title);
            let mut parts: Vec<&str> = group.iter().map(|g| split_title(&g.title).1).collect();
            parts.sort_unstable();
            if parts.len() > 4 {
                let more = parts.len() - 3;
                parts.truncate(3);
                format!("{kind} ({n}): {}; and {more} more", parts.join("; "))
            } else {
                format!("{kind} ({n}): {}", parts.join("; "))
            }
        }
        Key::SamePeople => {
            let mut titles: Vec<String> = group.iter().map(|g| g.title.clone()).collect();
            titles.dedup();
            if titles.len() == 1 {
                titles.remove(0)
            } else {
                let rest: Vec<String> = titles[1..].iter().map(|t| lower_first(t)).collect();
                format!("{}; also {}", titles[0], list(&rest))
            }
        }
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().collect::<String>() + c.as_str()).unwrap_or_default()
}
