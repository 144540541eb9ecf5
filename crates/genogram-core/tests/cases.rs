//! The pattern engine measured on real families (issue 10 §4): every folder of `tests/cases/`
//! holds a `family.json` built from public sources and an `expected.txt` of the findings a
//! clinician would expect, written before the engine was run on the file (`tests/cases/README.md`).
//!
//! For each case the test pins, in one snapshot, the recall (expected lines matched / all lines),
//! the count of findings in the report's summary and in all, and each expected line as found or
//! missed. A line is found when some finding of one of its rules lists every person it names
//! among its members. A malformed line, or one naming a person the file does not have, fails the
//! test with the file and line.
//!
//! `INSTA_UPDATE=always cargo test -p genogram-core --test cases` rewrites the snapshots; read
//! the diff: a recall that drops is a regression of the engine, not of the case.

use std::path::{Path, PathBuf};

use genogram_core::Genogram;
use genogram_core::patterns::{PatternConfig, Report};

/// One line of `expected.txt`: `RULE[|RULE...]: person-id ... | why`.
#[derive(Debug, PartialEq)]
struct Expectation {
    /// 1-based line number in the file.
    line: usize,
    rules: Vec<String>,
    people: Vec<String>,
    why: String,
}

/// Parses `expected.txt`; blank lines and lines starting with `#` are comments.
fn parse_expected(text: &str) -> Result<Vec<Expectation>, String> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let n = i + 1;
        // The rules come before the first ':' (they may hold '|'); the people before the next '|'.
        let (rules, rest) =
            line.split_once(':').ok_or_else(|| format!("line {n}: no `RULE:` prefix: {line}"))?;
        let rules: Vec<String> = rules.split('|').map(|r| r.trim().to_owned()).collect();
        if rules.iter().any(|r| !is_rule_id(r)) {
            return Err(format!("line {n}: bad rule id in `{}`", rules.join("|")));
        }
        let (people, why) =
            rest.split_once('|').ok_or_else(|| format!("line {n}: no ` | why` part: {line}"))?;
        let people: Vec<String> = people.split_whitespace().map(str::to_owned).collect();
        if people.is_empty() {
            return Err(format!("line {n}: names no person"));
        }
        let why = why.trim().to_owned();
        if why.is_empty() {
            return Err(format!("line {n}: the why is empty"));
        }
        out.push(Expectation { line: n, rules, people, why });
    }
    Ok(out)
}

/// A rule id as the registry spells them: capital letters then digits (`E10`, `BW4`).
fn is_rule_id(s: &str) -> bool {
    let letters = s.chars().take_while(char::is_ascii_uppercase).count();
    letters > 0 && s.len() > letters && s[letters..].chars().all(|c| c.is_ascii_digit())
}

/// The findings the report puts in its summary, as indices into `report.findings`. Kept in one
/// place so that a change of the summary's shape touches one line.
fn summary_findings(report: &Report) -> &[usize] {
    &report.summary.salient
}

/// The case folders, in name order.
fn cases() -> Vec<PathBuf> {
    let dir = genogram_testkit::root().join("tests/cases");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.join("family.json").is_file())
        .collect();
    out.sort();
    out
}

