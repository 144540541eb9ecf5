//! Writing output files atomically: a temporary file in the same folder, then a rename, so a
//! reader never sees half a file and a failed run leaves the old file intact.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};

/// Who may read a written file.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    /// The usual permissions.
    Shared,
    /// The owner only (on Unix): keys and maps back to real names.
    Private,
}

pub(crate) fn write_atomic(path: &Path, bytes: &[u8], inputs: &[&Path]) -> anyhow::Result<()> {
    write_atomic_with(path, bytes, inputs, Access::Shared)
}

pub(crate) fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    inputs: &[&Path],
    access: Access,
) -> anyhow::Result<()> {
    for input in inputs {
        if same_file(path, input) {
            bail!("refusing to overwrite the input file {}; choose another output", path.display());
        }
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path.file_name().context("the output path has no file name")?;
    let temp = dir.join(format!(".{}.{}.tmp", name.to_string_lossy(), std::process::id()));
    let result = (|| -> anyhow::Result<()> {
        let mut file = std::fs::File::create(&temp)
            .with_context(|| format!("cannot create {}", temp.display()))?;
        if access == Access::Private {
            restrict(&file).with_context(|| format!("cannot restrict {}", temp.display()))?;
        }
        file.write_all(bytes).with_context(|| format!("cannot write {}", temp.display()))?;
        file.sync_all().with_context(|| format!("cannot write {}", temp.display()))?;
        std::fs::rename(&temp, path).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(unix)]
fn restrict(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn restrict(_file: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}
