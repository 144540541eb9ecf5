//! Tidy checks: the documentation lists every diagnostic code and every field of the format.

use crate::common::root;
use genogram_core::Code;

#[test]
fn diagnostics_md_documents_every_code_and_no_other() {
    let text =
        std::fs::read_to_string(root().join("docs/diagnostics.md")).expect("docs/diagnostics.md");
    let documented: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("### `"))
        .filter_map(|l| l.strip_suffix('`'))
        .collect();
    let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        documented, codes,
        "docs/diagnostics.md must have one `### `code`` heading per code, in order"
    );
}

#[test]
fn format_md_mentions_every_field_of_the_schema() {
    let text = std::fs::read_to_string(root().join("docs/format.md")).expect("docs/format.md");
    let schema: serde_json::Value =
        serde_json::from_str(&genogram_core::json_schema()).expect("schema");
    let mut words: Vec<String> = Vec::new();
    let keys_of = |props: &serde_json::Value| -> Vec<String> {
        props.as_object().into_iter().flat_map(|o| o.keys().cloned()).collect()
    };
    words.extend(keys_of(&schema["properties"]));
    for def in schema["$defs"].as_object().expect("$defs").values() {
        words.extend(keys_of(&def["properties"]));
        let enum_words = def["enum"].as_array().into_iter().flatten();
        let const_words =
            def["oneOf"].as_array().into_iter().flatten().filter_map(|v| v.get("const"));
        words.extend(enum_words.chain(const_words).filter_map(|w| w.as_str().map(str::to_owned)));
    }
    let mut missing: Vec<String> =
        words.into_iter().filter(|w| !text.contains(&format!("`{w}`"))).collect();
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "docs/format.md does not mention: {missing:?}");
}

#[test]
fn format_md_examples_are_valid() {
    let text = std::fs::read_to_string(root().join("docs/format.md")).expect("docs/format.md");
    let blocks: Vec<&str> =
        text.split("```json\n").skip(1).filter_map(|b| b.split("\n```").next()).collect();
    assert!(blocks.len() >= 8, "{} json blocks", blocks.len());
    for block in blocks {
        // Whole files load without warnings; record snippets at least parse as JSON.
        let value: serde_json::Value =
            serde_json::from_str(block).unwrap_or_else(|e| panic!("{e}: {block}"));
        if value.get("genogram").is_some() {
            let loaded = genogram_core::Genogram::from_json(block)
                .unwrap_or_else(|e| panic!("{:#?}", e.diagnostics()));
            assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
        }
    }
}

/// The house rule: every public item of the library crates has a doc comment with an example.
#[test]
fn every_public_library_item_has_a_doc_example() {
    let mut missing = Vec::new();
    let mut stack = vec![
        root().join("crates/genogram-core/src"),
        root().join("crates/genogram-anonymize/src"),
        root().join("crates/genogram-render/src"),
        root().join("crates/genogram-gedcom/src"),
    ];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source");
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let lines: Vec<&str> = code.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                let item = line.trim_start();
                let public = [
                    "pub fn ",
                    "pub struct ",
                    "pub enum ",
                    "pub const ",
                    "pub type ",
                    "pub trait ",
                ];
                if !public.iter().any(|p| item.starts_with(p)) {
                    continue;
                }
                // The doc comment above the item, past its attributes (which may span lines).
                let mut doc = Vec::new();
                for above in lines[..i].iter().rev() {
                    let above = above.trim();
                    // `$(#[$doc])*` in a macro carries the docs (and examples) of each call site.
                    if above.starts_with("///")
                        || above.starts_with("#[doc")
                        || above.contains("#[$doc])*")
                    {
                        doc.push(if above.contains("$doc") { "```" } else { above });
                    } else if above.is_empty()
                        || above.ends_with('{')
                        || above.ends_with('}')
                        || above.ends_with(';')
                    {
                        break;
                    }
                }
                if !doc.iter().any(|d| d.contains("```")) {
                    missing.push(format!("{}:{}: {item}", path.display(), i + 1));
                }
            }
        }
    }
    missing.sort();
    assert!(missing.is_empty(), "public items without a doc example:\n{}", missing.join("\n"));
}

#[test]
fn the_gallery_matches_the_renderer() {
    for example in crate::common::json_files("examples") {
        let name = example.file_stem().and_then(|s| s.to_str()).expect("name");
        let g = genogram_core::Genogram::from_json(
            &std::fs::read_to_string(&example).expect("example"),
        )
        .expect("valid example")
        .genogram;
        let svg = genogram_render::render_svg(&g, &genogram_render::RenderOptions::default());
        let committed = std::fs::read_to_string(root().join(format!("docs/gallery/{name}.svg")))
            .unwrap_or_else(|_| {
                panic!("docs/gallery/{name}.svg is missing: run bash docs/gallery/update.sh")
            });
        assert!(
            committed == svg,
            "docs/gallery/{name}.svg is stale: run bash docs/gallery/update.sh"
        );
        assert!(
            root().join(format!("docs/gallery/{name}.png")).exists(),
            "docs/gallery/{name}.png is missing"
        );
    }
}

#[test]
fn patterns_md_documents_every_rule_and_setting() {
    let text = std::fs::read_to_string(root().join("docs/patterns.md")).expect("docs/patterns.md");
    let documented: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("### "))
        .filter_map(|l| l.split(':').next())
        .collect();
    let rules: Vec<&str> = genogram_core::patterns::rules().iter().map(|r| r.id).collect();
    assert_eq!(
        documented, rules,
        "docs/patterns.md must have one `### ID: name` heading per rule, in registry order"
    );
    for rule in genogram_core::patterns::rules() {
        let heading = format!("### {}: {}", rule.id, rule.name);
        let section = text.split(&heading).nth(1).expect("rule section");
        let section = section.split("\n### ").next().unwrap_or(section);
        for param in rule.params {
            assert!(
                section.contains(&format!("`{param}`")),
                "docs/patterns.md: {} does not mention `{param}`",
                rule.id
            );
        }
    }
    let defaults =
        serde_json::to_value(genogram_core::patterns::PatternConfig::default()).expect("config");
    for (key, value) in defaults.as_object().expect("object") {
        let row = format!("| `{key}` | `{value}` |");
        assert!(text.contains(&row), "docs/patterns.md: the settings table needs the row {row}");
    }
}
