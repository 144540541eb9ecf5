//! `genogram report` and `genogram patterns`.

use std::io::Write;
use std::process::ExitCode;

use genogram_core::patterns::{PatternConfig, Report, rules};
use genogram_render::{Highlight, RenderOptions, layout, paint};

use crate::args::{PatternsArgs, ReportArgs, ReportFormat};
use crate::output::write_atomic;

pub(crate) fn run(args: &ReportArgs) -> anyhow::Result<ExitCode> {
    let config = crate::pattern_config::load(args.config.as_deref())?;
    let Some((genogram, _)) = crate::view::load(&args.input, &args.view, false)? else {
        return Ok(ExitCode::from(1));
    };
    let report = Report::new(&genogram, &config);
    let text = match args.format {
        ReportFormat::Md if args.all => report.to_markdown(),
        ReportFormat::Md => report.to_markdown_summary(),
        ReportFormat::Json => report.to_json(),
        ReportFormat::Html => {
            let options = RenderOptions {
                highlights: report
                    .findings
                    .iter()
                    .enumerate()
                    .map(|(i, f)| Highlight { id: format!("f{}", i + 1), finding: f.clone() })
                    .collect(),
                ..RenderOptions::default()
            };
            let svg = paint(&genogram, &layout(&genogram, &options.layout), &options);
            genogram_render::report_html(&report, &svg)
        }
    };
    let inputs = [args.input.as_path()];
    match &args.output {
        Some(path) => write_atomic(path, text.as_bytes(), &inputs)?,
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn list(args: &PatternsArgs) -> anyhow::Result<ExitCode> {
    let defaults = serde_json::to_value(PatternConfig::default())?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let list: Vec<serde_json::Value> = rules()
            .iter()
            .map(|r| {
                let params: serde_json::Map<String, serde_json::Value> =
                    r.params.iter().map(|p| ((*p).to_owned(), defaults[*p].clone())).collect();
                serde_json::json!({
                    "id": r.id, "category": r.category, "name": r.name, "looks_for": r.looks_for,
                    "spec": r.spec, "settings": params,
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut section = None;
    for r in rules() {
        if section != Some(r.category) {
            writeln!(out, "\n{}", r.category.heading())?;
            section = Some(r.category);
        }
        writeln!(
            out,
            "  {:<4} {} ({})",
            r.id,
            r.name,
            if r.spec == "ours" { "strength".to_owned() } else { format!("spec {}", r.spec) }
        )?;
        writeln!(out, "       {}", r.looks_for)?;
        if !r.params.is_empty() {
            let settings: Vec<String> =
                r.params.iter().map(|p| format!("{p} = {}", defaults[*p])).collect();
            writeln!(out, "       settings: {}", settings.join(", "))?;
        }
    }
    writeln!(
        out,
        "\nGlobal settings: min_coverage = {}, as_of = (the file's as_of), rules = [] (all).",
        defaults["min_coverage"]
    )?;
    writeln!(
        out,
        "Override any of them with `genogram report --config FILE` (TOML or JSON); see docs/patterns.md."
    )?;
    Ok(ExitCode::SUCCESS)
}
