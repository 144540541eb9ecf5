//! `genogram render`.

use std::io::Write;
use std::process::ExitCode;

use genogram_core::patterns::Report;
use genogram_render::{Highlight, Labels, LayoutOptions, Profile, RenderOptions, layout, paint};

use crate::args::{LabelArg, ProfileArg, RenderArgs};
use crate::output::write_atomic;

pub(crate) fn run(args: &RenderArgs) -> anyhow::Result<ExitCode> {
    let Some((genogram, _)) = crate::view::load(&args.input, &args.view, true)? else {
        return Ok(ExitCode::from(1));
    };
    let highlights = match &args.highlight {
        Some(rules) => {
            let mut config = crate::pattern_config::load(args.config.as_deref())?;
            if !rules.iter().any(|r| r.eq_ignore_ascii_case("all")) {
                crate::pattern_config::check_rules(rules)?;
                config.rules = rules.clone();
            }
            let report = Report::new(&genogram, &config);
            report
                .findings
                .into_iter()
                .enumerate()
                .map(|(i, finding)| Highlight { id: format!("f{}", i + 1), finding })
                .collect()
        }
        None => Vec::new(),
    };
    let options = RenderOptions {
        layout: LayoutOptions {
            emotional: !args.no_emotional,
            profile: args.profile.map(|p| match p {
                ProfileArg::Mcgoldrick => Profile::McGoldrick,
                ProfileArg::Nsgc => Profile::Nsgc,
            }),
            male_left: !args.no_male_left,
        },
        legend: !args.no_legend,
        title: args.title.clone(),
        labels: Labels {
            name: args.labels.contains(&LabelArg::Name),
            years: args.labels.contains(&LabelArg::Years),
            age: args.labels.contains(&LabelArg::Age),
            conditions: args.labels.contains(&LabelArg::Conditions),
            occupation: args.labels.contains(&LabelArg::Occupation),
            places: args.labels.contains(&LabelArg::Places),
        },
        highlights,
    };
    let laid_out = layout(&genogram, &options.layout);
    let svg = paint(&genogram, &laid_out, &options);
    let inputs = [args.input.as_path()];
    match &args.output {
        Some(path) => write_atomic(path, svg.as_bytes(), &inputs)?,
        None => std::io::stdout().lock().write_all(svg.as_bytes())?,
    }
    if let Some(path) = &args.layout_json {
        let mut json = serde_json::to_string_pretty(&laid_out)?;
        json.push('\n');
        write_atomic(path, json.as_bytes(), &inputs)?;
    }
    Ok(ExitCode::SUCCESS)
}
