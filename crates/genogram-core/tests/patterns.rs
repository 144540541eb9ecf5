//! The pattern rules, data-driven: for every rule, a fixture where it must fire
//! (`tests/patterns/RULE.fire.json`) and a near miss where it must not (`RULE.miss.json`).
//! `tests/patterns/expectations.txt` lists, for each fixture, the exact findings of its rule:
//! one line per finding with its members and their roles, or `none`.
//!
//! `GENOGRAM_BLESS=1 cargo test -p genogram-core --test patterns` rewrites the expectations from
//! the current detectors; review the diff before committing it.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use genogram_core::Genogram;
use genogram_core::patterns::{Category, PatternConfig, Report, detect, rules};

const DIR: &str = "tests/patterns";

fn load(name: &str) -> (Genogram, PatternConfig) {
    let text =
        std::fs::read_to_string(Path::new(DIR).join(format!("{name}.json"))).expect("fixture");
    let g = Genogram::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e:?}")).genogram;
    let config = std::fs::read_to_string(Path::new(DIR).join(format!("{name}.config.json")))
        .map(|t| serde_json::from_str(&t).expect("config"))
        .unwrap_or_default();
    (g, config)
}

/// "id=role; id=role" for each finding of the rule, sorted.
fn actual(name: &str, rule: &str) -> Vec<String> {
    let (g, config) = load(name);
    let mut lines: Vec<String> = detect(&g, &config)
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| {
            let mut members: Vec<String> =
                f.members.iter().map(|m| format!("{}={}", m.person, m.role)).collect();
            members.sort();
            members.join("; ")
        })
        .collect();
    lines.sort();
    if lines.is_empty() {
        lines.push("none".into());
    }
    lines
}

fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(DIR)
        .expect("fixture dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| {
            (n.ends_with(".fire.json") || n.ends_with(".miss.json")) && !n.ends_with(".config.json")
        })
        .map(|n| n.trim_end_matches(".json").to_owned())
        .collect();
    names.sort();
    names
}

fn expectations() -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(Path::new(DIR).join("expectations.txt")).unwrap_or_default();
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let (name, members) = line.split_once(": ").expect("`fixture: members` lines");
        out.entry(name.to_owned()).or_default().push(members.to_owned());
    }
    out
}

