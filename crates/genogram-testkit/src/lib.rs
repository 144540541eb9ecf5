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
/// let examples = genogram_testkit::examples();
/// assert!(examples.len() >= 5);
/// assert!(examples.windows(2).all(|w| w[0].0 < w[1].0));
/// ```
pub fn examples() -> Vec<(PathBuf, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .expect("the examples folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            (p, text)
        })
        .collect()
}
