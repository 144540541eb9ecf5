//! `genogram anonymize`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use genogram_anonymize::{Key, Options, anonymize};
use genogram_core::Genogram;

use crate::args::{AnonymizeArgs, PrivacyArgs};
use crate::output::{Access, write_atomic, write_atomic_with};
use crate::print;

pub(crate) fn run(args: &AnonymizeArgs) -> anyhow::Result<ExitCode> {
    let Some(input) = crate::input::read_genogram(&args.input)? else {
        return Ok(ExitCode::from(1));
    };
    let mut stderr = anstream::stderr().lock();
    let genogram = match Genogram::from_reader(input.bytes.as_slice()) {
        Ok(loaded) => loaded.genogram,
        Err(error) => {
            let text = String::from_utf8_lossy(&input.bytes);
            for d in error.diagnostics() {
                print::diagnostic(&mut stderr, &input.name, &text, d)?;
            }
            print::summary(&mut stderr, &input.name, error.diagnostics(), None)?;
            return Ok(ExitCode::from(1));
        }
    };
    let outputs: Vec<&Path> = [&args.output, &args.manifest, &args.reveal_map]
        .into_iter()
        .flatten()
        .map(|p| p.as_path())
        .collect();
    for (i, a) in outputs.iter().enumerate() {
        if outputs[i + 1..].iter().any(|b| a == b || crate::output::same_file(a, b)) {
            bail!("{} is given for two outputs; choose separate files", a.display());
        }
    }
    let (result, anonymous) = anonymized(&genogram, &args.privacy, &mut stderr)?;
    // A `.ged` output is GEDCOM 7 (see docs/gedcom.md); anything else is genogram JSON.
    let gedcom = args
        .output
        .as_deref()
        .is_some_and(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ged")));
    let json = if gedcom {
        genogram_gedcom::export(&anonymous)
    } else {
        let mut json = serde_json::to_string_pretty(&result.document)?;
        json.push('\n');
        json
    };
    let inputs = [args.input.as_path()];
    match &args.output {
        Some(path) => write_atomic(path, json.as_bytes(), &inputs)?,
        None => std::io::stdout().lock().write_all(json.as_bytes())?,
    }
    if let Some(path) = &args.manifest {
        let mut text = serde_json::to_string_pretty(&result.manifest)?;
        text.push('\n');
        write_atomic(path, text.as_bytes(), &inputs)?;
    }
    if let Some(path) = &args.reveal_map {
        let mut text = serde_json::to_string_pretty(&result.reveal_map)?;
        text.push('\n');
        write_atomic_with(path, text.as_bytes(), &inputs, Access::Private)?;
        writeln!(
            stderr,
            "note: {} maps the pseudonyms back to real names; keep it apart from the anonymised file",
            path.display()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// De-identifies a genogram with the command line's privacy options; returns the result and the
/// anonymised genogram, checked to load.
pub(crate) fn anonymized(
    genogram: &Genogram,
    privacy: &PrivacyArgs,
    stderr: &mut impl Write,
) -> anyhow::Result<(genogram_anonymize::Anonymized, Genogram)> {
    let key = key(privacy.key.as_deref(), stderr)?;
    let options = Options {
        names: privacy.names,
        dates: privacy.dates,
        max_shift_years: privacy.max_shift_years,
        keep: privacy.keep.iter().copied().collect(),
        drop_conditions: privacy.drop.iter().any(|d| d == "conditions"),
    };
    let result = anonymize(genogram, &options, &key);
    // The result must itself be a valid genogram; anything else is a bug worth stopping for.
    match Genogram::from_document(result.document.clone()) {
        Ok(loaded) => Ok((result, loaded.genogram)),
        Err(error) => bail!(
            "internal error: the anonymised genogram does not load ({error}); please report this"
        ),
    }
}

/// The key from `path`, creating the file with a new random key if it does not exist; without
/// a path, a one-off random key.
fn key(path: Option<&Path>, stderr: &mut impl Write) -> anyhow::Result<Key> {
    let Some(path) = path else {
        writeln!(
            stderr,
            "note: no --key given: pseudonyms and dates will differ on every run; use --key FILE to keep them stable"
        )?;
        return Ok(Key::from_secret(&random_key_text()?)?);
    };
    match std::fs::read_to_string(path) {
        Ok(text) => Key::from_secret(&text)
            .with_context(|| format!("cannot use the key in {}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let text = random_key_text()?;
            write_atomic_with(path, format!("{text}\n").as_bytes(), &[], Access::Private)
                .with_context(|| format!("cannot create the key file {}", path.display()))?;
            writeln!(
                stderr,
                "note: created a new key in {}; keep it secret, and use it again for this family",
                path.display()
            )?;
            Ok(Key::from_secret(&text)?)
        }
        Err(e) => Err(e).with_context(|| format!("cannot read the key file {}", path.display())),
    }
}

fn random_key_text() -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| anyhow::anyhow!("no randomness available for a key: {e}"))?;
    Ok(Key::text_from_random(&bytes))
}
