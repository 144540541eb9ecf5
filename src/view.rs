//! Loading the genogram a command works on: read, validate (printing diagnostics), focus on one
//! person, anonymise. Shared by `render` and `report`.

use std::io::Write;

use anyhow::bail;
use genogram_core::{Focus, Genogram, PersonId};

use crate::args::ViewArgs;
use crate::print;

/// Above this many people, drawing without `--focus` suggests one.
pub(crate) const LARGE_FAMILY: usize = 300;

/// The genogram to work on, or `None` when the file has errors (they have been printed).
pub(crate) fn load(
    path: &std::path::Path,
    view: &ViewArgs,
    suggest_focus: bool,
) -> anyhow::Result<Option<(Genogram, String)>> {
    let Some(input) = crate::input::read_genogram(path)? else { return Ok(None) };
    let genogram = match Genogram::from_reader(input.bytes.as_slice()) {
        Ok(loaded) => loaded.genogram,
        Err(error) => {
            let mut stderr = anstream::stderr().lock();
            let text = String::from_utf8_lossy(&input.bytes);
            for d in error.diagnostics() {
                print::diagnostic(&mut stderr, &input.name, &text, d)?;
            }
            print::summary(&mut stderr, &input.name, error.diagnostics(), None)?;
            return Ok(None);
        }
    };
    let genogram = match &view.focus {
        Some(_) => focused(genogram, view, &input.name)?,
        None => {
            if suggest_focus && genogram.people().len() > LARGE_FAMILY {
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
    let genogram = if view.anonymize {
        let mut stderr = anstream::stderr().lock();
        crate::anonymize::anonymized(&genogram, &view.privacy, &mut stderr)?.1
    } else {
        genogram
    };
    Ok(Some((genogram, input.name)))
}

/// The family around `--focus`, or the whole genogram without it.
pub(crate) fn focused(genogram: Genogram, view: &ViewArgs, name: &str) -> anyhow::Result<Genogram> {
    let Some(id) = &view.focus else { return Ok(genogram) };
    let focus = Focus {
        person: PersonId::new(id.as_str()),
        up: view.up,
        down: view.down,
        collateral: !view.no_collateral,
    };
    match genogram.focus(&focus) {
        Ok(view) => Ok(view),
        Err(genogram_core::Error::UnknownPerson(id)) => bail!(
            "{name}: there is no person with id `{id}` to focus on; --focus takes a person's \
             `id` from the file's `people` (from a GEDCOM file, the record id with its @ signs, \
             as in @I12@)"
        ),
        Err(other) => Err(other.into()),
    }
}
