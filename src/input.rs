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
