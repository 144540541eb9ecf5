//! Helpers shared by the workspace's tests: the bundled examples, read once per call from the
//! workspace root whatever crate the test runs in.

use std::path::{Path, PathBuf};

/// The workspace root (the folder holding `examples/`).
///
/// ```
/// assert!(genogram_testkit::root().join("examples").is_dir());
/// ```
pub fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The bundled example genograms, as (path, text), in name order.
///
/// ```
/// let examples = genogram_testkit::examples()?;
/// assert!(examples.len() >= 5);
/// assert!(examples.windows(2).all(|w| w[0].0 < w[1].0));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn examples() -> std::io::Result<Vec<(PathBuf, String)>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(root().join("examples"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p)?;
            Ok((p, text))
        })
        .collect()
}
