//! `genogram render`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::bail;
use genogram_core::{Focus, Genogram, PersonId};
use genogram_render::{Labels, LayoutOptions, Profile, RenderOptions, layout, paint};

use crate::args::{LabelArg, ProfileArg, RenderArgs};
use crate::output::write_atomic;
use crate::print;

/// Above this many people, `render` without `--focus` suggests one.
const LARGE_FAMILY: usize = 300;

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
    let genogram = match &args.focus {
        Some(id) => {
            let focus = Focus {
                person: PersonId::new(id.as_str()),
                up: args.up,
                down: args.down,
                collateral: !args.no_collateral,
            };
            match genogram.focus(&focus) {
                Ok(view) => view,
                Err(genogram_core::Error::UnknownPerson(id)) => bail!(
                    "{}: there is no person with id `{id}` to focus on; --focus takes a person's \
                     `id` from the file's `people`",
                    input.name
                ),
                Err(other) => return Err(other.into()),
            }
        }
        None => {
            if genogram.people().len() > LARGE_FAMILY {
                writeln!(
                    anstream::stderr().lock(),
                    "note: {} has {} people; a genogram is easier to read around one person: \
                     try --focus ID --up 2 --down 1",
                    input.name,
                    genogram.people().len()
                )?;
            }
            genogram
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
