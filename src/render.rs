//! `genogram render`.

use std::io::Write;
use std::process::ExitCode;

use genogram_core::Genogram;
use genogram_render::{Labels, LayoutOptions, Profile, RenderOptions, layout, paint};

use crate::args::{LabelArg, ProfileArg, RenderArgs};
use crate::output::write_atomic;
use crate::print;

pub(crate) fn run(args: &RenderArgs) -> anyhow::Result<ExitCode> {
    let input = crate::input::read(&args.input)?;
    let genogram = match Genogram::from_reader(input.bytes.as_slice()) {
        Ok(loaded) => loaded.genogram,
        Err(error) => {
            let mut stderr = anstream::stderr().lock();
            let text = String::from_utf8_lossy(&input.bytes);
            for d in error.diagnostics() {
                print::diagnostic(&mut stderr, &input.name, &text, d)?;
            }
            print::summary(&mut stderr, &input.name, error.diagnostics(), None)?;
            return Ok(ExitCode::from(1));
        }
    };
    let genogram = if args.anonymize {
        let mut stderr = anstream::stderr().lock();
        crate::anonymize::anonymized(&genogram, &args.privacy, &mut stderr)?.1
    } else {
        genogram
    };
    let options = RenderOptions {
        layout: LayoutOptions {
            emotional: !args.no_emotional,
            profile: args.profile.map(|p| match p {
                ProfileArg::Mcgoldrick => Profile::McGoldrick,
                ProfileArg::Nsgc => Profile::Nsgc,
            }),
        },
        legend: !args.no_legend,
        title: args.title.clone(),
        labels: Labels {
            name: args.labels.contains(&LabelArg::Name),
            years: args.labels.contains(&LabelArg::Years),
            age: args.labels.contains(&LabelArg::Age),
            conditions: args.labels.contains(&LabelArg::Conditions),
            occupation: args.labels.contains(&LabelArg::Occupation),
        },
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
