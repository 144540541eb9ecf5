//! Helpers shared by the core's integration tests.

/// The bundled example genograms, as (path, text), in name order.
pub(crate) fn examples() -> Vec<(std::path::PathBuf, String)> {
    genogram_testkit::examples().expect("the examples")
}
