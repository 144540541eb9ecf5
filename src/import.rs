//! `genogram import` (GEDCOM to genogram JSON) and `genogram export` (to GEDCOM 7).

use std::io::Write;
use std::process::ExitCode;

use genogram_core::{Genogram, PersonId};

use crate::args::{ExportArgs, ImportArgs};
use crate::output::write_atomic;
use crate::print;

pub(crate) fn run(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    if args.view.anonymize {
        anyhow::bail!(
            "import does not anonymise; import, then run `genogram anonymize` on the result"
        );
    }
    let input = crate::input::read(&args.input)?;
    let options = genogram_gedcom::Options {
        strict: args.strict,
        include_restricted: args.include_restricted,
        break_cycles: args.break_cycles,
    };
    let mut stderr = anstream::stderr().lock();
    let imported = match genogram_gedcom::import(&input.bytes, &options) {
        Ok(imported) => imported,
        Err(error) => {
            print::gedcom_problems(&mut stderr, &input.name, error.problems())?;
            return Ok(ExitCode::from(1));
        }
    };
    print::gedcom_problems(&mut stderr, &input.name, &imported.warnings)?;
    write!(stderr, "{}", imported.summary)?;
    let mut document = imported.document.clone();
    if let Some(title) = &args.title {
        document.title = Some(title.clone());
    } else if document.title.is_none() {
        document.title = Some(crate::input::title_from(&args.input));
    }
    if let Some(focus) = &args.view.focus {
        document.index_person = Some(PersonId::new(focus.as_str()));
    }
    let (people_ids, union_ids): (Vec<String>, Vec<String>) = (
        document.people.iter().map(|p| p.id.to_string()).collect(),
        document.unions.iter().map(|u| u.id.to_string()).collect(),
    );
    let line_of = |path: &str| -> Option<usize> {
        let (list, rest) = path.split_once('[')?;
        let index: usize = rest.split(']').next()?.parse().ok()?;
        let id = match list {
            "people" => people_ids.get(index)?,
            "unions" => union_ids.get(index)?,
            _ => return None,
        };
        imported.lines.get(id).copied()
    };
    let genogram = match Genogram::from_document(document) {
        Ok(loaded) => loaded.genogram,
        Err(error) => {
            for d in error.diagnostics() {
                let path = d.path.to_string();
                match line_of(&path) {
                    Some(line) => writeln!(
                        stderr,
                        "error[{}]: {}\n  --> {}:{line}",
                        d.code.as_str(),
                        d.message,
                        input.name
                    )?,
                    None => writeln!(
                        stderr,
                        "error[{}]: {} (in the converted genogram, at {path})",
                        d.code.as_str(),
                        d.message
                    )?,
                }
                if let Some(hint) = &d.hint {
                    writeln!(stderr, "   = {hint}")?;
                }
            }
            writeln!(
                stderr,
                "invalid: {}: the converted genogram has errors; fix them in your genealogy program",
                input.name
            )?;
            return Ok(ExitCode::from(1));
        }
    };
    let genogram = crate::view::focused(genogram, &args.view, &input.name)?;
    let json = genogram.to_json();
    let inputs = [args.input.as_path()];
    match &args.output {
        Some(path) => write_atomic(path, json.as_bytes(), &inputs)?,
        None => std::io::stdout().lock().write_all(json.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn export(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let Some((genogram, _)) = crate::view::load(&args.input, &args.view, false)? else {
        return Ok(ExitCode::from(1));
    };
    let ged = genogram_gedcom::export(&genogram);
    let inputs = [args.input.as_path()];
    match &args.output {
        Some(path) => write_atomic(path, ged.as_bytes(), &inputs)?,
        None => std::io::stdout().lock().write_all(ged.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}
