//! The HTML report: one self-contained page (no network, no external assets) with the genogram
//! inline and the findings beside it; selecting a finding highlights its people and lines.

use genogram_core::patterns::{Category, Finding, Report, Strength};

use crate::category_colour;

/// Escapes text for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::canvas::clean(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --ink: #222; --muted: #5f6368; --line: #dde1e6; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 "DejaVu Sans", Verdana, sans-serif; color: var(--ink); background: #fafafa; }
header { padding: 20px 28px 8px; background: #fff; border-bottom: 1px solid var(--line); }
h1 { font-size: 22px; margin: 0 0 4px; }
.counts { color: var(--muted); margin: 0 0 8px; }
.note { border-left: 4px solid #90a4ae; padding: 6px 12px; background: #f5f7f8; color: #37474f; margin: 8px 0; }
main { display: grid; grid-template-columns: minmax(0, 1.25fr) minmax(340px, 1fr); gap: 0; }
#drawing { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; padding: 16px; background: #fff; border-right: 1px solid var(--line); }
#drawing svg { max-width: 100%; height: auto; }
.highlights .finding { display: none; }
.highlights .finding.on, body.all .highlights .finding { display: inline; }
#findings { padding: 8px 24px 40px; max-height: 100vh; overflow: auto; }
h2 { font-size: 18px; margin: 24px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h2 .dot { display: inline-block; width: 12px; height: 12px; border-radius: 50%; margin-right: 8px; }
article { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--c); border-radius: 6px; padding: 10px 14px; margin: 10px 0; cursor: pointer; }
article:focus, article.active { outline: 3px solid var(--c); outline-offset: 1px; }
article h3 { font-size: 15px; margin: 0 0 2px; }
.meta { color: var(--muted); font-size: 13px; margin: 0 0 6px; }
.safety article { background: #fff5f5; }
article p { margin: 4px 0; }
article ul { margin: 4px 0 4px 18px; padding: 0; }
.people { color: var(--muted); font-size: 13px; }
.empty { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 13px; background: #fff; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 4px 6px; vertical-align: top; }
td a { margin-right: 6px; }
.controls { margin: 6px 0; }
button { font: inherit; font-size: 13px; padding: 2px 10px; border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; }
@media (max-width: 900px) { main { display: block; } #drawing, #findings { position: static; max-height: none; } }
@media print { #drawing, #findings { position: static; max-height: none; overflow: visible; } .highlights { display: none; } }
details#all-findings > summary { cursor: pointer; font-weight: 600; margin: 20px 0 8px; padding: 8px 12px; background: #eef1f5; border-radius: 6px; }
.in-summary { margin: 4px 0 4px 8px; font-size: 14px; }
@media print { details#all-findings { display: block; } }
"#;

const SCRIPT: &str = r#"
(function () {
  function select(id) {
    document.body.classList.remove('all');
    document.querySelectorAll('.highlights .finding').forEach(function (g) { g.classList.toggle('on', g.id === id); });
    document.querySelectorAll('article[data-target]').forEach(function (a) { a.classList.toggle('active', a.dataset.target === id); });
  }
  // Scroll the findings pane (not the page) to a finding.
  function reveal(id) {
    var pane = document.getElementById('findings');
    var a = document.getElementById('finding-' + id);
    var d = a && a.closest('details');
    if (d) d.open = true;
    if (pane && a) pane.scrollTop = a.offsetTop - pane.offsetTop - 8;
  }
  document.querySelectorAll('[data-target]').forEach(function (el) {
    el.addEventListener('click', function (ev) { ev.preventDefault(); select(el.dataset.target); if (el.tagName === 'A') reveal(el.dataset.target); });
    el.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(el.dataset.target); } });
  });
  var all = document.getElementById('show-all');
  if (all) all.addEventListener('click', function () { select(''); document.body.classList.add('all'); });
  function fromHash() {
    var h = location.hash;
    if (h.indexOf('#finding-') === 0) {
      select(h.slice(9));
      reveal(h.slice(9));
    }
    else if (h.indexOf('#select-') === 0) { select(h.slice(8)); reveal(h.slice(8)); }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
  var none = document.getElementById('show-none');
  if (none) none.addEventListener('click', function () { select(''); });
})();
"#;

/// The report as one self-contained HTML page around an SVG drawn with the findings as
/// highlights (ids `f1`, `f2`, ... in report order). Every text from the file is escaped; the
/// page loads nothing from the network (its Content-Security-Policy forbids it).
///
/// ```
/// use genogram_core::{Genogram, patterns::{PatternConfig, Report}};
/// let g = Genogram::from_json(r#"{"genogram": 1, "title": "<Lee>", "people": [{"id": "a"}, {"id": "b"}],
///   "emotional": [{"kind": "cutoff", "people": ["a", "b"]}]}"#)?.genogram;
/// let report = Report::new(&g, &PatternConfig::default());
/// let html = genogram_render::report_html(&report, "<svg></svg>");
/// assert!(html.contains("&lt;Lee&gt;") && !html.contains("<Lee>"));
/// assert!(html.contains("data-target=\"f1\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn report_html(report: &Report, svg: &str) -> String {
    let mut s = String::new();
    s += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    s += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n";
    s += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    s += &format!(
        "<title>Genogram report: {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&report.title)
    );
    let sm = &report.summary;
    s += &format!("<header>\n<h1>Genogram report: {}</h1>\n", esc(&report.title));
    s += &format!(
        "<p class=\"counts\">{}{} people across {} generations · {} unions · {} emotional relationships · {} dated events · {} findings</p>\n",
        report.as_of.as_ref().map(|d| format!("As of {} · ", esc(d))).unwrap_or_default(),
        sm.people,
        sm.generations,
        sm.unions,
        sm.relationships,
        sm.dated_events,
        report.findings.len()
    );
    s += "<p class=\"note\">These findings are hypotheses drawn from the genogram, to explore with the family. They are not diagnoses or verdicts, and what the file does not record is unknown, not absent. Select a finding to see it in the drawing.</p>\n";
    s += "</header>\n<main>\n<section id=\"drawing\" aria-label=\"Genogram\">\n";
    s += "<div class=\"controls\"><button id=\"show-all\" type=\"button\">Show all findings</button> <button id=\"show-none\" type=\"button\">Clear</button></div>\n";
    s += svg;
    s += "</section>\n<section id=\"findings\">\n";
    s += &facts_table(report);
    // The summary's findings in full, most salient first; the rest behind "show all".
    s += &format!(
        "<section class=\"summary\">\n<h2>Summary: {} of {} findings, most salient first</h2>\n",
        sm.salient.len(),
        report.findings.len()
    );
    for &i in &sm.salient {
        if let Some(f) = report.findings.get(i) {
            s += &article(report, i, f);
        }
    }
    s += "</section>\n";
    s += &format!(
        "<details id=\"all-findings\">\n<summary>Show all {} findings and the family chronology</summary>\n",
        report.findings.len()
    );
    for category in Category::ALL {
        let colour = category_colour(category);
        let class = if category == Category::Safety { " class=\"safety\"" } else { "" };
        let items: Vec<_> = report.section(category).collect();
        s += &format!(
            "<section{class}>\n<h2><span class=\"dot\" style=\"background:{colour}\"></span>{} ({})</h2>\n",
            category.heading(),
            items.len()
        );
        if items.is_empty() {
            s += &format!(
                "<p class=\"empty\">{}</p>\n",
                match category {
                    Category::Safety =>
                        "No abuse, neglect or violence is recorded in the genogram. That is not the same as knowing there was none.",
                    Category::Strengths =>
                        "No strengths were detected from the recorded data; ask about them: every family has some.",
                    _ => "Nothing found.",
                }
            );
        }
        for (i, f) in items {
            if sm.salient.contains(&i) {
                s += &format!(
                    "<p class=\"in-summary\"><a href=\"#finding-f{n}\" data-target=\"f{n}\">F{n}. {}</a> ({}): in the summary above</p>\n",
                    esc(&f.title),
                    f.rule,
                    n = i + 1
                );
            } else {
                s += &article(report, i, f);
            }
        }
        s += "</section>\n";
    }
    s += "<section>\n<h2>Family chronology</h2>\n";
    if report.chronology.is_empty() {
        s += "<p class=\"empty\">No dated events are recorded.</p>\n";
    } else {
        s += "<table>\n<thead><tr><th>Date</th><th>Event</th><th>Findings</th></tr></thead>\n<tbody>\n";
        for c in &report.chronology {
            let links: Vec<String> = c
                .findings
                .iter()
                .map(|&i| {
                    format!("<a href=\"#finding-f{n}\" data-target=\"f{n}\">F{n}</a>", n = i + 1)
                })
                .collect();
            s += &format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                esc(&c.date),
                esc(&c.what),
                links.join("")
            );
        }
        s += "</tbody>\n</table>\n";
    }
    s += "</section>\n</details>\n</section>\n</main>\n";
    s += &format!("<script>{SCRIPT}</script>\n</body>\n</html>\n");
    s
}

/// The family facts table (household types, life-cycle stages, sibling positions, counts).
fn facts_table(report: &Report) -> String {
    let mut s = String::from(
        "<section class=\"facts\">\n<h2>Family facts</h2>\n<table>\n<thead><tr><th>Topic</th><th>About</th><th>Facts</th></tr></thead>\n<tbody>\n",
    );
    for fact in report.facts() {
        s += &format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            esc(&fact.topic),
            esc(&fact.subject),
            esc(&fact.details.join(" "))
        );
    }
    s += "</tbody>\n</table>\n</section>\n";
    s
}

/// One finding in full, selectable to highlight it in the drawing.
fn article(report: &Report, i: usize, f: &Finding) -> String {
    let n = i + 1;
    let colour = category_colour(f.category);
    let mut s = format!(
        "<article id=\"finding-f{n}\" data-target=\"f{n}\" tabindex=\"0\" style=\"--c:{colour}\">\n<h3>F{n}. {} <small>({})</small></h3>\n",
        esc(&f.title),
        f.rule
    );
    s += &format!(
        "<p class=\"meta\">{} evidence{} · coverage {:.0}%</p>\n",
        match f.strength {
            Strength::Strong => "Strong",
            Strength::Moderate => "Moderate",
            Strength::Weak => "Weak",
        },
        if f.low_evidence { " (low: read as a lead)" } else { "" },
        f.coverage * 100.0
    );
    s += &format!(
        "<p>{}</p>\n<p><strong>Hypothesis.</strong> {}</p>\n",
        esc(&f.summary),
        esc(&f.hypothesis)
    );
    if !f.questions.is_empty() {
        s += "<p><strong>You might ask:</strong></p>\n<ul>\n";
        for q in &f.questions {
            s += &format!("<li>{}</li>\n", esc(q));
        }
        s += "</ul>\n";
    }
    s += &format!("<p class=\"people\">People: {}</p>\n", esc(&report.people_text(f)));
    s += &format!("<p class=\"people\">Evidence: {}</p>\n", esc(&report.evidence_text(f)));
    if !f.missing.is_empty() {
        s += &format!("<p class=\"people\">Not recorded: {}</p>\n", esc(&f.missing.join("; ")));
    }
    s += "</article>\n";
    s
}
