//! `genogram check`.

use std::io::Write;
use std::process::ExitCode;

use genogram_core::{Diagnostic, Genogram};
use serde_json::json;

use crate::args::{CheckArgs, Format};
use crate::print;

pub(crate) fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let mut any_error = false;
    let mut unreadable = false;
    let mut reports = Vec::new();
    let mut stderr = anstream::stderr().lock();
    for path in &args.files {
        let input = match crate::input::read_genogram(path) {
            Ok(Some(input)) => input,
            Ok(None) => {
                any_error = true;
                continue;
            }
            Err(error) => {
                unreadable = true;
                match args.format {
                    Format::Human => print::io_error(&mut stderr, &format!("{error:#}"))?,
                    Format::Json => reports.push(json!({
                        "file": path.display().to_string(),
                        "valid": false,
                        "read_error": format!("{error:#}"),
                        "diagnostics": [],
                    })),
                }
                continue;
            }
        };
        let (diagnostics, summary) = match Genogram::from_reader(input.bytes.as_slice()) {
            Ok(loaded) => {
                let g = &loaded.genogram;
                let summary = [
                    count(g.people().len(), "person", "people"),
                    count(g.unions().len(), "union", "unions"),
                    count(g.emotional().len(), "emotional relationship", "emotional relationships"),
                    count(g.events().len(), "event", "events"),
                ]
                .join(", ");
                (loaded.warnings, Some(summary))
            }
            Err(error) => (error.diagnostics().to_vec(), None),
        };
        let valid = summary.is_some();
        any_error |= !valid;
        match args.format {
            Format::Human => {
                let text = String::from_utf8_lossy(&input.bytes);
                for d in &diagnostics {
                    print::diagnostic(&mut stderr, &input.name, &text, d)?;
                }
                print::summary(&mut stderr, &input.name, &diagnostics, summary.as_deref())?;
            }
            Format::Json => reports.push(json!({
                "file": input.name,
                "valid": valid,
                "diagnostics": diagnostics.iter().map(diagnostic_json).collect::<Vec<_>>(),
            })),
        }
    }
    if args.format == Format::Json {
        let mut stdout = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut stdout, &json!({ "files": reports }))?;
        writeln!(stdout)?;
    }
    Ok(if unreadable {
        ExitCode::from(2)
    } else if any_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn diagnostic_json(d: &Diagnostic) -> serde_json::Value {
    json!({
        "code": d.code,
        "severity": d.severity,
        "path": d.path,
        "line": d.location.map(|l| l.line),
        "column": d.location.map(|l| l.column),
        "message": d.message,
        "hint": d.hint,
    })
}
