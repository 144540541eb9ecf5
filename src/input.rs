//! Reading input files (or standard input for `-`).

use std::io::Read;
use std::path::Path;

use anyhow::Context;

/// An input: its display name and its bytes.
pub(crate) struct Input {
    pub(crate) name: String,
    pub(crate) bytes: Vec<u8>,
}

pub(crate) fn read(path: &Path) -> anyhow::Result<Input> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().lock().read_to_end(&mut bytes).context("cannot read standard input")?;
        return Ok(Input { name: "<stdin>".to_owned(), bytes });
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(Input { name: path.display().to_string(), bytes })
}

/// Whether a file is GEDCOM: by its extension, or by its first line (`0 HEAD`).
pub(crate) fn is_gedcom(path: &Path, bytes: &[u8]) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("ged"))
        || genogram_gedcom::looks_like_gedcom(bytes)
}

/// Reads a genogram file; a GEDCOM file is imported (with the default options) and handed on
/// as the genogram JSON it converts to. `None` when the GEDCOM file cannot be imported: its
/// problems have been printed, with line numbers.
pub(crate) fn read_genogram(path: &Path) -> anyhow::Result<Option<Input>> {
    let input = read(path)?;
    if !is_gedcom(path, &input.bytes) {
        return Ok(Some(input));
    }
    let mut stderr = anstream::stderr().lock();
    match genogram_gedcom::import(&input.bytes, &genogram_gedcom::Options::default()) {
        Ok(imported) => {
            if !imported.warnings.is_empty() {
                use std::io::Write;
                writeln!(
                    stderr,
                    "note: {}: imported from GEDCOM with {} warnings; `genogram import {}` lists them",
                    input.name,
                    imported.warnings.len(),
                    input.name
                )?;
            }
            let mut document = imported.document;
            if document.title.is_none() {
                document.title = Some(title_from(path));
            }
            let bytes = serde_json::to_vec_pretty(&document)?;
            Ok(Some(Input { name: format!("{} (converted from GEDCOM)", input.name), bytes }))
        }
        Err(error) => {
            crate::print::gedcom_problems(&mut stderr, &input.name, error.problems())?;
            Ok(None)
        }
    }
}

/// A title from a file name: `kennedy.ged` → "kennedy".
pub(crate) fn title_from(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "GEDCOM import".to_owned(), |s| s.to_string_lossy().into_owned())
}