fn name(case: &Path) -> String {
    case.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn load(case: &Path) -> Genogram {
    let text = std::fs::read_to_string(case.join("family.json")).expect("family.json");
    Genogram::from_json(&text)
        .unwrap_or_else(|e| panic!("{}: {:#?}", name(case), e.diagnostics()))
        .genogram
}

fn expectations(case: &Path) -> Vec<Expectation> {
    let path = case.join("expected.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: every case needs an expected.txt: {e}", name(case)));
    parse_expected(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The measured report of one case, as pinned in its snapshot.
fn measure(case: &Path) -> String {
    let g = load(case);
    let expected = expectations(case);
    for e in &expected {
        for p in &e.people {
            assert!(
                g.people().iter().any(|q| q.id.as_str() == p),
                "{}/expected.txt line {}: no person `{p}` in family.json",
                name(case),
                e.line
            );
        }
    }
    let report = Report::new(&g, &PatternConfig::default());
    let summary = summary_findings(&report);
    let mut found = 0;
    let mut lines = Vec::new();
    for e in &expected {
        let hit = report.findings.iter().position(|f| {
            e.rules.iter().any(|r| r == f.rule)
                && e.people.iter().all(|p| f.members.iter().any(|m| m.person.as_str() == p))
        });
        let status = match hit {
            Some(i) if summary.contains(&i) => "found, in summary",
            Some(_) => "found",
            None => "MISSED",
        };
        found += usize::from(hit.is_some());
        lines.push(format!(
            "{status:<17} {}: {}  (line {})",
            e.rules.join("|"),
            e.people.join(" "),
            e.line
        ));
    }
    let recall =
        if expected.is_empty() { 0.0 } else { 100.0 * found as f64 / expected.len() as f64 };
    let summary_titles: Vec<String> = summary
        .iter()
        .filter_map(|&i| report.findings.get(i))
        .map(|f| format!("  {} {}", f.rule, f.title))
        .collect();
    format!(
        "people: {}\nexpected: {}\nfound: {found}\nrecall: {recall:.0}%\nfindings in summary: {}\nfindings in all: {}\n\n{}\n\nsummary:\n{}\n",
        g.people().len(),
        expected.len(),
        summary.len(),
        report.findings.len(),
        lines.join("\n"),
        summary_titles.join("\n")
    )
}

#[test]
fn every_case_is_measured_against_its_expected_findings() {
    let cases = cases();
    assert!(!cases.is_empty(), "no case under tests/cases/");
    for case in cases {
        insta::assert_snapshot!(format!("case-{}", name(&case)), measure(&case));
    }
}

#[test]
fn expected_lines_parse_or_fail_with_their_line() {
    let ok =
        parse_expected("# c\n\nE10|R1: a b | why it matters\nT3: x | because\n").expect("valid");
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[0].line, 3);
    assert_eq!(ok[0].rules, ["E10", "R1"]);
    assert_eq!(ok[0].people, ["a", "b"]);
    assert_eq!(ok[0].why, "why it matters");
    assert_eq!(ok[1].rules, ["T3"]);
    for (bad, line) in [
        ("E10 a b | why", "line 1"),
        ("# x\nE10: a b", "line 2"),
        ("e10: a | why", "line 1"),
        ("E10: | why", "line 1"),
        ("\n\nE10: a |   ", "line 3"),
        ("E1x: a | why", "line 1"),
    ] {
        let err = parse_expected(bad).expect_err(bad);
        assert!(err.starts_with(line), "{bad:?} gave {err:?}");
    }
}

/// The report of a real family does not depend on the order of the file's order-free lists:
/// reversing `people`, `unions` (when all are dated), `emotional`, `events` and `households`
/// gives the same Markdown
/// (the JSON cites relationships and events by their index in the file, so it is compared as
/// Markdown, which names them).
#[test]
#[ignore = "engine bug found on these cases: FS2, FS3, R3 and the chronology's order of same-day \
            entries depend on the order of unions and relationships in the file (issue 10 §1)"]
fn every_case_reports_the_same_whatever_the_order_of_the_file() {
    let config = PatternConfig::default();
    let mut differing = Vec::new();
    for case in cases() {
        let text = std::fs::read_to_string(case.join("family.json")).expect("family.json");
        let mut doc: serde_json::Value = serde_json::from_str(&text).expect("json");
        let g = load(&case);
        // The format keeps undated unions in the file's order (docs/format.md, "Order").
        let unions_free = g.unions().iter().all(|u| u.history.iter().any(|s| s.date.is_some()));
        for list in ["people", "unions", "emotional", "events", "households"] {
            if list == "unions" && !unions_free {
                continue;
            }
            if let Some(items) = doc.get_mut(list).and_then(|v| v.as_array_mut()) {
                items.reverse();
            }
        }
        let reversed = Genogram::from_json(&doc.to_string()).expect("valid").genogram;
        let original = Report::new(&g, &config).to_markdown();
        let lines = original
            .lines()
            .zip(Report::new(&reversed, &config).to_markdown().lines())
            .filter(|(a, b)| a != b)
            .count();
        if lines > 0 {
            differing.push(format!("{} ({lines} lines)", name(&case)));
        }
    }
    assert!(differing.is_empty(), "reports that depend on the file's order: {differing:?}");
}