#[test]
fn every_rule_fires_on_its_fixture_and_not_on_its_near_miss() {
    let names = fixtures();
    if std::env::var_os("GENOGRAM_BLESS").is_some() {
        let mut text =
            String::from("# The exact findings of each fixture's rule (see tests/patterns.rs).\n");
        for name in &names {
            let rule = name.split('.').next().expect("rule");
            for line in actual(name, rule) {
                text += &format!("{name}: {line}\n");
            }
        }
        std::fs::write(Path::new(DIR).join("expectations.txt"), text).expect("write");
    }
    let expected = expectations();
    let mut failures = Vec::new();
    for name in &names {
        let rule = name.split('.').next().expect("rule");
        let got = actual(name, rule);
        let want = expected.get(name).cloned().unwrap_or_default();
        if got != want {
            failures.push(format!("{name}:\n  expected {want:?}\n  got      {got:?}"));
        }
        let fires = got != ["none"];
        assert_eq!(
            fires,
            name.ends_with(".fire"),
            "{name}: a .fire fixture must fire, a .miss must not"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_has_a_firing_fixture_and_a_near_miss() {
    let names = fixtures();
    for rule in rules() {
        for kind in ["fire", "miss"] {
            assert!(
                names.contains(&format!("{}.{kind}", rule.id)),
                "rule {} has no {kind} fixture",
                rule.id
            );
        }
    }
}

#[test]
fn findings_do_not_depend_on_the_order_of_people_in_the_file() {
    for (path, text) in common::examples().into_iter().chain(
        std::fs::read_dir(DIR)
            .expect("dir")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.to_string_lossy().ends_with(".fire.json"))
            .map(|p| {
                let t = std::fs::read_to_string(&p).expect("read");
                (p, t)
            }),
    ) {
        let mut doc: serde_json::Value = serde_json::from_str(&text).expect("json");
        let base = Genogram::from_json(&text).expect("valid").genogram;
        let config = PatternConfig::default();
        let want = Report::new(&base, &config).to_json();
        // Reverse, rotate, then four seeded shuffles: six different orders of the same people.
        for step in 0..6u64 {
            let people = doc["people"].as_array_mut().expect("people");
            match step {
                0 => people.reverse(),
                1 => {
                    let n = people.len();
                    people.rotate_left(n / 2);
                }
                seed => {
                    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
                    for i in (1..people.len()).rev() {
                        state = state
                            .wrapping_mul(6_364_136_223_846_793_005)
                            .wrapping_add(1_442_695_040_888_963_407);
                        let j = (state >> 33) as usize % (i + 1);
                        people.swap(i, j);
                    }
                }
            }
            let shuffled = Genogram::from_json(&doc.to_string()).expect("valid").genogram;
            let got = Report::new(&shuffled, &config).to_json();
            if let Some((a, b)) = got.lines().zip(want.lines()).find(|(a, b)| a != b) {
                panic!(
                    "{}: the order of people changed the report: {a:?} instead of {b:?}",
                    path.display()
                );
            }
            assert_eq!(got.len(), want.len(), "{}", path.display());
        }
    }
}

#[test]
fn reports_of_the_examples_are_pinned() {
    for (path, text) in common::examples() {
        let g = Genogram::from_json(&text).expect("valid").genogram;
        let report = Report::new(&g, &PatternConfig::default());
        let name = path.file_stem().expect("stem").to_string_lossy().into_owned();
        insta::assert_snapshot!(format!("{name}.md"), report.to_markdown());
        insta::assert_snapshot!(format!("{name}.summary.md"), report.to_markdown_summary());
        insta::assert_snapshot!(format!("{name}.json"), report.to_json());
        // A five-minute report: at most 12 findings in the summary, safety first, the facts
        // in their own table, and every finding citing some record.
        let summary: Vec<_> = report.summary().collect();
        assert!(
            (1..=12).contains(&summary.len())
                && summary.len() <= genogram_core::patterns::summary_size(g.people().len()),
            "{name}: {} findings in the summary",
            summary.len()
        );
        let safety = report.findings().iter().any(|f| f.category == Category::Safety);
        assert_eq!(safety, summary[0].category == Category::Safety, "{name}: safety first");
        assert_eq!(report.facts()[0].topic, "Family");
        for f in report.findings() {
            assert!(
                !["FS1", "SC1", "SC3", "LC7"].contains(&f.rule),
                "{name}: {} is a fact",
                f.rule
            );
            assert!(!f.evidence.is_empty(), "{name}: {} cites no record", f.rule);
        }
        let json: serde_json::Value = serde_json::from_str(&report.to_json()).expect("json");
        for f in json["findings"].as_array().expect("findings") {
            assert!(
                f["evidence"].as_object().is_some_and(|e| !e.is_empty()),
                "{name}: empty evidence in the JSON"
            );
        }
        // Safety always comes first, and every section appears in report order.
        let categories: Vec<Category> = report.findings.iter().map(|f| f.category).collect();
        assert!(
            categories.windows(2).all(|w| w[0] <= w[1]),
            "{name}: findings out of section order"
        );
        for f in &report.findings {
            assert!(
                !f.summary.is_empty() && !f.hypothesis.is_empty(),
                "{name}: {} has no wording",
                f.rule
            );
            assert!((1..=3).contains(&f.questions.len()), "{name}: {} needs 1-3 questions", f.rule);
            assert!(!f.members.is_empty(), "{name}: {} names nobody", f.rule);
        }
    }
}

#[test]
fn wording_stays_non_judgemental() {
    const BANNED: &[&str] = &[
        "dysfunctional",
        "pathological",
        "toxic",
        "crazy",
        "abnormal",
        "broken home",
        "fault of",
        "caused by",
    ];
    for (path, text) in common::examples() {
        let g = Genogram::from_json(&text).expect("valid").genogram;
        let md = Report::new(&g, &PatternConfig::default()).to_markdown().to_lowercase();
        for word in BANNED {
            assert!(!md.contains(word), "{}: report says `{word}`", path.display());
        }
    }
}

/// The errors of time and fact found on real families (issue 10), one fixture per error class
/// in `tests/patterns/regressions/`: the family, the rule (or the whole report), and what must
/// and must not be said or who must and must not be named in what role.
#[test]
fn regressions_of_time_and_fact_stay_fixed() {
    let dir = Path::new(DIR).join("regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("regressions")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 14, "one fixture per error class");
    let strings = |v: &serde_json::Value, key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str().map(String::from))
            .collect()
    };
    let mut failures = Vec::new();
    for path in &files {
        let spec: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
        let name = path.file_stem().expect("stem").to_string_lossy().into_owned();
        let g = Genogram::from_json(&spec["family"].to_string())
            .unwrap_or_else(|e| panic!("{name}: {e:?}"))
            .genogram;
        let config = PatternConfig::default();
        let rule = spec["rule"].as_str();
        let findings: Vec<_> =
            detect(&g, &config).into_iter().filter(|f| rule.is_none_or(|r| f.rule == r)).collect();
        let text = match rule {
            Some(_) => findings
                .iter()
                .flat_map(|f| {
                    [f.title.clone(), f.summary.clone(), f.hypothesis.clone()]
                        .into_iter()
                        .chain(f.questions.iter().cloned())
                })
                .collect::<Vec<_>>()
                .join("\n"),
            None => Report::new(&g, &config).to_markdown(),
        };
        let members: Vec<String> = findings
            .iter()
            .flat_map(|f| f.members.iter().map(|m| format!("{}={}", m.person, m.role)))
            .collect();
        let mut fail = |what: String| failures.push(format!("{name}: {what}"));
        for s in strings(&spec, "must_say") {
            if !text.contains(&s) {
                fail(format!("does not say {s:?}"));
            }
        }
        for s in strings(&spec, "must_not_say") {
            if text.contains(&s) {
                fail(format!("says {s:?}"));
            }
        }
        for m in strings(&spec, "members") {
            if !members.contains(&m) {
                fail(format!("does not name {m}"));
            }
        }
        for m in strings(&spec, "not_members") {
            if members.contains(&m) {
                fail(format!("names {m}"));
            }
        }
        if let Some(n) = spec["count"].as_u64()
            && findings.len() as u64 != n
        {
            fail(format!("{} findings of {rule:?}, expected {n}", findings.len()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
